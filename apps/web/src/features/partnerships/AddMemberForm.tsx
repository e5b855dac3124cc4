import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import type { PartnershipRole } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { locales, type MessageKey } from '../../i18n/messages';
import { fieldProblems } from '../../lib/errors';
import { ErrorAlert, StatusMessage } from '../../ui/Feedback';
import { Field } from '../../ui/Field';
import { WithServerDetail } from '../../ui/ServerDetail';
import { AddMemberDocument, OrganisationsDocument } from './documents';
import { addableRoles, candidatesByKind, suggestedRole } from './roles';

interface AddMemberFormProps {
  readonly partnershipId: string;
  readonly members: readonly { readonly organisation: { readonly id: string } }[];
}

export function AddMemberForm({ partnershipId, members }: AddMemberFormProps) {
  const { t, lang } = useT();
  const directory = useQuery(OrganisationsDocument, { variables: {} });
  const [addMember, { loading, error, reset }] = useMutation(AddMemberDocument);
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState<PartnershipRole>('PROVIDER');
  const [missingOrganisation, setMissingOrganisation] = useState(false);
  const [added, setAdded] = useState('');
  const organisationRef = useRef<HTMLSelectElement>(null);

  const memberIds = new Set(members.map((member) => member.organisation.id));
  const organisations = directory.data?.organisations ?? [];
  const groups = candidatesByKind(organisations, memberIds, locales[lang]);
  const serverFields = fieldProblems(error);
  const invalid = (summary: MessageKey, detail: string | undefined) =>
    detail === undefined ? undefined : <WithServerDetail summary={t(summary)} detail={detail} />;
  const organisationError = missingOrganisation
    ? t('addMember.organisationRequired')
    : invalid('addMember.organisationInvalid', serverFields.organisationId);
  const roleError = invalid('addMember.roleInvalid', serverFields.role);
  const otherError = error && !organisationError && !roleError ? error : undefined;

  function onOrganisationChange(id: string) {
    setOrganisationId(id);
    setMissingOrganisation(false);
    const chosen = organisations.find((organisation) => organisation.id === id);
    if (chosen) setRole(suggestedRole(chosen.kind));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    reset();
    setAdded('');
    if (!organisationId) {
      setMissingOrganisation(true);
      organisationRef.current?.focus();
      return;
    }
    const name = organisations.find((organisation) => organisation.id === organisationId)?.name ?? '';
    try {
      await addMember({ variables: { partnershipId, organisationId, role } });
      setAdded(t('addMember.added', { organisation: name, role: t(`role.${role}`).toLowerCase() }));
      setOrganisationId('');
    } catch {
      // Shown from the mutation state.
    }
  }

  return (
    <section className="card" aria-labelledby="add-member-title">
      <h2 id="add-member-title">{t('addMember.title')}</h2>
      <p className="muted">{t('addMember.intro')}</p>
      <StatusMessage>{added}</StatusMessage>
      {otherError && <ErrorAlert error={otherError} />}
      {directory.error && <ErrorAlert error={directory.error} onRetry={() => void directory.refetch()} />}
      {directory.data && groups.length === 0 ? (
        <p>{t('addMember.noneLeft')}</p>
      ) : (
        <form className="form form--inline" onSubmit={onSubmit} noValidate>
          <Field label={t('addMember.organisation')} error={organisationError} required>
            {(control) => (
              <select
                {...control}
                ref={organisationRef}
                value={organisationId}
                onChange={(event) => onOrganisationChange(event.target.value)}
              >
                <option value="">{t('addMember.chooseOrganisation')}</option>
                {groups.map((group) => (
                  <optgroup key={group.kind} label={t(`kind.${group.kind}`)}>
                    {group.organisations.map((organisation) => (
                      <option key={organisation.id} value={organisation.id}>
                        {organisation.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('addMember.role')} error={roleError} required>
            {(control) => (
              <select
                {...control}
                value={role}
                onChange={(event) => {
                  const next = addableRoles.find((option) => option === event.target.value);
                  if (next) setRole(next);
                }}
              >
                {addableRoles.map((option) => (
                  <option key={option} value={option}>
                    {t(`role.${option}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button button--primary" aria-disabled={loading}>
              {loading ? t('addMember.submitting') : t('addMember.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
