import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/Feedback';
import '../payments/delivery.css';
import { ReviewInboxDocument } from './documents';
import { ReviewCard } from './ReviewCard';

/** "Til godkendelse": every report, across partnerships, whose metric the viewer's role verifies. */
export function ReviewInboxPage() {
  const { t, plural } = useT();
  const { data, error, loading, refetch } = useQuery(ReviewInboxDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [status, setStatus] = useState('');
  const reports = data?.reviewInbox;

  return (
    <>
      <title>{`${t('delivery.inbox.title')} · ${t('app.name')}`}</title>
      <div className="page-header">
        <div>
          <h1>{t('delivery.inbox.title')}</h1>
          <p className="lead">{t('delivery.inbox.lead')}</p>
        </div>
      </div>
      <StatusMessage>{status}</StatusMessage>
      {error && !reports ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !reports ? (
        <Loading />
      ) : reports.length === 0 ? (
        <section className="empty-state" aria-labelledby="inbox-empty">
          <h2 id="inbox-empty">{t('delivery.inbox.emptyTitle')}</h2>
          <p>{t('delivery.inbox.empty')}</p>
        </section>
      ) : (
        <>
          <p className="toolbar__count">{loading ? '' : plural('delivery.inbox.count', reports.length)}</p>
          <div className="review-list">
            {reports.map((report) => (
              <ReviewCard key={report.id} report={report} onReviewed={setStatus} headingLevel={2} />
            ))}
          </div>
        </>
      )}
    </>
  );
}
