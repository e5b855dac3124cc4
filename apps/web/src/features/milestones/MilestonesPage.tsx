import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { MilestoneFieldsFragment, MilestoneStatus } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { fieldProblems } from '../../lib/errors';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/Feedback';
import { Field } from '../../ui/Field';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { WithServerDetail } from '../../ui/ServerDetail';
import { useLiveActivity } from '../activity/live';
import { type WorkspacePartnership, WorkspaceSection } from '../activity/WorkspaceSection';
import { CreateMilestoneDocument, MilestonesDocument, UpdateMilestoneDocument } from './documents';

const statuses: readonly MilestoneStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

export function MilestonesPage() {
  return (
    <WorkspaceSection section="workspace.tabs.milestones" lead="milestones.lead">
      {(partnership) => <Milestones partnership={partnership} />}
    </WorkspaceSection>
  );
}

function Milestones({ partnership }: { readonly partnership: WorkspacePartnership }) {
  const { t, plural, calendarDate } = useT();
  const { data, error, refetch } = useQuery(MilestonesDocument, {
    variables: { partnershipId: partnership.id },
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<{ seq: number; milestone: MilestoneFieldsFragment | null }>({
    seq: 0,
    milestone: null,
  });
  const [status, setStatus] = useState('');
  useLiveActivity(partnership.id, () => void refetch(), ['MILESTONE_CHANGED']);
  const milestones = data?.milestones ?? [];
  const overdue = milestones.filter((milestone) => milestone.overdue).length;

  return (
    <>
      <StatusMessage>{status}</StatusMessage>
      <section className="card" aria-labelledby="milestones-title">
        <h2 id="milestones-title">{t('milestones.list')}</h2>
        {error && !data && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {!data && !error && <Loading />}
        {data && milestones.length === 0 && <p className="muted">{t('milestones.empty')}</p>}
        {overdue > 0 && (
          <div className="notice notice--warning">
            <p>
              <span aria-hidden="true">⚠ </span>
              {plural('milestones.overdueCount', overdue)}
            </p>
          </div>
        )}
        {milestones.length > 0 && (
          <ScrollRegion labelledBy="milestones-title">
            <table className="table milestone-table" aria-labelledby="milestones-title">
              <thead>
                <tr>
                  <th scope="col">{t('milestones.title')}</th>
                  <th scope="col">{t('milestones.dueDate')}</th>
                  <th scope="col">{t('milestones.owner')}</th>
                  <th scope="col">{t('milestones.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('discussion.comment.edit')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {milestones.map((milestone) => (
                  <tr key={milestone.id} className={milestone.overdue ? 'milestone--overdue' : undefined}>
                    <th scope="row">
                      {milestone.title}
                      {milestone.overdue && (
                        <>
                          {' '}
                          <span className="pill pill--overdue">
                            <span aria-hidden="true">⚠ </span>
                            {t('milestones.overdue')}
                          </span>
                        </>
                      )}
                    </th>
                    <td className="nowrap">
                      <time dateTime={milestone.dueDate}>{calendarDate(milestone.dueDate)}</time>
                    </td>
                    <td>{milestone.owner.name}</td>
                    <td className="nowrap">{t(`milestones.status.${milestone.status}`)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => setEditing((current) => ({ seq: current.seq + 1, milestone }))}
                      >
                        {t('discussion.comment.edit')}
                        <span className="visually-hidden"> {milestone.title}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
      <MilestoneForm
        key={editing.seq}
        partnership={partnership}
        milestone={editing.milestone}
        focusOnOpen={editing.seq > 0}
        onDone={(message) => {
          setStatus(message);
          setEditing((current) => ({ seq: current.seq + 1, milestone: null }));
          void refetch();
        }}
        onCancel={() => setEditing((current) => ({ seq: current.seq + 1, milestone: null }))}
      />
    </>
  );
}

function MilestoneForm({
  partnership,
  milestone,
  focusOnOpen,
  onDone,
  onCancel,
}: {
  readonly partnership: WorkspacePartnership;
  readonly milestone: MilestoneFieldsFragment | null;
  readonly focusOnOpen: boolean;
  readonly onDone: (message: string) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useT();
  const [title, setTitle] = useState(milestone?.title ?? '');
  const [dueDate, setDueDate] = useState(milestone?.dueDate ?? '');
  const [ownerId, setOwnerId] = useState(milestone?.owner.id ?? '');
  const [status, setStatus] = useState<MilestoneStatus>(milestone?.status ?? 'PLANNED');
  const [missing, setMissing] = useState<{ title?: boolean; due?: boolean; owner?: boolean }>({});
  const [create, created] = useMutation(CreateMilestoneDocument);
  const [update, updated] = useMutation(UpdateMilestoneDocument);
  const loading = created.loading || updated.loading;
  const error = created.error ?? updated.error;
  const server = fieldProblems(error);
  const titleRef = useRef<HTMLInputElement>(null);
  // The user just chose a milestone to edit: take them to the form.
  useEffect(() => {
    if (focusOnOpen && milestone !== null) titleRef.current?.focus();
  }, [focusOnOpen, milestone]);
  const headingId = milestone ? 'milestone-edit-title' : 'milestone-create-title';
  const detail = (value: string | undefined) =>
    value && <WithServerDetail summary={t('errors.BAD_USER_INPUT')} detail={value} />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    created.reset();
    updated.reset();
    const next = { title: title.trim() === '', due: dueDate === '', owner: ownerId === '' };
    setMissing(next);
    if (next.title) return titleRef.current?.focus();
    if (next.due || next.owner) return;
    const input = { title: title.trim(), dueDate, ownerId, status };
    try {
      if (milestone) {
        await update({ variables: { id: milestone.id, input } });
        onDone(t('milestones.form.updated', { title: input.title }));
      } else {
        await create({ variables: { partnershipId: partnership.id, input } });
        onDone(t('milestones.form.created', { title: input.title }));
      }
    } catch {
      // Shown from the mutation state.
    }
  }

  const known = new Set(['title', 'dueDate', 'ownerId', 'status']);
  const otherError = error && !Object.keys(server).some((field) => known.has(field)) ? error : undefined;

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{milestone ? t('milestones.form.editTitle') : t('milestones.form.create')}</h2>
      {otherError && <ErrorAlert error={otherError} />}
      <form className="form form--inline" onSubmit={onSubmit} noValidate>
        <Field
          label={t('milestones.title')}
          error={missing.title ? t('milestones.form.titleRequired') : detail(server.title)}
          required
        >
          {(control) => (
            <input
              {...control}
              ref={titleRef}
              value={title}
              maxLength={200}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('milestones.dueDate')}
          error={missing.due ? t('milestones.form.dueRequired') : detail(server.dueDate)}
          required
        >
          {(control) => (
            <input {...control} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
          )}
        </Field>
        <Field
          label={t('milestones.owner')}
          error={missing.owner ? t('milestones.form.ownerRequired') : detail(server.ownerId)}
          required
        >
          {(control) => (
            <select {...control} value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
              <option value="">{t('milestones.form.chooseOwner')}</option>
              {partnership.members.map((member) => (
                <option key={member.organisation.id} value={member.organisation.id}>
                  {member.organisation.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('milestones.status')} error={detail(server.status)}>
          {(control) => (
            <select
              {...control}
              value={status}
              onChange={(e) => {
                const next = statuses.find((option) => option === e.target.value);
                if (next) setStatus(next);
              }}
            >
              {statuses.map((option) => (
                <option key={option} value={option}>
                  {t(`milestones.status.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" aria-disabled={loading}>
            {loading
              ? t('milestones.form.submitting')
              : milestone
                ? t('milestones.form.submitUpdate')
                : t('milestones.form.submitCreate')}
          </button>
          {milestone && (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('workspace.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
