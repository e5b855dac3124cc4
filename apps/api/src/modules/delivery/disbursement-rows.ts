import { formatMoney } from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import { memberScopeSql } from '../../database/member-scope-sql.js';
import { runSql } from '../../database/run-sql.js';
import { idIn, idsValue } from '../../database/sql-array.js';
import type { DisbursementView } from './disbursement.types.js';

/** The disbursements of some tranches, oldest first, as plain rows in one query. */
export async function loadDisbursementViews(
  em: EntityManager,
  trancheIds: readonly string[],
  organisationId: string,
): Promise<(DisbursementView & { trancheId: string })[]> {
  const rows = await runSql<
    { id: string; tranche_id: string; amount: string; date: string; recorded_at: Date }[]
  >(
    em,
    `select d.id, d.tranche_id, d.amount::text as amount, d.date::text as date, d.recorded_at
       from disbursement d
       join tranche t on t.id = d.tranche_id
      where ${idIn('d.tranche_id', trancheIds)} and ${memberScopeSql('t.partnership_id')}
      order by d.date, d.recorded_at`,
    [idsValue(trancheIds), organisationId],
  );
  return rows.map((row) => ({
    id: row.id,
    trancheId: row.tranche_id,
    amount: formatMoney(BigInt(row.amount)),
    date: row.date,
    recordedAt: new Date(row.recorded_at),
  }));
}
