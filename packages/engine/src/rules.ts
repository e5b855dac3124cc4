import type { ExactDecimal } from './decimal.js';
import {
  alignDecimals,
  compareDecimal,
  multiplyOreByRatioFloor,
  multiplyOreFloor,
  subtractDecimal,
} from './decimal.js';
import { EngineInputError } from './errors.js';
import type { Ore } from './money.js';

export type PaymentRule = 'PER_OUTCOME' | 'THRESHOLD' | 'LINEAR';

export const PAYMENT_RULES: readonly PaymentRule[] = ['PER_OUTCOME', 'THRESHOLD', 'LINEAR'];

/** The payment-relevant part of a metric in the agreed terms. */
export interface MetricTerms {
  readonly key: string;
  readonly rule: PaymentRule;
  readonly price?: Ore | null;
  readonly threshold?: ExactDecimal | null;
  readonly target?: ExactDecimal | null;
  readonly amount?: Ore | null;
  readonly cap?: Ore | null;
}

function required<T>(value: T | null | undefined, field: string, rule: PaymentRule): T {
  if (value === null || value === undefined) {
    throw new EngineInputError(field, 'REQUIRED', `${field} is required for a ${rule} metric`);
  }
  return value;
}

function nonNegativeMoney(value: Ore, field: string): Ore {
  if (value < 0n) throw new EngineInputError(field, 'NEGATIVE', `${field} must not be negative`);
  return value;
}

/** A metric's rule with exactly the parameters it needs, present and checked. */
export type CheckedRule =
  | { readonly rule: 'PER_OUTCOME'; readonly price: Ore }
  | { readonly rule: 'THRESHOLD'; readonly threshold: ExactDecimal; readonly amount: Ore }
  | {
      readonly rule: 'LINEAR';
      readonly threshold: ExactDecimal;
      readonly target: ExactDecimal;
      readonly amount: Ore;
    };

/**
 * Checks that the metric carries what its rule needs (DOMAIN.md "Bad input") and returns the
 * rule in a form the compiler knows is complete. Terms that went through validateTerms always
 * pass; the check guards callers that build MetricTerms by hand.
 */
export function checkMetricTerms(metric: MetricTerms, path = 'metric'): CheckedRule {
  if (metric.cap !== null && metric.cap !== undefined) nonNegativeMoney(metric.cap, `${path}.cap`);
  switch (metric.rule) {
    case 'PER_OUTCOME': {
      const price = required(metric.price, `${path}.price`, metric.rule);
      if (price <= 0n) {
        throw new EngineInputError(`${path}.price`, 'NOT_POSITIVE', `${path}.price must be above 0`);
      }
      return { rule: metric.rule, price };
    }
    case 'THRESHOLD': {
      const threshold = required(metric.threshold, `${path}.threshold`, metric.rule);
      const amount = nonNegativeMoney(
        required(metric.amount, `${path}.amount`, metric.rule),
        `${path}.amount`,
      );
      return { rule: metric.rule, threshold, amount };
    }
    case 'LINEAR': {
      const threshold = required(metric.threshold, `${path}.threshold`, metric.rule);
      const target = required(metric.target, `${path}.target`, metric.rule);
      const amount = nonNegativeMoney(
        required(metric.amount, `${path}.amount`, metric.rule),
        `${path}.amount`,
      );
      if (compareDecimal(threshold, target) >= 0) {
        throw new EngineInputError(
          `${path}.target`,
          'THRESHOLD_NOT_BELOW_TARGET',
          `${path}.target must be above the threshold`,
        );
      }
      return { rule: metric.rule, threshold, target, amount };
    }
    default:
      throw new EngineInputError(`${path}.rule`, 'INVALID_OPTION', `${path}.rule is not a payment rule`);
  }
}

/**
 * What one report of `value` earns under the metric's rule, rounded down to whole øre.
 * Every rule is non-decreasing in `value` (metrics are defined so that higher is better).
 * Throws EngineInputError for a negative value or a metric missing its rule's parameters.
 */
export function ruleAmount(metric: MetricTerms, value: ExactDecimal, path = 'metric'): Ore {
  return checkedRuleAmount(checkMetricTerms(metric, path), value);
}

/** ruleAmount for a rule already checked, so a payment checks each metric once. */
export function checkedRuleAmount(rule: CheckedRule, value: ExactDecimal, field = 'value'): Ore {
  if (value.units < 0n) {
    throw new EngineInputError(field, 'NEGATIVE', `${field} must not be negative`);
  }
  switch (rule.rule) {
    case 'PER_OUTCOME':
      return multiplyOreFloor(rule.price, value);
    case 'THRESHOLD':
      return compareDecimal(value, rule.threshold) >= 0 ? rule.amount : 0n;
    case 'LINEAR':
      return linearAmount(rule, value);
  }
}

function linearAmount(rule: Extract<CheckedRule, { rule: 'LINEAR' }>, value: ExactDecimal): Ore {
  if (compareDecimal(value, rule.threshold) <= 0) return 0n;
  if (compareDecimal(value, rule.target) >= 0) return rule.amount;
  // amount × (v − t) / (T − t) as one exact rational, floored once at the end.
  const above = subtractDecimal(value, rule.threshold);
  const span = subtractDecimal(rule.target, rule.threshold);
  const aligned = alignDecimals(above, span);
  return multiplyOreByRatioFloor(rule.amount, aligned.a, aligned.b);
}
