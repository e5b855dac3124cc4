import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

/** The closed set of `extensions.code` values the API answers with. */
export const apiErrorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** What went wrong, as the interface needs to know it: a known API code, no network, or anything else. */
export type ProblemCode = ApiErrorCode | 'NETWORK' | 'UNKNOWN';

export interface Problem {
  readonly code: ProblemCode;
  /** For BAD_USER_INPUT: the input field the API named, e.g. "title". */
  readonly field?: string;
  readonly message: string;
  /** A finer reason some API errors carry, e.g. TOO_MANY_ATTEMPTS on a throttled login. */
  readonly reason?: string;
  /** For throttling: seconds until a new attempt is accepted. */
  readonly retryAfterSeconds?: number;
}

interface RawGraphQLError {
  readonly message?: unknown;
  readonly extensions?: {
    readonly code?: unknown;
    readonly field?: unknown;
    readonly reason?: unknown;
    readonly retryAfterSeconds?: unknown;
  } | null;
}

function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (apiErrorCodes as readonly string[]).includes(value);
}

/** "input.title" and "title" both name the form field "title". */
function fieldName(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  return value.split('.').at(-1);
}

function fromGraphQLError(error: RawGraphQLError): Problem {
  const code = error.extensions?.code;
  const field = fieldName(error.extensions?.field);
  const reason = error.extensions?.reason;
  const retryAfterSeconds = error.extensions?.retryAfterSeconds;
  const message = typeof error.message === 'string' ? error.message : '';
  return {
    code: isApiErrorCode(code) ? code : 'UNKNOWN',
    message,
    ...(field === undefined ? {} : { field }),
    ...(typeof reason === 'string' ? { reason } : {}),
    ...(typeof retryAfterSeconds === 'number' && retryAfterSeconds >= 0 ? { retryAfterSeconds } : {}),
  };
}

function parseErrorBody(bodyText: string): readonly RawGraphQLError[] {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (typeof body === 'object' && body !== null && 'errors' in body && Array.isArray(body.errors)) {
      return body.errors.filter(
        (entry: unknown): entry is RawGraphQLError => typeof entry === 'object' && entry !== null,
      );
    }
  } catch {
    // Not JSON: fall through to the status code.
  }
  return [];
}

function fromStatus(statusCode: number, message: string): Problem {
  if (statusCode === 401) return { code: 'UNAUTHENTICATED', message };
  if (statusCode === 429) return { code: 'TOO_MANY_REQUESTS', message };
  return { code: 'UNKNOWN', message };
}

/** Every problem an Apollo error carries, in the server's order. Never empty for a real error. */
export function problemsOf(error: unknown): readonly Problem[] {
  if (error === null || error === undefined) return [];
  if (CombinedGraphQLErrors.is(error)) return error.errors.map(fromGraphQLError);
  if (ServerError.is(error)) {
    const parsed = parseErrorBody(error.bodyText);
    return parsed.length > 0 ? parsed.map(fromGraphQLError) : [fromStatus(error.statusCode, error.message)];
  }
  if (error instanceof TypeError) return [{ code: 'NETWORK', message: error.message }];
  const message = error instanceof Error ? error.message : String(error);
  return [{ code: 'UNKNOWN', message }];
}

export function firstProblem(error: unknown): Problem | undefined {
  return problemsOf(error)[0];
}

export function hasCode(error: unknown, code: ProblemCode): boolean {
  return problemsOf(error).some((problem) => problem.code === code);
}

/**
 * Login throttling. The contract names TOO_MANY_REQUESTS; the API currently answers
 * UNAUTHENTICATED with reason TOO_MANY_ATTEMPTS. Both mean: wait, do not retype the password.
 */
export function isThrottled(problem: Problem | undefined): boolean {
  return problem?.code === 'TOO_MANY_REQUESTS' || problem?.reason === 'TOO_MANY_ATTEMPTS';
}

/** The API's explanation without the field path it starts with ("input.title: must not be empty"). */
export function problemDetail(problem: Pick<Problem, 'message'>): string {
  return problem.message.replace(/^[\w.]+:\s*/, '');
}

/** BAD_USER_INPUT problems keyed by field; the first message per field wins. */
export function fieldProblems(error: unknown): Readonly<Record<string, string>> {
  const byField: Record<string, string> = {};
  for (const problem of problemsOf(error)) {
    if (problem.code === 'BAD_USER_INPUT' && problem.field && !(problem.field in byField)) {
      byField[problem.field] = problemDetail(problem);
    }
  }
  return byField;
}
