import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { fieldProblems, firstProblem, hasCode, isThrottled, problemDetail, problemsOf } from './errors';

function graphQLErrors(...errors: { message: string; extensions?: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({ data: null, errors });
}

function serverError(statusCode: number, bodyText: string) {
  return new ServerError('Response not successful', {
    response: new Response(bodyText, { status: statusCode }),
    bodyText,
  });
}

describe('problemsOf', () => {
  it('reads extensions.code and extensions.field from GraphQL errors', () => {
    const error = graphQLErrors(
      { message: 'title is too long', extensions: { code: 'BAD_USER_INPUT', field: 'title' } },
      { message: 'nope', extensions: { code: 'FORBIDDEN' } },
    );
    expect(problemsOf(error)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'title', message: 'title is too long' },
      { code: 'FORBIDDEN', message: 'nope' },
    ]);
  });

  it('treats unknown or missing codes as UNKNOWN', () => {
    expect(firstProblem(graphQLErrors({ message: 'x', extensions: { code: 'TEAPOT' } }))?.code).toBe(
      'UNKNOWN',
    );
    expect(firstProblem(graphQLErrors({ message: 'x' }))?.code).toBe('UNKNOWN');
  });

  it('reads GraphQL errors from a non-2xx response body', () => {
    const body = JSON.stringify({
      errors: [{ message: 'slow down', extensions: { code: 'TOO_MANY_REQUESTS' } }],
    });
    expect(firstProblem(serverError(429, body))?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('falls back to the HTTP status when the body is not GraphQL', () => {
    expect(firstProblem(serverError(401, 'Unauthorized'))?.code).toBe('UNAUTHENTICATED');
    expect(firstProblem(serverError(429, '<html>'))?.code).toBe('TOO_MANY_REQUESTS');
    expect(firstProblem(serverError(502, 'Bad gateway'))?.code).toBe('UNKNOWN');
  });

  it('recognises a failed fetch as a network problem', () => {
    expect(firstProblem(new TypeError('Failed to fetch'))?.code).toBe('NETWORK');
  });

  it('has nothing to say about no error', () => {
    expect(problemsOf(undefined)).toEqual([]);
    expect(hasCode(undefined, 'NOT_FOUND')).toBe(false);
  });
});

describe('fieldProblems', () => {
  it('keys BAD_USER_INPUT messages by the last segment of the field path, first wins', () => {
    const error = graphQLErrors(
      { message: 'too long', extensions: { code: 'BAD_USER_INPUT', field: 'input.title' } },
      { message: 'also bad', extensions: { code: 'BAD_USER_INPUT', field: 'title' } },
      { message: 'empty', extensions: { code: 'BAD_USER_INPUT', field: 'challenge' } },
      { message: 'conflict', extensions: { code: 'CONFLICT', field: 'organisationId' } },
    );
    expect(fieldProblems(error)).toEqual({ title: 'too long', challenge: 'empty' });
  });

  it('is empty without field information', () => {
    expect(fieldProblems(graphQLErrors({ message: 'bad', extensions: { code: 'BAD_USER_INPUT' } }))).toEqual(
      {},
    );
  });
});

describe('isThrottled', () => {
  it('accepts the contract code and the reason the API sends today', () => {
    const viaReason = graphQLErrors({
      message: 'Too many failed sign-in attempts',
      extensions: { code: 'UNAUTHENTICATED', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 900 },
    });
    expect(firstProblem(viaReason)).toMatchObject({ reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 900 });
    expect(isThrottled(firstProblem(viaReason))).toBe(true);
    expect(
      isThrottled(firstProblem(graphQLErrors({ message: 'x', extensions: { code: 'TOO_MANY_REQUESTS' } }))),
    ).toBe(true);
    const wrongPassword = graphQLErrors({
      message: 'Wrong e-mail or password',
      extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' },
    });
    expect(isThrottled(firstProblem(wrongPassword))).toBe(false);
  });
});

describe('problemDetail', () => {
  it('drops the leading field path', () => {
    expect(problemDetail({ message: 'input.title: must be at most 200 characters' })).toBe(
      'must be at most 200 characters',
    );
    expect(problemDetail({ message: 'Partnership not found' })).toBe('Partnership not found');
  });
});
