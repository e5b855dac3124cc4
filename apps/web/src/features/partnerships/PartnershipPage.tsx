import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { hasCode } from '../../lib/errors';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/Feedback';
import { TermsSection } from '../terms/TermsSection';
import { AddMemberForm } from './AddMemberForm';
import { PartnershipDocument } from './documents';
import { MemberTable } from './MemberTable';
import { PartnershipTabs } from './PartnershipTabs';
import { StatusBadge } from './StatusBadge';

/** The create page hands over the new title so this page can confirm it. */
function createdTitle(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('created' in state)) return undefined;
  return typeof state.created === 'string' ? state.created : undefined;
}

export function PartnershipPage() {
  const { t } = useT();
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(PartnershipDocument, { variables: { id } });
  const partnership = data?.partnership;
  const [created] = useState(() => createdTitle(location.state));

  // Show the confirmation once: a reload or a later visit through history should not repeat it.
  useEffect(() => {
    if (createdTitle(location.state) !== undefined) {
      navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
    }
  }, [location, navigate]);

  if (data?.partnership === null || hasCode(error, 'NOT_FOUND')) return <PartnershipNotFound />;
  if (error && !partnership) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!partnership) return <Loading />;

  // The API decides (commissioner, terms not yet agreed); the page only follows its answer.
  const mayAddMembers = partnership.abilities.addMember;

  return (
    <article className="partnership">
      <title>{`${partnership.title} · ${t('app.name')}`}</title>
      <p className="breadcrumb">
        <Link to="/">← {t('partnership.back')}</Link>
      </p>
      <StatusMessage>{created && t('create.created', { title: created })}</StatusMessage>
      <header className="page-header">
        <div>
          <h1>{partnership.title}</h1>
          <p className="lead">{partnership.municipality.name}</p>
        </div>
        <StatusBadge status={partnership.status} />
      </header>
      <PartnershipTabs partnershipId={partnership.id} />

      <section className="card" aria-labelledby="overview-title">
        <h2 id="overview-title">{t('partnership.overview')}</h2>
        <dl className="facts">
          <div className="facts__wide">
            <dt>{t('partnership.challenge')}</dt>
            <dd className="prose">{partnership.challenge}</dd>
          </div>
          <div>
            <dt>{t('partnership.municipality')}</dt>
            <dd>{partnership.municipality.name}</dd>
          </div>
          <div>
            <dt>{t('partnership.status')}</dt>
            <dd>{t(`status.${partnership.status}`)}</dd>
          </div>
          <div>
            <dt>{t('partnership.yourRole')}</dt>
            <dd>{t(`role.${partnership.viewerRole}`)}</dd>
          </div>
        </dl>
      </section>

      <section className="card" aria-labelledby="members-title">
        <h2 id="members-title">{t('partnership.members')}</h2>
        <MemberTable members={partnership.members} labelledBy="members-title" />
      </section>

      <TermsSection partnershipId={partnership.id} />

      {mayAddMembers && <AddMemberForm partnershipId={partnership.id} members={partnership.members} />}
    </article>
  );
}

function PartnershipNotFound() {
  const { t } = useT();
  return (
    <section className="empty-state" aria-labelledby="partnership-not-found">
      <title>{`${t('partnership.notFound.title')} · ${t('app.name')}`}</title>
      <h1 id="partnership-not-found">{t('partnership.notFound.title')}</h1>
      <p>{t('partnership.notFound.body')}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t('partnership.back')}
        </Link>
      </p>
    </section>
  );
}
