/** What `pnpm bench` generates and how hard it loads the API; every knob has an env override. */

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
}

export interface BenchConfig {
  /** An existing PostgreSQL server; a fresh database is created on it and dropped afterwards. */
  readonly databaseUrl: string | undefined;
  /** Seconds each measured run lasts (GraphQL and SQL alike). */
  readonly durationSeconds: number;
  /** Seconds of unmeasured warm-up before each read run. */
  readonly warmupSeconds: number;
  /** Concurrent HTTP connections (autocannon) and concurrent SQL loops. */
  readonly connections: number;
  /** The SQL baseline's pool size: the API's own MikroORM pool size (orm-config.ts). */
  readonly sqlPoolSize: number;
  /** A second GraphQL run per operation against this many API processes (EFFEKT_PROCESSES); 1: none. */
  readonly apiProcesses: number;
  readonly sizes: DatasetSizes;
}

export interface DatasetSizes {
  /** ACTIVE partnerships: each holds verified, unsettled reports (calculatePayment's supply). */
  readonly active: number;
  readonly closed: number;
  readonly draft: number;
  /** Tranches of the portfolio investors (one per partnership, in the first ACTIVE ones). */
  readonly largePortfolio: number;
  readonly smallPortfolio: number;
}

export function readBenchConfig(): BenchConfig {
  return {
    databaseUrl: process.env.BENCH_DATABASE_URL || undefined,
    durationSeconds: positiveInt('BENCH_DURATION', 10),
    warmupSeconds: positiveInt('BENCH_WARMUP', 3),
    connections: positiveInt('BENCH_CONNECTIONS', 32),
    sqlPoolSize: 20,
    apiProcesses: positiveInt('BENCH_API_PROCESSES', 2),
    sizes: {
      active: positiveInt('BENCH_ACTIVE_PARTNERSHIPS', 3000),
      closed: 200,
      draft: 200,
      largePortfolio: 500,
      smallPortfolio: 50,
    },
  };
}
