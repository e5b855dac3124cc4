import { describe, expect, it } from 'vitest';
import type { MetricTerms } from './rules.js';
import { checkMetricTerms, ruleAmount } from './rules.js';
import { dec, kr } from './testing/values.js';

const perOutcome: MetricTerms = { key: 'families-completed', rule: 'PER_OUTCOME', price: kr('40,000.00') };
const threshold: MetricTerms = {
  key: 'school',
  rule: 'THRESHOLD',
  threshold: dec('0.8'),
  amount: kr('100,000.00'),
};
const linear: MetricTerms = {
  key: 'child-wellbeing',
  rule: 'LINEAR',
  threshold: dec('0.30'),
  target: dec('0.60'),
  amount: kr('500,000.00'),
};

describe('ruleAmount', () => {
  it.each([
    ['PER_OUTCOME whole value', perOutcome, '12', '480,000.00'],
    ['PER_OUTCOME zero', perOutcome, '0', '0.00'],
    ['PER_OUTCOME fractional value rounds down', { ...perOutcome, price: kr('0.03') }, '0.5', '0.01'],
    ['PER_OUTCOME sub-øre result is 0', { ...perOutcome, price: kr('0.01') }, '0.99', '0.00'],
    ['THRESHOLD below', threshold, '0.799999', '0.00'],
    ['THRESHOLD exactly at threshold pays', threshold, '0.80', '100,000.00'],
    ['THRESHOLD above', threshold, '5', '100,000.00'],
    ['THRESHOLD zero value, zero threshold pays', { ...threshold, threshold: dec('0') }, '0', '100,000.00'],
    ['LINEAR below threshold', linear, '0.1', '0.00'],
    ['LINEAR exactly at threshold', linear, '0.3', '0.00'],
    ['LINEAR between', linear, '0.42', '200,000.00'],
    ['LINEAR exactly at target', linear, '0.6', '500,000.00'],
    ['LINEAR above target', linear, '0.9', '500,000.00'],
    // 500,000 × 0.0000001/0.3 = 0.16666… kr → rounds down to 0.16
    ['LINEAR rounds down', linear, '0.3000001', '0.16'],
    ['LINEAR mixed scales', { ...linear, amount: kr('1.00') }, '0.4', '0.33'],
  ])('%s', (_name, metric, value, expected) => {
    expect(ruleAmount(metric, dec(value))).toBe(kr(expected));
  });

  it('rejects a negative value', () => {
    expect(() => ruleAmount(perOutcome, dec('-1'))).toThrow(expect.objectContaining({ code: 'NEGATIVE' }));
  });

  it.each([
    ['PER_OUTCOME without price', { key: 'k', rule: 'PER_OUTCOME' }, 'metric.price', 'REQUIRED'],
    [
      'PER_OUTCOME with price 0',
      { key: 'k', rule: 'PER_OUTCOME', price: 0n },
      'metric.price',
      'NOT_POSITIVE',
    ],
    [
      'THRESHOLD without threshold',
      { key: 'k', rule: 'THRESHOLD', amount: 1n },
      'metric.threshold',
      'REQUIRED',
    ],
    [
      'THRESHOLD without amount',
      { key: 'k', rule: 'THRESHOLD', threshold: dec('1') },
      'metric.amount',
      'REQUIRED',
    ],
    ['LINEAR without target', { ...linear, target: null }, 'metric.target', 'REQUIRED'],
    [
      'LINEAR with threshold = target',
      { ...linear, target: dec('0.3') },
      'metric.target',
      'THRESHOLD_NOT_BELOW_TARGET',
    ],
    ['LINEAR with negative amount', { ...linear, amount: -1n }, 'metric.amount', 'NEGATIVE'],
    ['negative cap', { ...perOutcome, cap: -1n }, 'metric.cap', 'NEGATIVE'],
  ] satisfies [string, MetricTerms, string, string][])('rejects %s', (_name, metric, field, code) => {
    expect(() => ruleAmount(metric, dec('1'))).toThrow(expect.objectContaining({ field, code }));
  });

  it('rejects an unknown rule at run time', () => {
    const bogus = { key: 'k', rule: 'BONUS' } as unknown as MetricTerms;
    expect(() => checkMetricTerms(bogus, 'metrics[3]')).toThrow(
      expect.objectContaining({ field: 'metrics[3].rule', code: 'INVALID_OPTION' }),
    );
  });
});
