import type { EntityManager } from '@mikro-orm/postgresql';
import { memberScopeSql } from '../../database/member-scope-sql.js';
import { runSql } from '../../database/run-sql.js';
import { idIn, idsValue } from '../../database/sql-array.js';
import { disbursementViewOf, type TrancheDisbursement } from '../delivery/disbursement-rows.js';
import type { FundView } from '../funds/fund.view.js';
import { type FundRow, fundJson, fundViewOf } from '../funds/fund-rows.js';
import {
  LEDGER_COLUMNS,
  TRANCHE_LEDGER_JOINS,
  type TrancheLedgerColumns,
  type TrancheMoney,
  trancheMoneyOf,
} from '../money/tranche-money.js';
import type { UserView } from '../users/user.view.js';
import { type UserRow, userJson, userViewOf } from '../users/user-rows.js';
import { type TrancheRow, TrancheView } from './contract.types.js';

interface TrancheTermsRow extends TrancheRow, TrancheLedgerColumns {
  version_id: string;
  fund: FundRow | null;
}

/** A tranche of a version's terms, with what nearly every answer about terms asks of it. */
export interface TermsTranche {
  readonly versionId: string;
  readonly tranche: TrancheView;
  readonly fund: FundView | null;
  readonly money: TrancheMoney;
  readonly disbursements: readonly TrancheDisbursement[];
}

/**
 * The tranches of each version as its terms set them up, in the terms' order: plain rows in
 * one query, because hydrating entities for every tranche of a large answer cost more than
 * the query itself. Each comes with its fund and its ledgers: terms are shown with positions,
 * and reading them here saves the answer three statements.
 */
export async function loadTrancheViews(
  em: EntityManager,
  versionIds: readonly string[],
  organisationId: string,
): Promise<TermsTranche[]> {
  const rows = await runSql<TrancheTermsRow[]>(
    em,
    `select tt.version_id, t.id, tt.kind, tt.seniority, tt.commitment::text as commitment,
            tt.premium_rate::text as premium_rate, t.organisation_id, t.fund_id, t.partnership_id, t.rank,
            ${fundJson('f')} as fund, ${LEDGER_COLUMNS}
       from tranche_terms tt
       join tranche t on t.id = tt.tranche_id
       left join fund f on f.id = t.fund_id
       ${TRANCHE_LEDGER_JOINS('t.id')}
      where ${idIn('tt.version_id', versionIds)} and ${memberScopeSql('t.partnership_id')}
      order by tt.version_id, tt.position`,
    [idsValue(versionIds), organisationId],
  );
  return rows.map((row) => ({
    versionId: row.version_id,
    tranche: TrancheView.fromRow(row),
    fund: row.fund && fundViewOf(row.fund),
    money: trancheMoneyOf(row),
    disbursements: row.disbursements.map(disbursementViewOf),
  }));
}

export interface SignatureRow {
  readonly versionId: string;
  readonly organisationId: string;
  readonly signedBy: UserView;
  readonly signedAt: Date;
}

/** The signatures of each version, oldest first, each with the user who signed. */
export async function loadSignatureRows(
  em: EntityManager,
  versionIds: readonly string[],
  organisationId: string,
): Promise<SignatureRow[]> {
  const rows = await runSql<
    { version_id: string; organisation_id: string; signed_by: UserRow; signed_at: Date }[]
  >(
    em,
    `select s.version_id, s.organisation_id, ${userJson('u')} as signed_by, s.signed_at
       from signature s
       join contract_version v on v.id = s.version_id
       join app_user u on u.id = s.signed_by_id
      where ${idIn('s.version_id', versionIds)} and ${memberScopeSql('v.partnership_id')}
      order by s.signed_at, s.id`,
    [idsValue(versionIds), organisationId],
  );
  return rows.map((row) => ({
    versionId: row.version_id,
    organisationId: row.organisation_id,
    signedBy: userViewOf(row.signed_by),
    signedAt: new Date(row.signed_at),
  }));
}
