import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalTerms } from './canonical.js';
import { formatDecimal } from './decimal.js';
import { formatMoney } from './money.js';
import { parseTerms, validateTerms } from './terms.js';
import type { ParsedTerms, TermsDraft } from './terms-types.js';
import { arbTermsDraft, buildPropertyContext } from './testing/arbitraries.js';

const context = buildPropertyContext();

/** The parsed terms written back as a draft, every number in its canonical spelling. */
function toDraft(terms: ParsedTerms): TermsDraft {
  const money = (ore: bigint | null) => (ore === null ? null : formatMoney(ore));
  return {
    startDate: terms.startDate,
    endDate: terms.endDate,
    paymentCap: formatMoney(terms.paymentCap),
    metrics: terms.metrics.map((m) => ({
      ...m,
      price: money(m.price),
      threshold: m.threshold === null ? null : formatDecimal(m.threshold),
      target: m.target === null ? null : formatDecimal(m.target),
      amount: money(m.amount),
      cap: money(m.cap),
      unitSaving: money(m.unitSaving),
    })),
    tranches: terms.tranches.map((t) => ({
      ...t,
      commitment: formatMoney(t.commitment),
      premiumRate: formatDecimal(t.premiumRate),
    })),
  };
}

describe('terms (properties)', () => {
  it('valid random terms pass validation, and parse → write back → parse is stable', () => {
    fc.assert(
      fc.property(arbTermsDraft, (draft) => {
        expect(validateTerms(draft, context)).toEqual([]);
        const parsed = parseTerms(draft, context);
        expect(parseTerms(toDraft(parsed), context)).toEqual(parsed);
      }),
    );
  });

  it('the same terms, however their numbers are spelled, give the same canonical text', () => {
    fc.assert(
      fc.property(arbTermsDraft, (draft) => {
        const parsed = parseTerms(draft, context);
        expect(canonicalTerms(parseTerms(toDraft(parsed), context))).toBe(canonicalTerms(parsed));
        expect(JSON.parse(canonicalTerms(parsed))).toBeTypeOf('object');
      }),
    );
  });
});
