import type { ExactDecimal } from '../decimal.js';
import { parseDecimal } from '../decimal.js';
import type { Ore } from '../money.js';
import { parseMoney } from '../money.js';

/** Kroner text to øre, for readable test tables: kr('40000.00') === 4_000_000n. */
export function kr(text: string): Ore {
  return parseMoney(text.replaceAll(',', ''));
}

export function dec(text: string): ExactDecimal {
  return parseDecimal(text);
}
