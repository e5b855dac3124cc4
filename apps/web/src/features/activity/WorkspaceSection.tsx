import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { WorkspacePartnershipQuery } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { hasCode } from '../../lib/errors';
import { ErrorAlert, Loading } from '../../ui/Feedback';
import { PartnershipSectionHeader } from '../partnerships/PartnershipTabs';
import { WorkspacePartnershipDocument } from './documents';
import './workspace.css';

export type WorkspacePartnership = NonNullable<WorkspacePartnershipQuery['partnership']>;

/**
 * Frame of a workspace section (Drøftelser, Beslutninger …): loads the partnership, shows its
 * heading and tabs, and hands the partnership to the section.
 */
export function WorkspaceSection({
  section,
  lead,
  children,
}: {
  readonly section: MessageKey;
  readonly lead: MessageKey;
  readonly children: (partnership: WorkspacePartnership) => ReactNode;
}) {
  const { t } = useT();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(WorkspacePartnershipDocument, { variables: { id } });
  const partnership = data?.partnership;

  if (data?.partnership === null || hasCode(error, 'NOT_FOUND')) return <WorkspaceNotFound />;
  if (error && !partnership) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!partnership) return <Loading />;

  return (
    <article className="partnership workspace">
      <PartnershipSectionHeader partnership={partnership} section={t(section)}>
        <p className="lead">{t(lead)}</p>
      </PartnershipSectionHeader>
      {children(partnership)}
    </article>
  );
}

function WorkspaceNotFound() {
  const { t } = useT();
  return (
    <section className="empty-state" aria-labelledby="workspace-not-found">
      <title>{`${t('partnership.notFound.title')} · ${t('app.name')}`}</title>
      <h1 id="workspace-not-found">{t('partnership.notFound.title')}</h1>
      <p>{t('partnership.notFound.body')}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t('partnership.back')}
        </Link>
      </p>
    </section>
  );
}

/** Member organisations as checkboxes in a fieldset (mentions, "agreed by"). */
export function OrganisationChecklist({
  legend,
  hint,
  error,
  organisations,
  selected,
  onChange,
  name,
}: {
  readonly legend: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly organisations: readonly { readonly id: string; readonly name: string }[];
  readonly selected: readonly string[];
  readonly onChange: (ids: string[]) => void;
  readonly name: string;
}) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <fieldset
      className={error ? 'field checklist field--invalid' : 'field checklist'}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <ul className="checklist__options">
        {organisations.map((organisation) => (
          <li key={organisation.id}>
            <label>
              <input
                type="checkbox"
                name={name}
                value={organisation.id}
                checked={selected.includes(organisation.id)}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? [...selected, organisation.id]
                      : selected.filter((id) => id !== organisation.id),
                  )
                }
              />{' '}
              {organisation.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Time of day and date of an instant, e.g. "3. marts 2026 kl. 14.05". */
export function useDateTime(): (iso: string) => string {
  const { lang } = useT();
  return (iso) => {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(date);
  };
}
