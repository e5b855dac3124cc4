import type { Viewer } from './viewer.js';

/**
 * A fund, its capital and its exposure belong to its municipality (DOMAIN.md, access). Partners
 * of a partnership the fund finances see the municipality as the tranche's holder, not the fund.
 */
export const fundPolicy = {
  see: (viewer: Viewer, municipalityId: string) => viewer.organisation.id === municipalityId,
} as const;
