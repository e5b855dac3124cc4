import type pg from 'pg';
import { BENCH_PASSWORD } from './seed-orgs.js';

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  login(email: $email, password: $password) { token }
}`;

/**
 * Signs in through an API before it is measured, as a real process serves sign-ins: the load
 * itself uses tokens the bench signs, so without this a cost that only sign-ins switch on would
 * never show. Several at once, so that each process of a cluster (which hands out connections
 * in turn) serves some.
 */
export async function signInThrough(client: pg.Client, endpoint: string, processes: number): Promise<void> {
  const [user] = (await client.query<{ email: string }>('select email from app_user order by email limit 1'))
    .rows;
  if (!user) throw new Error('the bench data has no user to sign in');
  await Promise.all(
    Array.from({ length: 2 * processes }, async () => {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SIGN_IN, variables: { email: user.email, password: BENCH_PASSWORD } }),
      });
      const body = (await response.json()) as { data?: { login?: { token?: string } } };
      if (!body.data?.login?.token)
        throw new Error(`signing in through ${endpoint} failed: ${JSON.stringify(body)}`);
    }),
  );
}
