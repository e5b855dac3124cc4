import { useSubscription } from '@apollo/client/react';
import { useRef } from 'react';
import type { ActivityEntryFieldsFragment, ActivityKind } from '../../gql/graphql';
import { ActivityAddedDocument } from './documents';

/**
 * Calls `onEntry` for each new activity of the partnership as it happens (graphql-ws). With `kinds`,
 * only for those kinds. The latest callback is used, so it may close over fresh state.
 */
export function useLiveActivity(
  partnershipId: string,
  onEntry: (entry: ActivityEntryFieldsFragment) => void,
  kinds?: readonly ActivityKind[],
): void {
  const latest = useRef(onEntry);
  latest.current = onEntry;
  useSubscription(ActivityAddedDocument, {
    variables: { partnershipId },
    skip: partnershipId === '',
    ignoreResults: true,
    onData: ({ data }) => {
      const entry = data.data?.activityAdded;
      if (!entry) return;
      if (kinds && !kinds.includes(entry.kind)) return;
      latest.current(entry);
    },
  });
}
