import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';
import { idIn, idsValue } from '../../database/sql-array.js';
import { OrganisationView } from './organisation.view.js';
import type { OrganisationKind } from './organisation-kind.js';

/** The columns every organisation read takes, for joins that carry an organisation along. */
export const ORGANISATION_COLUMNS = (alias: string) =>
  `${alias}.id as organisation_id, ${alias}.name as organisation_name, ${alias}.kind as organisation_kind`;

export interface OrganisationColumns {
  organisation_id: string;
  organisation_name: string;
  organisation_kind: OrganisationKind;
}

export function organisationViewOf(row: OrganisationColumns): OrganisationView {
  return OrganisationView.of({
    id: row.organisation_id,
    name: row.organisation_name,
    kind: row.organisation_kind,
  });
}

/** Organisations by id, in one query. The directory is public, so no member scope applies. */
export async function loadOrganisationViews(
  em: EntityManager,
  ids: readonly string[],
): Promise<OrganisationView[]> {
  const rows = await runSql<OrganisationColumns[]>(
    em,
    `select ${ORGANISATION_COLUMNS('o')} from organisation o where ${idIn('o.id', ids)}`,
    [idsValue(ids)],
  );
  return rows.map(organisationViewOf);
}
