import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { CommentFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { fieldProblems } from '../../lib/errors';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/Feedback';
import { Field } from '../../ui/Field';
import { WithServerDetail } from '../../ui/ServerDetail';
import { useLiveActivity } from '../activity/live';
import { threadOf } from '../activity/sentence';
import {
  OrganisationChecklist,
  useDateTime,
  type WorkspacePartnership,
  WorkspaceSection,
} from '../activity/WorkspaceSection';
import { useViewer } from '../auth/viewer';
import {
  EditCommentDocument,
  MarkThreadReadDocument,
  PostCommentDocument,
  StartThreadDocument,
  ThreadDocument,
  ThreadsDocument,
} from './documents';

export function DiscussionPage() {
  return (
    <WorkspaceSection section="workspace.tabs.discussion" lead="discussion.lead">
      {(partnership) => <Discussion partnership={partnership} />}
    </WorkspaceSection>
  );
}

function organisationsOf(partnership: WorkspacePartnership) {
  return partnership.members.map((member) => member.organisation);
}

function Discussion({ partnership }: { readonly partnership: WorkspacePartnership }) {
  const { t, plural } = useT();
  const dateTime = useDateTime();
  const [search, setSearch] = useSearchParams();
  const openId = search.get('thread');
  const threads = useQuery(ThreadsDocument, {
    variables: { partnershipId: partnership.id },
    fetchPolicy: 'cache-and-network',
  });
  const [status, setStatus] = useState('');
  const [liveThread, setLiveThread] = useState<{ id: string; seq: number }>({ id: '', seq: 0 });

  // New threads and comments from anyone: refresh the list, and the open thread if it is theirs.
  useLiveActivity(
    partnership.id,
    (entry) => {
      void threads.refetch();
      const threadId = threadOf(entry);
      if (threadId) setLiveThread((current) => ({ id: threadId, seq: current.seq + 1 }));
    },
    ['THREAD_STARTED', 'COMMENT_POSTED'],
  );

  const open = (id: string | null) => {
    const next = new URLSearchParams(search);
    if (id) next.set('thread', id);
    else next.delete('thread');
    setSearch(next);
  };

  return (
    <div className="workspace-split">
      <section className="card workspace-split__list" aria-labelledby="threads-title">
        <h2 id="threads-title">{t('discussion.threads')}</h2>
        <StatusMessage>{status}</StatusMessage>
        {threads.error && !threads.data && (
          <ErrorAlert error={threads.error} onRetry={() => void threads.refetch()} />
        )}
        {!threads.data && !threads.error && <Loading />}
        {threads.data && threads.data.threads.length === 0 && (
          <p className="muted">{t('discussion.empty')}</p>
        )}
        {threads.data && threads.data.threads.length > 0 && (
          <ul className="thread-list">
            {threads.data.threads.map((thread) => (
              <li key={thread.id} className="thread-list__item">
                <Link
                  to={`?thread=${encodeURIComponent(thread.id)}`}
                  aria-current={thread.id === openId ? 'true' : undefined}
                  className="thread-list__link"
                >
                  {thread.title}
                </Link>
                <span className="thread-list__meta">
                  {plural('discussion.comments', thread.counts.comments)}
                  {thread.counts.lastCommentAt &&
                    ` · ${t('discussion.lastComment', { when: dateTime(thread.counts.lastCommentAt) })}`}
                </span>
                {thread.counts.unread > 0 && (
                  <span className="pill pill--unread">
                    {plural('discussion.unread', thread.counts.unread)}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        <NewThreadForm
          partnership={partnership}
          onStarted={(id, title) => {
            setStatus(t('discussion.new.started', { title }));
            void threads.refetch();
            open(id);
          }}
        />
      </section>
      <div className="workspace-split__detail">
        {openId ? (
          <ThreadView
            key={openId}
            threadId={openId}
            partnership={partnership}
            liveSeq={liveThread.id === openId ? liveThread.seq : 0}
            onClose={() => open(null)}
          />
        ) : null}
      </div>
    </div>
  );
}

function NewThreadForm({
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

function ThreadView({
  threadId,
  partnership,
  liveSeq,
  onClose,
}: {
  readonly threadId: string;
  readonly partnership: WorkspacePartnership;
  /** Increases when live activity says the thread has news. */
  readonly liveSeq: number;
  readonly onClose: () => void;
}) {
  const { t, plural } = useT();
  const viewer = useViewer();
  const dateTime = useDateTime();
  const { data, error, refetch } = useQuery(ThreadDocument, {
    variables: { id: threadId },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead] = useMutation(MarkThreadReadDocument);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const thread = data?.thread;
  const count = thread?.comments.length ?? 0;
  const seen = useRef<number | null>(null);

  // Live news for this thread: fetch it again; the list below grows without a reload.
  useEffect(() => {
    if (liveSeq > 0) void refetch();
  }, [liveSeq, refetch]);

  // Reading the thread marks it read; new comments by others are announced politely.
  useEffect(() => {
    if (!thread) return;
    if (seen.current !== null && count > seen.current) {
      const fresh = thread.comments.slice(seen.current).filter((comment) => comment.author.id !== viewer.id);
      if (fresh.length > 0) setAnnouncement(plural('discussion.newComments', fresh.length));
    }
    seen.current = count;
    if (thread.counts.unread > 0) void markRead({ variables: { id: thread.id } }).catch(() => undefined);
  }, [thread, count, viewer.id, plural, markRead]);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  if (error && !thread) {
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  if (data && !thread) {
    return (
      <section className="card">
        <p>{t('discussion.thread.notFound')}</p>
      </section>
    );
  }
  if (!thread) return <Loading />;

  return (
    <section className="card thread" aria-labelledby="thread-title">
      <p className="thread__back">
        <button type="button" className="button button--secondary" onClick={onClose}>
          ← {t('discussion.back')}
        </button>
      </p>
      <h2 id="thread-title" ref={headingRef} tabIndex={-1}>
        {thread.title}
      </h2>
      <p className="muted">
        {t(`discussion.subject.${thread.subject}`)} ·{' '}
        {t('discussion.startedBy', {
          name: thread.startedBy.name,
          organisation: thread.startedBy.organisation.name,
        })}{' '}
        · <time dateTime={thread.createdAt}>{dateTime(thread.createdAt)}</time>
      </p>
      <StatusMessage>{announcement}</StatusMessage>
      <ol className="comments" aria-label={plural('discussion.comments', count)}>
        {thread.comments.map((comment) => (
          <li key={comment.id}>
            <CommentItem comment={comment} />
          </li>
        ))}
      </ol>
      <CommentForm threadId={thread.id} partnership={partnership} onPosted={() => void refetch()} />
    </section>
  );
}

function CommentItem({ comment }: { readonly comment: CommentFieldsFragment }) {
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

function CommentForm({
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
