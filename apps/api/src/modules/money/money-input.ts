import { EngineInputError, type ExactDecimal, type Ore, parseDecimal, parseMoney } from '@effekt/engine';
import { AppError } from '../../errors/app-error.js';
import { isCalendarDate } from '../../graphql/scalars.js';

/** Money typed by a user, as øre; the engine's refusal becomes BAD_USER_INPUT naming the field. */
export function moneyInput(text: string, field: string): Ore {
  try {
    return parseMoney(text, field);
  } catch (error) {
    if (error instanceof EngineInputError) throw AppError.badInput(field, error.message);
    throw error;
  }
}

export function decimalInput(text: string, field: string): ExactDecimal {
  try {
    return parseDecimal(text, field);
  } catch (error) {
    if (error instanceof EngineInputError) throw AppError.badInput(field, error.message);
    throw error;
  }
}

/** Today's calendar date in Denmark, where the money moves. */
export function todayInDenmark(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(now);
}

export function dateNotInFuture(text: string, field: string): string {
  if (!isCalendarDate(text)) throw AppError.badInput(field, 'must be a calendar date written YYYY-MM-DD');
  if (text > todayInDenmark()) throw AppError.badInput(field, 'must not be in the future');
  return text;
}
