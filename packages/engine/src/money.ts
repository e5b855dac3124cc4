import { EngineInputError } from './errors.js';

/** Money in whole øre (1 DKK = 100 øre). Always a bigint so sums can never lose precision. */
export type Ore = bigint;

/** The largest magnitude PostgreSQL numeric(14,2) holds: 999,999,999,999.99 kroner. */
export const MAX_MONEY_ORE: Ore = 10n ** 14n - 1n;

const MONEY_PATTERN = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;
const TOO_MANY_DECIMALS_PATTERN = /^-?\d+\.\d{3,}$/;

/**
 * Parses a decimal string in kroner ("1234", "1234.5", "1234.50", "-0.01") to øre.
 * Rejects signs other than a leading minus, whitespace, exponents, more than two decimals and
 * anything numeric(14,2) cannot store. Negative values parse; callers that need ≥ 0 check it.
 */
export function parseMoney(text: string, field = 'amount'): Ore {
  const match = MONEY_PATTERN.exec(text);
  if (match === null) {
    if (TOO_MANY_DECIMALS_PATTERN.test(text)) {
      throw new EngineInputError(field, 'TOO_MANY_DECIMALS', `${field} has more than two decimals`);
    }
    throw new EngineInputError(field, 'INVALID_FORMAT', `${field} is not an amount like 1234.50`);
  }
  const [, sign = '', whole = '0', fraction = ''] = match;
  const magnitude = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  if (magnitude > MAX_MONEY_ORE) {
    throw new EngineInputError(field, 'OUT_OF_RANGE', `${field} must be below 1,000,000,000,000.00`);
  }
  return sign === '-' ? -magnitude : magnitude;
}

/** Formats øre as kroner with exactly two decimals: "1234.50", "-0.01", "0.00". */
export function formatMoney(ore: Ore): string {
  const negative = ore < 0n;
  const magnitude = negative ? -ore : ore;
  const whole = magnitude / 100n;
  const fraction = (magnitude % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

export function isMoneyInRange(ore: Ore): boolean {
  return ore >= -MAX_MONEY_ORE && ore <= MAX_MONEY_ORE;
}

export function sumOre(values: Iterable<Ore>): Ore {
  let total = 0n;
  for (const value of values) total += value;
  return total;
}

export function minOre(a: Ore, b: Ore): Ore {
  return a < b ? a : b;
}

export function maxOre(a: Ore, b: Ore): Ore {
  return a > b ? a : b;
}

/** Throws unless `ore` ≥ 0; engine functions use it to assert their money invariants. */
export function assertNonNegative(ore: Ore, field: string): void {
  if (ore < 0n) throw new EngineInputError(field, 'NEGATIVE', `${field} must not be negative`);
}
