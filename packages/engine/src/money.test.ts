import { describe, expect, it } from 'vitest';
import { EngineInputError } from './errors.js';
import { formatMoney, isMoneyInRange, MAX_MONEY_ORE, maxOre, minOre, parseMoney, sumOre } from './money.js';

describe('parseMoney', () => {
  it.each([
    ['1234', 123400n],
    ['1234.5', 123450n],
    ['1234.50', 123450n],
    ['0', 0n],
    ['0.01', 1n],
    ['-0.01', -1n],
    ['-0', 0n],
    ['007.10', 710n],
    ['999999999999.99', MAX_MONEY_ORE],
    ['-999999999999.99', -MAX_MONEY_ORE],
  ])('parses %s to %s øre', (text, ore) => {
    expect(parseMoney(text)).toBe(ore);
  });

  it.each([
    ['1.234', 'TOO_MANY_DECIMALS'],
    ['0.001', 'TOO_MANY_DECIMALS'],
    ['1e3', 'INVALID_FORMAT'],
    ['1E-2', 'INVALID_FORMAT'],
    ['abc', 'INVALID_FORMAT'],
    ['', 'INVALID_FORMAT'],
    ['12.', 'INVALID_FORMAT'],
    ['.5', 'INVALID_FORMAT'],
    ['+5', 'INVALID_FORMAT'],
    [' 5', 'INVALID_FORMAT'],
    ['5 ', 'INVALID_FORMAT'],
    ['1,000.00', 'INVALID_FORMAT'],
    ['NaN', 'INVALID_FORMAT'],
    ['Infinity', 'INVALID_FORMAT'],
    ['0x10', 'INVALID_FORMAT'],
    ['1000000000000', 'OUT_OF_RANGE'],
    ['1000000000000.00', 'OUT_OF_RANGE'],
    ['-1000000000000', 'OUT_OF_RANGE'],
  ])('rejects %j with %s', (text, code) => {
    expect(() => parseMoney(text, 'terms.paymentCap')).toThrow(EngineInputError);
    try {
      parseMoney(text, 'terms.paymentCap');
    } catch (error) {
      expect(error).toMatchObject({ code, field: 'terms.paymentCap' });
    }
  });

  it('names the field in the message', () => {
    expect(() => parseMoney('x', 'terms.metrics[1].price')).toThrow(/terms\.metrics\[1\]\.price/);
  });
});

describe('formatMoney', () => {
  it.each([
    [123450n, '1234.50'],
    [-1n, '-0.01'],
    [0n, '0.00'],
    [5n, '0.05'],
    [-12345n, '-123.45'],
    [100n, '1.00'],
    [MAX_MONEY_ORE, '999999999999.99'],
  ])('formats %s øre as %s', (ore, text) => {
    expect(formatMoney(ore)).toBe(text);
  });
});

describe('money helpers', () => {
  it('checks the numeric(14,2) range', () => {
    expect(isMoneyInRange(MAX_MONEY_ORE)).toBe(true);
    expect(isMoneyInRange(-MAX_MONEY_ORE)).toBe(true);
    expect(isMoneyInRange(MAX_MONEY_ORE + 1n)).toBe(false);
    expect(isMoneyInRange(-MAX_MONEY_ORE - 1n)).toBe(false);
  });

  it('sums, minimises and maximises exactly', () => {
    expect(sumOre([])).toBe(0n);
    expect(sumOre([MAX_MONEY_ORE, MAX_MONEY_ORE, 1n])).toBe(2n * MAX_MONEY_ORE + 1n);
    expect(minOre(3n, -2n)).toBe(-2n);
    expect(maxOre(3n, -2n)).toBe(3n);
  });
});
