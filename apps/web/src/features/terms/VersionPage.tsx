import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { ContractVersionQuery, ContractVersionStatus } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { hasCode, problemDetail, problemsOf } from '../../lib/errors';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/Feedback';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { WithServerDetail } from '../../ui/ServerDetail';
import { useViewer } from '../auth/viewer';
import { evictPartnershipTerms } from './cache';
import { describePremium, describeRule, formatDateTime } from './describe';
import { ContractVersionDocument, SignTermsDocument } from './documents';
import './terms.css';

type Version = NonNullable<ContractVersionQuery['contractVersion']>;

export function VersionStatusBadge({ status }: { readonly status: ContractVersionStatus }) {
  const { t } = useT();
  return (
    <span className={`badge terms-badge terms-badge--${status.toLowerCase()}`}>
      {t(`terms.versionStatus.${status}`)}
    </span>
  );
}

/** The proposing editor hands over the new version's number so this page can confirm it. */
function proposedNumber(state: unknown): number | undefined {
  if (typeof state !== 'object' || state === null || !('proposed' in state)) return undefined;
  return typeof state.proposed === 'number' ? state.proposed : undefined;
}

export function VersionPage() {
  const { t } = useT();
  const { id = '', versionId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [proposed] = useState(() => proposedNumber(location.state));
  const { data, error, refetch } = useQuery(ContractVersionDocument, {
    variables: { id: versionId },
    fetchPolicy: 'cache-and-network',
  });
  const version = data?.contractVersion;

  useEffect(() => {
    if (proposedNumber(location.state) !== undefined) {
      navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
    }
  }, [location, navigate]);

  if (data?.contractVersion === null || hasCode(error, 'NOT_FOUND')) {
    return (
      <section className="empty-state" aria-labelledby="version-not-found">
        <title>{`${t('terms.version.notFound.title')} · ${t('app.name')}`}</title>
        <h1 id="version-not-found">{t('terms.version.notFound.title')}</h1>
        <p>{t('terms.version.notFound.body')}</p>
        <p>
          <Link to={`/partnerships/${encodeURIComponent(id)}`} className="button button--primary">
            {t('partnership.back')}
          </Link>
        </p>
      </section>
    );
  }
  if (error && !version) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!version) return <Loading />;
  return <VersionDetail version={version} proposed={proposed} />;
}

