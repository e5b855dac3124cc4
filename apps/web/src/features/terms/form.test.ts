import { validateTerms } from '@effekt/engine';
import { describe, expect, it } from 'vitest';
import { workedExampleContext, workedExampleVersion } from './fixtures.test-helpers';
import {
  emptyForm,
  emptyMetric,
  emptyTranche,
  fieldId,
  formFromVersion,
  issuesByPath,
  shiftPaths,
  toDraft,
  toTermsInput,
} from './form';
import { issueMessageKey } from './issues';
import { labelOf } from './labels';
import { formatExactDecimal, normalizeNumber, percentToRate, rateToPercent } from './numbers';

describe('numbers as typed', () => {
  it('accepts a decimal comma and spaces, and guesses no thousands separators', () => {
    expect(normalizeNumber(' 40 000,50 ')).toBe('40000.50');
    expect(normalizeNumber('0.42')).toBe('0.42');
    expect(normalizeNumber('1.280.000,00')).toBe('1.280.000,00');
    expect(normalizeNumber('1,2,3')).toBe('1,2,3');
    expect(normalizeNumber('')).toBe('');
  });

  it('converts a premium between per cent and rate exactly', () => {
    expect(percentToRate('5')).toBe('0.05');
    expect(percentToRate('5,5')).toBe('0.055');
    expect(percentToRate('0')).toBe('0');
    expect(percentToRate('100')).toBe('1');
    expect(percentToRate('')).toBe('');
    expect(percentToRate('fem')).toBe('fem');
    expect(rateToPercent('0.05')).toBe('5');
    expect(rateToPercent('0.055')).toBe('5.5');
    expect(rateToPercent('1')).toBe('100');
    expect(rateToPercent('0')).toBe('0');
  });

  it('groups exact decimals for reading without floats', () => {
    expect(formatExactDecimal('da', '1234567.5')).toBe('1.234.567,5');
    expect(formatExactDecimal('en', '1234567.5')).toBe('1,234,567.5');
    expect(formatExactDecimal('da', '0.3')).toBe('0,3');
  });
});

describe('version → form → draft', () => {
  it('pre-fills the editor from a version and gives back the same terms', () => {
    const version = workedExampleVersion();
    const form = formFromVersion(version, 'da');
    expect(form.paymentCap).toBe('8000000,00');
    expect(form.metrics[1]?.threshold).toBe('0,3');
    expect(form.tranches[0]).toMatchObject({ fundId: 'fund', premiumPercent: '5', seniority: '1' });
    expect(form.tranches[1]?.fundId).toBe('');

    const draft = toDraft(form);
    expect(draft.paymentCap).toBe('8000000.00');
    expect(draft.metrics[0]).toMatchObject({
      rule: 'PER_OUTCOME',
      price: '40000.00',
      threshold: null,
      amount: null,
    });
    expect(draft.metrics[1]).toMatchObject({
      threshold: '0.3',
      target: '0.6',
      amount: '500000.00',
      price: null,
    });
    expect(draft.tranches.map((tranche) => tranche.premiumRate)).toEqual(['0.05', '0.05', '0']);
    expect(draft.tranches[0]).toMatchObject({ fundId: 'fund', seniority: 1, commitment: '3000000.00' });
    expect(validateTerms(draft, workedExampleContext)).toEqual([]);
  });

  it('sends only the parameters the chosen rule uses', () => {
    const form = formFromVersion(workedExampleVersion(), 'en');
    const metric = form.metrics[0];
    if (!metric) throw new Error('no metric');
    const switched = {
      ...form,
      metrics: [{ ...metric, rule: 'THRESHOLD' as const, threshold: '10', amount: '1000' }],
    };
    // The price typed earlier stays in the form (switching back restores it) but is not sent.
    expect(switched.metrics[0]?.price).toBe('40000.00');
    expect(toDraft(switched).metrics[0]).toMatchObject({
      price: null,
      threshold: '10',
      amount: '1000',
      target: null,
    });
  });

  it('gives a grant a premium of 0 and an unreadable seniority as NaN for the engine to name', () => {
    const tranche = {
      ...emptyTranche('trivsel'),
      kind: 'GRANT' as const,
      premiumPercent: '7',
      seniority: 'to',
    };
    const draft = toDraft({ ...emptyForm('aarhus'), tranches: [tranche] });
    expect(draft.tranches[0]?.premiumRate).toBe('0');
    expect(draft.tranches[0]?.seniority).toBeNaN();
    const issues = issuesByPath(validateTerms(draft, workedExampleContext));
    expect(issues.get('terms.tranches[0].seniority')?.code).toBe('INVALID_FORMAT');
    expect(issues.has('terms.tranches[0].premiumRate')).toBe(false);
  });

  it('builds TermsInput with blanks as null and no editor-only fields', () => {
    const form = formFromVersion(workedExampleVersion(), 'da');
    const input = toTermsInput(form);
    expect(input.metrics[0]).not.toHaveProperty('uid');
    expect(input.tranches[0]).not.toHaveProperty('premiumPercent');
    expect(input.tranches[1]?.fundId).toBeNull();
    expect(input.metrics[0]?.cap).toBeNull();
  });

  it('starts a new set of terms with one metric and the commissioner fund tranche', () => {
    const form = emptyForm('aarhus', 'fund');
    expect(form.metrics).toHaveLength(1);
    expect(form.tranches).toEqual([expect.objectContaining({ organisationId: 'aarhus', fundId: 'fund' })]);
    expect(emptyMetric().uid).not.toBe(emptyMetric().uid);
  });
});

