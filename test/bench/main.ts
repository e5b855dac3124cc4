import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createEffektServer, createLogger, migrate, openDatabase, TokenService } from '@effekt/api';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { type ApiProcesses, startApiProcesses } from './api-processes.js';
import { readBenchConfig } from './config.js';
import { countStatements } from './counter.js';
import { createBenchDatabase } from './database.js';
import { type Fixtures, loadFixtures } from './fixtures.js';
import { generateDataset } from './generate.js';
import { LoadGenerator } from './load-generator.js';
import type { OperationName } from './operations.js';
import { countAll } from './probe.js';
import { type BenchReport, isRead, ms, type OperationResult, pacedRate, renderMarkdown } from './report.js';
import { signInThrough } from './sign-in.js';
import type { BenchItem } from './sql-equivalents.js';
import type { RunStats } from './stats.js';

const config = readBenchConfig();
// The API's own log stays quiet: failures show in the answers, and teardown aborts are expected.
const logger = createLogger('silent');
const say = (line: string) => console.log(line);
type EffektServer = Awaited<ReturnType<typeof createEffektServer>>;
const load1 = () => loadavg()[0]?.toFixed(2) ?? '?';

async function undoPaymentsSince(client: pg.Client, since: string): Promise<void> {
  await client.query(
    `update outcome_report set payment_id = null
      where payment_id in (select id from outcome_payment where calculated_at > $1)`,
    [since],
  );
  await client.query('delete from outcome_payment where calculated_at > $1', [since]);
}

/** An API to load: Effekt with EFFEKT_PROCESSES set, started as `pnpm start` does. */
interface ApiUnderLoad {
  /** Appended to the operation's title; empty for one process. */
  readonly label: string;
  readonly endpoint: string;
  idle(): Promise<void>;
}

async function measureOperations(
  load: LoadGenerator,
  client: pg.Client,
  apis: readonly ApiUnderLoad[],
  databaseUrl: string,
  fixtures: Fixtures,
  tokenSecret: string,
): Promise<OperationResult[]> {
  const { connections, durationSeconds, warmupSeconds, sqlPoolSize } = config;
  const common = { connections, poolSize: sqlPoolSize, tokenSecret };
  const noWork = async () => {};
  const measure = async (
    operation: OperationName,
    title: string,
    items: readonly BenchItem[],
    mode: 'rotate' | 'once',
    warmup: readonly BenchItem[],
    between: () => Promise<void>,
  ): Promise<OperationResult[]> => {
    /**
     * A run flat out on every connection, or paced at `rate`, each after a warm-up in the same
     * shape: a paced run's measure starts from the steady state at its rate, not from what the
     * flat-out run before it left behind (a collection of its garbage, say).
     */
    const run = async (
      target: 'graphql' | 'sql',
      url: string,
      label: string,
      idle: () => Promise<void>,
      rate?: number,
    ) => {
      await idle();
      await load.run({
        ...common,
        target,
        operation,
        label: 'warm-up',
        url,
        seconds: warmupSeconds,
        items: warmup,
        mode,
        rate,
      });
      await idle();
      const shape =
        rate === undefined ? `${connections} connections` : `${rate} req/s, at most ${connections} at once`;
      say(`  ${label} via ${target}: ${durationSeconds} s, ${shape} (load average ${load1()})`);
      const stats = await load.run({
        ...common,
        target,
        operation,
        label,
        url,
        seconds: durationSeconds,
        items,
        mode,
        rate,
      });
      say(
        `    ${stats.ok} ok, ${stats.failed} failed, ${stats.rps.toFixed(0)} req/s, p50 ${ms(stats.p50)} ms, p99 ${ms(stats.p99)} ms`,
      );
      if (stats.firstFailure) say(`    first failure: ${stats.firstFailure}`);
      await idle();
      await between();
      return stats;
    };
    const idleApis = async () => {
      for (const api of apis) await api.idle();
    };
    const runAll = async (rate?: number) => {
      const graphql: { title: string; stats: RunStats }[] = [];
      for (const api of apis) {
        const label = `${title}${api.label}`;
        graphql.push({ title: label, stats: await run('graphql', api.endpoint, label, api.idle, rate) });
      }
      return { graphql, sql: await run('sql', databaseUrl, title, idleApis, rate) };
    };
    const flatOut = await runAll();
    // Reads again at half what one API process answered flat out: the latency a user meets
    // while the machine still has room, on both sides at the same rate.
    const oneProcess = flatOut.graphql[0]?.stats;
    const halfLoad = isRead(operation) && oneProcess ? pacedRate(oneProcess) : null;
    const paced = halfLoad === null ? null : { rate: halfLoad, ...(await runAll(halfLoad)) };
    return flatOut.graphql.map(({ title: label, stats }, index) => {
      const pacedGraphql = paced?.graphql[index];
      return {
        operation,
        title: label,
        graphql: stats,
        sql: flatOut.sql,
        paced:
          paced && pacedGraphql ? { rate: paced.rate, graphql: pacedGraphql.stats, sql: paced.sql } : null,
      };
    });
  };
  const results: OperationResult[] = [];
  const [, largeTranches] = fixtures.portfolio.sizes;
  const investor = [fixtures.portfolio.large];
  results.push(
    ...(await measure(
      'portfolio',
      `portfolio (${largeTranches} tranches)`,
      investor,
      'rotate',
      investor,
      noWork,
    )),
  );
  const workspace = fixtures.workspace;
  results.push(
    ...(await measure('workspace', 'partnership workspace', workspace, 'rotate', workspace, noWork)),
  );

  // Each item can be settled once: warm up on the first ones, measure on the rest, then put
  // every report back unsettled so the next run settles the very same supply.
  const [{ now }] = (await client.query<{ now: string }>('select clock_timestamp()::text as now')).rows as [
    { now: string },
  ];
  const warm = fixtures.calculate.slice(0, connections * 2);
  const supply = fixtures.calculate.slice(connections * 2);
  const reset = async () => {
    await undoPaymentsSince(client, now);
    await client.query('vacuum analyze outcome_report, outcome_payment, payment_line, distribution');
  };
  results.push(...(await measure('calculate', 'calculatePayment', supply, 'once', warm, reset)));
  return results;
}

