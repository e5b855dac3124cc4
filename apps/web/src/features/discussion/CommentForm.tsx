import { useMutation } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { fieldProblems } from '../../lib/errors';
import { ErrorAlert, StatusMessage } from '../../ui/Feedback';
import { Field } from '../../ui/Field';
import { WithServerDetail } from '../../ui/ServerDetail';
import { OrganisationChecklist, type WorkspacePartnership } from '../activity/WorkspaceSection';
import { PostCommentDocument } from './documents';
import { organisationsOf } from './organisations';

/** Adding a comment to a thread, with the organisations it mentions. */
export function CommentForm({
  threadId,
  partnership,
  onPosted,
}: {
  readonly threadId: string;
  readonly partnership: WorkspacePartnership;
  readonly onPosted: () => void;
}) {
  const { t } = useT();
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const [posted, setPosted] = useState('');
  const [postComment, { loading, error, reset }] = useMutation(PostCommentDocument);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const server = fieldProblems(error);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    reset();
    setPosted('');
    if (body.trim() === '') {
      setMissing(true);
      bodyRef.current?.focus();
      return;
    }
    setMissing(false);
    try {
      await postComment({ variables: { threadId, body, mentions } });
      setBody('');
      setMentions([]);
      setPosted(t('discussion.comment.posted'));
      onPosted();
    } catch {
      // Shown from the mutation state.
    }
  }

  const bodyError = missing
    ? t('discussion.bodyRequired')
    : server.body && <WithServerDetail summary={t('errors.BAD_USER_INPUT')} detail={server.body} />;

  return (
    <form className="form workspace-form" onSubmit={onSubmit} noValidate>
      <StatusMessage>{posted}</StatusMessage>
      {error && !server.body && <ErrorAlert error={error} />}
      <Field label={t('discussion.comment.label')} error={bodyError} required>
        {(control) => (
          <textarea
            {...control}
            ref={bodyRef}
            rows={3}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </Field>
      <OrganisationChecklist
        name={`mentions-${threadId}`}
        legend={t('discussion.mentions')}
        hint={t('discussion.mentionsHint')}
        organisations={organisationsOf(partnership)}
        selected={mentions}
        onChange={setMentions}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" aria-disabled={loading}>
          {loading ? t('discussion.comment.submitting') : t('discussion.comment.submit')}
        </button>
      </div>
    </form>
  );
}
