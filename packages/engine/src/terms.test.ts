import { describe, expect, it } from 'vitest';
import { parseTerms, validateTerms } from './terms.js';
import type { TermsDraft } from './terms-types.js';
import {
  buildMetricDraft,
  buildTermsContext,
  buildTermsDraft,
  buildTrancheDraft,
  expectIssue,
  linearDraft,
  thresholdDraft,
  withMetric,
  withTranche,
} from './testing/terms.js';
import { dec, kr } from './testing/values.js';

const context = buildTermsContext();
describe('validateTerms: valid terms', () => {
  it('accepts the demo terms', () => {
    expect(validateTerms(buildTermsDraft(), context)).toEqual([]);
  });

  it.each<[string, TermsDraft]>([
    ['a THRESHOLD metric', withMetric(thresholdDraft)],
    ['a LINEAR metric', withMetric(linearDraft)],
    ['optional decimals left as empty strings', withMetric({ cap: '', unitSaving: '' })],
    ['optional decimals left undefined', withMetric({ cap: undefined, unitSaving: undefined })],
    ['zero money', buildTermsDraft({ paymentCap: '0' })],
    ['the largest money', buildTermsDraft({ paymentCap: '999999999999.99' })],
    ['premium rate 1', withTranche({ premiumRate: '1' })],
    ['an empty fundId', withTranche({ fundId: '' })],
    ['a GRANT with premium "0.00"', withTranche({ kind: 'GRANT', premiumRate: '0.00' })],
    ['a leap day', buildTermsDraft({ startDate: '2028-02-29' })],
    ['an empty unit', withMetric({ unit: '' })],
    ['a name of exactly 200 characters (emoji count as one)', withMetric({ name: '😀'.repeat(200) })],
    [
      '50 metrics',
      buildTermsDraft({ metrics: Array.from({ length: 50 }, (_, i) => buildMetricDraft({ key: `m-${i}` })) }),
    ],
  ])('accepts %s', (_name, draft) => {
    expect(validateTerms(draft, context)).toEqual([]);
  });
});

