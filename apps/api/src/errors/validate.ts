import type { z } from 'zod';
import { AppError } from './app-error.js';

/** Parses input with a zod schema; the first problem becomes BAD_USER_INPUT naming its field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  const field = [prefix, path].filter(Boolean).join('.') || 'input';
  throw AppError.badInput(field, issue?.message ?? 'invalid value');
}

/** Text a person typed: trimmed, not blank, bounded. */
export function boundedText(z_: typeof z, max: number) {
  return z_.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
}
