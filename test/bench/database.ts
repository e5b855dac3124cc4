import { randomUUID } from 'node:crypto';
import { chmod, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type createLogger, startEmbeddedPostgres } from '@effekt/api';
import pg from 'pg';

export interface BenchDatabase {
  /** The bench database: created empty here, dropped by `drop`. */
  readonly url: string;
  readonly embedded: boolean;
  drop(): Promise<void>;
}

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A separate, empty database: on BENCH_DATABASE_URL's server, or on an embedded PostgreSQL with
 * normal durability (fsync on) in a temporary data dir under .test-data, deleted afterwards.
 */
export async function createBenchDatabase(
  serverUrl: string | undefined,
  logger: ReturnType<typeof createLogger>,
): Promise<BenchDatabase> {
  let adminUrl = serverUrl;
  let stopServer = async () => {};
  if (!adminUrl) {
    const dataRoot = join(repositoryRoot, '.test-data');
    await mkdir(dataRoot, { recursive: true });
    await chmod(dataRoot, 0o755);
    const dataDir = join(dataRoot, `bench-${process.pid}`);
    try {
      const embedded = await startEmbeddedPostgres({ dataDir, logger, unsafeFast: false });
      adminUrl = embedded.url;
      stopServer = async () => {
        await embedded.stop();
        await rm(dataDir, { recursive: true, force: true });
      };
    } catch (error) {
      await rm(dataDir, { recursive: true, force: true });
      throw error;
    }
  }
  const name = `effekt_bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = withDatabase(adminUrl, 'postgres');
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  try {
    await run(`CREATE DATABASE ${name}`);
  } catch (error) {
    await stopServer();
    throw error;
  }
  return {
    url: withDatabase(adminUrl, name),
    embedded: serverUrl === undefined,
    drop: async () => {
      try {
        await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await stopServer();
      }
    },
  };
}
