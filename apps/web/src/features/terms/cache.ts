import type { ApolloCache } from '@apollo/client';

/**
 * After a proposal or a signature the partnership's terms, pending proposal, version list and
 * status may all have changed: drop them from the cache so every page that shows them refetches.
 */
export function evictPartnershipTerms(cache: ApolloCache, partnershipId: string): void {
  const id = cache.identify({ __typename: 'Partnership', id: partnershipId });
  for (const fieldName of ['terms', 'proposal', 'versions', 'status', 'abilities']) {
    cache.evict({ id, fieldName });
  }
  // Lists filtered by status may now be wrong.
  cache.evict({ fieldName: 'partnerships' });
  cache.gc();
}
