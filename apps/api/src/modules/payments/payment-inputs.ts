import { type MetricTerms, type PaymentRule, parseDecimal } from '@effekt/engine';
import type { Metric } from '../contracts/metric.entity.js';

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
