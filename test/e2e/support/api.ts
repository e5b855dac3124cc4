import type { APIRequestContext, Page } from '@playwright/test';
import { demoPassword } from './users.js';

interface GraphQLResponse<T> {
  readonly data?: T | null;
  readonly errors?: readonly { readonly message: string; readonly extensions?: { readonly code?: string } }[];
}

/** Sends one GraphQL operation to the API under test; fails the test on any GraphQL error. */
export async function graphql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL failed: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

/** Raw login attempt, for setting up throttling; returns the error code, if any. */
export async function attemptLogin(request: APIRequestContext, email: string, password: string) {
  const response = await request.post('/graphql', {
    data: {
      query:
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      variables: { email, password },
    },
  });
  const body = (await response.json()) as GraphQLResponse<unknown>;
  return body.errors?.[0]?.extensions?.code;
}

export async function tokenFor(request: APIRequestContext, email: string): Promise<string> {
  const data = await graphql<{ login: { token: string } }>(
    request,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password: demoPassword },
  );
  return data.login.token;
}

export async function partnershipIdByTitle(request: APIRequestContext, token: string, title: string) {
  const data = await graphql<{ partnerships: { id: string; title: string }[] }>(
    request,
    '{ partnerships { id title } }',
    {},
    token,
  );
  const found = data.partnerships.find((partnership) => partnership.title === title);
  if (!found) throw new Error(`No partnership titled ${title}`);
  return found.id;
}

/**
 * Signs in without the form: the token goes where the app keeps it. Tests of the form itself use
 * LoginPage; the others skip it (faster, and no pressure on the login throttle).
 */
export async function signInWithToken(page: Page, token: string): Promise<void> {
  await page.goto('/login');
  await page.evaluate((value) => window.localStorage.setItem('effekt.token', value), token);
}
