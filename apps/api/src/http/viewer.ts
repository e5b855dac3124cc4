import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../database/run-sql.js';
import type { TokenService } from '../modules/auth/tokens.js';
import {
  ORGANISATION_COLUMNS,
  type OrganisationColumns,
  organisationViewOf,
} from '../modules/organisations/organisation-rows.js';
import { USER_COLUMNS, type UserRow, userViewOf } from '../modules/users/user-rows.js';
import type { Viewer } from '../policy/viewer.js';

/** The viewer behind a bearer token; null for no, a bad or an expired token, or a removed user. */
export async function viewerFromAuthorization(
  header: string | undefined,
  tokens: TokenService,
  em: EntityManager,
): Promise<Viewer | null> {
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match?.[1]) return null;
  const claims = await tokens.verify(match[1]);
  if (!claims) return null;
  // Every request asks this: one plain row, no entity to hydrate.
  const [row] = await runSql<(UserRow & OrganisationColumns)[]>(
    em,
    `select ${USER_COLUMNS}, ${ORGANISATION_COLUMNS('o')}
       from app_user u join organisation o on o.id = u.organisation_id
      where u.id = ?`,
    [claims.userId],
  );
  return row ? { user: userViewOf(row), organisation: organisationViewOf(row) } : null;
}