function VersionDetail({
  version,
  proposed,
}: {
  readonly version: Version;
  readonly proposed: number | undefined;
}) {
  const { t, lang, money, date, calendarDate } = useT();
  const viewer = useViewer();
  const partnership = version.partnership;
  const partnershipPath = `/partnerships/${encodeURIComponent(partnership.id)}`;
  const previous = partnership.versions
    .filter((other) => other.number < version.number)
    .sort((a, b) => b.number - a.number)[0];
  const title = t('terms.version.title', { number: version.number });

  return (
    <article className="terms-version">
      <title>{`${title} · ${partnership.title} · ${t('app.name')}`}</title>
      <p className="breadcrumb">
        <Link to={partnershipPath}>← {t('terms.version.back', { title: partnership.title })}</Link>
      </p>
      <StatusMessage>
        {proposed !== undefined &&
          version.status === 'PROPOSED' &&
          t('terms.editor.proposed', { number: proposed })}
      </StatusMessage>
      <header className="page-header">
        <div>
          <h1>{title}</h1>
          <p className="lead">{partnership.title}</p>
        </div>
        <VersionStatusBadge status={version.status} />
      </header>

      <section className="card" aria-labelledby="version-summary-title">
        <h2 id="version-summary-title">{t('terms.version.summary')}</h2>
        <p>{t(`terms.version.statusNote.${version.status}`)}</p>
        <dl className="facts">
          <div>
            <dt>{t('terms.version.status')}</dt>
            <dd>{t(`terms.versionStatus.${version.status}`)}</dd>
          </div>
          <div>
            <dt>{t('terms.version.number')}</dt>
            <dd>{version.number}</dd>
          </div>
          <div>
            <dt>{t('terms.version.period')}</dt>
            <dd>
              {t('terms.version.periodValue', {
                start: calendarDate(version.startDate),
                end: calendarDate(version.endDate),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('terms.version.paymentCap')}</dt>
            <dd className="nowrap">{money(version.paymentCap)}</dd>
          </div>
          <div>
            <dt>{t('terms.version.proposedAt')}</dt>
            <dd>
              <time dateTime={version.proposedAt}>{date(version.proposedAt)}</time>
            </dd>
          </div>
          {version.agreedAt && (
            <div>
              <dt>{t('terms.version.agreedAt')}</dt>
              <dd>
                <time dateTime={version.agreedAt}>{date(version.agreedAt)}</time>
              </dd>
            </div>
          )}
        </dl>
        {version.viewerCanSign && (
          <div className="notice notice--info terms-version__awaiting">
            <p>{t('terms.version.awaitingYou', { organisation: viewer.organisation.name })}</p>
            <a href="#version-signatures-title" className="button button--secondary">
              {t('terms.version.goToSign')}
            </a>
          </div>
        )}
        {previous && (
          <p className="terms-version__compare">
            <Link
              to={`${partnershipPath}/versions/compare?a=${encodeURIComponent(previous.id)}&b=${encodeURIComponent(version.id)}`}
            >
              {t('terms.version.compareWith', { number: previous.number })}
            </Link>
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="version-metrics-title">
        <h2 id="version-metrics-title">{t('terms.version.metrics')}</h2>
        <ScrollRegion labelledBy="version-metrics-title">
          <table className="table" aria-labelledby="version-metrics-title">
            <thead>
              <tr>
                <th scope="col">{t('terms.preview.metric')}</th>
                <th scope="col">{t('terms.version.payment')}</th>
                <th scope="col">{t('terms.version.verifier')}</th>
                <th scope="col">{t('terms.version.unitSaving')}</th>
              </tr>
            </thead>
            <tbody>
              {version.metrics.map((metric) => (
                <tr key={metric.id}>
                  <th scope="row">
                    {metric.name}
                    <span className="terms-note">
                      <code>{metric.key}</code> · {t(`terms.rule.${metric.rule}`)}
                    </span>
                    <span className="terms-note terms-note--plain">{metric.definition}</span>
                  </th>
                  <td>{describeRule(metric, { lang, t, money })}</td>
                  <td>{t(`role.${metric.verifier}`)}</td>
                  <td className="nowrap">
                    {metric.unitSaving === null ? t('terms.version.noValue') : money(metric.unitSaving)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section className="card" aria-labelledby="version-tranches-title">
        <h2 id="version-tranches-title">{t('terms.version.tranches')}</h2>
        <ScrollRegion labelledBy="version-tranches-title">
          <table className="table" aria-labelledby="version-tranches-title">
            <thead>
              <tr>
                <th scope="col">{t('terms.version.organisation')}</th>
                <th scope="col">{t('terms.version.fund')}</th>
                <th scope="col">{t('terms.version.kind')}</th>
                <th scope="col">{t('terms.version.seniority')}</th>
                <th scope="col">{t('terms.version.commitment')}</th>
                <th scope="col">{t('terms.version.premium')}</th>
              </tr>
            </thead>
            <tbody>
              {[...version.tranches]
                .sort((a, b) => a.seniority - b.seniority)
                .map((tranche) => (
                  <tr key={`${tranche.organisation.id}|${tranche.fund?.id ?? ''}`}>
                    <th scope="row">{tranche.organisation.name}</th>
                    <td>{tranche.fund?.name ?? t('terms.version.noValue')}</td>
                    <td>{t(`terms.trancheKind.${tranche.kind}`)}</td>
                    <td>{tranche.seniority}</td>
                    <td className="nowrap">{money(tranche.commitment)}</td>
                    <td className="nowrap">{describePremium(tranche.premiumRate, { lang, t })}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <HashSection hash={version.contentHash} />
      <SignaturesSection version={version} />
    </article>
  );
}

function HashSection({ hash }: { readonly hash: string }) {
  const { t } = useT();
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(hash);
      setCopied(true);
    } catch {
      // Without clipboard access the hash can still be selected: it is plain text.
      const element = document.getElementById('version-hash');
      if (element) window.getSelection()?.selectAllChildren(element);
    }
  }
  return (
    <section className="card" aria-labelledby="version-hash-title">
      <h2 id="version-hash-title">{t('terms.version.hash')}</h2>
      <p className="muted">{t('terms.version.hashHint')}</p>
      <div className="terms-hash">
        <code id="version-hash" className="terms-hash__value">
          {hash}
        </code>
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('terms.version.copyHash')}
        </button>
      </div>
      <StatusMessage>{copied && t('terms.version.hashCopied')}</StatusMessage>
    </section>
  );
}

type SignOutcome =
  | { readonly kind: 'signed'; readonly agreed: boolean }
  | {
      readonly kind: 'conflict';
      readonly reason: 'hash' | 'status' | 'alreadySigned';
      readonly detail: string;
    }
  | { readonly kind: 'error'; readonly error: unknown };

function SignaturesSection({ version }: { readonly version: Version }) {
  const { t, lang } = useT();
  const viewer = useViewer();
  const client = useApolloClient();
  const [outcome, setOutcome] = useState<SignOutcome | null>(null);
  // The hash on the screen is the one sent back: whatever the server now holds, the signer saw this.
  const shownHash = version.contentHash;
  const [sign, { loading }] = useMutation(SignTermsDocument, {
    update(cache) {
      evictPartnershipTerms(cache, version.partnership.id);
    },
  });

  async function onSign() {
    if (loading) return;
    setOutcome(null);
    try {
      const result = await sign({ variables: { versionId: version.id, contentHash: shownHash } });
      setOutcome({ kind: 'signed', agreed: result.data?.signTerms.status === 'AGREED' });
    } catch (caught) {
      if (!hasCode(caught, 'CONFLICT')) {
        setOutcome({ kind: 'error', error: caught });
        return;
      }
      const detail = problemDetail(problemsOf(caught)[0] ?? { message: '' });
      // Find out what changed, so the message can say so, and show the current state.
      const fresh = await client
        .query({ query: ContractVersionDocument, variables: { id: version.id }, fetchPolicy: 'network-only' })
        .then((answer) => answer.data?.contractVersion)
        .catch(() => undefined);
      const reason =
        fresh && fresh.status !== 'PROPOSED'
          ? 'status'
          : fresh?.signatures.some((signature) => signature.organisation.id === viewer.organisation.id)
            ? 'alreadySigned'
            : 'hash';
      setOutcome({ kind: 'conflict', reason, detail });
    }
  }

  // After a conflict: the version that took this one's place, if any.
  const newer = version.partnership.versions
    .filter((other) => other.number > version.number && other.status !== 'WITHDRAWN')
    .sort((a, b) => b.number - a.number)[0];
  const message =
    outcome?.kind === 'signed'
      ? outcome.agreed
        ? t('terms.version.agreedNow', { number: version.number })
        : t('terms.version.signed', { organisation: viewer.organisation.name, number: version.number })
      : undefined;

  return (
    <section className="card" aria-labelledby="version-signatures-title">
      <h2 id="version-signatures-title">{t('terms.version.signatures')}</h2>
      <StatusMessage>{message}</StatusMessage>
      {outcome?.kind === 'conflict' && (
        <div className="notice notice--error" role="alert">
          <p>
            <WithServerDetail
              summary={
                outcome.reason === 'status'
                  ? t('terms.version.conflict.status', {
                      number: version.number,
                      status: t(`terms.versionStatus.${version.status}`).toLowerCase(),
                    })
                  : t(`terms.version.conflict.${outcome.reason}`)
              }
              detail={outcome.detail}
            />
          </p>
          {newer && (
            <Link
              to={`/partnerships/${encodeURIComponent(version.partnership.id)}/versions/${encodeURIComponent(newer.id)}`}
            >
              {t('terms.version.goToNewer', { number: newer.number })}
            </Link>
          )}
        </div>
      )}
      {outcome?.kind === 'error' && <ErrorAlert error={outcome.error} />}

      {version.signatures.length === 0 ? (
        <p className="muted">{t('terms.version.noSignatures')}</p>
      ) : (
        <ScrollRegion labelledBy="version-signatures-title">
          <table className="table" aria-labelledby="version-signatures-title">
            <thead>
              <tr>
                <th scope="col">{t('terms.version.organisation')}</th>
                <th scope="col">{t('terms.version.signedBy')}</th>
                <th scope="col">{t('terms.version.signedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {version.signatures.map((signature) => (
                <tr key={signature.organisation.id}>
                  <th scope="row">{signature.organisation.name}</th>
                  <td>{signature.signedBy.name}</td>
                  <td className="nowrap">
                    <time dateTime={signature.signedAt}>{formatDateTime(lang, signature.signedAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}

      {version.pendingSignatories.length > 0 && (
        <div className="terms-missing">
          <h3 id="version-missing-title" className="terms-subheading">
            {t('terms.version.missing')}
          </h3>
          <ul aria-labelledby="version-missing-title">
            {version.pendingSignatories.map((organisation) => (
              <li key={organisation.id}>{organisation.name}</li>
            ))}
          </ul>
        </div>
      )}

      {version.viewerCanSign && (
        <div className="terms-sign">
          <p>
            {t('terms.version.signIntro', {
              organisation: viewer.organisation.name,
              hash: shownHash.slice(0, 12),
            })}
          </p>
          <button
            type="button"
            className="button button--primary"
            aria-disabled={loading}
            onClick={() => void onSign()}
          >
            {loading ? t('terms.version.signing') : t('terms.version.sign')}
          </button>
        </div>
      )}
    </section>
  );
}
