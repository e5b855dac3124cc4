import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDate, formatMoney, formatNumber } from './format';

// Intl may use a (narrow) no-break space; compare with ordinary spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it.each([
    ['da', '40000000.00', '40.000.000,00 kr.'],
    ['da', '0.5', '0,50 kr.'],
    ['da', '1000000.01', '1.000.000,01 kr.'],
    ['da', '-0.50', '-0,50 kr.'],
    ['en', '40000000.00', 'DKK 40,000,000.00'],
    ['en', '1280000.00', 'DKK 1,280,000.00'],
  ] as const)('%s %s → %s', (lang, decimal, expected) => {
    expect(plain(formatMoney(lang, decimal))).toBe(expected);
  });

  it('keeps digits exact beyond float precision', () => {
    expect(plain(formatMoney('da', '90071992547409931.99'))).toBe('90.071.992.547.409.931,99 kr.');
  });

  it('returns what it cannot parse unchanged', () => {
    expect(formatMoney('da', 'n/a')).toBe('n/a');
  });
});

describe('dates and numbers', () => {
  it('formats instants as long dates', () => {
    expect(formatDate('da', '2026-03-01T12:00:00.000Z')).toBe('1. marts 2026');
    expect(formatDate('en', '2026-03-01T12:00:00.000Z')).toBe('1 March 2026');
    expect(formatDate('en', 'not a date')).toBe('not a date');
  });

  it('formats calendar dates without a time-zone shift', () => {
    expect(formatCalendarDate('da', '2026-01-01')).toBe('1. januar 2026');
    expect(formatCalendarDate('en', '2026-12-31')).toBe('31 December 2026');
  });

  it('groups numbers per locale', () => {
    expect(plain(formatNumber('da', 12345.5))).toBe('12.345,5');
    expect(formatNumber('en', 12345.5)).toBe('12,345.5');
  });
});
