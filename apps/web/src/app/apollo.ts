import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
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

  return new ApolloClient({
    link: ApolloLink.from([errorLink, authLink, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Members have no id of their own; they belong to their partnership and are replaced with it.
        Member: { keyFields: false },
        Partnership: { fields: { members: { merge: false } } },
      },
    }),
  });
}
