import { PartnershipRole } from '../modules/partnerships/partnership-enums.js';
import type { Membership } from './partnership.policy.js';
import type { Viewer } from './viewer.js';

/** A tranche's money is seen by its own organisation, the commissioner and the provider. */
export const trancheCanSeePosition = (
  viewer: Viewer,
  membership: Membership,
  trancheOrganisationId: string,
) =>
  viewer.organisation.id === trancheOrganisationId ||
  membership.viewerRole === PartnershipRole.COMMISSIONER ||
  membership.viewerRole === PartnershipRole.PROVIDER;

export const tranchePolicy = {
  seePosition: trancheCanSeePosition,
  disburse: (viewer: Viewer, _membership: Membership, trancheOrganisationId: string) =>
    viewer.organisation.id === trancheOrganisationId,
} as const;
