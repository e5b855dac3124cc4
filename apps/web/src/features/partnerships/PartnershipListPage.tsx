import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { ErrorAlert, Loading } from '../../ui/Feedback';
import { canCreatePartnership, useViewer } from '../auth/viewer';
import { PartnershipsDocument } from './documents';
import { PartnershipCard } from './PartnershipCard';
import { isPartnershipStatus, partnershipStatuses } from './roles';

export function PartnershipListPage() {
  const { t, plural } = useT();
  const viewer = useViewer();
  const filterId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const rawStatus = searchParams.get('status');
  const status = isPartnershipStatus(rawStatus) ? rawStatus : undefined;
  const { data, error, loading, refetch } = useQuery(PartnershipsDocument, {
    variables: { status },
    fetchPolicy: 'cache-and-network',
  });
  const partnerships = data?.partnerships;
  const mayCreate = canCreatePartnership(viewer);

  function onFilterChange(value: string) {
    setSearchParams(isPartnershipStatus(value) ? { status: value } : {}, { replace: true });
  }

  return (
    <>
      <title>{`${t('partnerships.title')} · ${t('app.name')}`}</title>
      <div className="page-header">
        <div>
          <h1>{t('partnerships.title')}</h1>
          <p className="lead">{t('partnerships.intro')}</p>
        </div>
        {mayCreate && (
          <Link to="/partnerships/new" className="button button--primary">
            {t('nav.newPartnership')}
          </Link>
        )}
      </div>

      <div className="toolbar">
        <div className="toolbar__filter">
          <label htmlFor={filterId}>{t('partnerships.filter.label')}</label>
          <select id={filterId} value={status ?? ''} onChange={(event) => onFilterChange(event.target.value)}>
            <option value="">{t('partnerships.filter.all')}</option>
            {partnershipStatuses.map((option) => (
              <option key={option} value={option}>
                {t(`status.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <p className="toolbar__count" role="status">
          {partnerships && !loading ? plural('partnerships.count', partnerships.length) : ''}
        </p>
      </div>

      {error && !partnerships && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!partnerships && !error && <Loading />}
      {partnerships && partnerships.length === 0 && (
        <section className="empty-state" aria-labelledby="empty-title">
          <h2 id="empty-title">{t('partnerships.empty.title')}</h2>
          <p>
            {status
              ? t('partnerships.empty.filtered', { status: t(`status.${status}`) })
              : t('partnerships.empty.body')}
          </p>
          {status && (
            <Link to="/" className="button button--secondary">
              {t('partnerships.empty.showAll')}
            </Link>
          )}
          {mayCreate && !status && (
            <Link to="/partnerships/new" className="button button--primary">
              {t('partnerships.empty.create')}
            </Link>
          )}
        </section>
      )}
      {partnerships && partnerships.length > 0 && (
        <ul className="card-list" aria-label={t('partnerships.title')}>
          {partnerships.map((partnership) => (
            <li key={partnership.id}>
              <PartnershipCard partnership={partnership} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
