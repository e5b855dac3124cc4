import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadJob, LoadReply } from './load.js';
import type { RunStats } from './stats.js';

interface Pending {
  resolve(stats: RunStats): void;
  reject(error: Error): void;
}

/** The parent's handle on the load child process (load.ts). */
export class LoadGenerator {
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.child = fork(fileURLToPath(new URL('./load.ts', import.meta.url)), [], {
      execArgv: ['--import', import.meta.resolve('tsx')],
      stdio: 'inherit',
    });
    this.child.on('message', (reply: LoadReply) => {
      const pending = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      // JSON carries NaN (no latency recorded) as null.
      const finite = (value: unknown) => (typeof value === 'number' ? value : Number.NaN);
      if ('stats' in reply)
        pending?.resolve({ ...reply.stats, p50: finite(reply.stats.p50), p99: finite(reply.stats.p99) });
      else pending?.reject(new Error(reply.error));
    });
    this.child.on('exit', (code) => {
      for (const pending of this.pending.values())
        pending.reject(new Error(`load generator exited (${code})`));
      this.pending.clear();
    });
  }

  run(job: Omit<LoadJob, 'id'>): Promise<RunStats> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send({ ...job, id } satisfies LoadJob);
    });
  }

  close(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}
