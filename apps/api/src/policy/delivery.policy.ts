import { PartnershipRole } from '../modules/partnerships/partnership-enums.js';
import { isCommissioner, type Membership } from './partnership.policy.js';
import type { Viewer } from './viewer.js';

export const isProvider = (_viewer: Viewer, membership: Membership) =>
  membership.viewerRole === PartnershipRole.PROVIDER;

export const reportPolicy = {
  submit: (viewer: Viewer, membership: Membership) => isProvider(viewer, membership),
  review: (_viewer: Viewer, membership: Membership, verifier: PartnershipRole) =>
    membership.viewerRole === verifier,
} as const;

export const paymentPolicy = {
  manage: (viewer: Viewer, membership: Membership) => isCommissioner(viewer, membership),
} as const;
