/**
 * An amount as the Danish interface shows it ("1.280.000,00 kr.") in øre, for comparing figures
 * in tests without floats.
 */
export function oreOf(text: string): bigint {
  const match = /(-?)([\d.\u00a0 ]+),(\d{2})/.exec(text);
  if (!match) throw new Error(`Not a Danish amount: ${text}`);
  const [, sign = '', whole = '0', cents = '00'] = match;
  const ore = BigInt(whole.replace(/[.\u00a0 ]/g, '')) * 100n + BigInt(cents);
  return sign === '-' ? -ore : ore;
}
