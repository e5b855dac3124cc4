import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { endSession, getToken } from '../features/auth/session';
import { CreatePartnershipPage } from '../features/partnerships/CreatePartnershipPage';
import { PartnershipListPage } from '../features/partnerships/PartnershipListPage';
import { PartnershipPage } from '../features/partnerships/PartnershipPage';
import { I18nProvider } from '../i18n/I18nProvider';
import { createApolloClient } from './apollo';
import { Layout, PublicLayout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

export function App() {
  const [client] = useState(() =>
    createApolloClient({
      getToken,
      // The token is dropped at once so <RequireAuth> redirects; the cache is cleared after the
      // failing operation has settled, so no data of the old session outlives it.
      onUnauthenticated: () => {
        endSession('expired');
        setTimeout(() => void client.clearStore(), 0);
      },
    }),
  );

  return (
    <I18nProvider>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <Routes>
            <Route element={<PublicLayout />}>
              <Route path="/login" element={<LoginPage />} />
            </Route>
            <Route
              element={
                <RequireAuth>
                  <Layout />
                </RequireAuth>
              }
            >
              <Route index element={<PartnershipListPage />} />
              <Route path="/partnerships/new" element={<CreatePartnershipPage />} />
              <Route path="/partnerships/:id" element={<PartnershipPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </ApolloProvider>
    </I18nProvider>
  );
}
