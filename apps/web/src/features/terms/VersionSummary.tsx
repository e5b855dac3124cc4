import { Link } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../auth/viewer';
import type { Version } from './versionTypes';

/** The version's key facts, whether the viewer is to sign, and a link to compare with the one before. */
export function VersionSummary({ version }: { readonly version: Version }) {
  const { t, money, date, calendarDate } = useT();
  const viewer = useViewer();
  const partnership = version.partnership;
  const partnershipPath = `/partnerships/${encodeURIComponent(partnership.id)}`;
  const previous = partnership.versions
    .filter((other) => other.number < version.number)
    .sort((a, b) => b.number - a.number)[0];

  return (
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
  );
}
