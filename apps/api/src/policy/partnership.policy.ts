import { OrganisationKind } from '../modules/organisations/organisation-kind.js';
import { PartnershipRole, PartnershipStatus } from '../modules/partnerships/partnership-enums.js';
import type { Viewer } from './viewer.js';

/** A partnership as the viewer's organisation takes part in it. */
export interface Membership {
  readonly status: PartnershipStatus;
  readonly viewerRole: PartnershipRole;
}

export const isMunicipality = (viewer: Viewer) => viewer.organisation.kind === OrganisationKind.MUNICIPALITY;
export const isCommissioner = (_viewer: Viewer, membership: Membership) =>
  membership.viewerRole === PartnershipRole.COMMISSIONER;
export const isOpen = (_viewer: Viewer, membership: Membership) =>
  membership.status !== PartnershipStatus.CLOSED;

/** Which organisation kinds may hold each partnership role. */
export const KINDS_FOR_ROLE: Readonly<Record<PartnershipRole, readonly OrganisationKind[]>> = {
  [PartnershipRole.COMMISSIONER]: [OrganisationKind.MUNICIPALITY],
  [PartnershipRole.PROVIDER]: [OrganisationKind.PROVIDER],
  [PartnershipRole.INVESTOR]: [
    OrganisationKind.INVESTOR,
    OrganisationKind.FOUNDATION,
    OrganisationKind.MUNICIPALITY,
  ],
  [PartnershipRole.FOUNDATION]: [OrganisationKind.FOUNDATION],
  [PartnershipRole.EVALUATOR]: [OrganisationKind.EVALUATOR],
};

export const partnershipPolicy = {
  create: (viewer: Viewer) => isMunicipality(viewer),
  addMember: (viewer: Viewer, membership: Membership) => isCommissioner(viewer, membership),
  close: (viewer: Viewer, membership: Membership) => isCommissioner(viewer, membership),
} as const;
