import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { hasCode } from '../lib/errors';

export interface ApolloOptions {
  readonly getToken: () => string | null;
  /** Called when the API no longer accepts the token (expired or revoked). */
  readonly onUnauthenticated: () => void;
}

/** Operations where UNAUTHENTICATED is an ordinary answer (a wrong password), not a lost session. */
const publicOperations = new Set(['Login']);

export function createApolloClient({ getToken, onUnauthenticated }: ApolloOptions): ApolloClient {
  const authLink = new SetContextLink((prevContext) => {
    const token = getToken();
    if (!token) return {};
    return { headers: { ...prevContext.headers, authorization: `Bearer ${token}` } };
  });

  const errorLink = new ErrorLink(({ error, operation }) => {
    if (publicOperations.has(operation.operationName ?? '')) return;
    if (hasCode(error, 'UNAUTHENTICATED')) onUnauthenticated();
  });

  // Subscriptions (live activity) go over graphql-ws at the same origin; everything else over HTTP.
  const httpLink = ApolloLink.from([errorLink, authLink, new HttpLink({ uri: '/graphql' })]);
  let apollo: ApolloClient | undefined;
  const wsLink = new GraphQLWsLink(
    createClient({
      url: () => `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/graphql`,
      // Read on every (re)connect, so a new sign-in is used; lazy: no socket until something subscribes.
      connectionParams: () => {
        const token = getToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
      lazy: true,
      retryAttempts: 30,
      shouldRetry: () => true,
      on: {
        // Whatever happened while the socket was down was never pushed: ask for what is on screen again.
        connected: (_socket, _payload, wasRetry) => {
          if (wasRetry) void apollo?.refetchQueries({ include: 'active' });
        },
      },
    }),
  );

  apollo = new ApolloClient({
    // A read asked for after a write or a live event must see it. Deduplicated, a refetch would
    // share an identical request already on its way, which the server may have answered before
    // the write: a thread just started then stayed missing from the list.
    queryDeduplication: false,
    link: ApolloLink.split(
      (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
      wsLink,
      httpLink,
    ),
    cache: new InMemoryCache({
      typePolicies: {
        // Members have no id of their own; they belong to their partnership and are replaced with it.
        Member: { keyFields: false },
        Partnership: { fields: { members: { merge: false } } },
        // Pages ask for different abilities; keep them all rather than replace one set with another.
        PartnershipAbilities: { merge: true },
        // A tranche keeps its id across contract versions while its terms differ per version:
        // keep each one inside the version that sets it up instead of merging them by id.
        Tranche: { keyFields: false },
      },
    }),
  });
  return apollo;
}
