import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { AuditTrailQuery, VerifyAuditTrailQuery } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { ErrorAlert, Loading } from '../../ui/Feedback';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { useDateTime, type WorkspacePartnership, WorkspaceSection } from '../activity/WorkspaceSection';
import { AuditTrailDocument, VerifyAuditTrailDocument } from './documents';

const PAGE = 50;
type Entry = AuditTrailQuery['auditTrail'][number];
type Verification = VerifyAuditTrailQuery['verifyAuditTrail'];

/** Commissioner and evaluator only: the API refuses others, the tab is hidden for them. */
export function mayReadAudit(role: string): boolean {
  return role === 'COMMISSIONER' || role === 'EVALUATOR';
}

export function AuditPage() {
  return (
    <WorkspaceSection section="workspace.tabs.audit" lead="audit.lead">
      {(partnership) =>
        mayReadAudit(partnership.viewerRole) ? <AuditTrail partnership={partnership} /> : <AuditNotAllowed />
      }
    </WorkspaceSection>
  );
}

function AuditNotAllowed() {
  const { t } = useT();
  return (
    <div className="notice notice--info">
      <p>{t('audit.notAllowed')}</p>
    </div>
  );
}

function AuditTrail({ partnership }: { readonly partnership: WorkspacePartnership }) {
  const { t, plural } = useT();
  const dateTime = useDateTime();
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(AuditTrailDocument, {
    variables: { partnershipId: partnership.id, first: PAGE },
    fetchPolicy: 'network-only',
  });
  const [older, setOlder] = useState<Entry[]>([]);
  const [exhausted, setExhausted] = useState(false);
  const [verification, setVerification] = useState<Verification | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [verifyError, setVerifyError] = useState<unknown>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const entries = [...(data?.auditTrail ?? []), ...older];
  const last = entries.at(-1);
  const mayHaveMore =
    !exhausted && (data?.auditTrail.length ?? 0) >= PAGE && last !== undefined && last.seq > 1;
  const brokenSeq = verification?.firstBroken?.seq;

  async function verify() {
    if (verifying) return;
    setVerifying(true);
    setVerifyError(null);
    setVerification(null);
    try {
      const result = await client.query({
        query: VerifyAuditTrailDocument,
        variables: { partnershipId: partnership.id },
        fetchPolicy: 'network-only',
      });
      setVerification(result.data?.verifyAuditTrail ?? null);
    } catch (caught) {
      setVerifyError(caught);
    } finally {
      setVerifying(false);
    }
  }

  async function loadMore() {
    if (!last) return;
    setMoreError(null);
    try {
      const result = await client.query({
        query: AuditTrailDocument,
        variables: { partnershipId: partnership.id, first: PAGE, beforeSeq: last.seq },
        fetchPolicy: 'network-only',
      });
      const page = result.data?.auditTrail ?? [];
      setOlder((current) => [...current, ...page]);
      if (page.length < PAGE) setExhausted(true);
    } catch (caught) {
      setMoreError(caught);
    }
  }

  return (
    <section className="card" aria-labelledby="audit-title">
      <div className="document__head">
        <h2 id="audit-title">{t('audit.trail')}</h2>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void verify()}
          aria-disabled={verifying}
        >
          {verifying ? t('audit.verifying') : t('audit.verify')}
        </button>
      </div>
      <div role="status" className={verification ? undefined : 'live-region'}>
        {verification?.valid && (
          <div className="notice notice--success">
            <p>
              <span aria-hidden="true">✓ </span>
              {plural('audit.valid', verification.checked)}
            </p>
          </div>
        )}
      </div>
      <div role="alert" className={verification && !verification.valid ? undefined : 'live-region'}>
        {verification && !verification.valid && (
          <div className="notice notice--error">
            <p>
              <span aria-hidden="true">✗ </span>
              {verification.firstBroken
                ? t('audit.broken', {
                    seq: verification.firstBroken.seq,
                    operation: verification.firstBroken.operation,
                    when: dateTime(verification.firstBroken.createdAt),
                    checked: verification.checked,
                  })
                : t('errors.UNKNOWN')}
            </p>
          </div>
        )}
      </div>
      {verifyError ? <ErrorAlert error={verifyError} onRetry={() => void verify()} /> : null}
      {error && !data && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!data && !error && <Loading />}
      {data && entries.length === 0 && <p className="muted">{t('audit.empty')}</p>}
      {entries.length > 0 && (
        <ScrollRegion labelledBy="audit-title">
          <table className="table audit-table" aria-labelledby="audit-title">
            <thead>
              <tr>
                <th scope="col">{t('audit.seq')}</th>
                <th scope="col">{t('audit.operation')}</th>
                <th scope="col">{t('audit.createdAt')}</th>
                <th scope="col">{t('audit.hash')}</th>
                <th scope="col">{t('audit.previousHash')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} className={entry.seq === brokenSeq ? 'audit--broken' : undefined}>
                  <th scope="row" className="nowrap">
                    {entry.seq}
                    {entry.seq === brokenSeq && (
                      <span className="pill pill--overdue">
                        <span aria-hidden="true">✗ </span>
                        {t('audit.brokenRow')}
                      </span>
                    )}
                  </th>
                  <td>
                    <code>{entry.operation}</code>
                  </td>
                  <td className="nowrap">
                    <time dateTime={entry.createdAt}>{dateTime(entry.createdAt)}</time>
                  </td>
                  <td>
                    <code className="hash" title={entry.hash}>
                      {entry.hash.slice(0, 12)}…
                    </code>
                  </td>
                  <td>
                    <code className="hash" title={entry.previousHash}>
                      {entry.previousHash.slice(0, 12)}…
                    </code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {moreError ? <ErrorAlert error={moreError} onRetry={() => void loadMore()} /> : null}
      {mayHaveMore && (
        <p className="workspace-actions">
          <button type="button" className="button button--secondary" onClick={() => void loadMore()}>
            {t('audit.more')}
          </button>
        </p>
      )}
    </section>
  );
}
