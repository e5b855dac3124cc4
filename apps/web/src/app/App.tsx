import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ActivityPage } from '../features/activity/ActivityPage';
import { AuditPage } from '../features/audit/AuditPage';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { endSession, getToken } from '../features/auth/session';
import { DecisionsPage } from '../features/decisions/DecisionsPage';
import { DiscussionPage } from '../features/discussion/DiscussionPage';
import { DocumentsPage } from '../features/documents/DocumentsPage';
import { FundPage } from '../features/funds/FundPage';
import { LessonsPage, PartnershipLessonsPage } from '../features/lessons/LessonsPage';
import { MilestonesPage } from '../features/milestones/MilestonesPage';
import { CreatePartnershipPage } from '../features/partnerships/CreatePartnershipPage';
import { PartnershipListPage } from '../features/partnerships/PartnershipListPage';
import { PartnershipPage } from '../features/partnerships/PartnershipPage';
import { PaymentPage } from '../features/payments/PaymentPage';
import { PaymentsPage } from '../features/payments/PaymentsPage';
import { PortfolioPage } from '../features/portfolio/PortfolioPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { ReviewInboxPage } from '../features/reports/ReviewInboxPage';
import { CompareVersionsPage } from '../features/terms/CompareVersionsPage';
import { TermsEditorPage } from '../features/terms/TermsEditorPage';
import { VersionPage } from '../features/terms/VersionPage';
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
              <Route path="/partnerships/:id/reports" element={<ReportsPage />} />
              <Route path="/partnerships/:id/payments" element={<PaymentsPage />} />
              <Route path="/partnerships/:id/payments/:paymentId" element={<PaymentPage />} />
              <Route path="/reviews" element={<ReviewInboxPage />} />
              <Route path="/portfolio" element={<PortfolioPage />} />
              <Route path="/fund" element={<FundPage />} />
              <Route path="/partnerships/:id/terms/new" element={<TermsEditorPage />} />
              <Route path="/partnerships/:id/versions/compare" element={<CompareVersionsPage />} />
              <Route path="/partnerships/:id/versions/:versionId" element={<VersionPage />} />
              <Route path="/partnerships/:id/discussion" element={<DiscussionPage />} />
              <Route path="/partnerships/:id/decisions" element={<DecisionsPage />} />
              <Route path="/partnerships/:id/documents" element={<DocumentsPage />} />
              <Route path="/partnerships/:id/milestones" element={<MilestonesPage />} />
              <Route path="/partnerships/:id/activity" element={<ActivityPage />} />
              <Route path="/partnerships/:id/lessons" element={<PartnershipLessonsPage />} />
              <Route path="/partnerships/:id/audit" element={<AuditPage />} />
              <Route path="/lessons" element={<LessonsPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </ApolloProvider>
    </I18nProvider>
  );
}
