import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';
import { idIn, idsValue } from '../../database/sql-array.js';
import type { OrganisationView } from '../organisations/organisation.view.js';
import {
  ORGANISATION_COLUMNS,
  type OrganisationColumns,
  organisationViewOf,
} from '../organisations/organisation-rows.js';
import { PartnershipView } from './partnership.view.js';
import type { ClosureOutcome, PartnershipRole, PartnershipStatus } from './partnership-enums.js';

export interface PartnershipRow {
  readonly partnership: PartnershipView;
  /** Read with the partnership: nearly every answer about one names its municipality. */
  readonly municipality: OrganisationView;
  /** The viewer's organisation's role: the scope's row, so a policy check needs no statement. */
  readonly viewerRole: PartnershipRole;
}

/**
 * Partnerships by id as plain rows, in one query; ids outside the member scope are left out.
 * The scope is a join rather than `memberScopeSql`: a member appears once per partnership, and
 * its row is the viewer's role.
 */
export async function loadPartnershipRows(
  em: EntityManager,
  ids: readonly string[],
  organisationId: string,
): Promise<PartnershipRow[]> {
  const rows = await runSql<
    ({
      id: string;
      title: string;
      challenge: string;
      status: PartnershipStatus;
      closure: ClosureOutcome | null;
      viewer_role: PartnershipRole;
    } & OrganisationColumns)[]
  >(
    em,
    `select p.id, p.title, p.challenge, p.status, p.closure, scope.role as viewer_role,
            ${ORGANISATION_COLUMNS('o')}
       from partnership p
       join partnership_member scope on scope.partnership_id = p.id and scope.organisation_id = ?
       join organisation o on o.id = p.municipality_id
      where ${idIn('p.id', ids)}`,
    [organisationId, idsValue(ids)],
  );
  return rows.map((row) => ({
    partnership: PartnershipView.of({
      id: row.id,
      title: row.title,
      challenge: row.challenge,
      status: row.status,
      closure: row.closure,
      municipalityId: row.organisation_id,
    }),
    municipality: organisationViewOf(row),
    viewerRole: row.viewer_role,
  }));
}
