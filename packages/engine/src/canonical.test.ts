import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalTerms } from './canonical.js';
import { parseTerms } from './terms.js';
import type { TermsDraft } from './terms-types.js';
import { buildMetricDraft, buildTermsContext, buildTermsDraft, buildTrancheDraft } from './testing/terms.js';

const context = buildTermsContext();
const canonical = (draft: TermsDraft) => canonicalTerms(parseTerms(draft, context));

describe('canonicalTerms', () => {
  it('is the documented text for the demo terms', () => {
    const text = canonical(
      buildTermsDraft({
        metrics: [buildMetricDraft({ cap: '100', unitSaving: null })],
        tranches: [buildTrancheDraft({ premiumRate: '0.050' })],
      }),
    );
    expect(text).toBe(
      '{"endDate":"2028-12-31","format":"effekt-terms/1","metrics":[{"amount":null,"cap":"100.00",' +
        '"definition":"Families who complete all sessions within the period.","key":"families-completed",' +
        '"name":"Families completing the programme","price":"40000.00","rule":"PER_OUTCOME","target":null,' +
        '"threshold":null,"unit":"families","unitSaving":null,"verifier":"COMMISSIONER"}],' +
        '"paymentCap":"4000000.00","startDate":"2026-01-01","tranches":[{"commitment":"2000000.00",' +
        '"fundId":null,"kind":"INVESTMENT","organisationId":"kapitalfond","premiumRate":"0.05","seniority":1}]}',
    );
  });

  it('gives the same string for the same terms written differently', () => {
    const a = buildTermsDraft();
    const b = buildTermsDraft({
      paymentCap: '4000000',
      metrics: a.metrics.map((metric) => ({
        ...metric,
        price: metric.price === '40000.00' ? '40000.0' : metric.price,
        threshold: metric.threshold === '0.30' ? '0.3' : metric.threshold,
        target: metric.target === '0.60' ? '0.600000' : metric.target,
        unitSaving: metric.unitSaving ?? '',
      })),
      tranches: a.tranches.map((tranche) => ({ ...tranche, fundId: tranche.fundId ?? undefined })),
    });
    expect(canonical(b)).toBe(canonical(a));
  });

  it('changes when any term changes', () => {
    const base = canonical(buildTermsDraft());
    const changed = [
      buildTermsDraft({ paymentCap: '4000000.01' }),
      buildTermsDraft({ endDate: '2028-12-30' }),
      buildTermsDraft({ metrics: [...buildTermsDraft().metrics].reverse() }),
      buildTermsDraft({ tranches: [...buildTermsDraft().tranches].reverse() }),
      buildTermsDraft({
        metrics: [buildMetricDraft({ name: 'Families' }), ...buildTermsDraft().metrics.slice(1)],
      }),
    ];
    for (const draft of changed) expect(canonical(draft)).not.toBe(base);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: true }], é: 'x', Z: '"' })).toBe(
      '{"Z":"\\"","a":[{"c":true,"d":null}],"b":1,"é":"x"}',
    );
  });

  it('refuses numbers without a reliable canonical text', () => {
    expect(() => canonicalJson(0.1)).toThrow();
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson(2 ** 60)).toThrow();
  });
});
