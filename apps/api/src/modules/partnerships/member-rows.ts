import type { EntityManager } from '@mikro-orm/postgresql';
import { memberScopeSql } from '../../database/member-scope-sql.js';
import { runSql } from '../../database/run-sql.js';
import { idIn, idsValue } from '../../database/sql-array.js';
import {
  ORGANISATION_COLUMNS,
  type OrganisationColumns,
  organisationViewOf,
} from '../organisations/organisation-rows.js';
import type { MemberView } from './partnership.types.js';
import type { PartnershipRole } from './partnership-enums.js';

export interface MemberRow extends MemberView {
  readonly partnershipId: string;
}

/** The members of some partnerships with their organisations, earliest first, in one query. */
export async function loadMemberRows(
  em: EntityManager,
  partnershipIds: readonly string[],
  organisationId: string,
): Promise<MemberRow[]> {
  const rows = await runSql<
    (OrganisationColumns & { partnership_id: string; role: PartnershipRole; joined_at: Date })[]
  >(
    em,
    `select m.partnership_id, m.role, m.joined_at, ${ORGANISATION_COLUMNS('o')}
       from partnership_member m
       join organisation o on o.id = m.organisation_id
      where ${idIn('m.partnership_id', partnershipIds)} and ${memberScopeSql('m.partnership_id')}
      order by m.joined_at, m.id`,
    [idsValue(partnershipIds), organisationId],
  );
  return rows.map((row) => ({
    partnershipId: row.partnership_id,
    role: row.role,
    joinedAt: new Date(row.joined_at),
    organisation: organisationViewOf(row),
  }));
}
