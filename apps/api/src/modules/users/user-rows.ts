import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArrayLiteral } from '../../database/sql-array.js';
import { UserView } from './user.view.js';

/** Users by id, in one query; never their password hashes. */
export async function loadUserViews(em: EntityManager, ids: readonly string[]): Promise<UserView[]> {
  const rows = await em.execute<
    { id: string; email: string; name: string; is_org_admin: boolean; organisation_id: string }[]
  >(
    'select u.id, u.email, u.name, u.is_org_admin, u.organisation_id from app_user u where u.id = any(?::uuid[])',
    [uuidArrayLiteral(ids)],
  );
  return rows.map((row) =>
    UserView.of({
      id: row.id,
      email: row.email,
      name: row.name,
      isOrgAdmin: row.is_org_admin,
      organisationId: row.organisation_id,
    }),
  );
}
