import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';
import { idIn, idsValue } from '../../database/sql-array.js';
import { UserView } from './user.view.js';

/** The columns of `app_user u` a UserView needs; never the password hash. */
export const USER_COLUMNS = 'u.id, u.email, u.name, u.is_org_admin, u.organisation_id';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  is_org_admin: boolean;
  organisation_id: string;
}

export function userViewOf(row: UserRow): UserView {
  return UserView.of({
    id: row.id,
    email: row.email,
    name: row.name,
    isOrgAdmin: row.is_org_admin,
    organisationId: row.organisation_id,
  });
}

/** Users by id, in one query. */
export async function loadUserViews(em: EntityManager, ids: readonly string[]): Promise<UserView[]> {
  const rows = await runSql<UserRow[]>(
    em,
    `select ${USER_COLUMNS} from app_user u where ${idIn('u.id', ids)}`,
    [idsValue(ids)],
  );
  return rows.map(userViewOf);
}
