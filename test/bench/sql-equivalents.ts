import { createHash, randomUUID } from 'node:crypto';
import { ACTIVITY_CHANNEL, argumentsDigest, chainHash, GENESIS_HASH, type TokenService } from '@effekt/api';
import {
  calculatePayment,
  distributePayment,
  formatDecimal,
  formatMoney,
  type MetricTerms,
  type PaymentRule,
  parseDecimal,
  sumPositions,
  type TranchePosition,
  tranchePosition,
} from '@effekt/engine';
import type pg from 'pg';
import type { OperationName } from './operations.js';

/**
 * The same reads (and for calculatePayment the same writes) as the GraphQL operations, written
 * by hand against the schema: few statements, set-based, on one pooled connection per request.
 * They do the product's work too: verify the bearer token and load the viewer, check the
 * membership, and for calculatePayment record the activity (with its notification) and append
 * the audit entry in the same transaction. Money goes through the same engine functions, and
 * each answer is serialised to JSON, so the comparison isolates what GraphQL, the resolvers and
 * the ORM add.
 */
export interface Sql {
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

/**
 * A statement with values goes as a named prepared statement, as the API sends its own (see
 * apps/api/src/database/run-sql.ts): PostgreSQL parses it once per connection and may keep its
 * plan. Both sides get that saving, so the ratio still measures only what the API adds.
 */
export function preparedStatements(client: pg.ClientBase): Sql {
  return {
    query<R extends pg.QueryResultRow>(text: string, values?: unknown[]) {
      if (!values?.length) return client.query<R>(text);
      const name = `bench_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
      return client.query<R>({ name, text, values });
    },
  };
}

/** Who asks, and about what; `token` is for the GraphQL side. */
export interface BenchItem {
  readonly token: string;
  readonly organisationId: string;
  readonly userId: string;
  readonly partnershipId: string | null;
}

/** What every operation shares: the API's token service, to authenticate as the API does. */
export interface SqlContext {
  readonly tokens: TokenService;
}

export type SqlOperation = (db: Sql, item: BenchItem, context: SqlContext) => Promise<string>;

interface SqlViewer {
  readonly userId: string;
  readonly organisationId: string;
}

/** Verifies the bearer token and loads its user, as every API request does. */
async function authenticate(db: Sql, item: BenchItem, context: SqlContext): Promise<SqlViewer> {
  const claims = await context.tokens.verify(item.token);
  if (!claims) throw new Error('invalid token');
  const [user] = (
    await db.query<{ id: string; organisation_id: string }>(
      `select u.id, u.organisation_id, o.name, o.kind
         from app_user u join organisation o on o.id = u.organisation_id where u.id = $1`,
      [claims.userId],
    )
  ).rows;
  if (!user) throw new Error('unknown user');
  return { userId: user.id, organisationId: user.organisation_id };
}

interface MoneyRow {
  kind: string;
  commitment: string;
  disbursed: string;
  principal: string;
  premium: string;
}

function position(row: MoneyRow, status: string): TranchePosition {
  const closed = status === 'CLOSED';
  return tranchePosition({
    kind: row.kind === 'GRANT' ? 'GRANT' : 'INVESTMENT',
    committed: BigInt(row.commitment),
    disbursed: BigInt(row.disbursed),
    principalRepaid: BigInt(row.principal),
    premiumReceived: BigInt(row.premium),
    partnershipOpen: !closed,
    writtenOff: closed,
  });
}

function formatted(p: TranchePosition) {
  return {
    committed: formatMoney(p.committed),
    disbursed: formatMoney(p.disbursed),
    principalRepaid: formatMoney(p.principalRepaid),
    premiumReceived: formatMoney(p.premiumReceived),
    outstanding: formatMoney(p.outstanding),
    undrawn: formatMoney(p.undrawn),
    atRisk: formatMoney(p.atRisk),
    writtenOff: formatMoney(p.writtenOff),
  };
}

// distribution.paid_on is set by the database once the payment is PAID.
const PAID_TO_TRANCHE = `select sum(x.principal) as principal, sum(x.premium) as premium
  from distribution x where x.tranche_id = t.id and x.paid_on is not null`;

interface HoldingRow extends MoneyRow {
  id: string;
  partnership_id: string;
  title: string;
  status: string;
  seniority: number;
  premium_rate: string;
}

export const portfolioSql: SqlOperation = async (db, item, context) => {
  const viewer = await authenticate(db, item, context);
  const lines = await db.query<HoldingRow>(
    `select t.id, t.partnership_id, p.title, p.status, tt.kind, tt.seniority, tt.commitment::text,
            tt.premium_rate::text, coalesce(d.disbursed, 0)::text as disbursed,
            coalesce(x.principal, 0)::text as principal, coalesce(x.premium, 0)::text as premium
       from tranche t
       join partnership p on p.id = t.partnership_id
       join contract_version v on v.partnership_id = t.partnership_id and v.status = 'AGREED'
       join tranche_terms tt on tt.version_id = v.id and tt.tranche_id = t.id
       left join lateral (select sum(amount) as disbursed from disbursement where tranche_id = t.id) d on true
       left join lateral (${PAID_TO_TRANCHE}) x on true
      where t.organisation_id = $1
      order by p.created_at desc, p.id, t.rank`,
    [viewer.organisationId],
  );
  const history = await db.query<{ date: string; disbursed: string; principal: string; premium: string }>(
    `select day::text as date, sum(disbursed)::text as disbursed, sum(principal)::text as principal,
            sum(premium)::text as premium
       from (select d.date as day, d.amount as disbursed, 0 as principal, 0 as premium
               from disbursement d join tranche t on t.id = d.tranche_id where t.organisation_id = $1
             union all
             select x.paid_on, 0, x.principal, x.premium
               from distribution x join tranche t on t.id = x.tranche_id
              where t.organisation_id = $1 and x.paid_on is not null) events
      group by day order by day`,
    [viewer.organisationId],
  );
  const positions = lines.rows.map((row) => position(row, row.status));
  let disbursed = 0n;
  let principal = 0n;
  let premium = 0n;
  return JSON.stringify({
    totals: formatted(sumPositions(positions)),
    lines: lines.rows.map((row, index) => ({
      partnership: { id: row.partnership_id, title: row.title, status: row.status },
      tranche: {
        id: row.id,
        kind: row.kind,
        seniority: row.seniority,
        commitment: formatMoney(BigInt(row.commitment)),
        premiumRate: formatDecimal(parseDecimal(row.premium_rate)),
      },
      position: formatted(positions[index] ?? sumPositions([])),
    })),
    history: history.rows.map((row) => {
      disbursed += BigInt(row.disbursed);
      principal += BigInt(row.principal);
      premium += BigInt(row.premium);
      return {
        date: row.date,
        disbursed: formatMoney(disbursed),
        principalRepaid: formatMoney(principal),
        premiumReceived: formatMoney(premium),
        outstanding: formatMoney(disbursed - principal),
      };
    }),
  });
};

export const workspaceSql: SqlOperation = async (db, item, context) => {
  const viewer = await authenticate(db, item, context);
  const id = item.partnershipId;
  const [partnership] = (
    await db.query<{ id: string; title: string; status: string; viewer_role: string; municipality: string }>(
      `select p.id, p.title, p.challenge, p.status, p.closure, m.role as viewer_role, o.name as municipality
         from partnership p
         join partnership_member m on m.partnership_id = p.id and m.organisation_id = $2
         join organisation o on o.id = p.municipality_id
        where p.id = $1`,
      [id, viewer.organisationId],
    )
  ).rows;
  if (!partnership) throw new Error('Partnership not found');
  const members = await db.query(
    `select pm.role, pm.joined_at, o.id, o.name, o.kind from partnership_member pm
       join organisation o on o.id = pm.organisation_id where pm.partnership_id = $1 order by pm.joined_at, pm.id`,
    [id],
  );
  const versions = await db.query<{ id: string; status: string; payment_cap: string }>(
    `select id, number, status, content_hash, start_date::text, end_date::text, payment_cap::text, agreed_at
       from contract_version where partnership_id = $1 order by number desc`,
    [id],
  );
  const terms = versions.rows.find((version) => version.status === 'AGREED');
  const termsId = terms?.id ?? null;
  const metrics = await db.query(
    `select id, key, name, unit, rule, price::text, threshold::text, target::text, amount::text, cap::text, verifier
       from metric where version_id = $1 order by position`,
    [termsId],
  );
  const tranches = await db.query<MoneyRow & { id: string; organisation_id: string; disbursements: unknown }>(
    `select t.id, t.organisation_id, o.name as organisation, f.id as fund_id, f.name as fund, tt.kind, tt.seniority,
            tt.commitment::text, tt.premium_rate::text, coalesce(d.total, 0)::text as disbursed,
            coalesce(d.list, '[]') as disbursements,
            coalesce(x.principal, 0)::text as principal, coalesce(x.premium, 0)::text as premium
       from tranche_terms tt join tranche t on t.id = tt.tranche_id
       join organisation o on o.id = t.organisation_id left join fund f on f.id = t.fund_id
       left join lateral (select sum(amount) as total,
                                 json_agg(json_build_object('id', id, 'amount', amount, 'date', date::text)
                                          order by date, recorded_at) as list
                            from disbursement where tranche_id = t.id) d on true
       left join lateral (${PAID_TO_TRANCHE}) x on true
      where tt.version_id = $1 order by tt.position`,
    [termsId],
  );
  const signatures = await db.query(
    `select s.signed_at, o.name as organisation, u.name as signed_by from signature s
       join organisation o on o.id = s.organisation_id join app_user u on u.id = s.signed_by_id
      where s.version_id = $1 order by s.signed_at, s.id`,
    [termsId],
  );
  const reports = await db.query<{ value: string; status: string; verifier: string }>(
    `select r.id, r.period_start::text, r.period_end::text, r.value::text, r.status, r.submitted_at, r.reviewed_at,
            r.metric_key, m.verifier, u.name as submitted_by, r.payment_id, op.number as payment_number
       from outcome_report r join metric m on m.id = r.metric_id join app_user u on u.id = r.submitted_by_id
       left join outcome_payment op on op.id = r.payment_id
      where r.partnership_id = $1 order by r.period_start desc, r.submitted_at desc, r.id`,
    [id],
  );
  const payments = await db.query<{ status: string; total: string }>(
    `select id, number, status, total::text, cap_reduction::text, provider_surplus::text, calculated_at,
            approved_at, paid_on::text from outcome_payment where partnership_id = $1 order by number desc`,
    [id],
  );
  const lines = await db.query(
    `select l.payment_id, l.gross::text, l.amount::text, l.metric_key, m.name as metric from payment_line l
       join outcome_payment op on op.id = l.payment_id join metric m on m.id = l.metric_id
      where op.partnership_id = $1 order by l.payment_id, l.position`,
    [id],
  );
  const distributions = await db.query(
    `select x.payment_id, x.principal::text, x.premium::text, x.tranche_id, o.name as organisation
       from distribution x join outcome_payment op on op.id = x.payment_id
       join tranche t on t.id = x.tranche_id join organisation o on o.id = t.organisation_id
      where op.partnership_id = $1 order by x.payment_id, t.rank`,
    [id],
  );
  const open = partnership.status === 'ACTIVE';
  return JSON.stringify({
    ...partnership,
    paidToDate: formatMoney(
      payments.rows.filter((p) => p.status === 'PAID').reduce((sum, p) => sum + BigInt(p.total), 0n),
    ),
    members: members.rows,
    versions: versions.rows,
    terms: terms && {
      ...terms,
      metrics: metrics.rows,
      tranches: tranches.rows.map((row) => ({
        ...row,
        viewerCanDisburse: open && row.organisation_id === viewer.organisationId,
        position: formatted(position(row, partnership.status)),
      })),
      signatures: signatures.rows,
    },
    reports: reports.rows.map((row) => ({
      ...row,
      value: formatDecimal(parseDecimal(row.value)),
      viewerCanReview: open && row.status === 'SUBMITTED' && row.verifier === partnership.viewer_role,
    })),
    payments: payments.rows,
    lines: lines.rows,
    distributions: distributions.rows,
  });
};

interface ReportRow {
  id: string;
  metric_key: string;
  value: string;
  version_id: string;
  payment_cap: string;
  metric_id: string;
  rule: PaymentRule;
  price: string | null;
  threshold: string | null;
  target: string | null;
  amount: string | null;
  cap: string | null;
}

interface ClaimRow {
  id: string;
  rank: number;
  kind: 'INVESTMENT' | 'GRANT';
  seniority: number;
  premium_rate: string;
  disbursed: string;
  principal: string;
  premium: string;
}

const ore = (text: string | null) => (text === null ? null : BigInt(text));
const decimal = (text: string | null) => (text === null ? null : parseDecimal(text));

/** Lock, read, price with the engine, write the payment, lines and distributions, settle. */
/**
 * What the API writes beside every payment: the activity entry with its live notification, and
 * the next link of the partnership's audit chain (serialised per chain by an advisory lock).
 */
async function recordActivityAndAudit(
  db: Sql,
  viewer: SqlViewer,
  partnershipId: string,
  paymentId: string,
  data: { number: number; total: string },
): Promise<void> {
  const [activity] = (
    await db.query<{ id: string }>(
      `insert into activity (partnership_id, kind, actor_id, actor_organisation_id, subject_id, data)
       values ($1, 'PAYMENT_CALCULATED', $2, $3, $4, $5) returning id`,
      [partnershipId, viewer.userId, viewer.organisationId, paymentId, JSON.stringify(data)],
    )
  ).rows;
  await db.query('select pg_notify($1, $2)', [
    ACTIVITY_CHANNEL,
    JSON.stringify({ id: String(activity?.id), partnershipId }),
  ]);
  await db.query('select pg_advisory_xact_lock(hashtextextended($1, 42))', [partnershipId]);
  const [last] = (
    await db.query<{ seq: number; hash: string }>(
      'select seq, hash from audit_entry where chain = $1 order by seq desc limit 1',
      [partnershipId],
    )
  ).rows;
  const facts = {
    chain: partnershipId,
    seq: (last?.seq ?? 0) + 1,
    partnershipId,
    userId: viewer.userId,
    organisationId: viewer.organisationId,
    operation: 'calculatePayment',
    subjectIds: [partnershipId, paymentId].sort(),
    digest: argumentsDigest({ partnershipId }),
    createdAt: new Date(),
  };
  const previousHash = last?.hash ?? GENESIS_HASH;
  await db.query(
    `insert into audit_entry (chain, seq, partnership_id, user_id, organisation_id, operation, subject_ids,
                              digest, created_at, previous_hash, hash)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      facts.chain,
      facts.seq,
      facts.partnershipId,
      facts.userId,
      facts.organisationId,
      facts.operation,
      JSON.stringify(facts.subjectIds),
      facts.digest,
      facts.createdAt,
      previousHash,
      chainHash(previousHash, facts),
    ],
  );
}

export const calculateSql: SqlOperation = async (db, item, context) => {
  const viewer = await authenticate(db, item, context);
  await db.query('begin');
  try {
    const [locked] = (
      await db.query<{ status: string }>(
        `select p.status from partnership p
           join partnership_member m on m.partnership_id = p.id and m.organisation_id = $2 and m.role = 'COMMISSIONER'
          where p.id = $1 for update of p`,
        [item.partnershipId, viewer.organisationId],
      )
    ).rows;
    if (locked?.status !== 'ACTIVE') throw new Error('not an active partnership of this commissioner');
    const reports = (
      await db.query<ReportRow>(
        `select r.id, r.metric_key, r.value::text, v.id as version_id, v.payment_cap::text, m.id as metric_id,
                m.rule, m.price::text, m.threshold::text, m.target::text, m.amount::text, m.cap::text
           from outcome_report r
           join contract_version v on v.partnership_id = r.partnership_id and v.status = 'AGREED'
           join metric m on m.version_id = v.id and m.key = r.metric_key
          where r.partnership_id = $1 and r.status = 'VERIFIED' and r.payment_id is null
          order by r.period_start, r.id`,
        [item.partnershipId],
      )
    ).rows;
    const first = reports[0];
    if (!first) throw new Error('there are no verified reports to settle');
    const [before] = (
      await db.query<{ total: string; count: number; by_metric: Record<string, string> }>(
        `select (select coalesce(sum(total), 0)::text from outcome_payment where partnership_id = $1) as total,
                (select count(*)::int from outcome_payment where partnership_id = $1) as count,
                (select coalesce(json_object_agg(metric_key, amount), '{}') from (
                   select l.metric_key, sum(l.amount)::text as amount from payment_line l
                     join outcome_payment p on p.id = l.payment_id where p.partnership_id = $1
                    group by l.metric_key) s) as by_metric`,
        [item.partnershipId],
      )
    ).rows;
    const claims = (
      await db.query<ClaimRow>(
        `select t.id, t.rank, tt.kind, tt.seniority, tt.premium_rate::text, coalesce(d.s, 0)::text as disbursed,
                coalesce(x.principal, 0)::text as principal, coalesce(x.premium, 0)::text as premium
           from tranche_terms tt join tranche t on t.id = tt.tranche_id
           left join lateral (select sum(amount) as s from disbursement where tranche_id = t.id) d on true
           left join lateral (select sum(principal) as principal, sum(premium) as premium
                                from distribution where tranche_id = t.id) x on true
          where tt.version_id = $1`,
        [first.version_id],
      )
    ).rows;
    const metrics = new Map<string, MetricTerms & { id: string }>();
    for (const row of reports) {
      metrics.set(row.metric_key, {
        id: row.metric_id,
        key: row.metric_key,
        rule: row.rule,
        price: ore(row.price),
        threshold: decimal(row.threshold),
        target: decimal(row.target),
        amount: ore(row.amount),
        cap: ore(row.cap),
      });
    }
    const priced = calculatePayment({
      metrics: [...metrics.values()],
      reports: reports.map((row) => ({
        id: row.id,
        metricKey: row.metric_key,
        value: parseDecimal(row.value),
      })),
      metricAmountsBefore: new Map(Object.entries(before?.by_metric ?? {}).map(([k, v]) => [k, BigInt(v)])),
      paymentCap: BigInt(first.payment_cap),
      totalBefore: BigInt(before?.total ?? '0'),
    });
    const waterfall = distributePayment(
      priced.total,
      claims.map((row) => ({
        id: row.id,
        kind: row.kind,
        seniority: row.seniority,
        rank: row.rank,
        disbursed: BigInt(row.disbursed),
        premiumRate: parseDecimal(row.premium_rate),
        principalBefore: BigInt(row.principal),
        premiumBefore: BigInt(row.premium),
      })),
    );
    const paymentId = randomUUID();
    const number = (before?.count ?? 0) + 1;
    await db.query(
      `insert into outcome_payment (id, partnership_id, number, version_id, status, total, cap_reduction,
                                    provider_surplus, calculated_by_id)
       values ($1, $2, $3, $4, 'CALCULATED', $5, $6, $7, $8)`,
      [
        paymentId,
        item.partnershipId,
        number,
        first.version_id,
        priced.total.toString(),
        priced.capReduction.toString(),
        waterfall.providerSurplus.toString(),
        viewer.userId,
      ],
    );
    await db.query(
      `insert into payment_line (id, payment_id, metric_id, metric_key, position, gross, amount)
       select gen_random_uuid(), $1, m, k, ord - 1, g, a
         from unnest($2::uuid[], $3::text[], $4::bigint[], $5::bigint[]) with ordinality u(m, k, g, a, ord)`,
      [
        paymentId,
        priced.lines.map((line) => metrics.get(line.metricKey)?.id),
        priced.lines.map((line) => line.metricKey),
        priced.lines.map((line) => line.gross.toString()),
        priced.lines.map((line) => line.amount.toString()),
      ],
    );
    await db.query(
      `insert into distribution (id, payment_id, tranche_id, principal, premium)
       select gen_random_uuid(), $1, t, p, q from unnest($2::uuid[], $3::bigint[], $4::bigint[]) u(t, p, q)`,
      [
        paymentId,
        waterfall.distributions.map((share) => share.trancheId),
        waterfall.distributions.map((share) => share.principal.toString()),
        waterfall.distributions.map((share) => share.premium.toString()),
      ],
    );
    const settled = await db.query(
      `update outcome_report set payment_id = $1
        where id = any($2::uuid[]) and status = 'VERIFIED' and payment_id is null`,
      [paymentId, reports.map((row) => row.id)],
    );
    if (settled.rowCount !== reports.length) throw new Error('reports settled by another payment meanwhile');
    await recordActivityAndAudit(db, viewer, item.partnershipId ?? '', paymentId, {
      number,
      total: formatMoney(priced.total),
    });
    await db.query('commit');
    return JSON.stringify({
      id: paymentId,
      number,
      status: 'CALCULATED',
      total: formatMoney(priced.total),
      capReduction: formatMoney(priced.capReduction),
      providerSurplus: formatMoney(waterfall.providerSurplus),
      lines: priced.lines.map((line) => ({
        gross: formatMoney(line.gross),
        amount: formatMoney(line.amount),
        metric: { key: line.metricKey },
        reports: line.reportIds.map((reportId) => ({ id: reportId })),
      })),
      distributions: waterfall.distributions.map((share) => ({
        principal: formatMoney(share.principal),
        premium: formatMoney(share.premium),
        tranche: { id: share.trancheId },
      })),
    });
  } catch (error) {
    await db.query('rollback');
    throw error;
  }
};

export const SQL_OPERATIONS: Record<OperationName, SqlOperation> = {
  portfolio: portfolioSql,
  workspace: workspaceSql,
  calculate: calculateSql,
};
