import 'reflect-metadata';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openDatabase } from '../database/database.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { createLogger } from '../logger.js';

/**
 * Diffs the entities against a fresh database with every checked-in migration applied and
 * writes what is missing as a new migration file (add it to migrations/index.ts).
 */
const logger = createLogger('warn');
const dataDir = await mkdtemp(join(tmpdir(), 'effekt-migration-'));
const { chmod } = await import('node:fs/promises');
await chmod(dataDir, 0o755);
const database = await startEmbeddedPostgres({ dataDir, logger, unsafeFast: true });
const orm = await openDatabase(database.url);
try {
  await migrate(orm, logger);
  const result = await orm
    .getMigrator()
    .createMigration(undefined, false, process.argv.includes('--initial'));
  console.log(
    result.fileName ? `created ${result.fileName}` : 'entities and migrations agree; nothing to do',
  );
  if (result.diff.up.length) console.log(result.diff.up.join('\n'));
} finally {
  await orm.close(true);
  await database.stop();
}
