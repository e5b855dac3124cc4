import { formatMoney } from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import { memberScopeSql } from '../../database/member-scope-sql.js';
import { columnsOf, jsonOf } from '../../database/row-shape.js';
import { runSql } from '../../database/run-sql.js';
import { idIn, idsValue } from '../../database/sql-array.js';
import type { DisbursementView } from './disbursement.types.js';

export interface DisbursementRow {
  id: string;
  tranche_id: string;
  amount: string;
  date: string;
  /** A Date from a column, an ISO string from JSON. */
  recorded_at: Date | string;
}

const DISBURSEMENT_SHAPE = {
  id: 'id',
  tranche_id: 'tranche_id',
  amount: 'amount::text',
  date: 'date::text',
  recorded_at: 'recorded_at',
} as const satisfies Record<keyof DisbursementRow, string>;

/** A disbursement carried along by another read, as a JSON `DisbursementRow`. */
export const disbursementJson = (alias: string) => jsonOf(DISBURSEMENT_SHAPE, alias);

/** The order a tranche's disbursements are listed in: oldest first. */
export const DISBURSEMENT_ORDER = (alias: string) => `${alias}.date, ${alias}.recorded_at`;

export type TrancheDisbursement = DisbursementView & { trancheId: string };

export function disbursementViewOf(row: DisbursementRow): TrancheDisbursement {
  return {
    id: row.id,
    trancheId: row.tranche_id,
    amount: formatMoney(BigInt(row.amount)),
    date: row.date,
    recordedAt: new Date(row.recorded_at),
  };
}

/** The disbursements of some tranches, oldest first, as plain rows in one query. */
export async function loadDisbursementViews(
  em: EntityManager,
  trancheIds: readonly string[],
  organisationId: string,
): Promise<TrancheDisbursement[]> {
  const rows = await runSql<DisbursementRow[]>(
    em,
    `select ${columnsOf(DISBURSEMENT_SHAPE, 'd')}
       from disbursement d
       join tranche t on t.id = d.tranche_id
      where ${idIn('d.tranche_id', trancheIds)} and ${memberScopeSql('t.partnership_id')}
      order by ${DISBURSEMENT_ORDER('d')}`,
    [idsValue(trancheIds), organisationId],
  );
  return rows.map(disbursementViewOf);
}
