import { PartnershipRole } from '../modules/partnerships/partnership-enums.js';
import { isCommissioner, type Membership } from './partnership.policy.js';
import type { Viewer } from './viewer.js';

/** Every party that puts in money, delivers or pays signs; the evaluator does not. */
export const SIGNING_ROLES: ReadonlySet<PartnershipRole> = new Set([
  PartnershipRole.COMMISSIONER,
  PartnershipRole.PROVIDER,
  PartnershipRole.INVESTOR,
  PartnershipRole.FOUNDATION,
]);

export const isSignatory = (_viewer: Viewer, membership: Membership) =>
  SIGNING_ROLES.has(membership.viewerRole);
export const isOrgAdmin = (viewer: Viewer) => viewer.user.isOrgAdmin;

export const contractPolicy = {
  propose: (viewer: Viewer, membership: Membership) => isCommissioner(viewer, membership),
  sign: (viewer: Viewer, membership: Membership) => isOrgAdmin(viewer) && isSignatory(viewer, membership),
} as const;
