import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { endSession, getToken } from '../features/auth/session';
import { I18nProvider } from '../i18n/I18nProvider';
import { createApolloClient } from './apollo';
import { Layout, PublicLayout } from './Layout';
import { lazyPage } from './lazyPage';
import { NotFoundPage } from './NotFoundPage';

// Each feature page is its own download, fetched when first shown (see PageOutlet in Layout).
const ActivityPage = lazyPage(() => import('../features/activity/ActivityPage'), 'ActivityPage');
const AuditPage = lazyPage(() => import('../features/audit/AuditPage'), 'AuditPage');
const CompareVersionsPage = lazyPage(
  () => import('../features/terms/CompareVersionsPage'),
  'CompareVersionsPage',
);
const CreatePartnershipPage = lazyPage(
  () => import('../features/partnerships/CreatePartnershipPage'),
  'CreatePartnershipPage',
);
const DecisionsPage = lazyPage(() => import('../features/decisions/DecisionsPage'), 'DecisionsPage');
const DiscussionPage = lazyPage(() => import('../features/discussion/DiscussionPage'), 'DiscussionPage');
const DocumentsPage = lazyPage(() => import('../features/documents/DocumentsPage'), 'DocumentsPage');
const FundPage = lazyPage(() => import('../features/funds/FundPage'), 'FundPage');
const LessonsPage = lazyPage(() => import('../features/lessons/LessonsPage'), 'LessonsPage');
const MilestonesPage = lazyPage(() => import('../features/milestones/MilestonesPage'), 'MilestonesPage');
const PartnershipLessonsPage = lazyPage(
  () => import('../features/lessons/LessonsPage'),
  'PartnershipLessonsPage',
);
const PartnershipListPage = lazyPage(
  () => import('../features/partnerships/PartnershipListPage'),
  'PartnershipListPage',
);
const PartnershipPage = lazyPage(() => import('../features/partnerships/PartnershipPage'), 'PartnershipPage');
const PaymentPage = lazyPage(() => import('../features/payments/PaymentPage'), 'PaymentPage');
const PaymentsPage = lazyPage(() => import('../features/payments/PaymentsPage'), 'PaymentsPage');
const PortfolioPage = lazyPage(() => import('../features/portfolio/PortfolioPage'), 'PortfolioPage');
const ReportsPage = lazyPage(() => import('../features/reports/ReportsPage'), 'ReportsPage');
const ReviewInboxPage = lazyPage(() => import('../features/reports/ReviewInboxPage'), 'ReviewInboxPage');
const TermsEditorPage = lazyPage(() => import('../features/terms/TermsEditorPage'), 'TermsEditorPage');
const VersionPage = lazyPage(() => import('../features/terms/VersionPage'), 'VersionPage');

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
