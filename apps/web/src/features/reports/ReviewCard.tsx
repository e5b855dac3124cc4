import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ReportFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { fieldProblems, hasCode } from '../../lib/errors';
import { ErrorAlert } from '../../ui/Feedback';
import { Field } from '../../ui/Field';
import { WithServerDetail } from '../../ui/ServerDetail';
import { partnershipPath } from '../partnerships/PartnershipTabs';
import { RejectOutcomeReportDocument, VerifyOutcomeReportDocument } from './documents';
import { localDecimal } from './input';
import { ReportBadge, usePeriodText } from './labels';

type Report = ReportFieldsFragment & {
  readonly partnership?: { readonly id: string; readonly title: string };
};

/**
 * A report awaiting the viewer's review: the figures, the provider's note, and verify (with an
 * optional note) or reject (with a required reason). One text box serves both, as a reviewer
 * writes one comment and then decides.
 */
export function ReviewCard({
  report,
  onReviewed,
  headingLevel = 3,
}: {
  readonly report: Report;
  readonly onReviewed: (message: string) => void;
  readonly headingLevel?: 2 | 3;
}) {
  const { t, lang, date } = useT();
  const periodText = usePeriodText();
  const headingId = useId();
  const [comment, setComment] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  // Pages on screen refetch their lists; the others load afresh when shown (cache-and-network).
  const refetch = { refetchQueries: ['ReviewInbox', 'PartnershipReports'], awaitRefetchQueries: true };
  const [verify, verifying] = useMutation(VerifyOutcomeReportDocument, refetch);
  const [reject, rejecting] = useMutation(RejectOutcomeReportDocument, refetch);
  const busy = verifying.loading || rejecting.loading;
  const error = verifying.error ?? rejecting.error;
  const serverFields = fieldProblems(error);
  const serverComment = serverFields.reason ?? serverFields.note;
  const commentError = missingReason ? (
    t('delivery.review.reasonRequired')
  ) : serverComment ? (
    <WithServerDetail summary={t('delivery.review.commentInvalid')} detail={serverComment} />
  ) : undefined;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const what = `${report.metric.name}, ${periodText({ start: report.periodStart, end: report.periodEnd })}`;

  async function decide(event: FormEvent<HTMLFormElement>, decision: 'verify' | 'reject') {
    event.preventDefault();
    if (busy) return;
    verifying.reset();
    rejecting.reset();
    const text = comment.trim();
    if (decision === 'reject' && text === '') {
      setMissingReason(true);
      commentRef.current?.focus();
      return;
    }
    setMissingReason(false);
    try {
      if (decision === 'verify') {
        await verify({ variables: { id: report.id, note: text === '' ? null : text } });
        onReviewed(t('delivery.review.verified', { report: what }));
      } else {
        await reject({ variables: { id: report.id, reason: text } });
        onReviewed(t('delivery.review.rejected', { report: what }));
      }
    } catch {
      // Shown from the mutation state.
    }
  }

  return (
    <article className="card review-card" aria-labelledby={headingId}>
      <div className="review-card__head">
        <Heading id={headingId}>{what}</Heading>
        <ReportBadge state={report.status} />
      </div>
      {report.partnership && (
        <p className="muted">
          <Link to={partnershipPath(report.partnership.id, '/reports')}>{report.partnership.title}</Link>
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>{t('delivery.report.value')}</dt>
          <dd className="review-card__value">
            {localDecimal(lang, report.value)} {report.metric.unit}
          </dd>
        </div>
        <div>
          <dt>{t('delivery.report.submitted')}</dt>
          <dd>
            {report.submittedBy.name}, <time dateTime={report.submittedAt}>{date(report.submittedAt)}</time>
          </dd>
        </div>
        {report.note && (
          <div className="facts__wide">
            <dt>{t('delivery.report.note')}</dt>
            <dd className="prose">{report.note}</dd>
          </div>
        )}
      </dl>
      {error && !serverComment && hasCode(error, 'CONFLICT') ? (
        <div className="notice notice--error" role="alert">
          <p>{t('delivery.review.conflict')}</p>
        </div>
      ) : error && !serverComment ? (
        <ErrorAlert error={error} />
      ) : null}
      {report.viewerCanReview ? (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            // Enter in the text box submits with the first button: verify.
            const submitter = (event.nativeEvent as SubmitEvent).submitter;
            void decide(event, submitter?.getAttribute('value') === 'reject' ? 'reject' : 'verify');
          }}
        >
          <Field
            label={t('delivery.review.comment')}
            hint={t('delivery.review.commentHint')}
            error={commentError}
          >
            {(control) => (
              <textarea
                {...control}
                ref={commentRef}
                rows={3}
                maxLength={2000}
                value={comment}
                onChange={(event) => {
                  setComment(event.target.value);
                  if (event.target.value.trim() !== '') setMissingReason(false);
                }}
              />
            )}
          </Field>
          <div className="form__actions">
            <button
              type="submit"
              name="decision"
              value="verify"
              className="button button--primary"
              aria-disabled={busy}
            >
              {verifying.loading ? t('delivery.review.verifying') : t('delivery.review.verify')}
            </button>
            <button
              type="submit"
              name="decision"
              value="reject"
              className="button button--secondary"
              aria-disabled={busy}
            >
              {rejecting.loading ? t('delivery.review.rejecting') : t('delivery.review.reject')}
            </button>
          </div>
        </form>
      ) : null}
    </article>
  );
}
