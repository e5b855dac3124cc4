import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { graphql } from '../../gql';
import type { PartnershipStatus } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { WorkspaceTabItems } from '../activity/WorkspaceTabs';
import '../payments/delivery.css';
import { StatusBadge } from './StatusBadge';

const PartnershipTabsDocument = graphql(`
  query PartnershipTabs($id: ID!) {
    partnership(id: $id) {
      id
      terms {
        id
      }
      proposal {
        id
      }
    }
  }
`);

export function partnershipPath(id: string, rest = ''): string {
  return `/partnerships/${encodeURIComponent(id)}${rest}`;
}

/**
 * The partnership's sections: Overblik, Vilkår (the version in force, else the pending proposal),
 * Rapporter, Betalinger. Links, not ARIA tabs: each section is a page with its own address.
 */
export function PartnershipTabs({ partnershipId }: { readonly partnershipId: string }) {
  const { t } = useT();
  const { pathname } = useLocation();
  const { data } = useQuery(PartnershipTabsDocument, { variables: { id: partnershipId } });
  const version = data?.partnership?.terms ?? data?.partnership?.proposal;
  const base = partnershipPath(partnershipId);
  const onTerms = pathname.startsWith(`${base}/versions`) || pathname.startsWith(`${base}/terms`);
  return (
    <nav className="partnership-tabs" aria-label={t('delivery.tabs.label')}>
      <ul>
        <li>
          <NavLink to={base} end>
            {t('delivery.tabs.overview')}
          </NavLink>
        </li>
        {version && (
          <li>
            <Link
              to={partnershipPath(partnershipId, `/versions/${encodeURIComponent(version.id)}`)}
              aria-current={onTerms ? 'page' : undefined}
            >
              {t('delivery.tabs.terms')}
            </Link>
          </li>
        )}
        <li>
          <NavLink to={partnershipPath(partnershipId, '/reports')}>{t('delivery.tabs.reports')}</NavLink>
        </li>
        <li>
          <NavLink to={partnershipPath(partnershipId, '/payments')}>{t('delivery.tabs.payments')}</NavLink>
        </li>
        <WorkspaceTabItems partnershipId={partnershipId} />
      </ul>
    </nav>
  );
}

/** Breadcrumb, heading and tabs of a partnership section page. The h1 names both partnership and section. */
export function PartnershipSectionHeader({
  partnership,
  section,
  children,
}: {
  readonly partnership: { readonly id: string; readonly title: string; readonly status: PartnershipStatus };
  readonly section: string;
  readonly children?: ReactNode;
}) {
  const { t } = useT();
  return (
    <>
      <title>{`${section} · ${partnership.title} · ${t('app.name')}`}</title>
      <p className="breadcrumb">
        <Link to="/">← {t('partnership.back')}</Link>
      </p>
      <header className="page-header">
        <div>
          <h1>
            {partnership.title}
            <span className="visually-hidden">: {section}</span>
          </h1>
          {children}
        </div>
        <StatusBadge status={partnership.status} />
      </header>
      <PartnershipTabs partnershipId={partnership.id} />
    </>
  );
}
