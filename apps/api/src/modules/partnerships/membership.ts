import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors/app-error.js';
import { isUuid } from '../../graphql/ids.js';
import type { Loaders } from '../../graphql/loaders.js';
import type { Membership } from '../../policy/partnership.policy.js';
import type { Viewer } from '../../policy/viewer.js';
import { Member } from './member.entity.js';
import { Partnership } from './partnership.entity.js';

export interface PartnershipAccess extends Membership {
  readonly partnership: Partnership;
}

/**
 * Loads a partnership through the member-scoped EntityManager. A partnership the viewer's
 * organisation is not a member of is indistinguishable from one that does not exist.
 */
export async function findPartnershipOrFail(
  em: EntityManager,
  viewer: Viewer,
  id: string,
): Promise<PartnershipAccess> {
  const partnership = isUuid(id) ? await em.findOne(Partnership, { id }) : null;
  if (!partnership) throw AppError.notFound('Partnership');
  const member = await em.findOne(Member, {
    partnership: partnership.id,
    organisation: viewer.organisation.id,
  });
  if (!member) throw AppError.notFound('Partnership');
  return { partnership, status: partnership.status, viewerRole: member.role };
}

/**
 * The viewer's membership of a partnership already loaded in this request, through the
 * request's batched loaders; null when the viewer's organisation is not a member.
 */
export async function viewerMembership(
  context: { em: EntityManager; viewer: Viewer | null; loaders: Loaders },
  partnershipId: string,
): Promise<PartnershipAccess | null> {
  if (!context.viewer) return null;
  const organisationId = context.viewer.organisation.id;
  const members = await context.loaders.membersOfPartnership.load(partnershipId);
  const own = members.find((member) => member.organisation.id === organisationId);
  if (!own) return null;
  const partnership = await context.em.findOneOrFail(Partnership, { id: partnershipId });
  return { partnership, status: partnership.status, viewerRole: own.role };
}
