import cluster, { type Worker } from 'node:cluster';
import { prepareDatabase } from './app.js';
import type { EffektConfig } from './config.js';
import type { Logger } from './logger.js';

/** What the primary hands each API process: the prepared database, so none prepares it again. */
const WORKER_DATABASE_URL = 'EFFEKT_WORKER_DATABASE_URL';
const WORKER_SECRET = 'EFFEKT_WORKER_SECRET';

/** A process that dies on its own is replaced, but not in a tight loop. */
const RESTART_DELAY_MS = 1000;

export interface EffektProcesses {
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * The primary of a multi-process Effekt: it prepares the database once (embedded start,
 * migrations, demo data, token secret), then runs `config.processes` API processes that share
 * the port through node:cluster. The processes share nothing but PostgreSQL, exactly as
 * processes on several machines would.
 */
export async function startEffektProcesses(config: EffektConfig, logger: Logger): Promise<EffektProcesses> {
  const database = await prepareDatabase(config, logger);
  // The API processes open their own; the primary serves nothing.
  await database.orm.close(true);
  let stopping = false;
  const fork = (): Worker =>
    cluster.fork({ [WORKER_DATABASE_URL]: database.url, [WORKER_SECRET]: database.secret });

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    logger.error({ pid: worker.process.pid, code, signal }, 'an API process stopped; starting another');
    setTimeout(() => {
      if (!stopping) fork();
    }, RESTART_DELAY_MS).unref();
  });

  try {
    const workers = Array.from({ length: config.processes }, fork);
    const ports = await Promise.all(workers.map(listeningPort));
    const port = ports[0] ?? config.port;
    logger.info(
      { port, processes: config.processes, embedded: database.embedded !== undefined },
      `Effekt is listening on http://localhost:${port} with ${config.processes} API processes`,
    );
    return {
      port,
      stop: async () => {
        stopping = true;
        await Promise.all(Object.values(cluster.workers ?? {}).map((worker) => worker && stopWorker(worker)));
        await database.embedded?.stop();
      },
    };
  } catch (error) {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
    await database.embedded?.stop();
    throw error;
  }
}

function listeningPort(worker: Worker): Promise<number> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number) => reject(new Error(`an API process exited (${code}) before listening`));
    worker.once('exit', onExit);
    worker.once('listening', (address) => {
      worker.off('exit', onExit);
      resolve(address.port);
    });
  });
}

function stopWorker(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    if (worker.isDead()) return resolve();
    worker.once('exit', () => resolve());
    worker.process.kill('SIGTERM');
  });
}

/** In an API process forked by the primary: the database it prepared; null in the primary. */
export function preparedByPrimary(): { url: string; secret: string } | null {
  if (!cluster.isWorker) return null;
  const url = process.env[WORKER_DATABASE_URL];
  const secret = process.env[WORKER_SECRET];
  if (!url || !secret) throw new Error('an API process was started without its database');
  return { url, secret };
}