describe('validateTerms: each bad-input rule names its field', () => {
  it.each<[string, TermsDraft, string, string]>([
    [
      'start date not a date',
      buildTermsDraft({ startDate: '2026-13-01' }),
      'terms.startDate',
      'INVALID_DATE',
    ],
    ['end date not a date', buildTermsDraft({ endDate: '31-12-2028' }), 'terms.endDate', 'INVALID_DATE'],
    [
      '29 February in a common year',
      buildTermsDraft({ endDate: '2027-02-29' }),
      'terms.endDate',
      'INVALID_DATE',
    ],
    ['31 April', buildTermsDraft({ endDate: '2027-04-31' }), 'terms.endDate', 'INVALID_DATE'],
    [
      '1900 is not a leap year',
      buildTermsDraft({ startDate: '1900-02-29' }),
      'terms.startDate',
      'INVALID_DATE',
    ],
    [
      'start equal to end',
      buildTermsDraft({ endDate: '2026-01-01' }),
      'terms.endDate',
      'START_NOT_BEFORE_END',
    ],
    [
      'start after end',
      buildTermsDraft({ startDate: '2029-01-01' }),
      'terms.endDate',
      'START_NOT_BEFORE_END',
    ],
    ['negative payment cap', buildTermsDraft({ paymentCap: '-1.00' }), 'terms.paymentCap', 'NEGATIVE'],
    [
      'payment cap with 3 decimals',
      buildTermsDraft({ paymentCap: '1.005' }),
      'terms.paymentCap',
      'TOO_MANY_DECIMALS',
    ],
    [
      'payment cap out of range',
      buildTermsDraft({ paymentCap: '1000000000000' }),
      'terms.paymentCap',
      'OUT_OF_RANGE',
    ],
    [
      'payment cap not a number',
      buildTermsDraft({ paymentCap: '4 mio' }),
      'terms.paymentCap',
      'INVALID_FORMAT',
    ],
    ['payment cap missing', buildTermsDraft({ paymentCap: '' }), 'terms.paymentCap', 'REQUIRED'],
    ['no metrics', buildTermsDraft({ metrics: [] }), 'terms.metrics', 'TOO_FEW'],
    [
      '51 metrics',
      buildTermsDraft({ metrics: Array.from({ length: 51 }, (_, i) => buildMetricDraft({ key: `m-${i}` })) }),
      'terms.metrics',
      'TOO_MANY',
    ],
    ['no tranches', buildTermsDraft({ tranches: [] }), 'terms.tranches', 'TOO_FEW'],
    [
      '51 tranches',
      buildTermsDraft({ tranches: Array.from({ length: 51 }, () => buildTrancheDraft()) }),
      'terms.tranches',
      'TOO_MANY',
    ],
  ])('rejects %s', (_name, draft, field, code) => {
    expectIssue(draft, field, code);
  });

  it('requires an EVALUATOR member for an evaluator-verified metric', () => {
    const noEvaluator = buildTermsContext({
      aarhus: 'COMMISSIONER',
      kapitalfond: 'INVESTOR',
      trivselsfonden: 'FOUNDATION',
    });
    expect(validateTerms(buildTermsDraft(), noEvaluator)).toEqual([
      expect.objectContaining({ field: 'terms.metrics[1].verifier', code: 'EVALUATOR_MISSING' }),
    ]);
  });

  it('reports every issue, one per field, in form order', () => {
    const draft = buildTermsDraft({
      startDate: 'soon',
      paymentCap: 'x',
      metrics: [buildMetricDraft({ price: 'abc' })],
    });
    expect(validateTerms(draft, context).map((issue) => [issue.field, issue.code])).toEqual([
      ['terms.startDate', 'INVALID_DATE'],
      ['terms.paymentCap', 'INVALID_FORMAT'],
      ['terms.metrics[0].price', 'INVALID_FORMAT'],
    ]);
  });
});

describe('parseTerms', () => {
  it('gives exact numbers and explicit nulls', () => {
    const parsed = parseTerms(buildTermsDraft(), context);
    expect(parsed.paymentCap).toBe(kr('4,000,000.00'));
    expect(parsed.metrics[1]).toEqual({
      key: 'child-wellbeing',
      name: 'Child wellbeing',
      definition: 'Share of children with an improved wellbeing score.',
      unit: 'share',
      verifier: 'EVALUATOR',
      rule: 'LINEAR',
      price: null,
      threshold: dec('0.3'),
      target: dec('0.6'),
      amount: kr('500,000.00'),
      cap: kr('500,000.00'),
      unitSaving: null,
    });
    expect(parsed.tranches[0]).toEqual({
      organisationId: 'aarhus',
      fundId: 'aarhus-fund',
      kind: 'INVESTMENT',
      seniority: 1,
      commitment: kr('3,000,000.00'),
      premiumRate: dec('0.05'),
    });
    expect(parsed.tranches[1]?.fundId).toBeNull();
  });

  it('throws the first issue with its field and code', () => {
    const draft = buildTermsDraft({ endDate: '2025-01-01', paymentCap: '-1' });
    expect(() => parseTerms(draft, context)).toThrow(
      expect.objectContaining({ field: 'terms.endDate', code: 'START_NOT_BEFORE_END' }),
    );
  });
});

describe('validateTerms: text PostgreSQL cannot store', () => {
  it.each(['name', 'definition', 'unit'] as const)('refuses a NUL character in a metric %s', (field) => {
    const issues = validateTerms(withMetric({ [field]: 'før\u0000efter' }), context);
    expect(issues).toContainEqual(
      expect.objectContaining({ field: `terms.metrics[0].${field}`, code: 'INVALID_FORMAT' }),
    );
  });
});
