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
 * The viewer's membership of a partnership, for mutations that need no more than its id, role
 * and status: one row instead of two entities. NOT_FOUND exactly as findPartnershipOrFail.
 */
export async function membershipOrFail(
  context: { viewer: Viewer | null; loaders: Loaders },
  id: string,
): Promise<Membership & { readonly partnershipId: string }> {
  const membership = isUuid(id) ? await viewerMembership(context, id) : null;
  if (!membership) throw AppError.notFound('Partnership');
  return { ...membership, partnershipId: id.toLowerCase() };
}

/**
 * The viewer's role in a partnership and its status, batched per request (one query for any
 * number of partnerships); null when the viewer's organisation is not a member.
 */
export async function viewerMembership(
  context: { viewer: Viewer | null; loaders: Loaders },
  partnershipId: string,
): Promise<Membership | null> {
  if (!context.viewer) return null;
  return context.loaders.viewerMembership.load(partnershipId);
}
