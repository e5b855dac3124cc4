import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';
import { uuidArrayLiteral } from '../../database/sql-array.js';
import { type TrancheRow, TrancheView } from '../contracts/contract.types.js';
import type { PartnershipStatus } from '../partnerships/partnership-enums.js';
import {
  PARTNERSHIP_COLUMNS,
  type PartnershipColumns,
  type PartnershipRow,
  partnershipRowOf,
} from '../partnerships/partnership-rows.js';
import {
  MONEY_COLUMNS,
  TRANCHE_MONEY_JOINS,
  type TrancheMoney,
  type TrancheMoneyColumns,
  trancheMoneyOf,
} from './tranche-money.js';

export interface Holding {
  readonly tranche: TrancheView;
  readonly partnershipStatus: PartnershipStatus;
  readonly money: TrancheMoney;
  /** The tranche's partnership as the viewer sees it; null outside the viewer's member scope. */
  readonly partnership: PartnershipRow | null;
}

type HoldingRow = TrancheRow & TrancheMoneyColumns & PartnershipColumns;

/**
 * Tranches as the terms in force set them up, for one organisation or a set of funds, each
 * with its money and its partnership, in one query: a portfolio lists hundreds, and their
 * ledgers and partnerships read apart cost two statements more. A tranche outside any agreed
 * terms holds no money and is left out.
 */
export async function loadHoldings(
  em: EntityManager,
  by: { organisationId: string } | { fundIds: readonly string[] },
  viewerOrganisationId: string,
): Promise<Holding[]> {
  const [condition, parameter] =
    'organisationId' in by
      ? ['t.organisation_id = ?', by.organisationId]
      : ['t.fund_id = any(?::uuid[])', uuidArrayLiteral(by.fundIds)];
  const rows = await runSql<HoldingRow[]>(
    em,
    // The partnership's columns name its id partnership_id, as a tranche row does.
    `select t.id, t.organisation_id, t.fund_id, t.rank,
            tt.kind, tt.seniority, tt.commitment::text as commitment, tt.premium_rate::text as premium_rate,
            ${MONEY_COLUMNS}, ${PARTNERSHIP_COLUMNS}
       from tranche t
       join partnership p on p.id = t.partnership_id
       join organisation municipality on municipality.id = p.municipality_id
       left join partnership_member scope on scope.partnership_id = p.id and scope.organisation_id = ?
       join contract_version v on v.partnership_id = t.partnership_id and v.status = 'AGREED'
       join tranche_terms tt on tt.version_id = v.id and tt.tranche_id = t.id
       ${TRANCHE_MONEY_JOINS('t.id')}
      where ${condition}
      order by p.created_at desc, p.id, t.rank`,
    [viewerOrganisationId, parameter],
  );
  return rows.map((row) => ({
    tranche: TrancheView.fromRow(row),
    partnershipStatus: row.partnership_status,
    money: trancheMoneyOf(row),
    partnership: row.viewer_role ? partnershipRowOf(row) : null,
  }));
}
