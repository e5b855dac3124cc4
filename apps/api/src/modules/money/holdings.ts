import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';
import { uuidArrayLiteral } from '../../database/sql-array.js';
import { type TrancheRow, TrancheView } from '../contracts/contract.types.js';
import type { PartnershipStatus } from '../partnerships/partnership-enums.js';

export interface Holding {
  readonly tranche: TrancheView;
  readonly partnershipStatus: PartnershipStatus;
}

interface HoldingRow extends TrancheRow {
  status: PartnershipStatus;
}

/**
 * Tranches as the terms in force set them up, for one organisation or a set of funds, in one
 * query. A tranche outside any agreed terms holds no money and is left out.
 */
export async function loadHoldings(
  em: EntityManager,
  by: { organisationId: string } | { fundIds: readonly string[] },
): Promise<Holding[]> {
  const [condition, parameter] =
    'organisationId' in by
      ? ['t.organisation_id = ?', by.organisationId]
      : ['t.fund_id = any(?::uuid[])', uuidArrayLiteral(by.fundIds)];
  const rows = await runSql<HoldingRow[]>(
    em,
    `select t.id, t.partnership_id, t.organisation_id, t.fund_id, t.rank, p.status,
            tt.kind, tt.seniority, tt.commitment::text as commitment, tt.premium_rate::text as premium_rate
       from tranche t
       join partnership p on p.id = t.partnership_id
       join contract_version v on v.partnership_id = t.partnership_id and v.status = 'AGREED'
       join tranche_terms tt on tt.version_id = v.id and tt.tranche_id = t.id
      where ${condition}
      order by p.created_at desc, p.id, t.rank`,
    [parameter],
  );
  return rows.map((row) => ({
    partnershipStatus: row.status,
    tranche: TrancheView.fromRow(row),
  }));
}
