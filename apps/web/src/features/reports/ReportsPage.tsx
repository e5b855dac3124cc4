import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { PartnershipReportsQuery, ReportFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { hasCode } from '../../lib/errors';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/Feedback';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { PartnershipSectionHeader, partnershipPath } from '../partnerships/PartnershipTabs';
import '../payments/delivery.css';
import { PartnershipReportsDocument } from './documents';
import { localDecimal } from './input';
import { ReportBadge, usePeriodText } from './labels';
import { localToday, periodState, type Quarter, quarterPeriods } from './periods';
import { emptyDraft, type ReportDraft, ReportForm } from './ReportForm';
import { ReviewCard } from './ReviewCard';

type Partnership = NonNullable<PartnershipReportsQuery['partnership']>;
type Terms = NonNullable<Partnership['terms']>;

interface Prefill {
  readonly seq: number;
  readonly draft: ReportDraft;
  readonly reason?: string | null;
}

export function ReportsPage() {
  const { t } = useT();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(PartnershipReportsDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [prefill, setPrefill] = useState<Prefill>({ seq: 0, draft: emptyDraft });
  const [status, setStatus] = useState('');
  const partnership = data?.partnership;

  if (data?.partnership === null || hasCode(error, 'NOT_FOUND')) return <SectionNotFound />;
  if (error && !partnership) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!partnership) return <Loading />;

  const terms = partnership.terms;
  const mayReport = partnership.abilities.submitReport && terms !== null;
  const toReview = partnership.reports.filter((report) => report.viewerCanReview);
  const open = (draft: ReportDraft, reason?: string | null) => {
    setStatus('');
    setPrefill((current) => ({ seq: current.seq + 1, draft, reason }));
  };

  return (
    <article className="partnership">
      <PartnershipSectionHeader partnership={partnership} section={t('delivery.tabs.reports')}>
        <p className="lead">{t('delivery.reports.lead')}</p>
      </PartnershipSectionHeader>
      <StatusMessage>{status}</StatusMessage>

      {!terms ? (
        <p className="notice notice--info">{t('delivery.reports.noTerms')}</p>
      ) : (
        <>
          {toReview.length > 0 && (
            <section className="delivery-section" aria-labelledby="to-review-title">
              <h2 id="to-review-title">{t('delivery.reports.toReview')}</h2>
              <div className="review-list">
                {toReview.map((report) => (
                  <ReviewCard key={report.id} report={report} onReviewed={setStatus} />
                ))}
              </div>
            </section>
          )}

          <QuarterTable terms={terms} reports={partnership.reports} mayReport={mayReport} onReport={open} />

          {mayReport && (
            <ReportForm
              key={prefill.seq}
              partnershipId={partnership.id}
              terms={terms}
              initial={prefill.draft}
              focusOnOpen={prefill.seq > 0}
              resubmission={prefill.reason}
              onSubmitted={setStatus}
            />
          )}

          <ReportTable
            partnershipId={partnership.id}
            reports={partnership.reports}
            mayReport={mayReport}
            onResubmit={open}
          />
        </>
      )}
    </article>
  );
}

function useQuarterName(): (quarter: Quarter) => string {
  const { t } = useT();
  return (quarter) => t('delivery.quarter', { quarter: quarter.quarter, year: quarter.year });
}

/** Metric × quarter: what has been reported and what is due. */
function QuarterTable({
  terms,
  reports,
  mayReport,
  onReport,
}: {
  readonly terms: Terms;
  readonly reports: readonly ReportFieldsFragment[];
  readonly mayReport: boolean;
  readonly onReport: (draft: ReportDraft, reason?: string | null) => void;
}) {
  const { t, lang } = useT();
  const quarterName = useQuarterName();
  const periodText = usePeriodText();
  const today = localToday();
  const quarters = useMemo(
    () => quarterPeriods(terms.startDate, terms.endDate),
    [terms.startDate, terms.endDate],
  );

  return (
    <section className="card" aria-labelledby="quarters-title">
      <h2 id="quarters-title">{t('delivery.quarters.title')}</h2>
      <p className="muted">
        {t('delivery.quarters.intro', { start: periodText({ start: terms.startDate, end: terms.endDate }) })}
      </p>
      <ScrollRegion labelledBy="quarters-title">
        <table className="table quarter-table" aria-labelledby="quarters-title">
          <thead>
            <tr>
              <th scope="col">{t('delivery.quarters.quarter')}</th>
              {terms.metrics.map((metric) => (
                <th scope="col" key={metric.key}>
                  {metric.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {quarters.map((quarter) => (
              <tr key={quarter.start} data-period-start={quarter.start} data-period-end={quarter.end}>
                <th scope="row">
                  {quarterName(quarter)}
                  <span className="quarter-table__dates">{periodText(quarter)}</span>
                </th>
                {terms.metrics.map((metric) => {
                  const state = periodState(metric.key, quarter, reports, today);
                  const report = 'report' in state ? (state.report as ReportFieldsFragment) : undefined;
                  // Due, rejected, or running now: the provider may report. Later quarters wait.
                  const canReport =
                    mayReport &&
                    (state.kind === 'MISSING' ||
                      state.kind === 'REJECTED' ||
                      (state.kind === 'UPCOMING' && quarter.start <= today));
                  return (
                    <td key={metric.key} data-metric={metric.key} data-state={state.kind}>
                      <ReportBadge state={state.kind} />
                      {report && (
                        <span className="quarter-table__value">
                          {localDecimal(lang, report.value)} {metric.unit}
                        </span>
                      )}
                      {canReport && (
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          // The visible word first, then what it is for (label in name, WCAG 2.5.3).
                          aria-label={`${state.kind === 'REJECTED' ? t('delivery.quarters.reportAgain') : t('delivery.quarters.report')}: ${metric.name}, ${quarterName(quarter)}`}
                          onClick={() =>
                            onReport(
                              state.kind === 'REJECTED' && report
                                ? {
                                    metricKey: metric.key,
                                    periodStart: report.periodStart,
                                    periodEnd: report.periodEnd,
                                    value: localDecimal(lang, report.value),
                                    note: report.note ?? '',
                                  }
                                : {
                                    ...emptyDraft,
                                    metricKey: metric.key,
                                    periodStart: quarter.start,
                                    periodEnd: quarter.end,
                                  },
                              report?.reviewNote,
                            )
                          }
                        >
                          {state.kind === 'REJECTED'
                            ? t('delivery.quarters.reportAgain')
                            : t('delivery.quarters.report')}
                        </button>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

function byPeriodThenSubmitted(a: ReportFieldsFragment, b: ReportFieldsFragment): number {
  if (a.periodStart !== b.periodStart) return a.periodStart < b.periodStart ? 1 : -1;
  return a.submittedAt < b.submittedAt ? 1 : a.submittedAt > b.submittedAt ? -1 : 0;
}

function ReportTable({
  partnershipId,
  reports,
  mayReport,
  onResubmit,
}: {
  readonly partnershipId: string;
  readonly reports: readonly ReportFieldsFragment[];
  readonly mayReport: boolean;
  readonly onResubmit: (draft: ReportDraft, reason?: string | null) => void;
}) {
  const { t, lang, date } = useT();
  const periodText = usePeriodText();
  const sorted = [...reports].sort(byPeriodThenSubmitted);
  return (
    <section className="card" aria-labelledby="reports-title">
      <h2 id="reports-title">{t('delivery.reports.all')}</h2>
      {sorted.length === 0 ? (
        <p className="muted">{t('delivery.reports.none')}</p>
      ) : (
        <ScrollRegion labelledBy="reports-title">
          <table className="table" aria-labelledby="reports-title">
            <thead>
              <tr>
                <th scope="col">{t('delivery.report.metric')}</th>
                <th scope="col">{t('delivery.report.period')}</th>
                <th scope="col">{t('delivery.report.value')}</th>
                <th scope="col">{t('delivery.report.status')}</th>
                <th scope="col">{t('delivery.report.submitted')}</th>
                <th scope="col">{t('delivery.report.review')}</th>
                <th scope="col">{t('delivery.report.payment')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((report) => (
                <tr key={report.id} className={report.status === 'SUPERSEDED' ? 'is-superseded' : undefined}>
                  <th scope="row">{report.metric.name}</th>
                  <td>{periodText({ start: report.periodStart, end: report.periodEnd })}</td>
                  <td className="nowrap">
                    {localDecimal(lang, report.value)} {report.metric.unit}
                  </td>
                  <td>
                    <ReportBadge state={report.status} />
                  </td>
                  <td>
                    {report.submittedBy.name}
                    <br />
                    <time dateTime={report.submittedAt} className="muted">
                      {date(report.submittedAt)}
                    </time>
                  </td>
                  <td>
                    {report.reviewNote && <p className="table-note">{report.reviewNote}</p>}
                    {report.reviewedBy && report.reviewedAt && (
                      <span className="muted">
                        {report.reviewedBy.name},{' '}
                        <time dateTime={report.reviewedAt}>{date(report.reviewedAt)}</time>
                      </span>
                    )}
                    {mayReport && report.status === 'REJECTED' && (
                      <p>
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          aria-label={`${t('delivery.quarters.reportAgain')}: ${report.metric.name}`}
                          onClick={() =>
                            onResubmit(
                              {
                                metricKey: report.metric.key,
                                periodStart: report.periodStart,
                                periodEnd: report.periodEnd,
                                value: localDecimal(lang, report.value),
                                note: report.note ?? '',
                              },
                              report.reviewNote,
                            )
                          }
                        >
                          {t('delivery.quarters.reportAgain')}
                        </button>
                      </p>
                    )}
                  </td>
                  <td>
                    {report.payment ? (
                      <Link
                        to={partnershipPath(
                          partnershipId,
                          `/payments/${encodeURIComponent(report.payment.id)}`,
                        )}
                      >
                        {t('delivery.payment.number', { number: report.payment.number })}
                      </Link>
                    ) : (
                      <span className="muted">–</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

/** The partnership does not exist for the viewer (never a member, or no such id). */
export function SectionNotFound() {
  const { t } = useT();
  return (
    <section className="empty-state" aria-labelledby="section-not-found">
      <title>{`${t('partnership.notFound.title')} · ${t('app.name')}`}</title>
      <h1 id="section-not-found">{t('partnership.notFound.title')}</h1>
      <p>{t('partnership.notFound.body')}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t('partnership.back')}
        </Link>
      </p>
    </section>
  );
}
