import { Link } from 'react-router';
import type { ThreadsQuery } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useDateTime } from '../activity/WorkspaceSection';
import { type DiscussionSubjects, subjectLabel } from './subjects';

/**
 * The partnership's threads, each with what it is about, its comment count, last comment and
 * unread comments.
 */
export function ThreadList({
  threads,
  subjects,
  openId,
}: {
  readonly threads: ThreadsQuery['threads'];
  readonly subjects: DiscussionSubjects | undefined;
  readonly openId: string | null;
}) {
  const i18n = useT();
  const { t, plural } = i18n;
  const dateTime = useDateTime();
  return (
    <ul className="thread-list">
      {threads.map((thread) => (
        <li key={thread.id} className="thread-list__item">
          <Link
            to={`?thread=${encodeURIComponent(thread.id)}`}
            aria-current={thread.id === openId ? 'true' : undefined}
            className="thread-list__link"
          >
            {thread.title}
          </Link>
          <span className="thread-list__meta">
            {subjectLabel(i18n, subjects, thread)} · {plural('discussion.comments', thread.counts.comments)}
            {thread.counts.lastCommentAt &&
              ` · ${t('discussion.lastComment', { when: dateTime(thread.counts.lastCommentAt) })}`}
          </span>
          {thread.counts.unread > 0 && (
            <span className="pill pill--unread">{plural('discussion.unread', thread.counts.unread)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
