import type { EntityManager } from '@mikro-orm/postgresql';
import { memberScopeSql } from '../../database/member-scope-sql.js';
import { runSql } from '../../database/run-sql.js';
import { idIn, idsValue } from '../../database/sql-array.js';
import type { ContractVersionStatus } from './contract-enums.js';
import { VersionView } from './version.view.js';

/** Every version of some partnerships, newest first, as plain rows in one member-scoped query. */
export async function loadVersionViews(
  em: EntityManager,
  partnershipIds: readonly string[],
  organisationId: string,
): Promise<VersionView[]> {
  const rows = await runSql<
    {
      id: string;
      partnership_id: string;
      number: number;
      status: ContractVersionStatus;
      content_hash: string;
      start_date: string;
      end_date: string;
      payment_cap: string;
      proposed_at: Date;
      agreed_at: Date | null;
    }[]
  >(
    em,
    `select v.id, v.partnership_id, v.number, v.status, v.content_hash, v.start_date::text as start_date,
            v.end_date::text as end_date, v.payment_cap::text as payment_cap, v.proposed_at, v.agreed_at
       from contract_version v
      where ${idIn('v.partnership_id', partnershipIds)} and ${memberScopeSql('v.partnership_id')}
      order by v.number desc`,
    [idsValue(partnershipIds), organisationId],
  );
  return rows.map((row) =>
    VersionView.of({
      id: row.id,
      partnershipId: row.partnership_id,
      number: row.number,
      status: row.status,
      contentHash: row.content_hash,
      startDate: row.start_date,
      endDate: row.end_date,
      paymentCap: BigInt(row.payment_cap),
      proposedAt: new Date(row.proposed_at),
      agreedAt: row.agreed_at === null ? null : new Date(row.agreed_at),
    }),
  );
}
