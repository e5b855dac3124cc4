/** The closed set of error codes clients can rely on (extensions.code). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure the client caused or may see; anything else is logged and hidden. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  static unauthenticated(message = 'Sign in to continue', details: Record<string, unknown> = {}): AppError {
    return new AppError('UNAUTHENTICATED', message, details);
  }

  static forbidden(message = 'You may not do this'): AppError {
    return new AppError('FORBIDDEN', message);
  }

  /** Deliberately the same answer for "missing" and "not yours", so ids leak nothing. */
  static notFound(resource: string): AppError {
    return new AppError('NOT_FOUND', `${resource} not found`);
  }

  static badInput(field: string, message: string): AppError {
    return new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field });
  }

  static conflict(message: string, details: Record<string, unknown> = {}): AppError {
    return new AppError('CONFLICT', message, details);
  }
}
