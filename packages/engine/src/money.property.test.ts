import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDecimal, formatDecimal, normalizeDecimal, parseDecimal } from './decimal.js';
import { formatMoney, MAX_MONEY_ORE, parseMoney } from './money.js';
import { arbDecimal } from './testing/arbitraries.js';

describe('money and decimal text (properties)', () => {
  it('parseMoney(formatMoney(x)) === x over the whole numeric(14,2) range', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -MAX_MONEY_ORE, max: MAX_MONEY_ORE }), (ore) => {
        expect(parseMoney(formatMoney(ore))).toBe(ore);
        expect(formatMoney(ore)).toMatch(/^-?\d+\.\d{2}$/);
      }),
    );
  });

  it('formatMoney(parseMoney(s)) is s with two decimals', () => {
    const arbText = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 12n - 1n }), fc.stringMatching(/^(\.\d{1,2})?$/))
      .map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction}`);
    fc.assert(
      fc.property(arbText, (text) => {
        const [whole = '', fraction = ''] = text.split('.');
        const expected = `${whole}.${fraction.padEnd(2, '0')}`;
        const normalized = /^-0\.00$/.test(expected) ? '0.00' : expected;
        expect(formatMoney(parseMoney(text))).toBe(normalized);
      }),
    );
  });

  it('parseDecimal(formatDecimal(d)) is d normalized, and the text is canonical', () => {
    fc.assert(
      fc.property(arbDecimal(), fc.boolean(), (value, negative) => {
        const d = negative ? { ...value, units: -value.units } : value;
        const text = formatDecimal(d);
        expect(parseDecimal(text)).toEqual(normalizeDecimal(d));
        expect(formatDecimal(parseDecimal(text))).toBe(text);
        expect(text).not.toMatch(/\.\d*0$/);
      }),
    );
  });

  it('compareDecimal agrees with cross-multiplied integers', () => {
    fc.assert(
      fc.property(arbDecimal(), arbDecimal(), (a, b) => {
        const left = a.units * 10n ** BigInt(b.scale);
        const right = b.units * 10n ** BigInt(a.scale);
        expect(compareDecimal(a, b)).toBe(left < right ? -1 : left > right ? 1 : 0);
      }),
    );
  });
});
