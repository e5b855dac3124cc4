import type { EntityManager } from '@mikro-orm/postgresql';
import type { TokenService } from '../modules/auth/tokens.js';
import { OrganisationView } from '../modules/organisations/organisation.view.js';
import type { OrganisationKind } from '../modules/organisations/organisation-kind.js';
import { UserView } from '../modules/users/user.view.js';
import type { Viewer } from '../policy/viewer.js';

interface ViewerRow {
  id: string;
  email: string;
  name: string;
  is_org_admin: boolean;
  organisation_id: string;
  organisation_name: string;
  organisation_kind: OrganisationKind;
}

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
  const [row] = await em.execute<ViewerRow[]>(
    `select u.id, u.email, u.name, u.is_org_admin, o.id as organisation_id, o.name as organisation_name,
            o.kind as organisation_kind
       from app_user u join organisation o on o.id = u.organisation_id
      where u.id = ?`,
    [claims.userId],
  );
  if (!row) return null;
  return {
    user: UserView.of({
      id: row.id,
      email: row.email,
      name: row.name,
      isOrgAdmin: row.is_org_admin,
      organisationId: row.organisation_id,
    }),
    organisation: OrganisationView.of({
      id: row.organisation_id,
      name: row.organisation_name,
      kind: row.organisation_kind,
    }),
  };
}
