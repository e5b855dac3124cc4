import { parseDecimal, parseMoney } from '@effekt/engine';

/**
 * A number as people type it, ready for the API: spaces (also the non-breaking ones Danish
 * formatting uses) go, and a single decimal comma becomes a point. "1.280.000" is not guessed at.
 */
export function normaliseNumber(text: string): string {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  const commas = compact.split(',').length - 1;
  return commas === 1 && !compact.includes('.') ? compact.replace(',', '.') : compact;
}

/** A metric value: a plain decimal of 0 or more (the API accepts up to 12 decimals). */
export function valueProblem(text: string): 'required' | 'format' | 'negative' | undefined {
  const value = normaliseNumber(text);
  if (value === '') return 'required';
  try {
    return parseDecimal(value).units < 0n ? 'negative' : undefined;
  } catch {
    return 'format';
  }
}

/** An amount in kroner: more than 0, at most two decimals. */
export function amountProblem(text: string): 'required' | 'format' | 'notPositive' | undefined {
  const value = normaliseNumber(text);
  if (value === '') return 'required';
  try {
    return parseMoney(value) <= 0n ? 'notPositive' : undefined;
  } catch {
    return 'format';
  }
}

/** A decimal from the API as the interface language writes it: "0.42" → "0,42" in Danish. */
export function localDecimal(lang: 'da' | 'en', decimal: string): string {
  return lang === 'da' ? decimal.replace('.', ',') : decimal;
}
