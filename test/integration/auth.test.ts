import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GraphQLClient } from '../support/graphql-client.js';
import {
  createTestDatabase,
  DEMO_USERS,
  startTestApi,
  type TestApi,
  type TestDatabase,
} from '../support/test-api.js';

const LOGIN =
  'mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { token user { email isOrgAdmin organisation { name kind } } } }';
const ME = '{ me { email name isOrgAdmin organisation { name kind } } }';
const SECRET = 'integration-test-secret-of-at-least-32-chars';

let database: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startTestApi({ database, secret: SECRET });
});
afterAll(() => api.close());

describe('login', () => {
  it('signs in a demo user and returns a working token', async () => {
    const result = await api.anonymous().data<{
      login: {
        token: string;
        user: { email: string; isOrgAdmin: boolean; organisation: { name: string; kind: string } };
      };
    }>(LOGIN, {
      email: DEMO_USERS.kapitalfond,
      password: 'effekt-demo',
    });
    expect(result.login.user).toEqual({
      email: DEMO_USERS.kapitalfond,
      isOrgAdmin: true,
      organisation: { name: 'Den Sociale Kapitalfond', kind: 'INVESTOR' },
    });
    const me = await new GraphQLClient(api.endpoint, result.login.token).data<{ me: { email: string } }>(ME);
    expect(me.me.email).toBe(DEMO_USERS.kapitalfond);
  });

  it('accepts the e-mail in any case and with surrounding spaces', async () => {
    const result = await api
      .anonymous()
      .request(LOGIN, { email: '  Investor@Kapitalfond.EXAMPLE ', password: 'effekt-demo' });
    expect(result.errors).toBeUndefined();
  });

  it('answers a wrong password and an unknown e-mail identically', async () => {
    const wrongPassword = await api
      .anonymous()
      .request(LOGIN, { email: DEMO_USERS.trivsel, password: 'nope' });
    const unknownEmail = await api
      .anonymous()
      .request(LOGIN, { email: 'nobody@nowhere.example', password: 'nope' });
    expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(unknownEmail.errors).toEqual(wrongPassword.errors);
    expect(wrongPassword.data).toBeNull();
  });

  it('refuses empty and oversized credentials as bad input naming the field', async () => {
    const empty = await api.anonymous().request(LOGIN, { email: '', password: 'x' });
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0]?.extensions?.field).toBe('email');
    const huge = await api
      .anonymous()
      .request(LOGIN, { email: DEMO_USERS.trivsel, password: 'x'.repeat(5000) });
    expect(errorCode(huge)).toBe('BAD_USER_INPUT');
    expect(huge.errors?.[0]?.extensions?.field).toBe('password');
  });
});

describe('sign-in throttling', () => {
  it('refuses even the right password after five failures for one e-mail, also through a second process', async () => {
    const email = DEMO_USERS.evaluering;
    for (let attempt = 0; attempt < 5; attempt++) {
      const failed = await api.anonymous().request(LOGIN, { email, password: `wrong-${attempt}` });
      expect(failed.errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');
    }
    const second = await startTestApi({ database, secret: SECRET });
    try {
      const refused = await second.anonymous().request(LOGIN, { email, password: 'effekt-demo' });
      expect(errorCode(refused)).toBe('UNAUTHENTICATED');
      expect(refused.errors?.[0]?.extensions?.reason).toBe('TOO_MANY_ATTEMPTS');
      expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
  });

  it('lets no more than five of a burst of parallel guesses be checked', async () => {
    const email = DEMO_USERS.nordisk;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, attempt) =>
        api.anonymous().request(LOGIN, { email, password: `guess-${attempt}` }),
      ),
    );
    const reasons = results.map((result) => result.errors?.[0]?.extensions?.reason);
    expect(reasons.filter((reason) => reason === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(reasons.filter((reason) => reason === 'TOO_MANY_ATTEMPTS')).toHaveLength(7);
  });
});

describe('tokens', () => {
  it('rejects a missing, malformed, forged or expired token with UNAUTHENTICATED', async () => {
    const key = new TextEncoder().encode(SECRET);
    const me = await api.anonymous().data<{ login: { user: { email: string } } }>(LOGIN, {
      email: DEMO_USERS.askov,
      password: 'effekt-demo',
    });
    expect(me.login.user.email).toBe(DEMO_USERS.askov);
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('00000000-0000-4000-8000-000000000000')
      .setIssuer('effekt')
      .setAudience('effekt-api')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-another-secret-another'));
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('00000000-0000-4000-8000-000000000000')
      .setIssuer('effekt')
      .setAudience('effekt-api')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(key);
    for (const token of [undefined, 'not-a-jwt', forged, expired]) {
      const result = await new GraphQLClient(api.endpoint, token).request(ME);
      expect(errorCode(result), String(token)).toBe('UNAUTHENTICATED');
    }
  });
});
