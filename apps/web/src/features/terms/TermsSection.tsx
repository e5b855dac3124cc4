import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../ui/Feedback';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { PartnershipVersionsDocument } from './documents';
import { VersionStatusBadge } from './VersionStatusBadge';
import './terms.css';

/**
 * The partnership page's view of its contract: which version is in force or pending, the way to
 * propose (commissioner) or sign, and every version with a link to read and compare it.
 */
export function TermsSection({ partnershipId }: { readonly partnershipId: string }) {
  const { t, date } = useT();
  const { data, error, refetch } = useQuery(PartnershipVersionsDocument, {
    variables: { id: partnershipId },
    fetchPolicy: 'cache-and-network',
  });
  const partnership = data?.partnership;
  const path = `/partnerships/${encodeURIComponent(partnershipId)}`;

  if (error && !partnership) {
    return (
      <section className="card" aria-labelledby="terms-section-title">
        <h2 id="terms-section-title">{t('terms.section.title')}</h2>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </section>
    );
  }
  if (!partnership) return null;

  const { terms, proposal, versions } = partnership;
  const ordered = [...versions].sort((a, b) => b.number - a.number);
  const previousOf = (number: number) =>
    ordered.find((version) => version.number < number && version.status !== 'WITHDRAWN') ??
    ordered.find((version) => version.number < number);

  return (
    <section className="card" aria-labelledby="terms-section-title">
      <div className="terms-section__head">
        <h2 id="terms-section-title" className="terms-section__title">
          {t('terms.section.title')}
        </h2>
        <div className="terms-section__actions">
          {proposal && (
            <Link
              to={`${path}/versions/${encodeURIComponent(proposal.id)}`}
              className={proposal.viewerCanSign ? 'button button--primary' : 'button button--secondary'}
            >
              {t('terms.section.readAndSign', { number: proposal.number })}
            </Link>
          )}
          {partnership.abilities.proposeTerms && (
            <Link to={`${path}/terms/new`} className="button button--secondary">
              {terms ? t('terms.section.amend') : t('terms.section.propose')}
            </Link>
          )}
        </div>
      </div>
      {terms && (
        <p className="terms-section__state">
          <Link to={`${path}/versions/${encodeURIComponent(terms.id)}`}>
            {t('terms.section.inForce', { number: terms.number })}
          </Link>
        </p>
      )}
      {proposal && (
        <p className="terms-section__state">{t('terms.section.pending', { number: proposal.number })}</p>
      )}
      {!terms && !proposal && <p className="terms-section__state">{t('terms.section.none')}</p>}

      {ordered.length > 0 && (
        <>
          <h3 id="terms-versions-title" className="terms-subheading">
            {t('terms.section.versions')}
          </h3>
          <ScrollRegion labelledBy="terms-versions-title">
            <table className="table" aria-labelledby="terms-versions-title">
              <thead>
                <tr>
                  <th scope="col">{t('terms.versions.version')}</th>
                  <th scope="col">{t('terms.versions.status')}</th>
                  <th scope="col">{t('terms.versions.proposed')}</th>
                  <th scope="col">{t('terms.versions.agreed')}</th>
                  <th scope="col">{t('terms.versions.compare')}</th>
                </tr>
              </thead>
              <tbody>
                {ordered.map((version) => {
                  const previous = previousOf(version.number);
                  return (
                    <tr key={version.id}>
                      <th scope="row" className="nowrap">
                        <Link to={`${path}/versions/${encodeURIComponent(version.id)}`}>
                          {t('terms.versions.link', { number: version.number })}
                        </Link>
                      </th>
                      <td>
                        <VersionStatusBadge status={version.status} />
                      </td>
                      <td className="nowrap">
                        <time dateTime={version.proposedAt}>{date(version.proposedAt)}</time>
                      </td>
                      <td className="nowrap">
                        {version.agreedAt ? (
                          <time dateTime={version.agreedAt}>{date(version.agreedAt)}</time>
                        ) : (
                          '–'
                        )}
                      </td>
                      <td>
                        {previous && (
                          <Link
                            to={`${path}/versions/compare?a=${encodeURIComponent(previous.id)}&b=${encodeURIComponent(version.id)}`}
                          >
                            {t('terms.versions.compareWith', { number: previous.number })}
                          </Link>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}
