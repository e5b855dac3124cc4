import { useMutation } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { fieldProblems } from '../../lib/errors';
import { ErrorAlert } from '../../ui/Feedback';
import { Field } from '../../ui/Field';
import { WithServerDetail } from '../../ui/ServerDetail';
import { OrganisationChecklist, type WorkspacePartnership } from '../activity/WorkspaceSection';
import { StartThreadDocument } from './documents';
import { organisationsOf } from './organisations';

/** Starting a thread: a button that opens into the form. */
export function NewThreadForm({
  partnership,
  onStarted,
}: {
  readonly partnership: WorkspacePartnership;
  readonly onStarted: (id: string, title: string) => void;
}) {
  const { t } = useT();
  const [expanded, setExpanded] = useState(false);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<string[]>([]);
  const [missing, setMissing] = useState<{ title?: boolean; body?: boolean }>({});
  const [startThread, { loading, error, reset }] = useMutation(StartThreadDocument);
  const titleRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const server = fieldProblems(error);

  if (!expanded) {
    return (
      <p className="workspace-actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setExpanded(true);
            window.setTimeout(() => titleRef.current?.focus(), 0);
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
    setMissing({ title: noTitle, body: noBody });
    if (noTitle) return titleRef.current?.focus();
    if (noBody) return bodyRef.current?.focus();
    try {
      const result = await startThread({
        variables: {
          input: {
            partnershipId: partnership.id,
            subject: 'PARTNERSHIP',
            title: title.trim(),
            body,
            mentions,
          },
        },
      });
      const thread = result.data?.startThread;
      if (thread) {
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

  const titleError = missing.title
    ? t('discussion.titleRequired')
    : server.title && <WithServerDetail summary={t('errors.BAD_USER_INPUT')} detail={server.title} />;
  const bodyError = missing.body
    ? t('discussion.bodyRequired')
    : server.body && <WithServerDetail summary={t('errors.BAD_USER_INPUT')} detail={server.body} />;

  return (
    <form className="form workspace-form" onSubmit={onSubmit} noValidate aria-labelledby="new-thread-title">
      <h3 id="new-thread-title">{t('discussion.new.title')}</h3>
      {error && !server.title && !server.body && <ErrorAlert error={error} />}
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
        <button type="submit" className="button button--primary" aria-disabled={loading}>
          {loading ? t('discussion.new.submitting') : t('discussion.new.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setExpanded(false)}>
          {t('workspace.cancel')}
        </button>
      </div>
    </form>
  );
}
