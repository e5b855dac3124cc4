import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  name: 'DateTime',
  description: 'ISO-8601 instant, e.g. 2026-03-01T12:00:00.000Z',
});

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (no 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parseCalendarDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new GraphQLError(`Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** Calendar dates travel as strings end to end, so no time zone can shift them. */
export const CalendarDateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Calendar date, YYYY-MM-DD',
  // Served dates come from PostgreSQL's `date::text`, real days by construction: checking their
  // form is enough, and a workspace answer serves some 200 of them.
  serialize: (value) => {
    if (typeof value === 'string' && CALENDAR_DATE.test(value)) return value;
    throw new GraphQLError(`Date cannot serve ${JSON.stringify(value)}`);
  },
  parseValue: parseCalendarDate,
  parseLiteral: (ast) => parseCalendarDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

const DECIMAL = /^-?\d{1,20}(\.\d{1,12})?$/;

function parseDecimalText(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL.test(value.trim())) {
    throw new GraphQLError(
      `Decimal must be a number written as a string like "1234.50", got ${JSON.stringify(value)}`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  return value.trim();
}

/**
 * Exact decimals as strings; the engine turns them into øre or exact fractions. Range and
 * precision rules per field (two decimals for money) are checked where the field is known.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'Exact decimal number as a string, e.g. "40000000.00" or "0.35". Money is always in the\nfund\'s currency (DKK) and is always returned with exactly two decimals.',
  serialize: (value) => {
    if (typeof value === 'string') return value;
    throw new GraphQLError('Decimal values are served as strings');
  },
  parseValue: parseDecimalText,
  parseLiteral: (ast) => parseDecimalText(ast.kind === Kind.STRING ? ast.value : undefined),
});
