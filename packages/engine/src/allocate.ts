import { EngineInputError } from './errors.js';
import type { Ore } from './money.js';

/**
 * Splits `total` øre in proportion to `weights` so that the shares sum to exactly `total`
 * (the largest-remainder method, modelled on dinero.js `allocate`). Each share first gets
 * floor(total × weight / Σweights); the øre left over (fewer than the number of weights) go one
 * each to the largest fractional remainders, ties to the earlier index. So every share is within
 * one øre of its exact proportion.
 *
 * Callers order `weights` by their tie-break rule. Negative total or weights are rejected. When no
 * weight is positive there is no proportion to share by: a zero total gives all zeros, anything
 * else throws NO_WEIGHT rather than inventing a split.
 */
export function allocateLargestRemainder(total: Ore, weights: readonly Ore[]): Ore[] {
  if (total < 0n) throw new EngineInputError('total', 'NEGATIVE', 'total must not be negative');
  weights.forEach((weight, index) => {
    if (weight < 0n) {
      throw new EngineInputError(`weights[${index}]`, 'NEGATIVE', `weights[${index}] must not be negative`);
    }
  });
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0n);
  if (weightSum === 0n) {
    if (total === 0n) return weights.map(() => 0n);
    throw new EngineInputError('weights', 'NO_WEIGHT', 'a positive total needs at least one positive weight');
  }

  const shares = weights.map((weight) => (total * weight) / weightSum);
  let leftover = total - shares.reduce((sum, share) => sum + share, 0n);
  const byRemainder = weights
    .map((weight, index) => ({ index, remainder: (total * weight) % weightSum }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of byRemainder) {
    if (leftover === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return shares;
}
