import { randomUUID } from 'node:crypto';
import { formatMoney, type Ore } from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import { memberScopeSql } from '../../database/member-scope-sql.js';
import { runSql } from '../../database/run-sql.js';
import { uuidArrayLiteral } from '../../database/sql-array.js';
import { PaymentLineView } from './payment.types.js';

/** The lines of each payment in their order, as plain rows (no entity hydration). */
export async function loadPaymentLines(
  em: EntityManager,
  paymentIds: readonly string[],
  organisationId: string,
): Promise<PaymentLineView[]> {
  const rows = await runSql<
    { payment_id: string; metric_id: string; metric_key: string; gross: string; amount: string }[]
  >(
    em,
    `select l.payment_id, l.metric_id, l.metric_key, l.gross::text as gross, l.amount::text as amount
       from payment_line l
       join outcome_payment p on p.id = l.payment_id
      where l.payment_id = any(?::uuid[]) and ${memberScopeSql('p.partnership_id')}
      order by l.payment_id, l.position`,
    [uuidArrayLiteral(paymentIds), organisationId],
  );
  return rows.map((row) =>
    paymentLineView(row.payment_id, {
      metricId: row.metric_id,
      metricKey: row.metric_key,
      gross: BigInt(row.gross),
      amount: BigInt(row.amount),
    }),
  );
}

/** A payment line as the API serves it, from its amounts in øre. */
export function paymentLineView(
  paymentId: string,
  line: { readonly metricId: string; readonly metricKey: string; readonly gross: Ore; readonly amount: Ore },
): PaymentLineView {
  return Object.assign(new PaymentLineView(), {
    paymentId,
    metricId: line.metricId,
    metricKey: line.metricKey,
    gross: formatMoney(line.gross),
    amount: formatMoney(line.amount),
  });
}

/** One tranche's share of one payment, with what the access rule and the order need. */
export interface DistributionRow {
  readonly paymentId: string;
  readonly versionId: string;
  readonly trancheId: string;
  readonly trancheOrganisationId: string;
  readonly trancheRank: number;
  readonly principal: bigint;
  readonly premium: bigint;
}

/** Every distribution of each payment, in waterfall order (the tranches' rank). */
export async function loadDistributionRows(
  em: EntityManager,
  paymentIds: readonly string[],
  organisationId: string,
): Promise<DistributionRow[]> {
  const rows = await runSql<
    {
      payment_id: string;
      version_id: string;
      tranche_id: string;
      organisation_id: string;
      rank: number;
      principal: string;
      premium: string;
    }[]
  >(
    em,
    `select d.payment_id, p.version_id, d.tranche_id, t.organisation_id, t.rank,
            d.principal::text as principal, d.premium::text as premium
       from distribution d
       join outcome_payment p on p.id = d.payment_id
       join tranche t on t.id = d.tranche_id
      where d.payment_id = any(?::uuid[]) and ${memberScopeSql('p.partnership_id')}
      order by d.payment_id, t.rank`,
    [uuidArrayLiteral(paymentIds), organisationId],
  );
  return rows.map((row) => ({
    paymentId: row.payment_id,
    versionId: row.version_id,
    trancheId: row.tranche_id,
    trancheOrganisationId: row.organisation_id,
    trancheRank: row.rank,
    principal: BigInt(row.principal),
    premium: BigInt(row.premium),
  }));
}

/** A priced line as it is stored: the metric it was priced by, in line order. */
export interface NewPaymentLine {
  readonly metricId: string;
  readonly metricKey: string;
  readonly position: number;
  readonly gross: Ore;
  readonly amount: Ore;
}

/**
 * Writes a new payment's lines and distributions, one statement each whatever their number.
 * Money travels as decimal strings of øre, so no amount passes through a float.
 */
export async function insertPaymentRows(
  tx: EntityManager,
  paymentId: string,
  rows: {
    readonly lines: readonly NewPaymentLine[];
    readonly distributions: readonly { trancheId: string; principal: Ore; premium: Ore }[];
  },
): Promise<void> {
  const lines = rows.lines.map((line) => ({
    id: randomUUID(),
    metric_id: line.metricId,
    metric_key: line.metricKey,
    position: line.position,
    gross: line.gross.toString(),
    amount: line.amount.toString(),
  }));
  await runSql(
    tx,
    `insert into payment_line (id, payment_id, metric_id, metric_key, position, gross, amount)
     select x.id, ?, x.metric_id, x.metric_key, x.position, x.gross::bigint, x.amount::bigint
       from jsonb_to_recordset(?::jsonb)
         as x(id uuid, metric_id uuid, metric_key text, position int, gross text, amount text)`,
    [paymentId, JSON.stringify(lines)],
  );
  if (rows.distributions.length === 0) return;
  const distributions = rows.distributions.map((share) => ({
    id: randomUUID(),
    tranche_id: share.trancheId,
    principal: share.principal.toString(),
    premium: share.premium.toString(),
  }));
  await runSql(
    tx,
    `insert into distribution (id, payment_id, tranche_id, principal, premium)
     select x.id, ?, x.tranche_id, x.principal::bigint, x.premium::bigint
       from jsonb_to_recordset(?::jsonb) as x(id uuid, tranche_id uuid, principal text, premium text)`,
    [paymentId, JSON.stringify(distributions)],
  );
}
