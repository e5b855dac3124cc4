import { Link } from 'react-router';
import type { PartnershipsQuery } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { StatusBadge } from './StatusBadge';

type PartnershipSummary = PartnershipsQuery['partnerships'][number];

export function PartnershipCard({ partnership }: { readonly partnership: PartnershipSummary }) {
  const { t, plural } = useT();
  return (
    <article className="card partnership-card">
      <div className="partnership-card__head">
        <h2 className="partnership-card__title">
          <Link to={`/partnerships/${encodeURIComponent(partnership.id)}`}>{partnership.title}</Link>
        </h2>
        <StatusBadge status={partnership.status} />
      </div>
      <p className="partnership-card__challenge">{partnership.challenge}</p>
      <dl className="meta">
        <div>
          <dt>{t('partnerships.municipality')}</dt>
          <dd>{partnership.municipality.name}</dd>
        </div>
        <div>
          <dt>{t('partnerships.yourRole')}</dt>
          <dd>{t(`role.${partnership.viewerRole}`)}</dd>
        </div>
        <div>
          <dt className="visually-hidden">{t('partnership.members')}</dt>
          <dd>{plural('partnerships.members', partnership.members.length)}</dd>
        </div>
      </dl>
    </article>
  );
}
