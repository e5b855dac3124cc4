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

const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/gu;

/** PostgreSQL cannot store U+0000 in text; refuse it up front rather than fail on write. */
export const hasNul = (text: string) => text.includes('\u0000');

/** Characters as people count them (code points), not UTF-16 units. */
export const characterCount = (text: string) => [...text].length;

/** Text a person typed: trimmed, with something visible in it, storable, bounded. */
export function boundedText(z_: typeof z, max: number) {
  return z_
    .string()
    .trim()
    .refine((text) => !hasNul(text), 'must not contain the NUL character')
    .refine((text) => text.replace(INVISIBLE, '').length > 0, 'must not be empty')
    .refine((text) => characterCount(text) <= max, `must be at most ${max} characters`);
}
