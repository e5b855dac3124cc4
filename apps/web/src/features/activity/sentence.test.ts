import { describe, expect, it } from 'vitest';
import type { ActivityKind } from '../../gql/graphql';
import { formatCalendarDate, formatMoney } from '../../i18n/format';
import { type Lang, translate } from '../../i18n/messages';
import { type ActivityLike, activityMessageKeys, activitySentence, periodText, threadOf } from './sentence';

const formatIn = (lang: Lang) => ({
  t: (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) =>
    translate(lang, key, vars),
  money: (decimal: string) => formatMoney(lang, decimal),
  calendarDate: (ymd: string) => formatCalendarDate(lang, ymd),
});
const da = formatIn('da');
const en = formatIn('en');

const askov = { name: 'AskovFonden' };
const entry = (kind: ActivityKind, data: unknown, extra: Partial<ActivityLike> = {}): ActivityLike => ({
  kind,
  data,
  organisation: askov,
  actor: { name: 'Lene Leder' },
  ...extra,
});

describe('activitySentence', () => {
  it('names the organisation, the metric and the quarter of a submitted report', () => {
    const report = entry('REPORT_SUBMITTED', {
      metricKey: 'families-completed',
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      value: '12',
    });
    expect(activitySentence(report, da)).toBe(
      'AskovFonden indsendte en rapport for families-completed (1. kvartal 2026)',
    );
    expect(activitySentence(report, en)).toBe(
      'AskovFonden submitted a report for families-completed (Q1 2026)',
    );
  });

  it('writes a period that is not a calendar quarter as two dates', () => {
    expect(periodText('2026-01-15', '2026-02-14', da)).toBe('15. januar 2026–14. februar 2026');
    expect(periodText('2026-10-01', '2026-12-31', da)).toBe('4. kvartal 2026');
    expect(periodText('2026-01-01', '2026-03-30', da)).not.toContain('kvartal');
  });

  it('formats payment totals as money without floats', () => {
    expect(activitySentence(entry('PAYMENT_CALCULATED', { number: 2, total: '1250000.50' }), da)).toMatch(
      /^AskovFonden beregnede resultatbetaling nr\. 2 på 1\.250\.000,50\skr\.$/,
    );
  });

  it('translates roles, milestone statuses and closure outcomes', () => {
    expect(
      activitySentence(
        entry('MEMBER_ADDED', { organisation: 'Evalueringsinstituttet', role: 'EVALUATOR' }),
        da,
      ),
    ).toBe('AskovFonden tilføjede Evalueringsinstituttet som evaluator');
    expect(
      activitySentence(
        entry('MILESTONE_CHANGED', { title: 'Første hold', status: 'IN_PROGRESS', dueDate: '2026-05-01' }),
        da,
      ),
    ).toBe('AskovFonden opdaterede milepælen “Første hold” (i gang, frist 1. maj 2026)');
    expect(activitySentence(entry('PARTNERSHIP_CLOSED', { outcome: 'SUCCEEDED' }), en)).toBe(
      'AskovFonden closed the partnership: succeeded',
    );
  });

  it('quotes titles of threads, comments, documents, decisions and lessons', () => {
    expect(
      activitySentence(entry('COMMENT_POSTED', { threadId: 't1', threadTitle: 'Budget', excerpt: 'x' }), da),
    ).toBe('AskovFonden kommenterede i “Budget”');
    expect(
      activitySentence(entry('DOCUMENT_UPLOADED', { title: 'Referat', filename: 'r.pdf', version: 3 }), da),
    ).toBe('AskovFonden uploadede “Referat” (version 3)');
    expect(activitySentence(entry('DECISION_RECORDED', { text: 'Vi starter i maj.' }), da)).toBe(
      'AskovFonden registrerede beslutningen “Vi starter i maj.”',
    );
  });

  it('falls back to the person, then to “someone”, and never shows a raw placeholder', () => {
    expect(activitySentence(entry('THREAD_STARTED', { title: 'Opstart' }, { organisation: null }), da)).toBe(
      'Lene Leder startede drøftelsen “Opstart”',
    );
    expect(
      activitySentence(entry('DISBURSEMENT_RECORDED', {}, { organisation: null, actor: null }), da),
    ).toBe('Nogen registrerede en udbetaling til en tranche');
    for (const kind of Object.keys(activityMessageKeys) as ActivityKind[]) {
      for (const data of [{}, null, 'nonsense']) {
        const sentence = activitySentence(entry(kind, data), da);
        expect(sentence, kind).not.toMatch(/\{\w+\}/);
        expect(activitySentence(entry(kind, data), en), kind).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

describe('threadOf', () => {
  it('finds the thread of a comment or a new thread', () => {
    expect(threadOf({ kind: 'COMMENT_POSTED', data: { threadId: 't1' }, subjectId: 'c1' })).toBe('t1');
    expect(threadOf({ kind: 'THREAD_STARTED', data: { title: 'x' }, subjectId: 't2' })).toBe('t2');
    expect(threadOf({ kind: 'DOCUMENT_UPLOADED', data: {}, subjectId: 'd' })).toBeUndefined();
  });
});
