import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ActivityEntryFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/Feedback';
import { partnershipPath } from '../partnerships/PartnershipTabs';
import { ActivityFeedDocument } from './documents';
import { useLiveActivity } from './live';
import { activitySentence, threadOf } from './sentence';
import { useDateTime, type WorkspacePartnership, WorkspaceSection } from './WorkspaceSection';

const PAGE = 20;

export function ActivityPage() {
  return (
    <WorkspaceSection section="workspace.tabs.activity" lead="activity.lead">
      {(partnership) => <ActivityFeed partnership={partnership} />}
    </WorkspaceSection>
  );
}

/** Newest first: live entries, then the first page, then older pages; each entry once. */
function merge(...lists: readonly (readonly ActivityEntryFieldsFragment[])[]): ActivityEntryFieldsFragment[] {
  const seen = new Set<string>();
  const out: ActivityEntryFieldsFragment[] = [];
  for (const list of lists) {
    for (const entry of list) {
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      out.push(entry);
    }
  }
  return out;
}

function ActivityFeed({ partnership }: { readonly partnership: WorkspacePartnership }) {
  const { t, money, calendarDate } = useT();
  const dateTime = useDateTime();
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(ActivityFeedDocument, {
    // `before: null` spelled out: the API answers BAD_USER_INPUT when the argument is left out.
    variables: { partnershipId: partnership.id, first: PAGE, before: null },
    fetchPolicy: 'cache-and-network',
  });
  const [live, setLive] = useState<ActivityEntryFieldsFragment[]>([]);
  const [older, setOlder] = useState<{ items: ActivityEntryFieldsFragment[]; cursor: string | null } | null>(
    null,
  );
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const format = { t, money, calendarDate };

  useLiveActivity(partnership.id, (entry) => {
    setLive((current) => [entry, ...current]);
    setAnnouncement(t('activity.live', { sentence: activitySentence(entry, format) }));
  });

  const first = data?.activity;
  const cursor = older ? older.cursor : (first?.nextCursor ?? null);
  const entries = merge(live, first?.items ?? [], older?.items ?? []);

  async function loadMore() {
    if (!cursor || loadingMore) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const result = await client.query({
        query: ActivityFeedDocument,
        variables: { partnershipId: partnership.id, first: PAGE, before: cursor },
        fetchPolicy: 'network-only',
      });
      const page = result.data?.activity;
      if (page)
        setOlder((current) => ({
          items: [...(current?.items ?? []), ...page.items],
          cursor: page.nextCursor ?? null,
        }));
    } catch (caught) {
      setMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <section className="card" aria-labelledby="activity-title">
      <h2 id="activity-title">{t('activity.feed')}</h2>
      <StatusMessage>{announcement}</StatusMessage>
      {error && !data && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!data && !error && <Loading />}
      {data && entries.length === 0 && <p className="muted">{t('activity.empty')}</p>}
      {entries.length > 0 && (
        <ol className="activity-list" aria-labelledby="activity-title">
          {entries.map((entry) => {
            const thread = threadOf(entry);
            const sentence = activitySentence(entry, format);
            return (
              <li key={entry.id} className={`activity activity--${entry.kind.toLowerCase()}`}>
                <p className="activity__sentence">
                  {thread ? (
                    <Link
                      to={partnershipPath(partnership.id, `/discussion?thread=${encodeURIComponent(thread)}`)}
                    >
                      {sentence}
                    </Link>
                  ) : (
                    sentence
                  )}
                </p>
                <p className="activity__meta">
                  <time dateTime={entry.createdAt}>{dateTime(entry.createdAt)}</time>
                  {entry.actor && ` · ${entry.actor.name}`}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      {moreError ? <ErrorAlert error={moreError} onRetry={() => void loadMore()} /> : null}
      {data &&
        (cursor ? (
          <p className="workspace-actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void loadMore()}
              aria-disabled={loadingMore}
            >
              {loadingMore ? t('activity.loadingMore') : t('activity.more')}
            </button>
          </p>
        ) : (
          entries.length > 0 && <p className="muted">{t('activity.end')}</p>
        ))}
    </section>
  );
}
