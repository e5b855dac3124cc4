import { type MetricTerms, type PaymentRule, parseDecimal } from '@effekt/engine';
import type { Metric } from '../contracts/metric.entity.js';

/** What a metric's payment rule needs, from the entity or its view alike. */
export type MetricRule = Pick<Metric, 'key' | 'rule' | 'price' | 'threshold' | 'target' | 'amount' | 'cap'>;

export function metricTermsOf(metric: MetricRule): MetricTerms {
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
