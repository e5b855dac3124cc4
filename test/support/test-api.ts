import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { createEffektServer, DEMO_PASSWORD, openDatabase, TokenService } from '@effekt/api';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { pino } from 'pino';
import { inject } from 'vitest';
import { TEMPLATE_DATABASE, withDatabase } from './database-url.js';
import { GraphQLClient } from './graphql-client.js';

export const DEMO_USERS = {
  aarhus: 'projektleder@aarhus.example',
  askov: 'leder@askovfonden.example',
  kapitalfond: 'investor@kapitalfond.example',
  trivsel: 'fond@trivselsfonden.example',
  evaluering: 'evaluator@evaluering.example',
  vestby: 'projektleder@vestby.example',
  jobvejen: 'leder@jobvejen.example',
  nordisk: 'investor@nordiskimpact.example',
} as const;
export type DemoUser = keyof typeof DEMO_USERS;

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
}

/** A database of this test file's own, cloned from the migrated demo template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('databaseAdminUrl');
  const name = `effekt_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  return { url: withDatabase(adminUrl, name), name };
}

export interface TestApi {
  readonly endpoint: string;
  readonly baseUrl: string;
  readonly orm: MikroORM;
  readonly logLines: string[];
  anonymous(): GraphQLClient;
  as(user: DemoUser | string, password?: string): Promise<GraphQLClient>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  readonly database?: TestDatabase;
  readonly secret?: string;
  readonly tokenTtl?: string;
  /** A built web client to serve beside the API. */
  readonly webDir?: string;
}

/** A real Effekt HTTP server on a free port, over a real PostgreSQL database. */
export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const database = options.database ?? (await createTestDatabase());
  const orm = await openDatabase(database.url);
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const tokens = new TokenService(
    options.secret ?? randomBytes(32).toString('hex'),
    options.tokenTtl ?? '1h',
  );
  const server = await createEffektServer({ orm, tokens, logger, webDir: options.webDir });
  const port = await server.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${port}`;
  const endpoint = `${baseUrl}/graphql`;
  const tokenCache = new Map<string, string>();
  return {
    endpoint,
    baseUrl,
    orm,
    logLines,
    anonymous: () => new GraphQLClient(endpoint),
    async as(user, password = DEMO_PASSWORD) {
      const email = user in DEMO_USERS ? DEMO_USERS[user as DemoUser] : user;
      const cached = tokenCache.get(email);
      if (cached) return new GraphQLClient(endpoint, cached);
      const result = await new GraphQLClient(endpoint).data<{ login: { token: string } }>(
        'mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email, password },
      );
      tokenCache.set(email, result.login.token);
      return new GraphQLClient(endpoint, result.login.token);
    },
    async close() {
      await server.close();
      await orm.close(true);
    },
  };
}
