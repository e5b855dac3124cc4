import { EngineInputError } from './errors.js';
import type { Ore } from './money.js';

/**
 * An exact decimal: value = units / 10^scale. Used for metric values, thresholds, targets and
 * premium rates, which may carry more decimals than money but must never pass through a float.
 * The functions here accept any integer scale ≥ 0 and return normalized values (no trailing
 * fractional zeros), so equal numbers have one representation.
 */
export interface ExactDecimal {
  readonly units: bigint;
  readonly scale: number;
}

/** Fractional digits we accept; matches the database's numeric(27,12) for metric values and rates. */
export const MAX_DECIMAL_SCALE = 12;
export const MAX_DECIMAL_INTEGER_DIGITS = 15;

const DECIMAL_PATTERN = /^(-?)(\d+)(?:\.(\d+))?$/;

export const ZERO_DECIMAL: ExactDecimal = { units: 0n, scale: 0 };
export const ONE_DECIMAL: ExactDecimal = { units: 1n, scale: 0 };

/**
 * Parses "12", "0.42", "-3.5", "0.30" (plain decimal notation only; no exponent, no plus sign,
 * no whitespace) into a normalized ExactDecimal.
 */
export function parseDecimal(text: string, field = 'value'): ExactDecimal {
  const match = DECIMAL_PATTERN.exec(text);
  if (match === null) {
    throw new EngineInputError(field, 'INVALID_FORMAT', `${field} is not a decimal number like 0.35`);
  }
  const [, sign = '', whole = '0', fraction = ''] = match;
  if (fraction.length > MAX_DECIMAL_SCALE) {
    throw new EngineInputError(
      field,
      'TOO_MANY_DECIMALS',
      `${field} has more than ${MAX_DECIMAL_SCALE} decimals`,
    );
  }
  if (whole.replace(/^0+/, '').length > MAX_DECIMAL_INTEGER_DIGITS) {
    throw new EngineInputError(
      field,
      'OUT_OF_RANGE',
      `${field} has more than ${MAX_DECIMAL_INTEGER_DIGITS} digits before the decimal point`,
    );
  }
  const magnitude = BigInt(whole + fraction);
  return normalizeDecimal({ units: sign === '-' ? -magnitude : magnitude, scale: fraction.length });
}

function assertScale(d: ExactDecimal): void {
  if (!Number.isSafeInteger(d.scale) || d.scale < 0) {
    throw new EngineInputError('scale', 'INVALID_FORMAT', `decimal scale ${d.scale} is not an integer ≥ 0`);
  }
}

/** Strips trailing fractional zeros: {4200, 4} → {42, 2}; zero becomes {0, 0}. */
export function normalizeDecimal(d: ExactDecimal): ExactDecimal {
  assertScale(d);
  let { units, scale } = d;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}

/**
 * Canonical text: the shortest plain form ("0.3", "12", "-0.05", "0"), never an exponent.
 * Chosen so that "0.30" and "0.3" in two proposals hash the same; parseDecimal(formatDecimal(d))
 * gives back d normalized.
 */
export function formatDecimal(d: ExactDecimal): string {
  const { units, scale } = normalizeDecimal(d);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

/** Both values as integers over a common power of ten, so they compare and subtract exactly. */
export function alignDecimals(a: ExactDecimal, b: ExactDecimal): { a: bigint; b: bigint; scale: number } {
  assertScale(a);
  assertScale(b);
  const scale = Math.max(a.scale, b.scale);
  return {
    a: a.units * 10n ** BigInt(scale - a.scale),
    b: b.units * 10n ** BigInt(scale - b.scale),
    scale,
  };
}

export function compareDecimal(a: ExactDecimal, b: ExactDecimal): -1 | 0 | 1 {
  const aligned = alignDecimals(a, b);
  if (aligned.a < aligned.b) return -1;
  return aligned.a > aligned.b ? 1 : 0;
}

export function decimalEquals(a: ExactDecimal, b: ExactDecimal): boolean {
  return compareDecimal(a, b) === 0;
}

export function addDecimal(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  const aligned = alignDecimals(a, b);
  return normalizeDecimal({ units: aligned.a + aligned.b, scale: aligned.scale });
}

export function subtractDecimal(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  const aligned = alignDecimals(a, b);
  return normalizeDecimal({ units: aligned.a - aligned.b, scale: aligned.scale });
}

export function decimalFromInteger(n: bigint): ExactDecimal {
  return { units: n, scale: 0 };
}

/** Integer division rounding toward −∞ (bigint `/` truncates toward zero). */
export function floorDiv(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) {
    throw new EngineInputError('denominator', 'OUT_OF_RANGE', 'division by zero');
  }
  const quotient = numerator / denominator;
  const exact = quotient * denominator === numerator;
  const negative = numerator < 0n !== denominator < 0n;
  return !exact && negative ? quotient - 1n : quotient;
}

/** floor(ore × d) in whole øre: the "rounded down" of every payment rule. */
export function multiplyOreFloor(ore: Ore, d: ExactDecimal): Ore {
  assertScale(d);
  return floorDiv(ore * d.units, 10n ** BigInt(d.scale));
}

/** floor(ore × numerator / denominator) for an exact rational factor. */
export function multiplyOreByRatioFloor(ore: Ore, numerator: bigint, denominator: bigint): Ore {
  return floorDiv(ore * numerator, denominator);
}
