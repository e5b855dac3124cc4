import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { LessonsQuery } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/Feedback';
import { partnershipPath } from '../partnerships/PartnershipTabs';
import { LessonsDocument, ShareLessonDocument } from './documents';
import { allTags } from './tags';

type Lesson = LessonsQuery['lessons'][number];

/**
 * Search (Danish full text, `?q=`), tag filter (`?tag=`) and the matching lessons. Without
 * `partnershipId`, every lesson the viewer may read; with it, that partnership's own.
 */
export function LessonBrowser({
  partnershipId,
  headingLevel = 2,
  refreshKey = 0,
}: {
  readonly partnershipId?: string;
  readonly headingLevel?: 2 | 3;
  readonly refreshKey?: number;
}) {
  const { t, plural } = useT();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const tag = params.get('tag') ?? '';
  const [draft, setDraft] = useState(search);
  const [status, setStatus] = useState('');
  const searchId = useId();
  const results = useQuery(LessonsDocument, {
    variables: {
      search: search.trim() || null,
      tag: tag || null,
      partnershipId: partnershipId ?? null,
    },
    fetchPolicy: 'cache-and-network',
  });
  // The tag list comes from every lesson in scope, so a filter never hides the other choices.
  const everything = useQuery(LessonsDocument, {
    variables: { search: null, tag: null, partnershipId: partnershipId ?? null },
    fetchPolicy: 'cache-and-network',
  });
  const [lastRefresh, setLastRefresh] = useState(refreshKey);
  if (refreshKey !== lastRefresh) {
    setLastRefresh(refreshKey);
    void results.refetch();
    void everything.refetch();
  }
  const tags = allTags(everything.data?.lessons ?? []);
  const lessons = results.data?.lessons ?? [];
  const filtered = search !== '' || tag !== '';

  const update = (next: { q?: string; tag?: string }) => {
    const copy = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) copy.set(key, value);
      else copy.delete(key);
    }
    setParams(copy, { replace: true });
  };

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update({ q: draft.trim() });
  }

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const CardHeading = headingLevel === 2 ? 'h3' : 'h4';

  return (
    <section className="card" aria-labelledby={`${searchId}-title`}>
      <Heading id={`${searchId}-title`}>{t('lessons.title')}</Heading>
      <search>
        <form className="toolbar lesson-search" onSubmit={onSearch}>
          <div className="field lesson-search__query">
            <label htmlFor={`${searchId}-q`} className="field__label">
              {t('lessons.search')}
            </label>
            <p id={`${searchId}-hint`} className="field__hint">
              {t('lessons.searchHint')}
            </p>
            <div className="lesson-search__row">
              <input
                id={`${searchId}-q`}
                type="search"
                aria-describedby={`${searchId}-hint`}
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
              />
              <button type="submit" className="button button--primary">
                {t('lessons.searchSubmit')}
              </button>
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${searchId}-tag`} className="field__label">
              {t('lessons.tag')}
            </label>
            <select id={`${searchId}-tag`} value={tag} onChange={(e) => update({ tag: e.target.value })}>
              <option value="">{t('lessons.allTags')}</option>
              {tags.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </div>
          {filtered && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setDraft('');
                update({ q: '', tag: '' });
              }}
            >
              {t('lessons.clear')}
            </button>
          )}
        </form>
      </search>
      <StatusMessage>{status}</StatusMessage>
      <p className="toolbar__count" aria-live="polite">
        {results.data && plural('lessons.count', lessons.length)}
      </p>
      {results.error && !results.data && (
        <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />
      )}
      {!results.data && !results.error && <Loading />}
      {results.data && lessons.length === 0 && (
        <p className="muted">{filtered ? t('lessons.empty') : t('lessons.emptyAll')}</p>
      )}
      {lessons.length > 0 && (
        <ul className="lesson-list">
          {lessons.map((lesson) => (
            <li key={lesson.id}>
              <LessonCard
                lesson={lesson}
                Heading={CardHeading}
                showPartnership={!partnershipId}
                onShared={(title) => setStatus(t('lessons.shared', { title }))}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function LessonCard({
  lesson,
  Heading,
  showPartnership,
  onShared,
}: {
  readonly lesson: Lesson;
  readonly Heading: 'h3' | 'h4';
  readonly showPartnership: boolean;
  readonly onShared: (title: string) => void;
}) {
  const { t, date } = useT();
  const [share, { loading, error }] = useMutation(ShareLessonDocument);
  const headingId = useId();
  const mayShare = lesson.visibility === 'PARTNERSHIP' && lesson.partnership?.viewerRole === 'COMMISSIONER';
  const wentWell = lesson.outcome === 'WENT_WELL';
  return (
    <article className={`lesson lesson--${wentWell ? 'well' : 'badly'}`} aria-labelledby={headingId}>
      <Heading id={headingId} className="lesson__title">
        {lesson.title}
      </Heading>
      <p className="lesson__meta">
        <span className={wentWell ? 'pill pill--well' : 'pill pill--badly'}>
          <span aria-hidden="true">{wentWell ? '✓ ' : '✗ '}</span>
          {t(`lessons.outcome.${lesson.outcome}`)}
        </span>{' '}
        <span className="pill pill--muted">{t(`lessons.visibility.${lesson.visibility}`)}</span>{' '}
        <span className="muted">
          {showPartnership && lesson.partnership ? (
            <Link to={partnershipPath(lesson.partnership.id, '/lessons')}>
              {t('lessons.from', {
                partnership: lesson.partnershipTitle,
                municipality: lesson.municipality.name,
              })}
            </Link>
          ) : (
            showPartnership &&
            t('lessons.from', {
              partnership: lesson.partnershipTitle,
              municipality: lesson.municipality.name,
            })
          )}
          {showPartnership && ' · '}
          {t('lessons.by', { name: `${lesson.author.name}, ${lesson.author.organisation.name}` })} ·{' '}
          <time dateTime={lesson.createdAt}>{date(lesson.createdAt)}</time>
        </span>
      </p>
      <p className="prose lesson__body">{lesson.body}</p>
      {lesson.tags.length > 0 && (
        <p className="lesson__tags">
          <span className="visually-hidden">{t('lessons.tags')}: </span>
          {lesson.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </p>
      )}
      {error && <ErrorAlert error={error} />}
      {mayShare && (
        <button
          type="button"
          className="button button--secondary button--small"
          aria-disabled={loading}
          onClick={async () => {
            if (loading) return;
            try {
              await share({ variables: { id: lesson.id } });
              onShared(lesson.title);
            } catch {
              // Shown from the mutation state.
            }
          }}
        >
          {loading ? t('lessons.sharing') : t('lessons.share')}
          <span className="visually-hidden">: {lesson.title}</span>
        </button>
      )}
    </article>
  );
}
