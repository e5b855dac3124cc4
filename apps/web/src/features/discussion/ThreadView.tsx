import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/Feedback';
import { useDateTime, type WorkspacePartnership } from '../activity/WorkspaceSection';
import { useViewer } from '../auth/viewer';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';
import { MarkThreadReadDocument, ThreadDocument } from './documents';
import { type DiscussionSubjects, subjectLabel } from './subjects';

/** One open thread: its comments, kept up to date and marked read, and the form to add one. */
export function ThreadView({
  threadId,
  partnership,
  subjects,
  liveSeq,
  onClose,
}: {
  readonly threadId: string;
  readonly partnership: WorkspacePartnership;
  /** Names the version, report or payment the thread is about; undefined while loading. */
  readonly subjects: DiscussionSubjects | undefined;
  /** Increases when live activity says the thread has news. */
  readonly liveSeq: number;
  readonly onClose: () => void;
}) {
  const i18n = useT();
  const { t, plural } = i18n;
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
        {subjectLabel(i18n, subjects, thread)} ·{' '}
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
