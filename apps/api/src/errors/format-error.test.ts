import { describe, expect, it } from 'vitest';
import { fieldOfVariableError } from './format-error.js';

describe('the field of a variable that could not be coerced', () => {
  it.each([
    ['Variable "$terms" got invalid value "x" at "terms.paymentCap"; Decimal must be …', 'terms.paymentCap'],
    [
      'Variable "$input" got invalid value 12 at "input.metrics[0].price"; Expected type',
      'input.metrics[0].price',
    ],
    ['Variable "$paidOn" got invalid value "2026-02-30"; Date must be a calendar date', 'paidOn'],
    ['Syntax Error: Expected Name, found <EOF>.', undefined],
  ])('%s', (message, field) => {
    expect(fieldOfVariableError(message)).toBe(field);
  });
});
