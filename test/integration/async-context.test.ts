import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createLogger, loadDemoDataIfEmpty, migrate, openDatabase } from '@effekt/api';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { withDatabase } from '../support/database-url.js';
import { errorCode } from '../support/graphql-client.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

// On Node 20, the first run of an AsyncLocalStorage turns on async hooks for every promise of the
// process, for good: with MikroORM's transaction context on, each answer cost the API 15-25% more
// CPU. Effekt begins its transactions by hand (database/transaction.ts) so that nothing turns it on.

interface Storage {
  readonly enabled: boolean;
  disable(): void;
}
// The API's own copy of MikroORM, as it resolves from the API package.
const mikroOrm = createRequire(fileURLToPath(import.meta.resolve('@effekt/api')))('@mikro-orm/core') as {
  TransactionContext: { storage: Storage };
  RequestContext: { storage: Storage };
};

function asyncContextsInUse() {
  return {
    transactionContext: mikroOrm.TransactionContext.storage.enabled,
    requestContext: mikroOrm.RequestContext.storage.enabled,
  };
}

const NONE = { transactionContext: false, requestContext: false };

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
// Each case starts with both off, whatever the one before did.
beforeEach(() => {
  mikroOrm.TransactionContext.storage.disable();
  mikroOrm.RequestContext.storage.disable();
});

describe("MikroORM's async context", () => {
  it('stays off through migrating and loading the demo data into an empty database', async () => {
    const adminUrl = inject('databaseAdminUrl');
    const name = `effekt_context_${Date.now()}`;
    const admin = new pg.Client({ connectionString: withDatabase(adminUrl, 'postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const orm = await openDatabase(withDatabase(adminUrl, name));
    try {
      await migrate(orm, createLogger('silent'));
      expect(await loadDemoDataIfEmpty(orm, createLogger('silent'))).toBe(true);
      expect(asyncContextsInUse()).toEqual(NONE);
    } finally {
      await orm.close(true);
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    }
  });

  it('stays off through sign-ins, a refused one, reads and signed-in mutations', async () => {
    const refused = await api
      .anonymous()
      .request('mutation { login(email: "projektleder@aarhus.example", password: "wrong") { token } }');
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    const aarhus = await api.as('aarhus');
    const created = await aarhus.data<{ createPartnership: { id: string } }>(
      'mutation { createPartnership(input: { title: "Asynkron kontekst", challenge: "Ingen" }) { id } }',
    );
    await aarhus.data('query P($id: ID!) { partnership(id: $id) { id title members { role } } }', {
      id: created.createPartnership.id,
    });
    expect(asyncContextsInUse()).toEqual(NONE);
  });
});
