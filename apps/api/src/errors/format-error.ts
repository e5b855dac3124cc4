import { unwrapResolverError } from '@apollo/server/errors';
import { DriverException } from '@mikro-orm/core';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { Logger } from '../logger.js';
import { AppError, ERROR_CODES, type ErrorCode } from './app-error.js';

/** Errors Apollo raises before any resolver runs: the request itself is malformed. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** PostgreSQL's codes for text it cannot store: NUL bytes and invalid encodings. */
const UNSTORABLE_TEXT = new Set(['22021', '22P05']);

/**
 * The input path graphql-js names when a variable cannot be coerced, e.g.
 * `Variable "$terms" got invalid value "x" at "terms.paymentCap"` gives "terms.paymentCap".
 */
export function fieldOfVariableError(message: string): string | undefined {
  const match = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?;/s.exec(message);
  return match?.[2] ?? match?.[1];
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

/**
 * The one table from failures to what clients see. Known domain errors keep their code and
 * details; request-level failures become BAD_USER_INPUT; everything else is logged and hidden.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return {
        message: original.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { ...original.details, code: original.code },
      };
    }
    if (original instanceof ArgumentValidationError) {
      const first = original.extensions.validationErrors?.[0];
      const field = first?.property ?? 'input';
      return {
        message: `${field}: ${Object.values(first?.constraints ?? {}).join(', ') || 'invalid value'}`,
        extensions: { code: 'BAD_USER_INPUT', field },
      };
    }
    if (original instanceof DriverException && UNSTORABLE_TEXT.has(String(original.code))) {
      return {
        message: 'Text contains a character that cannot be stored (such as NUL)',
        extensions: { code: 'BAD_USER_INPUT', reason: 'UNSTORABLE_CHARACTER' },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      const field = fieldOfVariableError(formatted.message);
      return {
        message: formatted.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: { code: 'BAD_USER_INPUT', reason: code, ...(field ? { field } : {}) },
      };
    }
    if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') {
      return { message: formatted.message, extensions: { code } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
