import type { OperationName } from './operations.js';
import type { StatementCounts } from './probe.js';
import type { RunStats } from './stats.js';

export interface OperationResult {
  readonly operation: OperationName;
  readonly title: string;
  readonly graphql: RunStats;
  readonly sql: RunStats;
  /** The same read again at a fixed rate on an open loop (paced.ts); null for the mutation. */
  readonly paced: PacedResult | null;
}

export interface PacedResult {
  /** Requests per second offered to both sides. */
  readonly rate: number;
  readonly graphql: RunStats;
  readonly sql: RunStats;
}

/** Reads must answer p99 < 50 ms; the mutation has no latency target. */
export function isRead(operation: OperationName): boolean {
  return operation !== 'calculate';
}

/** Half the requests per second a run flat out answered: load that leaves the machine room. */
export function pacedRate(flatOut: RunStats): number {
  return Math.max(1, Math.floor(flatOut.rps / 2));
}

export interface BenchReport {
  readonly environment: readonly (readonly [string, string])[];
  readonly dataset: readonly (readonly [string, string])[];
  readonly results: readonly OperationResult[];
  readonly counts: readonly StatementCounts[];
}

const P99_TARGET_MS = 50;
const RATIO_TARGET = 2;

export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const rps = (value: number) => value.toFixed(0);
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Throughput ratio SQL/GraphQL: how many times more requests the hand-written SQL serves. */
export function costRatio(result: OperationResult): number {
  return result.sql.rps / result.graphql.rps;
}

function loadTable(results: readonly OperationResult[]): string {
  return table(
    [
      'operation',
      'GraphQL req/s',
      'GraphQL p50 ms',
      'GraphQL p99 ms',
      'SQL req/s',
      'SQL p50 ms',
      'SQL p99 ms',
      'req/s SQL÷GraphQL',
      'p50 GraphQL÷SQL',
      'p99 GraphQL÷SQL',
    ],
    results.map((r) => [
      r.title,
      rps(r.graphql.rps),
      ms(r.graphql.p50),
      ms(r.graphql.p99),
      rps(r.sql.rps),
      ms(r.sql.p50),
      ms(r.sql.p99),
      ratio(costRatio(r)),
      ratio(r.graphql.p50 / r.sql.p50),
      ratio(r.graphql.p99 / r.sql.p99),
    ]),
  );
}

function successTable(results: readonly OperationResult[]): string {
  const cell = (s: RunStats) =>
    `${s.ok} ok / ${s.failed} failed in ${s.seconds.toFixed(1)} s${s.exhausted ? ' (ran out of work)' : ''}`;
  return table(
    ['operation', 'GraphQL answers', 'SQL answers'],
    results.map((r) => [r.title, cell(r.graphql), cell(r.sql)]),
  );
}

/** "21", or "21–22" when one of the repeated requests needed one batch more. */
function statementRange(size: { graphql: number; graphqlMost: number } | undefined): string {
  if (!size) return '';
  return size.graphqlMost > size.graphql ? `${size.graphql}–${size.graphqlMost}` : String(size.graphql);
}

function countTable(counts: readonly StatementCounts[]): string {
  return table(
    [
      'operation',
      'small',
      'GraphQL stmts',
      'large',
      'GraphQL stmts',
      'SQL stmts',
      'grows?',
      'large, alone: GraphQL ms (in PostgreSQL) / SQL ms',
      'same answer',
    ],
    counts.map((c) => {
      const [small, large] = [c.sizes[0], c.sizes[1]];
      return [
        c.operation,
        small?.description ?? '',
        statementRange(small),
        large?.description ?? '',
        statementRange(large),
        `${small?.sql ?? ''} / ${large?.sql ?? ''}`,
        // DataLoader tick timing moves a count by one either way; only counts that do not overlap grow.
        small && large && large.graphql > small.graphqlMost ? '**yes**' : 'no',
        large ? `${ms(large.graphqlMs)} (${ms(large.graphqlDbMs)}) / ${ms(large.sqlMs)}` : '',
        c.agree ? `yes (${c.checked})` : '**NO**',
      ];
    }),
  );
}

function pacedTable(results: readonly OperationResult[]): string {
  const paced = results.flatMap((r) => (r.paced ? [{ title: r.title, ...r.paced }] : []));
  return table(
    [
      'operation',
      'offered req/s',
      'GraphQL answered req/s',
      'GraphQL p50 ms',
      'GraphQL p99 ms',
      'SQL p50 ms',
      'SQL p99 ms',
      'p99 GraphQL÷SQL',
    ],
    paced.map((p) => [
      p.title,
      String(p.rate),
      `${rps(p.graphql.rps)}${p.graphql.failed ? ` (${p.graphql.failed} failed)` : ''}`,
      ms(p.graphql.p50),
      ms(p.graphql.p99),
      ms(p.sql.p50),
      ms(p.sql.p99),
      ratio(p.graphql.p99 / p.sql.p99),
    ]),
  );
}

const p99Verdict = (stats: RunStats) =>
  stats.p99 < P99_TARGET_MS && stats.failed === 0 ? 'met' : `**not met** (${ms(stats.p99)} ms)`;

function verdicts(results: readonly OperationResult[]): string {
  return table(
    [
      'operation',
      `p99 < ${P99_TARGET_MS} ms, flat out`,
      `p99 < ${P99_TARGET_MS} ms, half load`,
      `GraphQL within ${RATIO_TARGET}× of SQL (req/s)`,
    ],
    results.map((r) => [
      r.title,
      isRead(r.operation) ? p99Verdict(r.graphql) : 'n/a (mutation)',
      r.paced ? `${p99Verdict(r.paced.graphql)} at ${r.paced.rate} req/s` : 'n/a (mutation)',
      costRatio(r) <= RATIO_TARGET ? `met (${ratio(costRatio(r))})` : `**not met** (${ratio(costRatio(r))})`,
    ]),
  );
}

export function renderMarkdown(report: BenchReport): string {
  const pairs = (rows: readonly (readonly [string, string])[]) => table(['', ''], rows);
  return [
    '# Effekt benchmark results',
    '',
    'Generated by `pnpm bench` (see `test/bench/README.md` for what each figure means).',
    '',
    '## Environment',
    '',
    pairs(report.environment),
    '',
    '## Dataset',
    '',
    pairs(report.dataset),
    '',
    '## Load: GraphQL over HTTP vs hand-written SQL, same concurrency, same duration',
    '',
    loadTable(report.results),
    '',
    successTable(report.results),
    '',
    '## Latency at half load: the same reads paced on an open loop',
    '',
    'Each read again at half the requests per second the one-process API answered flat out, on',
    'both sides: request k is due k/rate seconds into the run and its latency counts from then,',
    'however long it waited for one of the connections. Each run follows a warm-up at its rate.',
    'Flat out, p99 mostly measures the queue; here it is what a user meets while the machine',
    'still has room.',
    '',
    pacedTable(report.results),
    '',
    '## Targets',
    '',
    verdicts(report.results),
    '',
    '## SQL statements per request (one request, counted at the pg driver, BEGIN/COMMIT included)',
    '',
    countTable(report.counts),
    '',
  ].join('\n');
}
