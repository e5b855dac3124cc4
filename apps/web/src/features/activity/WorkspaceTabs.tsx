import { useQuery } from '@apollo/client/react';
import { NavLink } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { WorkspaceRoleDocument } from './documents';

interface WorkspaceTab {
  readonly path: string;
  readonly label: MessageKey;
  /** Shown only to these roles. */
  readonly roles?: readonly string[];
}

export const workspaceTabs: readonly WorkspaceTab[] = [
  { path: '/discussion', label: 'workspace.tabs.discussion' },
  { path: '/decisions', label: 'workspace.tabs.decisions' },
  { path: '/documents', label: 'workspace.tabs.documents' },
  { path: '/milestones', label: 'workspace.tabs.milestones' },
  { path: '/activity', label: 'workspace.tabs.activity' },
  { path: '/lessons', label: 'workspace.tabs.lessons' },
  { path: '/audit', label: 'workspace.tabs.audit', roles: ['COMMISSIONER', 'EVALUATOR'] },
];

/** The workspace sections as items of the partnership's tab list. */
export function WorkspaceTabItems({ partnershipId }: { readonly partnershipId: string }) {
  const { t } = useT();
  const { data } = useQuery(WorkspaceRoleDocument, { variables: { id: partnershipId } });
  const role = data?.partnership?.viewerRole;
  const base = `/partnerships/${encodeURIComponent(partnershipId)}`;
  return (
    <>
      {workspaceTabs
        .filter((tab) => !tab.roles || (role !== undefined && tab.roles.includes(role)))
        .map((tab) => (
          <li key={tab.path}>
            <NavLink to={`${base}${tab.path}`}>{t(tab.label)}</NavLink>
          </li>
        ))}
    </>
  );
}
