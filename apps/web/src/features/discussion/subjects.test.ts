import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatMoney } from '../../i18n/format';
import { type Lang, translate } from '../../i18n/messages';
import {
  chosenSubject,
  type DiscussionSubjects,
  isSubjectKind,
  SUBJECT_KINDS,
  subjectItems,
  subjectLabel,
} from './subjects';

const formatIn = (lang: Lang) => ({
  t: (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) =>
    translate(lang, key, vars),
  money: (decimal: string) => formatMoney(lang, decimal),
  calendarDate: (ymd: string) => formatCalendarDate(lang, ymd),
});
const da = formatIn('da');
const en = formatIn('en');

const families = { id: 'metric-families', name: 'Familier der gennemfører forløbet' };
const subjects: DiscussionSubjects = {
  id: 'partnership-1',
  versions: [
    { id: 'version-2', number: 2, status: 'PROPOSED' },
    { id: 'version-1', number: 1, status: 'AGREED' },
  ],
  reports: [
    {
      id: 'report-q1',
      metric: families,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      status: 'VERIFIED',
    },
    {
      id: 'report-jan',
      metric: families,
      periodStart: '2026-01-15',
      periodEnd: '2026-02-14',
      status: 'REJECTED',
    },
  ],
  payments: [{ id: 'payment-1', number: 1, status: 'PAID' }],
};
const empty: DiscussionSubjects = { id: 'partnership-2', versions: [], reports: [], payments: [] };

describe('subjectItems', () => {
  it('offers versions newest first, with their status', () => {
    expect(subjectItems(da, subjects, 'CONTRACT_VERSION')).toEqual([
      { id: 'version-2', label: 'Version 2 (Afventer underskrifter)' },
      { id: 'version-1', label: 'Version 1 (Aftalt)' },
    ]);
    expect(subjectItems(en, subjects, 'CONTRACT_VERSION')[1]?.label).toMatch(/^Version 1 \(/);
  });

  it('names a report by metric, period and status, so two reports of one metric differ', () => {
    const labels = subjectItems(da, subjects, 'REPORT').map((item) => item.label);
    expect(labels).toEqual([
      'Familier der gennemfører forløbet, 1. kvartal 2026 (Verificeret)',
      'Familier der gennemfører forløbet, 15. januar 2026–14. februar 2026 (Afvist)',
    ]);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('names a payment by its number and status', () => {
    expect(subjectItems(da, subjects, 'PAYMENT')).toEqual([
      { id: 'payment-1', label: 'Betaling 1 (Betalt)' },
    ]);
  });

  it('offers nothing for the partnership, while loading, or when the partnership has none', () => {
    expect(subjectItems(da, subjects, 'PARTNERSHIP')).toEqual([]);
    for (const kind of SUBJECT_KINDS) {
      expect(subjectItems(da, undefined, kind)).toEqual([]);
      expect(subjectItems(da, empty, kind)).toEqual([]);
    }
  });
});

describe('subjectLabel', () => {
  it('says what a thread is about, in Danish and English', () => {
    const aboutVersion = { subject: 'CONTRACT_VERSION', subjectId: 'version-1' } as const;
    expect(subjectLabel(da, subjects, aboutVersion)).toBe('Om version 1');
    expect(subjectLabel(en, subjects, aboutVersion)).toBe('About version 1');
    expect(subjectLabel(da, subjects, { subject: 'PARTNERSHIP', subjectId: null })).toBe('Om partnerskabet');
    expect(subjectLabel(da, subjects, { subject: 'PAYMENT', subjectId: 'payment-1' })).toBe('Om betaling 1');
    expect(subjectLabel(da, subjects, { subject: 'REPORT', subjectId: 'report-q1' })).toBe(
      'Om rapporten for Familier der gennemfører forløbet, 1. kvartal 2026',
    );
  });

  it('falls back to the kind while loading or when the item is unknown', () => {
    expect(subjectLabel(da, undefined, { subject: 'CONTRACT_VERSION', subjectId: 'version-1' })).toBe(
      'Vilkårsversion',
    );
    expect(subjectLabel(da, subjects, { subject: 'REPORT', subjectId: 'version-1' })).toBe('Rapport');
    expect(subjectLabel(en, subjects, { subject: 'PAYMENT', subjectId: null })).toBe('Payment');
    expect(subjectLabel(da, undefined, { subject: 'PARTNERSHIP' })).toBe('Om partnerskabet');
  });
});

describe('chosenSubject: what the new-thread form sends', () => {
  const versions = subjectItems(da, subjects, 'CONTRACT_VERSION');

  it('sends no item for a thread about the partnership', () => {
    expect(chosenSubject('PARTNERSHIP', [], '')).toEqual({ subject: 'PARTNERSHIP', subjectId: null });
    expect(chosenSubject('PARTNERSHIP', versions, 'version-1')).toEqual({
      subject: 'PARTNERSHIP',
      subjectId: null,
    });
  });

  it('sends the chosen item', () => {
    expect(chosenSubject('CONTRACT_VERSION', versions, 'version-1')).toEqual({
      subject: 'CONTRACT_VERSION',
      subjectId: 'version-1',
    });
  });

  it('sends the first item when none, or one of another kind, was chosen', () => {
    expect(chosenSubject('CONTRACT_VERSION', versions, '')).toEqual({
      subject: 'CONTRACT_VERSION',
      subjectId: 'version-2',
    });
    const payments = subjectItems(da, subjects, 'PAYMENT');
    expect(chosenSubject('PAYMENT', payments, 'version-1')).toEqual({
      subject: 'PAYMENT',
      subjectId: 'payment-1',
    });
  });

  it('sends nothing when the kind has nothing to choose', () => {
    expect(chosenSubject('REPORT', [], '')).toBeNull();
    expect(chosenSubject('PAYMENT', subjectItems(da, empty, 'PAYMENT'), 'payment-1')).toBeNull();
  });
});

describe('SUBJECT_KINDS', () => {
  it('starts with the partnership, the form’s default, and recognises only thread subjects', () => {
    expect(SUBJECT_KINDS[0]).toBe('PARTNERSHIP');
    expect(SUBJECT_KINDS.every(isSubjectKind)).toBe(true);
    expect(isSubjectKind('DECISION')).toBe(false);
    expect(isSubjectKind('')).toBe(false);
  });
});
