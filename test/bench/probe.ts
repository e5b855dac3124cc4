import type { TokenService } from '@effekt/api';
import type pg from 'pg';
import type { StatementCounter } from './counter.js';
import type { Fixtures, SizedItem } from './fixtures.js';
import { graphqlBody, isGraphqlSuccess, type OperationName } from './operations.js';
import { type BenchItem, preparedStatements, SQL_OPERATIONS, type Sql } from './sql-equivalents.js';

/** Statements one request issues, for a small and a large instance of the operation. */
export interface StatementCounts {
  readonly operation: OperationName;
  readonly sizes: readonly {
    readonly description: string;
    /** The fewest statements over the repeated requests (see `measureSteadily`). */
    readonly graphql: number;
    /** The most; above `graphql` when a batch landed in a later tick once. */
    readonly graphqlMost: number;
    readonly sql: number;
    /** One request alone, unloaded, in milliseconds. */
    readonly graphqlMs: number;
    /** Of which waiting for PostgreSQL. */
    readonly graphqlDbMs: number;
    readonly sqlMs: number;
  }[];
  /** GraphQL and SQL answered alike (the figures compared are named in `checked`). */
  readonly agree: boolean;
  readonly checked: string;
  readonly statements: readonly string[];
}

type Json = Record<string, unknown>;

function variables(operation: OperationName, item: BenchItem): Record<string, string> {
  if (operation === 'portfolio' || !item.partnershipId) return {};
  return operation === 'workspace' ? { id: item.partnershipId } : { partnershipId: item.partnershipId };
}

