import { useMutation } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import type { LessonOutcome } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { fieldProblems } from '../../lib/errors';
import { ErrorAlert, StatusMessage } from '../../ui/Feedback';
import { Field } from '../../ui/Field';
import { WithServerDetail } from '../../ui/ServerDetail';
import { useLiveActivity } from '../activity/live';
import { type WorkspacePartnership, WorkspaceSection } from '../activity/WorkspaceSection';
import '../activity/workspace.css';
import { RecordLessonDocument } from './documents';
import { LessonBrowser } from './LessonList';
import { parseTags } from './tags';

/** The platform-wide page: every lesson the viewer may read. */
export function LessonsPage() {
  const { t } = useT();
  return (
    <article className="workspace">
      <title>{`${t('lessons.title')} · ${t('app.name')}`}</title>
      <header className="page-header">
        <div>
          <h1>{t('lessons.title')}</h1>
          <p className="lead">{t('lessons.lead')}</p>
        </div>
      </header>
      <LessonBrowser />
    </article>
  );
}

/** The partnership's own lessons, with the form to record one. */
export function PartnershipLessonsPage() {
  return (
    <WorkspaceSection section="workspace.tabs.lessons" lead="lessons.partnershipLead">
      {(partnership) => <PartnershipLessons partnership={partnership} />}
    </WorkspaceSection>
  );
}

function PartnershipLessons({ partnership }: { readonly partnership: WorkspacePartnership }) {
  const [refresh, setRefresh] = useState(0);
  useLiveActivity(partnership.id, () => setRefresh((n) => n + 1), ['LESSON_RECORDED']);
  return (
    <>
      <LessonForm partnershipId={partnership.id} onRecorded={() => setRefresh((n) => n + 1)} />
      <LessonBrowser partnershipId={partnership.id} refreshKey={refresh} />
    </>
  );
}

function LessonForm({
  partnershipId,
  onRecorded,
}: {
  readonly partnershipId: string;
  readonly onRecorded: () => void;
}) {
  const { t } = useT();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [outcome, setOutcome] = useState<LessonOutcome>('WENT_WELL');
  const [missing, setMissing] = useState<{ title?: boolean; body?: boolean }>({});
  const [done, setDone] = useState('');
  const [record, { loading, error, reset }] = useMutation(RecordLessonDocument);
  const titleRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const server = fieldProblems(error);
  const detail = (value: string | undefined) =>
    value && <WithServerDetail summary={t('errors.BAD_USER_INPUT')} detail={value} />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    reset();
    setDone('');
    const next = { title: title.trim() === '', body: body.trim() === '' };
    setMissing(next);
    if (next.title) return titleRef.current?.focus();
    if (next.body) return bodyRef.current?.focus();
    try {
      await record({
        variables: { input: { partnershipId, title: title.trim(), body, outcome, tags: parseTags(tags) } },
      });
      setDone(t('lessons.form.recorded', { title: title.trim() }));
      setTitle('');
      setBody('');
      setTags('');
      onRecorded();
    } catch {
      // Shown from the mutation state.
    }
  }

  const known = new Set(['title', 'body', 'tags', 'outcome']);
  const otherError = error && !Object.keys(server).some((field) => known.has(field)) ? error : undefined;

  return (
    <section className="card" aria-labelledby="record-lesson-title">
      <h2 id="record-lesson-title">{t('lessons.form.title')}</h2>
      <StatusMessage>{done}</StatusMessage>
      {otherError && <ErrorAlert error={otherError} />}
      <form className="form" onSubmit={onSubmit} noValidate>
        <Field
          label={t('lessons.form.lessonTitle')}
          error={missing.title ? t('lessons.form.titleRequired') : detail(server.title)}
          required
        >
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
        <Field
          label={t('lessons.form.body')}
          error={missing.body ? t('lessons.form.bodyRequired') : detail(server.body)}
          required
        >
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
        <div className="form form--inline">
          <fieldset className="field radio-group">
            <legend className="field__label">{t('lessons.form.outcome')}</legend>
            {(['WENT_WELL', 'WENT_BADLY'] as const).map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name="lesson-outcome"
                  value={option}
                  checked={outcome === option}
                  onChange={() => setOutcome(option)}
                />{' '}
                {t(`lessons.outcome.${option}`)}
              </label>
            ))}
          </fieldset>
          <Field label={t('lessons.form.tags')} hint={t('lessons.form.tagsHint')} error={detail(server.tags)}>
            {(control) => <input {...control} value={tags} onChange={(e) => setTags(e.target.value)} />}
          </Field>
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" aria-disabled={loading}>
            {loading ? t('lessons.form.submitting') : t('lessons.form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
