import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/Feedback';
import { useLiveActivity } from '../activity/live';
import { threadOf } from '../activity/sentence';
import { type WorkspacePartnership, WorkspaceSection } from '../activity/WorkspaceSection';
import { DiscussionSubjectsDocument, ThreadsDocument } from './documents';
import { NewThreadForm } from './NewThreadForm';
import { ThreadList } from './ThreadList';
import { ThreadView } from './ThreadView';

export function DiscussionPage() {
  return (
    <WorkspaceSection section="workspace.tabs.discussion" lead="discussion.lead">
      {(partnership) => <Discussion partnership={partnership} />}
    </WorkspaceSection>
  );
}

function Discussion({ partnership }: { readonly partnership: WorkspacePartnership }) {
  const { t } = useT();
  const [search, setSearch] = useSearchParams();
  const openId = search.get('thread');
  const threads = useQuery(ThreadsDocument, {
    variables: { partnershipId: partnership.id },
    fetchPolicy: 'cache-and-network',
  });
  // What threads can be about; the list and the open thread name their subject from it.
  const subjects = useQuery(DiscussionSubjectsDocument, {
    variables: { id: partnership.id },
    fetchPolicy: 'cache-and-network',
  });
  const subjectsData = subjects.data?.partnership ?? undefined;
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
          <ThreadList threads={threads.data.threads} subjects={subjectsData} openId={openId} />
        )}
        <NewThreadForm
          partnership={partnership}
          subjects={subjectsData}
          subjectsError={subjects.error}
          onRetrySubjects={() => void subjects.refetch()}
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
            subjects={subjectsData}
            liveSeq={liveThread.id === openId ? liveThread.seq : 0}
            onClose={() => open(null)}
          />
        ) : null}
      </div>
    </div>
  );
}
