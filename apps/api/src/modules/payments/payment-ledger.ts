import type { Ore } from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TrancheLedger } from './payment-inputs.js';

/** What earlier payments (any status) already gave: per metric key, and in all. */
export async function paidBefore(
  tx: EntityManager,
  partnershipId: string,
): Promise<{ byMetric: Map<string, Ore>; total: Ore; count: number }> {
  const lines = await tx.execute<{ metric_key: string; amount: string }[]>(
    `select l.metric_key, sum(l.amount)::text as amount
       from payment_line l join outcome_payment p on p.id = l.payment_id
      where p.partnership_id = ? group by l.metric_key`,
    [partnershipId],
  );
  const [totals] = await tx.execute<{ total: string; count: number }[]>(
    'select coalesce(sum(total), 0)::text as total, count(*)::int as count from outcome_payment where partnership_id = ?',
    [partnershipId],
  );
  return {
    byMetric: new Map(lines.map((line) => [line.metric_key, BigInt(line.amount)])),
    total: BigInt(totals?.total ?? '0'),
    count: totals?.count ?? 0,
  };
}

/** Per tranche of the partnership: disbursed, and what every earlier payment distributed. */
export async function trancheLedgers(
  tx: EntityManager,
  partnershipId: string,
): Promise<Map<string, TrancheLedger>> {
  const rows = await tx.execute<{ id: string; disbursed: string; principal: string; premium: string }[]>(
    `select t.id,
            coalesce((select sum(d.amount) from disbursement d where d.tranche_id = t.id), 0)::text as disbursed,
            coalesce((select sum(x.principal) from distribution x where x.tranche_id = t.id), 0)::text as principal,
            coalesce((select sum(x.premium) from distribution x where x.tranche_id = t.id), 0)::text as premium
       from tranche t where t.partnership_id = ?`,
    [partnershipId],
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        disbursed: BigInt(row.disbursed),
        principalBefore: BigInt(row.principal),
        premiumBefore: BigInt(row.premium),
      },
    ]),
  );
}
