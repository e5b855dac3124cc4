import { type Lang, locales } from './messages';

/** Formats an ISO-8601 instant as a calendar date, e.g. "1. marts 2026" / "1 March 2026". */
export function formatDate(lang: Lang, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long' }).format(date);
}

/** Formats a calendar date "YYYY-MM-DD" without shifting it through the local time zone. */
export function formatCalendarDate(lang: Lang, ymd: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!match) return ymd;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(locales[lang]).format(value);
}

/**
 * Formats an exact Decimal string of DKK ("40000000.00") without going through a float:
 * the whole part is formatted as a bigint, the fraction is kept digit for digit.
 */
export function formatMoney(lang: Lang, decimal: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!match) return decimal;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const locale = locales[lang];
  const wholeValue = BigInt(`${sign}${whole}`);
  // BigInt has no negative zero; "-0.50" still needs its sign.
  const formattable: bigint | number = sign && wholeValue === 0n ? -0 : wholeValue;
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency: 'DKK' }).formatToParts(
    formattable,
  );
  const decimalSeparator =
    new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  const cents = fraction.padEnd(2, '0');
  let result = '';
  for (const part of parts) {
    if (part.type === 'decimal' || part.type === 'fraction') continue;
    result += part.value;
    if (part.type === 'integer' && parts.findLast((p) => p.type === 'integer') === part) {
      result += `${decimalSeparator}${cents}`;
    }
  }
  return result;
}