function datasetRows(fixtures: Fixtures, seconds: number): [string, string][] {
  const t = fixtures.tables;
  return [
    [
      'generated in',
      `${seconds.toFixed(1)} s (set-based SQL in one transaction; foreign keys re-checked, rules validated)`,
    ],
    ['municipalities', String(fixtures.municipalities)],
    [
      'partnerships',
      `${t.partnership} (${config.sizes.active} ACTIVE, ${config.sizes.closed} CLOSED, ${config.sizes.draft} DRAFT)`,
    ],
    ['tranches', String(t.tranche)],
    ['outcome reports', String(t.outcome_report)],
    ['outcome payments', `${t.outcome_payment} (${t.payment_line} lines, ${t.distribution} distributions)`],
    [
      'other rows',
      [
        'organisation',
        'app_user',
        'partnership_member',
        'contract_version',
        'metric',
        'tranche_terms',
        'signature',
        'disbursement',
      ]
        .map((name) => `${name} ${t[name]}`)
        .join(', '),
    ],
    ['calculatePayment supply', `${fixtures.calculate.length} partnerships with verified, unsettled reports`],
  ];
}

async function main(): Promise<void> {
  const startLoad = load1();
  say(`Effekt bench: ${config.durationSeconds} s per run, ${config.connections} connections`);
  const database = await createBenchDatabase(config.databaseUrl, logger);
  let orm: MikroORM | undefined;
  let server: EffektServer | undefined;
  let load: LoadGenerator | undefined;
  const started: ApiProcesses[] = [];
  const client = new pg.Client({ connectionString: database.url });
  try {
    orm = await openDatabase(database.url);
    await migrate(orm, logger);
    await client.connect();
    const version =
      (await client.query<{ server_version: string }>('show server_version')).rows[0]?.server_version ?? '?';
    say('Generating the dataset');
    const generating = performance.now();
    await generateDataset(client, config.sizes, say);
    const generationSeconds = (performance.now() - generating) / 1000;
    say(`Generated in ${generationSeconds.toFixed(1)} s`);

    const tokenSecret = randomBytes(32).toString('hex');
    const tokens = new TokenService(tokenSecret, '4h');
    const fixtures = await loadFixtures(client, tokens);
    server = await createEffektServer({ orm, tokens, logger });
    const port = await server.listen(0, '127.0.0.1');
    const endpoint = `http://127.0.0.1:${port}/graphql`;

    say('Counting SQL statements per request');
    const counter = countStatements(orm);
    const counts = await countAll(
      { endpoint, counter, client, tokens, undoPaymentsSince: (since) => undoPaymentsSince(client, since) },
      fixtures,
    );
    counter.uninstall();
    // Counting needs the API in this process, to see its statements; the load does not.
    await server.close();
    server = undefined;
    for (const c of counts) {
      for (const size of c.sizes) {
        say(
          `  ${c.operation}, ${size.description}: GraphQL ${size.graphql} statements ${size.graphqlMs.toFixed(1)} ms ` +
            `(${size.graphqlDbMs.toFixed(1)} ms waiting for PostgreSQL), ` +
            `SQL ${size.sql} statements ${size.sqlMs.toFixed(1)} ms`,
        );
      }
      say(`  ${c.operation}: GraphQL and SQL ${c.agree ? 'agree' : 'DISAGREE'} on ${c.checked}`);
    }
    if (process.env.BENCH_VERBOSE) {
      for (const c of counts)
        say(
          `  ${c.operation} (large):\n    ${c.statements.map((text) => text.slice(0, 160)).join('\n    ')}`,
        );
    }

    say('Loading the API and the database');
    load = new LoadGenerator();
    const apis: ApiUnderLoad[] = [];
    for (const processes of config.apiProcesses > 1 ? [1, config.apiProcesses] : [1]) {
      say(`Starting Effekt with EFFEKT_PROCESSES=${processes}`);
      const api = await startApiProcesses({ databaseUrl: database.url, secret: tokenSecret, processes });
      started.push(api);
      await signInThrough(client, api.endpoint, processes);
      apis.push({ label: processes > 1 ? `, ${processes} API processes` : '', ...api });
    }
    const results = await measureOperations(load, client, apis, database.url, fixtures, tokenSecret);
    const cpu = cpus();
    const report: BenchReport = {
      environment: [
        ['date', new Date().toISOString()],
        [
          'machine',
          `${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM`,
        ],
        ['load average (1 min) at start / end', `${startLoad} / ${load1()}`],
        ['Node.js', process.version],
        ['PostgreSQL', `${version} (${database.embedded ? 'embedded, fsync on' : 'BENCH_DATABASE_URL'})`],
        [
          'runs',
          `${config.durationSeconds} s each after ${config.warmupSeconds} s warm-up, ${config.connections} connections; SQL pool ${config.sqlPoolSize} (the API's pool size per process)`,
        ],
        [
          'API',
          `as \`pnpm start\` runs it: EFFEKT_PROCESSES=1${config.apiProcesses > 1 ? `, then ${config.apiProcesses}` : ''}, in processes of their own`,
        ],
      ],
      dataset: datasetRows(fixtures, generationSeconds),
      results,
      counts,
    };
    const markdown = renderMarkdown(report);
    say(`\n${markdown}`);
    const file = fileURLToPath(new URL('./results.md', import.meta.url));
    await writeFile(file, markdown);
    // The repository's formatter aligns markdown tables; writing them its way keeps `pnpm test` green.
    execFileSync('pnpm', ['exec', 'biome', 'format', '--write', file], { stdio: 'ignore' });
    say(`Written to ${file}`);
  } finally {
    load?.close();
    for (const api of started) await api.stop().catch(() => {});
    await server?.close().catch(() => {});
    await client.end().catch(() => {});
    await orm?.close(true).catch(() => {});
    await database.drop();
  }
}

await main();
