import type { EntityManager } from '@mikro-orm/postgresql';
import { memberScopeSql } from '../../database/member-scope-sql.js';
import { runSql } from '../../database/run-sql.js';
import { idIn, idsValue } from '../../database/sql-array.js';
import type { OrganisationView } from '../organisations/organisation.view.js';
import {
  ORGANISATION_COLUMNS,
  type OrganisationColumns,
  organisationViewOf,
} from '../organisations/organisation-rows.js';
import { PartnershipView } from './partnership.view.js';
import type { ClosureOutcome, PartnershipStatus } from './partnership-enums.js';

export interface PartnershipRow {
  readonly partnership: PartnershipView;
  /** Read with the partnership: nearly every answer about one names its municipality. */
  readonly municipality: OrganisationView;
}

/** Partnerships by id as plain rows, in one query; ids outside the member scope are left out. */
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
    } & OrganisationColumns)[]
  >(
    em,
    `select p.id, p.title, p.challenge, p.status, p.closure, ${ORGANISATION_COLUMNS('o')}
       from partnership p
       join organisation o on o.id = p.municipality_id
      where ${idIn('p.id', ids)} and ${memberScopeSql('p.id')}`,
    [idsValue(ids), organisationId],
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
  }));
}
