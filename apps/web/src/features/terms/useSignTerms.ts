import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { hasCode, problemDetail, problemsOf } from '../../lib/errors';
import { useViewer } from '../auth/viewer';
import { evictPartnershipTerms } from './cache';
import { ContractVersionDocument, SignTermsDocument } from './documents';
import type { Version } from './versionTypes';

export type SignOutcome =
  | { readonly kind: 'signed'; readonly agreed: boolean }
  | {
      readonly kind: 'conflict';
      readonly reason: 'hash' | 'status' | 'alreadySigned';
      readonly detail: string;
    }
  | { readonly kind: 'error'; readonly error: unknown };

/** Signing a version with the hash on the screen, and what came of it. */
export function useSignTerms(version: Version) {
  const viewer = useViewer();
  const client = useApolloClient();
  const [outcome, setOutcome] = useState<SignOutcome | null>(null);
  // The hash on the screen is the one sent back: whatever the server now holds, the signer saw this.
  const shownHash = version.contentHash;
  const [sign, { loading }] = useMutation(SignTermsDocument, {
    update(cache) {
      evictPartnershipTerms(cache, version.partnership.id);
    },
  });

  async function onSign() {
    if (loading) return;
    setOutcome(null);
    try {
      const result = await sign({ variables: { versionId: version.id, contentHash: shownHash } });
      setOutcome({ kind: 'signed', agreed: result.data?.signTerms.status === 'AGREED' });
    } catch (caught) {
      if (!hasCode(caught, 'CONFLICT')) {
        setOutcome({ kind: 'error', error: caught });
        return;
      }
      const detail = problemDetail(problemsOf(caught)[0] ?? { message: '' });
      // Find out what changed, so the message can say so, and show the current state.
      const fresh = await client
        .query({ query: ContractVersionDocument, variables: { id: version.id }, fetchPolicy: 'network-only' })
        .then((answer) => answer.data?.contractVersion)
        .catch(() => undefined);
      const reason =
        fresh && fresh.status !== 'PROPOSED'
          ? 'status'
          : fresh?.signatures.some((signature) => signature.organisation.id === viewer.organisation.id)
            ? 'alreadySigned'
            : 'hash';
      setOutcome({ kind: 'conflict', reason, detail });
    }
  }

  return { outcome, loading, shownHash, onSign };
}
