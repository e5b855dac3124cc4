import { chmod, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, loadDemoDataIfEmpty, migrate, openDatabase, startEmbeddedPostgres } from '@effekt/api';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { TEMPLATE_DATABASE, withDatabase } from './database-url.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server where tests may create databases; demo data waits in TEMPLATE_DATABASE. */
    databaseAdminUrl: string;
  }
}

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * One PostgreSQL per run (embedded, or DATABASE_URL's server), with a migrated template holding
 * the demo data; each test file clones it into a database of its own.
 */
export default async function setup(project: TestProject) {
  const logger = createLogger('warn');
  let stopEmbedded: (() => Promise<void>) | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataRoot = join(repositoryRoot, '.test-data');
    await mkdir(dataRoot, { recursive: true });
    await chmod(dataRoot, 0o755);
    const dataDir = join(dataRoot, `integration-${process.pid}`);
    const embedded = await startEmbeddedPostgres({ dataDir, logger, unsafeFast: true });
    adminUrl = embedded.url;
    stopEmbedded = async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const admin = new pg.Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const orm = await openDatabase(withDatabase(adminUrl, TEMPLATE_DATABASE));
  await migrate(orm, logger);
  await loadDemoDataIfEmpty(orm, logger);
  await orm.close(true);
  project.provide('databaseAdminUrl', adminUrl);
  return async () => {
    await stopEmbedded?.();
  };
}
