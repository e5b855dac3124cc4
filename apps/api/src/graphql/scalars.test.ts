import { describe, expect, it } from 'vitest';
import { CalendarDateScalar, DecimalScalar, isCalendarDate } from './scalars.js';

describe('calendar dates', () => {
  it.each([
    ['2026-03-01', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['0044-03-15', true],
    ['2026-13-01', false],
    ['2026-3-1', false],
    ['2026-03-01T00:00:00Z', false],
    ['', false],
  ])('%s is a calendar date: %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });

  it('refuses a non-date with BAD_USER_INPUT', () => {
    expect(() => CalendarDateScalar.parseValue('2026-02-30')).toThrow(/YYYY-MM-DD/);
  });

  it('serves the days it is given as they are, and refuses anything not written YYYY-MM-DD', () => {
    expect(CalendarDateScalar.serialize('2026-02-28')).toBe('2026-02-28');
    expect(() => CalendarDateScalar.serialize('28/02/2026')).toThrow(/Date cannot serve/);
    expect(() => CalendarDateScalar.serialize(new Date())).toThrow(/Date cannot serve/);
  });
});

describe('decimals', () => {
  it.each(['0', '12.5', '40000000.00', '-0.01', ' 7.25 '])('accepts %j', (text) => {
    expect(DecimalScalar.parseValue(text)).toBe(text.trim());
  });

  it.each(['', 'abc', '1e5', '1,5', '.5', '1.', 12.5, null])('refuses %j', (value) => {
    expect(() => DecimalScalar.parseValue(value)).toThrow(/Decimal/);
  });
});
