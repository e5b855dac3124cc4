import { formatDecimal, parseDecimal } from '@effekt/engine';

/**
 * What a user types into a number field, made ready for the engine: spaces (including the
 * non-breaking ones Danish formatting uses) are dropped and a decimal comma becomes a point.
 * Thousands separators are not guessed at: "1.280.000" stays invalid and the field says so.
 */
export function normalizeNumber(text: string | null | undefined): string {
  const compact = (text ?? '').replace(/[\s\u00a0\u202f]/g, '');
  const commas = compact.split(',').length - 1;
  return commas === 1 && !compact.includes('.') ? compact.replace(',', '.') : compact;
}

/** "5" (per cent) → "0.05"; "5,5" → "0.055". Anything that is not a plain number passes through unchanged. */
export function percentToRate(percent: string): string {
  const text = normalizeNumber(percent);
  if (text === '') return '';
  try {
    const value = parseDecimal(text);
    if (value.units < 0n) return text;
    return formatDecimal({ units: value.units, scale: value.scale + 2 });
  } catch {
    return text;
  }
}

/** "0.05" → "5"; "0.055" → "5.5". The inverse of percentToRate for values from the API. */
export function rateToPercent(rate: string): string {
  try {
    const value = parseDecimal(rate);
    if (value.scale >= 2) return formatDecimal({ units: value.units, scale: value.scale - 2 });
    return formatDecimal({ units: value.units * 10n ** BigInt(2 - value.scale), scale: 0 });
  } catch {
    return rate;
  }
}

/** A decimal from the API as the interface language writes it: "0.3" → "0,3" in Danish. */
export function localDecimal(lang: 'da' | 'en', decimal: string): string {
  return lang === 'da' ? decimal.replace('.', ',') : decimal;
}

/**
 * An exact decimal ("1234567.5") formatted with grouping for reading, without a float:
 * "1.234.567,5" in Danish, "1,234,567.5" in English.
 */
export function formatExactDecimal(lang: 'da' | 'en', decimal: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!match) return decimal;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const grouped = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB').format(BigInt(whole));
  const separator = lang === 'da' ? ',' : '.';
  return `${sign}${grouped}${fraction ? `${separator}${fraction}` : ''}`;
}
