import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateLargestRemainder } from './allocate.js';

const arbWeights = fc
  .array(fc.oneof(fc.bigInt({ min: 0n, max: 10n }), fc.bigInt({ min: 0n, max: 10n ** 15n })), {
    minLength: 1,
    maxLength: 12,
  })
  .filter((weights) => weights.some((weight) => weight > 0n));

describe('allocateLargestRemainder (properties)', () => {
  it('sums exactly to the total, each share within one øre of its exact proportion', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 16n }), arbWeights, (total, weights) => {
        const shares = allocateLargestRemainder(total, weights);
        const weightSum = weights.reduce((a, b) => a + b, 0n);
        expect(shares).toHaveLength(weights.length);
        expect(shares.reduce((a, b) => a + b, 0n)).toBe(total);
        shares.forEach((share, index) => {
          const exact = total * (weights[index] ?? 0n); // the exact share is exact / weightSum
          // floor ≤ share ≤ ceiling of the exact proportion, so |share − exact| < 1 øre
          expect(share * weightSum <= exact + weightSum - 1n).toBe(true);
          expect(share * weightSum >= exact - weightSum + 1n).toBe(true);
          expect(share >= 0n).toBe(true);
          if (weights[index] === 0n) expect(share).toBe(0n);
        });
      }),
    );
  });

  it('a larger weight never gets a smaller share', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 9n }), arbWeights, (total, weights) => {
        const shares = allocateLargestRemainder(total, weights);
        weights.forEach((a, i) => {
          weights.forEach((b, j) => {
            if (a > b) expect((shares[i] ?? 0n) >= (shares[j] ?? 0n)).toBe(true);
          });
        });
      }),
    );
  });
});
