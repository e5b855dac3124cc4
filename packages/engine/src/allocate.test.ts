import { describe, expect, it } from 'vitest';
import { allocateLargestRemainder } from './allocate.js';
import { kr } from './testing/values.js';

describe('allocateLargestRemainder', () => {
  it.each([
    [
      'DOMAIN.md: 1,000,000.01 shared 60/40',
      kr('1,000,000.01'),
      [60n, 40n],
      [kr('600,000.01'), kr('400,000.00')],
    ],
    ['exact split', 100n, [1n, 1n], [50n, 50n]],
    ['one-øre remainder to the earlier index on a tie', 1n, [1n, 1n], [1n, 0n]],
    ['two øre over three equal weights', 2n, [5n, 5n, 5n], [1n, 1n, 0n]],
    ['largest remainder wins over earlier index', 10n, [1n, 2n], [3n, 7n]],
    ['zero weight gets nothing', 7n, [0n, 3n, 0n], [0n, 7n, 0n]],
    ['zero total', 0n, [3n, 4n], [0n, 0n]],
    ['zero total with all-zero weights', 0n, [0n, 0n], [0n, 0n]],
    ['empty weights, zero total', 0n, [], []],
    ['single weight takes everything', 12345n, [9n], [12345n]],
    ['large numbers stay exact', 10n ** 20n + 1n, [1n, 10n ** 18n], [100n, 10n ** 20n - 99n]],
  ])('%s', (_name, total, weights, expected) => {
    const shares = allocateLargestRemainder(total, weights);
    expect(shares).toEqual(expected);
    expect(shares.reduce((a, b) => a + b, 0n)).toBe(total);
  });

  it.each([
    ['negative total', -1n, [1n], 'total', 'NEGATIVE'],
    ['negative weight', 5n, [1n, -1n], 'weights[1]', 'NEGATIVE'],
    ['all-zero weights with a positive total', 5n, [0n, 0n], 'weights', 'NO_WEIGHT'],
    ['no weights with a positive total', 5n, [], 'weights', 'NO_WEIGHT'],
  ])('rejects %s', (_name, total, weights, field, code) => {
    expect(() => allocateLargestRemainder(total, weights)).toThrow(expect.objectContaining({ field, code }));
  });
});
