import type { EntityManager } from '@mikro-orm/postgresql';
import { columnsOf, jsonOf } from '../../database/row-shape.js';
import { runSql } from '../../database/run-sql.js';
import { idIn, idsValue } from '../../database/sql-array.js';
import { UserView } from './user.view.js';

/** What a UserView needs of `app_user`; never the password hash. */
const USER_SHAPE = {
  id: 'id',
  email: 'email',
  name: 'name',
  is_org_admin: 'is_org_admin',
  organisation_id: 'organisation_id',
} as const satisfies Record<keyof UserRow, string>;

export const USER_COLUMNS = columnsOf(USER_SHAPE, 'u');

/** A user carried along by another read, as a JSON `UserRow` (null when there is none). */
export const userJson = (alias: string) => jsonOf(USER_SHAPE, alias);

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
