import type { ExactDecimal } from './decimal.js';
import { parseDecimal } from './decimal.js';
import type { EngineInputCode } from './errors.js';
import { EngineInputError } from './errors.js';
import type { Ore } from './money.js';
import { parseMoney } from './money.js';
import type { TermsIssue } from './terms-types.js';

/**
 * Collects issues, at most one per field: the editor shows one message beside each field, and a
 * value that does not parse should not also be reported as "missing".
 */
export class IssueCollector {
  readonly issues: TermsIssue[] = [];
  private readonly fields = new Set<string>();

  add(field: string, code: EngineInputCode, message: string): void {
    if (this.fields.has(field)) return;
    this.fields.add(field);
    this.issues.push({ field, code, message });
  }

  has(field: string): boolean {
    return this.fields.has(field);
  }
}

export function isBlank(text: string | null | undefined): text is '' | null | undefined {
  return text === null || text === undefined || text === '';
}

function collect<T>(issues: IssueCollector, parse: () => T): T | null {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof EngineInputError)) throw error;
    issues.add(error.field, error.code, error.message);
    return null;
  }
}

/** Money ≥ 0 with at most two decimals within numeric(14,2); null when blank or invalid. */
export function readMoney(
  issues: IssueCollector,
  field: string,
  text: string | null | undefined,
): Ore | null {
  if (isBlank(text)) return null;
  const ore = collect(issues, () => parseMoney(text, field));
  if (ore !== null && ore < 0n) {
    issues.add(field, 'NEGATIVE', `${field} must not be negative`);
    return null;
  }
  return ore;
}

/** A decimal ≥ 0 (metric values and rates are never negative); null when blank or invalid. */
export function readDecimal(
  issues: IssueCollector,
  field: string,
  text: string | null | undefined,
): ExactDecimal | null {
  if (isBlank(text)) return null;
  const value = collect(issues, () => parseDecimal(text, field));
  if (value !== null && value.units < 0n) {
    issues.add(field, 'NEGATIVE', `${field} must not be negative`);
    return null;
  }
  return value;
}

export function requireValue<T>(
  issues: IssueCollector,
  field: string,
  value: T | null,
  why: string,
): T | null {
  if (value === null && !issues.has(field)) issues.add(field, 'REQUIRED', `${field} is required ${why}`);
  return value;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (leap years included); null when invalid. */
export function readDate(issues: IssueCollector, field: string, text: string): string | null {
  const match = DATE_PATTERN.exec(text);
  const [, year = '', month = '', day = ''] = match ?? [];
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (match === null || y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    issues.add(field, 'INVALID_DATE', `${field} must be a calendar date written YYYY-MM-DD`);
    return null;
  }
  return text;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Text of at most `max` characters, counted in Unicode code points as the database counts them
 * (not UTF-16 units, so an emoji is one character). `required` text must not be blank.
 */
export function readText(
  issues: IssueCollector,
  field: string,
  text: string,
  max: number,
  required: boolean,
): string {
  if (required && text.trim() === '') issues.add(field, 'REQUIRED', `${field} must not be empty`);
  if ([...text].length > max) issues.add(field, 'TOO_LONG', `${field} must be at most ${max} characters`);
  // PostgreSQL cannot store U+0000 in text; refusing it here names the field.
  if (text.includes('\u0000'))
    issues.add(field, 'INVALID_FORMAT', `${field} must not contain the NUL character`);
  return text;
}

export function readOption<T extends string>(
  issues: IssueCollector,
  field: string,
  value: string,
  options: readonly T[],
): T | null {
  const option = options.find((candidate) => candidate === value);
  if (option === undefined) {
    issues.add(field, 'INVALID_OPTION', `${field} must be one of ${options.join(', ')}`);
    return null;
  }
  return option;
}
