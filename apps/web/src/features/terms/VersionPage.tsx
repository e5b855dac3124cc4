import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { hasCode } from '../../lib/errors';
import { ErrorAlert, Loading } from '../../ui/Feedback';
import { ContractVersionDocument } from './documents';
import { VersionDetail } from './VersionDetail';
import './terms.css';

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
