import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDecimal, floorDiv } from './decimal.js';
import { ruleAmount } from './rules.js';
import { arbMetric, arbValue } from './testing/arbitraries.js';

describe('payment rules (properties)', () => {
  it('a higher outcome value never pays less', () => {
    fc.assert(
      fc.property(arbMetric('m'), arbValue, arbValue, (metric, a, b) => {
        const [low, high] = compareDecimal(a, b) <= 0 ? [a, b] : [b, a];
        expect(ruleAmount(metric, low) <= ruleAmount(metric, high)).toBe(true);
      }),
    );
  });

  it('never pays below 0, THRESHOLD and LINEAR never above amount, PER_OUTCOME exactly floor(price × v)', () => {
    fc.assert(
      fc.property(arbMetric('m'), arbValue, (metric, value) => {
        const result = ruleAmount(metric, value);
        expect(result >= 0n).toBe(true);
        if (metric.rule === 'PER_OUTCOME') {
          const price = metric.price ?? 0n;
          expect(result).toBe(floorDiv(price * value.units, 10n ** BigInt(value.scale)));
        } else {
          expect(result <= (metric.amount ?? 0n)).toBe(true);
        }
      }),
    );
  });
});
