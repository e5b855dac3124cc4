import { Link } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { ErrorAlert, StatusMessage } from '../../ui/Feedback';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { WithServerDetail } from '../../ui/ServerDetail';
import { useViewer } from '../auth/viewer';
import { formatDateTime } from './describe';
import { useSignTerms } from './useSignTerms';
import type { Version } from './versionTypes';

/** Who has signed the version, who has not yet, and the viewer's own signing. */
export function SignaturePanel({ version }: { readonly version: Version }) {
  const { t, lang } = useT();
  const viewer = useViewer();
  const { outcome, loading, shownHash, onSign } = useSignTerms(version);

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
