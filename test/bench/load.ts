import { TokenService } from '@effekt/api';
import autocannon from 'autocannon';
import pg from 'pg';
import { graphqlBody, isGraphqlSuccess, type OperationName } from './operations.js';
import { runPaced } from './paced.js';
import { type BenchItem, preparedStatements, SQL_OPERATIONS } from './sql-equivalents.js';
import { LatencyRecorder, type RunStats, summarise } from './stats.js';

/**
 * The load generator. It runs in a child process of its own (bench/run.ts forks it), so neither
 * autocannon nor the SQL loops share an event loop with the API server they measure.
 */
export interface LoadJob {
  readonly id: number;
  readonly target: 'graphql' | 'sql';
  readonly operation: OperationName;
  readonly label: string;
  /** The GraphQL endpoint, or the database for SQL. */
  readonly url: string;
  readonly connections: number;
  /** SQL only: the pool the loops share (the API's pool size). */
  readonly poolSize: number;
  /** SQL only: the API's token secret, so the SQL side verifies tokens as the API does. */
  readonly tokenSecret: string;
  readonly seconds: number;
  readonly items: readonly BenchItem[];
  /** rotate: round robin over the items; once: each item at most once, stopping when none is left. */
  readonly mode: 'rotate' | 'once';
  /** Requests per second on an open loop (paced.ts) instead of every connection flat out. */
  readonly rate?: number;
}

export type LoadReply = { id: number; stats: RunStats } | { id: number; error: string };

function variables(operation: OperationName, item: BenchItem): Record<string, string> {
  if (operation === 'portfolio' || !item.partnershipId) return {};
  return operation === 'workspace' ? { id: item.partnershipId } : { partnershipId: item.partnershipId };
}

function graphqlRequests(job: LoadJob) {
  return job.items.map((item) => ({
    body: graphqlBody(job.operation, variables(job.operation, item)),
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${item.token}`,
      // Answers uncompressed, as the SQL side's: fetch would otherwise ask for Brotli.
      'accept-encoding': 'identity',
    },
  }));
}

/** The item of request number `index`: round robin over the job's items. */
function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('A load job needs at least one item');
  return item;
}

function runGraphqlPaced(job: LoadJob, rate: number): Promise<RunStats> {
  const requests = graphqlRequests(job);
  return runPaced({
    label: job.label,
    rate,
    seconds: job.seconds,
    concurrency: job.connections,
    send: async (index) => {
      const { body, headers } = itemAt(requests, index);
      const response = await fetch(job.url, { method: 'POST', headers, body });
      const text = await response.text();
      return response.status === 200 && isGraphqlSuccess(job.operation, text)
        ? true
        : `${response.status} ${text.slice(0, 300)}`;
    },
  });
}

function runGraphql(job: LoadJob): Promise<RunStats> {
  const requests = graphqlRequests(job);
  const latencies = new LatencyRecorder();
  const endpoint = new URL(job.url);
  let next = 0;
  let ok = 0;
  let failed = 0;
  let exhausted = false;
  let firstFailure: string | null = null;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const instance = autocannon(
      {
        url: endpoint.origin,
        connections: job.connections,
        duration: job.seconds,
        requests: [
          {
            method: 'POST',
            path: endpoint.pathname,
            setupRequest: (request) => {
              const index = next++;
              if (job.mode === 'once' && index >= job.items.length) {
                // Out of work: stop, and send a harmless request that is not counted.
                exhausted = true;
                instance.stop();
                return {
                  ...request,
                  headers: { 'content-type': 'application/json' },
                  body: '{"query":"{__typename}"}',
                };
              }
              return { ...request, ...itemAt(requests, index) };
            },
            onResponse: (status, body) => {
              if (body.startsWith('{"data":{"__typename"')) return;
              if (status === 200 && isGraphqlSuccess(job.operation, body)) ok++;
              else {
                failed++;
                firstFailure ??= `${status} ${body.slice(0, 300)}`;
              }
            },
          },
        ],
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else {
          // Connection errors and timeouts (no answer within 10 s) are failures too.
          failed += result.errors;
          if (result.errors > 0)
            firstFailure ??= `${result.errors} errors, ${result.timeouts} of them timeouts`;
          const seconds = (performance.now() - started) / 1000;
          resolve(summarise(job.label, seconds, latencies, ok, failed, exhausted, firstFailure));
        }
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.record(responseTime));
  });
}

/** The SQL side of a job: a pool as large as the API's, and one item's reads on it. */
function sqlSide(job: LoadJob) {
  const pool = new pg.Pool({ connectionString: job.url, max: job.poolSize });
  const operation = SQL_OPERATIONS[job.operation];
  const context = { tokens: new TokenService(job.tokenSecret, '4h') };
  return {
    pool,
    async run(item: BenchItem): Promise<void> {
      const client = await pool.connect();
      try {
        await operation(preparedStatements(client), item, context);
      } finally {
        client.release();
      }
    },
  };
}

async function runSqlPaced(job: LoadJob, rate: number): Promise<RunStats> {
  const side = sqlSide(job);
  try {
    // Every pooled connection opened and its statements prepared first, as the API's pool is
    // after its own flat-out run: a cold connection's first request would land in the tail.
    await Promise.all(Array.from({ length: job.poolSize }, (_, index) => side.run(itemAt(job.items, index))));
    return await runPaced({
      label: job.label,
      rate,
      seconds: job.seconds,
      concurrency: job.connections,
      send: async (index) => {
        await side.run(itemAt(job.items, index));
        return true;
      },
    });
  } finally {
    await side.pool.end();
  }
}

async function runSql(job: LoadJob): Promise<RunStats> {
  const side = sqlSide(job);
  const latencies = new LatencyRecorder();
  let next = 0;
  let ok = 0;
  let failed = 0;
  let exhausted = false;
  let firstFailure: string | null = null;
  const started = performance.now();
  const deadline = started + job.seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      let index = next++;
      if (job.mode === 'once' && index >= job.items.length) {
        exhausted = true;
        return;
      }
      index %= job.items.length;
      const item = job.items[index];
      if (!item) return;
      const begun = performance.now();
      try {
        await side.run(item);
        ok++;
      } catch (error) {
        failed++;
        firstFailure ??= error instanceof Error ? error.message : String(error);
      }
      latencies.record(performance.now() - begun);
    }
  };
  try {
    await Promise.all(Array.from({ length: job.connections }, loop));
  } finally {
    await side.pool.end();
  }
  const seconds = (performance.now() - started) / 1000;
  return summarise(job.label, seconds, latencies, ok, failed, exhausted, firstFailure);
}

function runJob(job: LoadJob): Promise<RunStats> {
  if (job.rate !== undefined)
    return job.target === 'graphql' ? runGraphqlPaced(job, job.rate) : runSqlPaced(job, job.rate);
  return job.target === 'graphql' ? runGraphql(job) : runSql(job);
}

process.on('message', (job: LoadJob) => {
  runJob(job).then(
    (stats) => process.send?.({ id: job.id, stats } satisfies LoadReply),
    (error: unknown) =>
      process.send?.({
        id: job.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies LoadReply),
  );
});
// The parent going away ends the generator too.
process.on('disconnect', () => process.exit(0));
