import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/test-api.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('migrations', () => {
  it('agree with the entities: the schema diff of the migrated database is empty', async () => {
    expect(await api.orm.getMigrator().checkMigrationNeeded()).toBe(false);
  });

  it('are all applied to the test database', async () => {
    const migrator = api.orm.getMigrator();
    expect(await migrator.getPendingMigrations()).toEqual([]);
    expect((await migrator.getExecutedMigrations()).length).toBeGreaterThan(0);
  });
});
