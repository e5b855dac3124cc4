import {
  type MetricTerms,
  type Ore,
  type PaymentRule,
  parseDecimal,
  type TrancheClaim,
} from '@effekt/engine';
import type { Metric } from '../contracts/metric.entity.js';
import type { TrancheTerms } from '../contracts/tranche-terms.entity.js';

export function metricTermsOf(metric: Metric): MetricTerms {
  return {
    key: metric.key,
    rule: metric.rule as PaymentRule,
    price: metric.price,
    threshold: metric.threshold === null ? null : parseDecimal(metric.threshold),
    target: metric.target === null ? null : parseDecimal(metric.target),
    amount: metric.amount,
    cap: metric.cap,
  };
}

export interface TrancheLedger {
  readonly disbursed: Ore;
  readonly principalBefore: Ore;
  readonly premiumBefore: Ore;
}

export function trancheClaimOf(terms: TrancheTerms, ledger: TrancheLedger | undefined): TrancheClaim {
  const tranche = terms.tranche.getEntity();
  return {
    id: tranche.id,
    kind: terms.kind,
    seniority: terms.seniority,
    rank: tranche.rank,
    disbursed: ledger?.disbursed ?? 0n,
    premiumRate: parseDecimal(terms.premiumRate),
    principalBefore: ledger?.principalBefore ?? 0n,
    premiumBefore: ledger?.premiumBefore ?? 0n,
  };
}
