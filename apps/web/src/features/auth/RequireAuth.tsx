import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert, Loading } from '../../ui/Feedback';
import { MeDocument } from './documents';
import { useToken } from './session';
import { ViewerContext } from './viewer';

/** Sends a visitor without a token to the login page and, once signed in, loads who they are. */
export function RequireAuth({ children }: { readonly children: ReactNode }) {
  const token = useToken();
  const location = useLocation();
  const { data, error, refetch } = useQuery(MeDocument, { skip: !token });

  if (!token) return <Navigate to="/login" replace state={{ from: location }} />;
  if (data?.me) return <ViewerContext.Provider value={data.me}>{children}</ViewerContext.Provider>;
  return (
    <main id="main" className="container page-center" tabIndex={-1}>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : <Loading />}
    </main>
  );
}
