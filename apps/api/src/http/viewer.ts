import type { EntityManager } from '@mikro-orm/postgresql';
import type { TokenService } from '../modules/auth/tokens.js';
import { User } from '../modules/users/user.entity.js';
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
  const user = await em.findOne(User, { id: claims.userId }, { populate: ['organisation'] });
  return user ? { user, organisation: user.organisation.getEntity() } : null;
}
