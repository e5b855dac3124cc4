import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '@effekt/api';
import pg from 'pg';
import { API_NODE_FLAGS } from '../../apps/api/src/node-flags.js';
import { onNewConnection } from '../support/new-connection.js';

/** Effekt as `pnpm start` runs it with EFFEKT_PROCESSES, over the bench database. */
export interface ApiProcesses {
  readonly endpoint: string;
  /** Resolves once no statement of the API is running, three checks in a row. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

const main = fileURLToPath(new URL('../../apps/api/src/main.ts', import.meta.url));

/** Waits until every process answers /healthz: each new connection goes to the next one. */
async function allListening(child: ChildProcess, baseUrl: string, processes: number): Promise<void> {
  const seen = new Set<number>();
  const until = Date.now() + 90_000;
  while (seen.size < processes) {
    if (child.exitCode !== null) throw new Error(`the API processes exited (${child.exitCode})`);
    if (Date.now() > until) throw new Error('the API processes did not all start within 90 s');
    try {
      seen.add(Number((await onNewConnection(`${baseUrl}/healthz`)).json.process));
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

export async function startApiProcesses(options: {
  readonly databaseUrl: string;
  readonly secret: string;
  readonly processes: number;
}): Promise<ApiProcesses> {
  const port = await freePort();
  // As `pnpm start` runs it, V8 flags included; the API processes inherit them.
  const child = spawn(process.execPath, [...API_NODE_FLAGS, '--import', import.meta.resolve('tsx'), main], {
    // TSX_TSCONFIG_PATH and NODE_ENV=production come from the bench's own environment (run.ts).
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      EFFEKT_SECRET: options.secret,
      EFFEKT_PROCESSES: String(options.processes),
      EFFEKT_DEMO: '0',
      PORT: String(port),
      HOST: '127.0.0.1',
      // Quiet: a request log line per answer would cost it time.
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await allListening(child, `http://127.0.0.1:${port}`, options.processes);
  const monitor = new pg.Client({ connectionString: options.databaseUrl });
  await monitor.connect();
  const busy = async () => {
    const { rows } = await monitor.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity
        where datname = current_database() and state <> 'idle' and pid <> pg_backend_pid()`,
    );
    return (rows[0]?.n ?? 0) > 0;
  };
  return {
    endpoint: `http://127.0.0.1:${port}/graphql`,
    idle: async () => {
      const until = Date.now() + 120_000;
      let quiet = 0;
      while (quiet < 3 && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        quiet = (await busy()) ? 0 : quiet + 1;
      }
    },
    stop: async () => {
      await monitor.end().catch(() => {});
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
