import { randomUUID } from 'node:crypto';
import { createLogger, migrate, openDatabase } from '@effekt/api';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withDatabase } from '../support/database-url.js';
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

describe('processes starting at once on an empty database', () => {
  it('migrate it once: one applies the migrations while the others wait', async () => {
    const adminUrl = inject('databaseAdminUrl');
    const name = `effekt_migrate_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: withDatabase(adminUrl, 'postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const orms = await Promise.all([1, 2, 3].map(() => openDatabase(withDatabase(adminUrl, name))));
    try {
      await Promise.all(orms.map((orm) => migrate(orm, createLogger('silent'))));
      const [first] = orms;
      const migrator = first?.getMigrator();
      expect(await migrator?.getPendingMigrations()).toEqual([]);
      const executed = (await migrator?.getExecutedMigrations()) ?? [];
      expect(new Set(executed.map((migration) => migration.name)).size).toBe(executed.length);
    } finally {
      await Promise.all(orms.map((orm) => orm.close(true)));
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
