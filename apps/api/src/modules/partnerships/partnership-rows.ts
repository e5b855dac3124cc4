import type { EntityManager } from '@mikro-orm/postgresql';
import { memberScopeSql } from '../../database/member-scope-sql.js';
import { runSql } from '../../database/run-sql.js';
import { idIn, idsValue } from '../../database/sql-array.js';
import { PartnershipView } from './partnership.view.js';
import type { ClosureOutcome, PartnershipStatus } from './partnership-enums.js';

/** Partnerships by id as plain rows, in one query; ids outside the member scope are left out. */
export async function loadPartnershipViews(
  em: EntityManager,
  ids: readonly string[],
  organisationId: string,
): Promise<PartnershipView[]> {
  const rows = await runSql<
    {
      id: string;
      title: string;
      challenge: string;
      status: PartnershipStatus;
      closure: ClosureOutcome | null;
      municipality_id: string;
    }[]
  >(
    em,
    `select p.id, p.title, p.challenge, p.status, p.closure, p.municipality_id
       from partnership p
      where ${idIn('p.id', ids)} and ${memberScopeSql('p.id')}`,
    [idsValue(ids), organisationId],
  );
  return rows.map((row) =>
    PartnershipView.of({
      id: row.id,
      title: row.title,
      challenge: row.challenge,
      status: row.status,
      closure: row.closure,
      municipalityId: row.municipality_id,
    }),
  );
}
