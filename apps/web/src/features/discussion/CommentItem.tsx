import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { CommentFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { fieldProblems } from '../../lib/errors';
import { ErrorAlert, StatusMessage } from '../../ui/Feedback';
import { Field } from '../../ui/Field';
import { WithServerDetail } from '../../ui/ServerDetail';
import { useDateTime } from '../activity/WorkspaceSection';
import { EditCommentDocument } from './documents';

/** One comment of a thread, which its author may edit in place. */
export function CommentItem({ comment }: { readonly comment: CommentFieldsFragment }) {
  const { t } = useT();
  const dateTime = useDateTime();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(comment.body);
  const [saved, setSaved] = useState('');
  const [editComment, { loading, error, reset }] = useMutation(EditCommentDocument);
  const editButton = useRef<HTMLButtonElement>(null);
  const editRef = useRef<HTMLTextAreaElement>(null);
  // The user just asked to edit: take them to the text.
  useEffect(() => {
    if (editing) editRef.current?.focus();
  }, [editing]);
  const server = fieldProblems(error);

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading || body.trim() === '') return;
    reset();
    try {
      await editComment({ variables: { id: comment.id, body } });
      setEditing(false);
      setSaved(t('discussion.comment.saved'));
      window.setTimeout(() => editButton.current?.focus(), 0);
    } catch {
      // Shown from the mutation state.
    }
  }

  return (
    <article className="comment" aria-labelledby={`comment-${comment.id}-author`}>
      <header className="comment__head">
        <span id={`comment-${comment.id}-author`} className="comment__author">
          {comment.author.name}
          <span className="comment__org">, {comment.author.organisation.name}</span>
        </span>
        <time dateTime={comment.createdAt} className="comment__time">
          {dateTime(comment.createdAt)}
        </time>
        {comment.editedAt && (
          <span
            className="comment__edited"
            title={t('discussion.comment.editedAt', { when: dateTime(comment.editedAt) })}
          >
            ({t('discussion.comment.edited')}
            <span className="visually-hidden"> {dateTime(comment.editedAt)}</span>)
          </span>
        )}
      </header>
      {editing ? (
        <form className="form" onSubmit={onSave} noValidate>
          {error && !server.body && <ErrorAlert error={error} />}
          <Field
            label={t('discussion.comment.editLabel')}
            hint={t('discussion.comment.editWindow')}
            error={
              server.body && <WithServerDetail summary={t('errors.BAD_USER_INPUT')} detail={server.body} />
            }
            required
          >
            {(control) => (
              <textarea
                {...control}
                ref={editRef}
                rows={3}
                value={body}
                onChange={(e) => setBody(e.target.value)}
              />
            )}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button button--primary" aria-disabled={loading}>
              {loading ? t('discussion.comment.submitting') : t('discussion.comment.save')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setEditing(false);
                setBody(comment.body);
                reset();
              }}
            >
              {t('workspace.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <p className="comment__body prose">{comment.body}</p>
      )}
      {comment.mentions.length > 0 && (
        <p className="comment__mentions">
          {t('discussion.comment.mentions', { names: comment.mentions.map((m) => m.name).join(', ') })}
        </p>
      )}
      <StatusMessage>{saved}</StatusMessage>
      {comment.viewerCanEdit && !editing && (
        <button
          type="button"
          ref={editButton}
          className="button button--secondary button--small"
          onClick={() => {
            setSaved('');
            setBody(comment.body);
            setEditing(true);
          }}
        >
          {t('discussion.comment.edit')}
          <span className="visually-hidden">
            {' '}
            – {comment.author.name}, {dateTime(comment.createdAt)}
          </span>
        </button>
      )}
    </article>
  );
}
