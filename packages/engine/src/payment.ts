import type { ExactDecimal } from './decimal.js';
import { EngineInputError } from './errors.js';
import type { Ore } from './money.js';
import { assertNonNegative, maxOre, minOre } from './money.js';
import type { CheckedRule, MetricTerms } from './rules.js';
import { checkedRuleAmount, checkMetricTerms } from './rules.js';

/** A VERIFIED outcome report not yet in any payment. */
export interface PaymentReport {
  readonly id: string;
  readonly metricKey: string;
  readonly value: ExactDecimal;
}

export interface PaymentInput {
  readonly metrics: readonly MetricTerms[];
  readonly reports: readonly PaymentReport[];
  /** Per metric key: the sum of line `amount`s of every earlier payment (any status). Missing = 0. */
  readonly metricAmountsBefore: ReadonlyMap<string, Ore>;
  /** The contract's paymentCap. */
  readonly paymentCap: Ore;
  /** The sum of `total` of every earlier payment (any status). */
  readonly totalBefore: Ore;
}

export interface PaymentLine {
  readonly metricKey: string;
  readonly reportIds: string[];
  /** What the rule gives, each report rounded down on its own, before the metric cap. */
  readonly gross: Ore;
  /** After the metric's own cap. */
  readonly amount: Ore;
}

export interface PaymentCalculation {
  readonly lines: PaymentLine[];
  /** Sum of the lines' amounts. */
  readonly subtotal: Ore;
  /** What the municipality pays: subtotal limited by what is left of the paymentCap. */
  readonly total: Ore;
  /** subtotal − total: what the contract-wide paymentCap took off. */
  readonly capReduction: Ore;
}

/**
 * Settles a batch of verified reports (DOMAIN.md "Payment rules"). One line per metric that has
 * reports, in the order of `metrics`; report ids in the order given. Throws EngineInputError for a
 * report of an unknown metric, a report id given twice, or negative money.
 */
export function calculatePayment(input: PaymentInput): PaymentCalculation {
  assertNonNegative(input.paymentCap, 'paymentCap');
  assertNonNegative(input.totalBefore, 'totalBefore');

  const rules = new Map<string, CheckedRule>();
  input.metrics.forEach((metric, index) => {
    if (rules.has(metric.key)) {
      throw new EngineInputError(
        `metrics[${index}].key`,
        'DUPLICATE_KEY',
        `metric key ${metric.key} is repeated`,
      );
    }
    rules.set(metric.key, checkMetricTerms(metric, `metrics[${index}]`));
  });

  const grossByKey = new Map<string, { reportIds: string[]; gross: Ore }>();
  const seenReports = new Set<string>();
  input.reports.forEach((report, index) => {
    const field = `reports[${index}]`;
    const rule = rules.get(report.metricKey);
    if (rule === undefined) {
      throw new EngineInputError(
        `${field}.metricKey`,
        'UNKNOWN_METRIC',
        `${field}.metricKey ${report.metricKey} is not a metric of these terms`,
      );
    }
    if (seenReports.has(report.id)) {
      throw new EngineInputError(`${field}.id`, 'DUPLICATE_ID', `report ${report.id} is listed twice`);
    }
    seenReports.add(report.id);
    const earned = checkedRuleAmount(rule, report.value, `${field}.value`);
    const line = grossByKey.get(report.metricKey) ?? { reportIds: [], gross: 0n };
    line.reportIds.push(report.id);
    line.gross += earned;
    grossByKey.set(report.metricKey, line);
  });

  const lines: PaymentLine[] = [];
  for (const metric of input.metrics) {
    const line = grossByKey.get(metric.key);
    if (line === undefined) continue;
    const before = input.metricAmountsBefore.get(metric.key) ?? 0n;
    assertNonNegative(before, `metricAmountsBefore.${metric.key}`);
    const amount =
      metric.cap === null || metric.cap === undefined ? line.gross : capped(line.gross, metric.cap, before);
    lines.push({ metricKey: metric.key, reportIds: line.reportIds, gross: line.gross, amount });
  }

  const subtotal = lines.reduce((sum, line) => sum + line.amount, 0n);
  const total = capped(subtotal, input.paymentCap, input.totalBefore);
  return { lines, subtotal, total, capReduction: subtotal - total };
}

/** min(value, cap − used), never below zero (earlier payments may already have used the cap up). */
function capped(value: Ore, cap: Ore, used: Ore): Ore {
  return minOre(value, maxOre(cap - used, 0n));
}
