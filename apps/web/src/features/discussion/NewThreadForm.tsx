import { useMutation } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import type { ThreadSubject } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { fieldProblems } from '../../lib/errors';
import { ErrorAlert, Loading } from '../../ui/Feedback';
import { Field } from '../../ui/Field';
import { WithServerDetail } from '../../ui/ServerDetail';
import { OrganisationChecklist, type WorkspacePartnership } from '../activity/WorkspaceSection';
import { StartThreadDocument } from './documents';
import { organisationsOf } from './organisations';
import {
  chosenSubject,
  type DiscussionSubjects,
  isSubjectKind,
  SUBJECT_KINDS,
  subjectItems,
} from './subjects';

/**
 * Starting a thread: a button that opens into the form. A thread is about the partnership or
 * about one of its versions, reports or payments; a kind with nothing to choose cannot be sent.
 */
export function NewThreadForm({
  partnership,
  subjects,
  subjectsError,
  onRetrySubjects,
  onStarted,
}: {
  readonly partnership: WorkspacePartnership;
  /** Undefined while loading. */
  readonly subjects: DiscussionSubjects | undefined;
  readonly subjectsError: unknown;
  readonly onRetrySubjects: () => void;
  readonly onStarted: (id: string, title: string) => void;
}) {
  const i18n = useT();
  const { t } = i18n;
  const [expanded, setExpanded] = useState(false);
  const [kind, setKind] = useState<ThreadSubject>('PARTNERSHIP');
  const [itemId, setItemId] = useState('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<string[]>([]);
  const [missing, setMissing] = useState<{ subject?: boolean; title?: boolean; body?: boolean }>({});
  const [startThread, { loading, error, reset }] = useMutation(StartThreadDocument);
  const kindRef = useRef<HTMLSelectElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const server = fieldProblems(error);
  const items = subjectItems(i18n, subjects, kind);
  const subject = chosenSubject(kind, items, itemId);
  // Known to have nothing to choose, as opposed to still loading or failed to load.
  const nothingToChoose = kind !== 'PARTNERSHIP' && subjects !== undefined && items.length === 0;

  if (!expanded) {
    return (
      <p className="workspace-actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setExpanded(true);
            window.setTimeout(() => kindRef.current?.focus(), 0);
          }}
        >
          {t('discussion.new.open')}
        </button>
      </p>
    );
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    reset();
    const noTitle = title.trim() === '';
    const noBody = body.trim() === '';
    setMissing({ subject: subject === null, title: noTitle, body: noBody });
    if (subject === null) return kindRef.current?.focus();
    if (noTitle) return titleRef.current?.focus();
    if (noBody) return bodyRef.current?.focus();
    try {
      const result = await startThread({
        variables: {
          input: {
            partnershipId: partnership.id,
            ...subject,
            title: title.trim(),
            body,
            mentions,
          },
        },
      });
      const thread = result.data?.startThread;
      if (thread) {
        setKind('PARTNERSHIP');
        setItemId('');
        setTitle('');
        setBody('');
        setMentions([]);
        setExpanded(false);
        onStarted(thread.id, thread.title);
      }
    } catch {
      // Shown from the mutation state.
    }
  }

  const kindError =
    missing.subject && nothingToChoose
      ? t('discussion.new.subjectNone')
      : server.subject && <WithServerDetail summary={t('errors.BAD_USER_INPUT')} detail={server.subject} />;
  const itemError = server.subjectId && (
    <WithServerDetail summary={t('errors.BAD_USER_INPUT')} detail={server.subjectId} />
  );
  const titleError = missing.title
    ? t('discussion.titleRequired')
    : server.title && <WithServerDetail summary={t('errors.BAD_USER_INPUT')} detail={server.title} />;
  const bodyError = missing.body
    ? t('discussion.bodyRequired')
    : server.body && <WithServerDetail summary={t('errors.BAD_USER_INPUT')} detail={server.body} />;

  return (
    <form className="form workspace-form" onSubmit={onSubmit} noValidate aria-labelledby="new-thread-title">
      <h3 id="new-thread-title">{t('discussion.new.title')}</h3>
      {error && !server.subject && !server.subjectId && !server.title && !server.body && (
        <ErrorAlert error={error} />
      )}
      <Field
        label={t('discussion.new.subjectKind')}
        hint={nothingToChoose && !kindError ? t('discussion.new.subjectNone') : undefined}
        error={kindError}
      >
        {(control) => (
          <select
            {...control}
            ref={kindRef}
            value={kind}
            onChange={(e) => {
              if (isSubjectKind(e.target.value)) setKind(e.target.value);
              setMissing((current) => ({ ...current, subject: false }));
            }}
          >
            {SUBJECT_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`discussion.subject.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {kind !== 'PARTNERSHIP' && subjects === undefined && subjectsError !== undefined && (
        <ErrorAlert error={subjectsError} onRetry={onRetrySubjects} />
      )}
      {kind !== 'PARTNERSHIP' && subjects === undefined && subjectsError === undefined && <Loading />}
      {kind !== 'PARTNERSHIP' && items.length > 0 && (
        <Field label={t(`discussion.new.subjectItem.${kind}`)} error={itemError} required>
          {(control) => (
            <select {...control} value={subject?.subjectId ?? ''} onChange={(e) => setItemId(e.target.value)}>
              {items.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t('discussion.new.threadTitle')} error={titleError} required>
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
      <Field label={t('discussion.new.body')} error={bodyError} required>
        {(control) => (
          <textarea
            {...control}
            ref={bodyRef}
            rows={4}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </Field>
      <OrganisationChecklist
        name="new-thread-mentions"
        legend={t('discussion.mentions')}
        hint={t('discussion.mentionsHint')}
        organisations={organisationsOf(partnership)}
        selected={mentions}
        onChange={setMentions}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" aria-disabled={loading || nothingToChoose}>
          {loading ? t('discussion.new.submitting') : t('discussion.new.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setExpanded(false)}>
          {t('workspace.cancel')}
        </button>
      </div>
    </form>
  );
}
