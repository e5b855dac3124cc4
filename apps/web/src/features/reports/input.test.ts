import { describe, expect, it } from 'vitest';
import { amountProblem, localDecimal, normaliseNumber, valueProblem } from './input';

describe('normaliseNumber', () => {
  it('accepts a Danish decimal comma and drops spaces', () => {
    expect(normaliseNumber('0,42')).toBe('0.42');
    expect(normaliseNumber(' 1\u00a0000 000,50 ')).toBe('1000000.50');
    expect(normaliseNumber('1.280.000')).toBe('1.280.000');
  });
});

describe('valueProblem', () => {
  it('wants a decimal of 0 or more', () => {
    expect(valueProblem('')).toBe('required');
    expect(valueProblem('tolv')).toBe('format');
    expect(valueProblem('-1')).toBe('negative');
    expect(valueProblem('0')).toBeUndefined();
    expect(valueProblem('0,425')).toBeUndefined();
  });
});

describe('amountProblem', () => {
  it('wants kroner above 0 with at most two decimals', () => {
    expect(amountProblem(' ')).toBe('required');
    expect(amountProblem('0')).toBe('notPositive');
    expect(amountProblem('10,005')).toBe('format');
    expect(amountProblem('250000,5')).toBeUndefined();
  });
});

describe('localDecimal', () => {
  it('writes the decimal comma in Danish only', () => {
    expect(localDecimal('da', '0.42')).toBe('0,42');
    expect(localDecimal('en', '0.42')).toBe('0.42');
  });
});