describe('issue paths in the editor', () => {
  it('turns a path into an element id', () => {
    expect(fieldId('terms.metrics[0].price')).toBe('terms-metrics-0-price');
    expect(fieldId('terms.paymentCap')).toBe('terms-paymentCap');
    expect(fieldId('terms.metrics')).toBe('terms-metrics');
  });

  it('moves touched paths up when a row is removed', () => {
    const touched = new Set([
      'terms.metrics[0].key',
      'terms.metrics[1].price',
      'terms.metrics[2].name',
      'terms.paymentCap',
    ]);
    expect([...shiftPaths(touched, 'metrics', 1)].sort()).toEqual([
      'terms.metrics[0].key',
      'terms.metrics[1].name',
      'terms.paymentCap',
    ]);
  });

  it('words issues for the user, field by field', () => {
    expect(issueMessageKey({ field: 'terms.tranches[0].organisationId', code: 'NOT_A_MEMBER' }, '')).toBe(
      'terms.issue.chooseOrganisation',
    );
    expect(issueMessageKey({ field: 'terms.tranches[0].organisationId', code: 'NOT_A_MEMBER' }, 'x')).toBe(
      'terms.issue.NOT_A_MEMBER',
    );
    expect(issueMessageKey({ field: 'terms.tranches[0].premiumRate', code: 'OUT_OF_RANGE' })).toBe(
      'terms.issue.premiumRange',
    );
    expect(issueMessageKey({ field: 'terms.metrics', code: 'TOO_FEW' })).toBe('terms.issue.noMetrics');
    expect(issueMessageKey({ field: 'terms.metrics[0].price', code: 'NOT_POSITIVE' })).toBe(
      'terms.issue.NOT_POSITIVE',
    );
  });

  it('names the field of an issue for the error summary', () => {
    expect(labelOf('terms.metrics[1].price')).toEqual({
      key: 'terms.editor.price',
      list: 'metric',
      number: 2,
    });
    expect(labelOf('terms.tranches[0].premiumRate')).toEqual({
      key: 'terms.editor.premium',
      list: 'tranche',
      number: 1,
    });
    expect(labelOf('terms.endDate')).toEqual({ key: 'terms.editor.endDate' });
  });
});
