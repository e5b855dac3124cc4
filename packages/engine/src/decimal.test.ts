import { describe, expect, it } from 'vitest';
import {
  addDecimal,
  compareDecimal,
  decimalEquals,
  floorDiv,
  formatDecimal,
  multiplyOreByRatioFloor,
  multiplyOreFloor,
  normalizeDecimal,
  parseDecimal,
  subtractDecimal,
} from './decimal.js';

const d = (text: string) => parseDecimal(text);

describe('parseDecimal', () => {
  it.each([
    ['12', 12n, 0],
    ['0.42', 42n, 2],
    ['0.30', 3n, 1],
    ['-3.50', -35n, 1],
    ['0.000000000001', 1n, 12],
    ['000.000', 0n, 0],
    ['-0', 0n, 0],
    ['999999999999999.999999999999', 999999999999999999999999999n, 12],
  ])('parses %s as %s / 10^%s', (text, units, scale) => {
    expect(parseDecimal(text)).toEqual({ units, scale });
  });

  it.each([
    ['0.0000000000001', 'TOO_MANY_DECIMALS'],
    ['1e5', 'INVALID_FORMAT'],
    ['', 'INVALID_FORMAT'],
    ['.5', 'INVALID_FORMAT'],
    ['5.', 'INVALID_FORMAT'],
    ['+1', 'INVALID_FORMAT'],
    ['1_000', 'INVALID_FORMAT'],
    ['one', 'INVALID_FORMAT'],
    ['1000000000000000', 'OUT_OF_RANGE'],
  ])('rejects %j with %s', (text, code) => {
    expect(() => parseDecimal(text, 'reports[0].value')).toThrow(
      expect.objectContaining({ code, field: 'reports[0].value' }),
    );
  });
});

describe('formatDecimal', () => {
  it.each([
    [{ units: 42n, scale: 2 }, '0.42'],
    [{ units: 300n, scale: 3 }, '0.3'],
    [{ units: 12n, scale: 0 }, '12'],
    [{ units: -5n, scale: 2 }, '-0.05'],
    [{ units: 0n, scale: 5 }, '0'],
    [{ units: 1200n, scale: 0 }, '1200'],
    [{ units: 1n, scale: 12 }, '0.000000000001'],
  ])('formats %o canonically as %s', (value, text) => {
    expect(formatDecimal(value)).toBe(text);
  });

  it('gives "0.30" and "0.3" the same text', () => {
    expect(formatDecimal(d('0.30'))).toBe(formatDecimal(d('0.3')));
  });

  it('rejects an invalid scale', () => {
    expect(() => formatDecimal({ units: 1n, scale: -1 })).toThrow();
    expect(() => normalizeDecimal({ units: 1n, scale: 1.5 })).toThrow();
  });
});

describe('decimal arithmetic', () => {
  it('compares across scales', () => {
    expect(compareDecimal(d('0.3'), d('0.30'))).toBe(0);
    expect(compareDecimal(d('0.42'), d('0.6'))).toBe(-1);
    expect(compareDecimal(d('2'), d('1.999999999999'))).toBe(1);
    expect(compareDecimal(d('-1'), d('0'))).toBe(-1);
    expect(decimalEquals(d('1.0'), d('1'))).toBe(true);
  });

  it('adds and subtracts exactly', () => {
    expect(addDecimal(d('0.1'), d('0.2'))).toEqual(d('0.3'));
    expect(subtractDecimal(d('0.6'), d('0.30'))).toEqual(d('0.3'));
    expect(subtractDecimal(d('0.3'), d('0.6'))).toEqual(d('-0.3'));
  });

  it('floors toward minus infinity', () => {
    expect(floorDiv(7n, 2n)).toBe(3n);
    expect(floorDiv(-7n, 2n)).toBe(-4n);
    expect(floorDiv(7n, -2n)).toBe(-4n);
    expect(floorDiv(-8n, 2n)).toBe(-4n);
    expect(floorDiv(0n, 5n)).toBe(0n);
    expect(() => floorDiv(1n, 0n)).toThrow();
  });

  it('multiplies money by a decimal and rounds down to the øre', () => {
    expect(multiplyOreFloor(300_000_000n, d('0.05'))).toBe(15_000_000n);
    expect(multiplyOreFloor(1n, d('0.999999999999'))).toBe(0n);
    expect(multiplyOreFloor(333n, d('0.5'))).toBe(166n);
    expect(multiplyOreFloor(-333n, d('0.5'))).toBe(-167n);
    expect(multiplyOreByRatioFloor(100n, 2n, 3n)).toBe(66n);
  });
});
