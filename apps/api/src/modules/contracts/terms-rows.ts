import type { EntityManager } from '@mikro-orm/postgresql';
import { memberScopeSql } from '../../database/member-scope-sql.js';
import { runSql } from '../../database/run-sql.js';
import { idIn, idsValue } from '../../database/sql-array.js';
import { type TrancheRow, TrancheView } from './contract.types.js';

interface TrancheTermsRow extends TrancheRow {
  version_id: string;
}

/**
 * The tranches of each version as its terms set them up, in the terms' order: plain rows in
 * one query, because hydrating entities for every tranche of a large answer cost more than
 * the query itself.
 */
export async function loadTrancheViews(
  em: EntityManager,
  versionIds: readonly string[],
  organisationId: string,
): Promise<{ versionId: string; tranche: TrancheView }[]> {
  const rows = await runSql<TrancheTermsRow[]>(
    em,
    `select tt.version_id, t.id, tt.kind, tt.seniority, tt.commitment::text as commitment,
            tt.premium_rate::text as premium_rate, t.organisation_id, t.fund_id, t.partnership_id, t.rank
       from tranche_terms tt
       join tranche t on t.id = tt.tranche_id
      where ${idIn('tt.version_id', versionIds)} and ${memberScopeSql('t.partnership_id')}
      order by tt.version_id, tt.position`,
    [idsValue(versionIds), organisationId],
  );
  return rows.map((row) => ({
    versionId: row.version_id,
    tranche: TrancheView.fromRow(row),
  }));
}

export interface SignatureRow {
  readonly versionId: string;
  readonly organisationId: string;
  readonly signedById: string;
  readonly signedAt: Date;
}

/** The signatures of each version, oldest first. */
export async function loadSignatureRows(
  em: EntityManager,
  versionIds: readonly string[],
  organisationId: string,
): Promise<SignatureRow[]> {
  const rows = await runSql<
    { version_id: string; organisation_id: string; signed_by_id: string; signed_at: Date }[]
  >(
    em,
    `select s.version_id, s.organisation_id, s.signed_by_id, s.signed_at
       from signature s
       join contract_version v on v.id = s.version_id
      where ${idIn('s.version_id', versionIds)} and ${memberScopeSql('v.partnership_id')}
      order by s.signed_at, s.id`,
    [idsValue(versionIds), organisationId],
  );
  return rows.map((row) => ({
    versionId: row.version_id,
    organisationId: row.organisation_id,
    signedById: row.signed_by_id,
    signedAt: new Date(row.signed_at),
  }));
}
