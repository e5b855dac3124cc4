import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';
import { idIn, idsValue } from '../../database/sql-array.js';
import { OrganisationView } from '../organisations/organisation.view.js';
import type { OrganisationKind } from '../organisations/organisation-kind.js';
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
 * The columns of a partnership row, for any read that carries partnerships along: the
 * partnership `p`, its municipality `municipality` and the viewer's member row `scope`.
 */
export const PARTNERSHIP_COLUMNS = `p.id as partnership_id, p.title as partnership_title,
  p.challenge as partnership_challenge, p.status as partnership_status, p.closure as partnership_closure,
  scope.role as viewer_role, municipality.id as municipality_id, municipality.name as municipality_name,
  municipality.kind as municipality_kind`;

export interface PartnershipColumns {
  partnership_id: string;
  partnership_title: string;
  partnership_challenge: string;
  partnership_status: PartnershipStatus;
  partnership_closure: ClosureOutcome | null;
  viewer_role: PartnershipRole;
  municipality_id: string;
  municipality_name: string;
  municipality_kind: OrganisationKind;
}

export function partnershipRowOf(row: PartnershipColumns): PartnershipRow {
  return {
    partnership: PartnershipView.of({
      id: row.partnership_id,
      title: row.partnership_title,
      challenge: row.partnership_challenge,
      status: row.partnership_status,
      closure: row.partnership_closure,
      municipalityId: row.municipality_id,
    }),
    municipality: OrganisationView.of({
      id: row.municipality_id,
      name: row.municipality_name,
      kind: row.municipality_kind,
    }),
    viewerRole: row.viewer_role,
  };
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
  const rows = await runSql<PartnershipColumns[]>(
    em,
    `select ${PARTNERSHIP_COLUMNS}
       from partnership p
       join partnership_member scope on scope.partnership_id = p.id and scope.organisation_id = ?
       join organisation municipality on municipality.id = p.municipality_id
      where ${idIn('p.id', ids)}`,
    [organisationId, idsValue(ids)],
  );
  return rows.map(partnershipRowOf);
}