async function graphql(endpoint: string, operation: OperationName, item: BenchItem): Promise<Json> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${item.token}` },
    body: graphqlBody(operation, variables(operation, item)),
  });
  const body = await response.text();
  if (!isGraphqlSuccess(operation, body)) throw new Error(`${operation} failed: ${body.slice(0, 500)}`);
  const data = (JSON.parse(body) as { data: Json }).data;
  return data[Object.keys(data)[0] ?? ''] as Json;
}

function countingSql(client: pg.Client): Sql & { count: number } {
  const prepared = preparedStatements(client);
  const wrapper = {
    count: 0,
    query<R extends pg.QueryResultRow>(text: string, values?: unknown[]) {
      wrapper.count++;
      return prepared.query<R>(text, values);
    },
  };
  return wrapper;
}

/** The figures both sides must agree on, per operation. */
function comparable(operation: OperationName, answer: Json): unknown {
  const pick = (list: unknown, keys: readonly string[]) =>
    (Array.isArray(list) ? (list as Json[]) : []).map((row) => keys.map((key) => JSON.stringify(row[key])));
  if (operation === 'portfolio') return [answer.totals, pick(answer.lines, ['position']), answer.history];
  if (operation === 'workspace') {
    const terms = (answer.terms ?? {}) as Json;
    return [
      answer.paidToDate,
      pick(terms.tranches, ['position']),
      (answer.reports as unknown[]).length,
      (answer.payments as unknown[]).length,
    ];
  }
  // Line order is the order the metrics first appear in; compare the lines as a set.
  const lines = pick(answer.lines, ['metric', 'gross', 'amount'])
    .map((line) => line.join())
    .sort();
  return [answer.total, answer.capReduction, answer.providerSurplus, lines];
}

export const COMPARED: Record<OperationName, string> = {
  portfolio: 'totals, every line position, history',
  workspace: 'paidToDate, tranche positions, report and payment counts',
  calculate: 'total, capReduction, providerSurplus, each line (metric, gross, amount)',
};

export interface ProbeContext {
  readonly endpoint: string;
  readonly counter: StatementCounter;
  readonly client: pg.Client;
  readonly tokens: TokenService;
  /** Deletes the payments calculated since `since`, freeing their reports again. */
  undoPaymentsSince(since: string): Promise<void>;
}

async function measure(context: ProbeContext, operation: OperationName, sized: SizedItem) {
  const settles = operation === 'calculate';
  const [{ now }] = (await context.client.query<{ now: string }>('select clock_timestamp()::text as now'))
    .rows as [{ now: string }];
  if (!settles) await graphql(context.endpoint, operation, sized.item); // warm the caches first
  context.counter.take();
  const before = context.counter.count;
  const waitedBefore = context.counter.roundTripMs;
  const begun = performance.now();
  const viaGraphql = await graphql(context.endpoint, operation, sized.item);
  const graphqlMs = performance.now() - begun;
  const graphqlCount = context.counter.count - before;
  const graphqlDbMs = context.counter.roundTripMs - waitedBefore;
  const statements = context.counter.take();
  if (settles) await context.undoPaymentsSince(now);
  const sql = countingSql(context.client);
  const sqlBegun = performance.now();
  const viaSql = JSON.parse(
    await SQL_OPERATIONS[operation](sql, sized.item, { tokens: context.tokens }),
  ) as Json;
  const sqlMs = performance.now() - sqlBegun;
  if (settles) await context.undoPaymentsSince(now);
  const [left, right] = [
    JSON.stringify(comparable(operation, viaGraphql)),
    JSON.stringify(comparable(operation, viaSql)),
  ];
  const agree = left === right;
  if (!agree)
    console.log(
      `  ${operation} ${sized.description} differs:\n    GraphQL ${left.slice(0, 400)}\n    SQL     ${right.slice(0, 400)}`,
    );
  return {
    description: sized.description,
    graphql: graphqlCount,
    sql: sql.count,
    graphqlMs,
    graphqlDbMs,
    sqlMs,
    agree,
    statements,
  };
}

const REPEATS = 3;

/**
 * One request of the size, asked REPEATS times. DataLoader batches the loads of one event-loop
 * tick; a load that lands a tick later costs one more statement whatever the size, so the
 * fewest statements is what the operation needs, and the times are medians.
 */
async function measureSteadily(context: ProbeContext, operation: OperationName, sized: SizedItem) {
  const runs: Awaited<ReturnType<typeof measure>>[] = [];
  for (let run = 0; run < REPEATS; run++) runs.push(await measure(context, operation, sized));
  const median = (of: (run: (typeof runs)[number]) => number) =>
    runs.map(of).sort((a, b) => a - b)[Math.floor(REPEATS / 2)] ?? Number.NaN;
  const fewest = runs.reduce((best, run) => (run.graphql < best.graphql ? run : best));
  return {
    ...fewest,
    graphqlMost: Math.max(...runs.map((run) => run.graphql)),
    graphqlMs: median((run) => run.graphqlMs),
    graphqlDbMs: median((run) => run.graphqlDbMs),
    sqlMs: median((run) => run.sqlMs),
    agree: runs.every((run) => run.agree),
  };
}

export async function countAll(context: ProbeContext, fixtures: Fixtures): Promise<StatementCounts[]> {
  const [smallTranches, largeTranches] = fixtures.portfolio.sizes;
  const plan: [OperationName, SizedItem, SizedItem][] = [
    [
      'portfolio',
      { item: fixtures.portfolio.small, description: `${smallTranches} tranches` },
      { item: fixtures.portfolio.large, description: `${largeTranches} tranches` },
    ],
    ['workspace', fixtures.workspaceSmall, fixtures.workspaceLarge],
    ['calculate', fixtures.calculateSmall, fixtures.calculateLarge],
  ];
  const counts: StatementCounts[] = [];
  for (const [operation, small, large] of plan) {
    const measured = [
      await measureSteadily(context, operation, small),
      await measureSteadily(context, operation, large),
    ];
    counts.push({
      operation,
      sizes: measured.map(({ agree: _, statements: __, ...size }) => size),
      agree: measured.every((m) => m.agree),
      checked: COMPARED[operation],
      statements: measured[1]?.statements ?? [],
    });
  }
  return counts;
}
