import fc from 'fast-check';
import type { ExactDecimal } from '../decimal.js';
import { addDecimal, formatDecimal, normalizeDecimal } from '../decimal.js';
import type { Ore } from '../money.js';
import { formatMoney } from '../money.js';
import type { MetricTerms } from '../rules.js';
import type { MetricDraft, PartnershipRole, TermsContext, TermsDraft } from '../terms-types.js';
import type { TrancheClaim } from '../waterfall.js';

/** Money up to 100 million kroner: large enough for real partnerships, small enough to shrink well. */
export const arbOre = (max: Ore = 10_000_000_000n): fc.Arbitrary<Ore> => fc.bigInt({ min: 0n, max });

/** A non-negative decimal with up to 12 decimals that parseDecimal accepts (metric values, thresholds). */
export const arbDecimal = (maxIntegerDigits = 15): fc.Arbitrary<ExactDecimal> =>
  fc
    .integer({ min: 0, max: 12 })
    .chain((scale) =>
      fc
        .bigInt({ min: 0n, max: 10n ** BigInt(maxIntegerDigits + scale) - 1n })
        .map((units) => normalizeDecimal({ units, scale })),
    );

/** Metric values biased to small, meaningful numbers, with an occasional awkward decimal. */
export const arbValue: fc.Arbitrary<ExactDecimal> = fc.oneof(
  fc.bigInt({ min: 0n, max: 100n }).map((units) => ({ units, scale: 0 })),
  fc.bigInt({ min: 0n, max: 1000n }).map((units) => normalizeDecimal({ units, scale: 3 })),
  arbDecimal(6),
);

export const arbPremiumRate: fc.Arbitrary<ExactDecimal> = fc
  .bigInt({ min: 0n, max: 10n ** 12n })
  .map((units) => normalizeDecimal({ units, scale: 12 }));

const arbCap = fc.option(arbOre(100_000_000n), { nil: null });

export const arbMetric = (key: string): fc.Arbitrary<MetricTerms> =>
  fc.oneof(
    fc.record({
      key: fc.constant(key),
      rule: fc.constant('PER_OUTCOME' as const),
      price: fc.bigInt({ min: 1n, max: 10_000_000n }),
      cap: arbCap,
    }),
    fc.record({
      key: fc.constant(key),
      rule: fc.constant('THRESHOLD' as const),
      threshold: arbValue,
      amount: arbOre(100_000_000n),
      cap: arbCap,
    }),
    fc
      .record({
        key: fc.constant(key),
        rule: fc.constant('LINEAR' as const),
        threshold: arbValue,
        span: arbValue.filter((d) => d.units > 0n),
        amount: arbOre(100_000_000n),
        cap: arbCap,
      })
      .map(({ span, ...metric }) => ({ ...metric, target: addDecimal(metric.threshold, span) })),
  );

export const arbMetrics: fc.Arbitrary<MetricTerms[]> = fc
  .integer({ min: 1, max: 5 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => arbMetric(`metric-${i}`))));

/** Fresh tranches (nothing paid yet) with unique ids and ranks, some GRANTs, seniority 1–3. */
export const arbTranches: fc.Arbitrary<TrancheClaim[]> = fc
  .array(
    fc.record({
      kind: fc.constantFrom('INVESTMENT' as const, 'INVESTMENT' as const, 'GRANT' as const),
      seniority: fc.integer({ min: 1, max: 3 }),
      disbursed: fc.oneof(arbOre(), arbOre(1000n)),
      premiumRate: arbPremiumRate,
    }),
    { minLength: 0, maxLength: 6 },
  )
  .map((rows) =>
    rows.map((row, index) => ({
      ...row,
      id: `t${index}`,
      rank: index * 7 + 3,
      premiumRate: row.kind === 'GRANT' ? { units: 0n, scale: 0 } : row.premiumRate,
      principalBefore: 0n,
      premiumBefore: 0n,
    })),
  );

/** A permutation of `items`: the same elements in any order. */
export const arbPermutation = <T>(items: readonly T[]): fc.Arbitrary<T[]> =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

/** The same number spelled differently: money with or without ".00", decimals with extra zeros. */
const arbMoneySpelling = (canonical: string): fc.Arbitrary<string> =>
  fc.boolean().map((short) => (short ? canonical.replace(/\.00$/, '') : canonical));

const arbDecimalSpelling = (canonical: string): fc.Arbitrary<string> => {
  const decimals = canonical.split('.')[1]?.length ?? 0;
  return fc
    .integer({ min: 0, max: 12 - decimals })
    .map((zeros) =>
      zeros === 0 ? canonical : `${canonical}${decimals === 0 ? '.' : ''}${'0'.repeat(zeros)}`,
    );
};

export const arbMoneyText = (ore: Ore): fc.Arbitrary<string> => arbMoneySpelling(formatMoney(ore));
export const arbDecimalText = (value: ExactDecimal): fc.Arbitrary<string> =>
  arbDecimalSpelling(formatDecimal(value));

const optionalMoneyText = (ore: Ore | null | undefined): fc.Arbitrary<string | null> =>
  ore === null || ore === undefined ? fc.constantFrom(null, '') : arbMoneyText(ore);
const optionalDecimalText = (value: ExactDecimal | null | undefined): fc.Arbitrary<string | null> =>
  value === null || value === undefined ? fc.constantFrom(null, '') : arbDecimalText(value);

export const arbMetricDraft = (metric: MetricTerms): fc.Arbitrary<MetricDraft> =>
  fc.record({
    key: fc.constant(metric.key),
    name: fc.string({ minLength: 1, maxLength: 40 }).filter((name) => name.trim() !== ''),
    definition: fc.constant('Counted by the evaluator.'),
    unit: fc.string({ maxLength: 10 }),
    verifier: fc.constantFrom('COMMISSIONER', 'EVALUATOR'),
    rule: fc.constant(metric.rule),
    price: optionalMoneyText(metric.price),
    threshold: optionalDecimalText(metric.threshold),
    target: optionalDecimalText(metric.target),
    amount: optionalMoneyText(metric.amount),
    cap: optionalMoneyText(metric.cap),
    unitSaving: fc.option(arbOre(), { nil: null }).chain(optionalMoneyText),
  });

/** Valid terms for the context of buildPropertyContext, numbers spelled in varying ways. */
export const arbTermsDraft: fc.Arbitrary<TermsDraft> = fc
  .record({
    metrics: arbMetrics,
    tranches: arbTranches.filter((tranches) => tranches.length > 0),
    paymentCap: arbOre(),
  })
  .chain(({ metrics, tranches, paymentCap }) =>
    fc.record({
      startDate: fc.constant('2026-01-01'),
      endDate: fc.constant('2028-12-31'),
      paymentCap: arbMoneyText(paymentCap),
      metrics: fc.tuple(...metrics.map(arbMetricDraft)),
      tranches: fc.tuple(
        ...tranches.map((t, index) =>
          fc.record({
            organisationId: fc.constant(`org-${index}`),
            fundId: fc.constant(null),
            kind: fc.constant(t.kind),
            seniority: fc.constant(t.seniority),
            commitment: arbMoneyText(t.disbursed),
            premiumRate: arbDecimalText(t.premiumRate),
          }),
        ),
      ),
    }),
  );

export function buildPropertyContext(): TermsContext {
  const members = new Map<string, PartnershipRole>([
    ['commissioner', 'COMMISSIONER'],
    ['evaluator', 'EVALUATOR'],
  ]);
  for (let index = 0; index < 10; index += 1) members.set(`org-${index}`, 'INVESTOR');
  return { members, commissionerFundIds: new Set() };
}
