import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { DecisionsQuery } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { fieldProblems } from '../../lib/errors';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/Feedback';
import { Field } from '../../ui/Field';
import { WithServerDetail } from '../../ui/ServerDetail';
import { useLiveActivity } from '../activity/live';
import {
  OrganisationChecklist,
  type WorkspacePartnership,
  WorkspaceSection,
} from '../activity/WorkspaceSection';
import { useViewer } from '../auth/viewer';
import { ThreadsDocument } from '../discussion/documents';
import { partnershipPath } from '../partnerships/PartnershipTabs';
import { decisionChains } from './chains';
import { DecisionsDocument, RecordDecisionDocument } from './documents';

type Decision = DecisionsQuery['decisions'][number];

export function DecisionsPage() {
  return (
    <WorkspaceSection section="workspace.tabs.decisions" lead="decisions.lead">
      {(partnership) => <Decisions partnership={partnership} />}
    </WorkspaceSection>
  );
}

function Decisions({ partnership }: { readonly partnership: WorkspacePartnership }) {
  const { t } = useT();
  const { data, error, refetch } = useQuery(DecisionsDocument, {
    variables: { partnershipId: partnership.id },
    fetchPolicy: 'cache-and-network',
  });
  const [status, setStatus] = useState('');
  useLiveActivity(partnership.id, () => void refetch(), ['DECISION_RECORDED']);
  const decisions = data?.decisions ?? [];
  const chains = decisionChains(decisions);

  return (
    <>
      <StatusMessage>{status}</StatusMessage>
      <section className="card" aria-labelledby="decisions-title">
        <h2 id="decisions-title">{t('decisions.log')}</h2>
        {error && !data && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {!data && !error && <Loading />}
        {data && decisions.length === 0 && <p className="muted">{t('decisions.empty')}</p>}
        {chains.length > 0 && (
          <ol className="decision-list">
            {chains.map((chain) => {
              const [head, ...earlier] = chain;
              if (!head) return null;
              return (
                <li key={head.id} className="decision-chain">
                  <DecisionCard decision={head} partnershipId={partnership.id} />
                  {earlier.length > 0 && (
                    <div className="decision-chain__history">
                      <h3 className="decision-chain__title" id={`chain-${head.id}`}>
                        {t('decisions.chain')}
                      </h3>
                      <ol aria-labelledby={`chain-${head.id}`}>
                        {earlier.map((decision) => (
                          <li key={decision.id}>
                            <DecisionCard decision={decision} partnershipId={partnership.id} />
                          </li>
                        ))}
                      </ol>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <DecisionForm
        partnership={partnership}
        current={decisions.filter((decision) => !decision.supersededBy)}
        onRecorded={() => {
          setStatus(t('decisions.form.recorded'));
          void refetch();
        }}
      />
    </>
  );
}

function DecisionCard({
  decision,
  partnershipId,
}: {
  readonly decision: Decision;
  readonly partnershipId: string;
}) {
  const { t, calendarDate } = useT();
  const superseded = Boolean(decision.supersededBy);
  return (
    <article
      id={`decision-${decision.id}`}
      className={superseded ? 'decision decision--superseded' : 'decision'}
      aria-label={`${superseded ? t('decisions.superseded') : t('decisions.current')}: ${t('decisions.decidedOn', { date: calendarDate(decision.decidedOn) })}`}
    >
      <p className="decision__meta">
        <span className={superseded ? 'pill pill--muted' : 'pill pill--current'}>
          {superseded ? t('decisions.superseded') : t('decisions.current')}
        </span>{' '}
        <time dateTime={decision.decidedOn}>
          {t('decisions.decidedOn', { date: calendarDate(decision.decidedOn) })}
        </time>
      </p>
      <p className="decision__text prose">{decision.text}</p>
      <ul className="decision__facts">
        <li>{t('decisions.agreedBy', { names: decision.agreedBy.map((o) => o.name).join(', ') })}</li>
        <li>
          {t('decisions.recordedBy', {
            name: `${decision.recordedBy.name}, ${decision.recordedBy.organisation.name}`,
          })}
        </li>
        {decision.supersededBy && (
          <li>
            <a href={`#decision-${decision.supersededBy.id}`}>
              {t('decisions.supersededBy', { date: calendarDate(decision.supersededBy.decidedOn) })}
            </a>
          </li>
        )}
        {decision.supersedes && (
          <li>
            <a href={`#decision-${decision.supersedes.id}`}>
              {t('decisions.supersedes', { date: calendarDate(decision.supersedes.decidedOn) })}
            </a>
          </li>
        )}
        {decision.threadId && (
          <li>
            <Link
              to={partnershipPath(
                partnershipId,
                `/discussion?thread=${encodeURIComponent(decision.threadId)}`,
              )}
            >
              {t('decisions.fromThread')}
            </Link>
          </li>
        )}
      </ul>
    </article>
  );
}

/** Today in Denmark as YYYY-MM-DD. */
function todayInDenmark(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

function DecisionForm({
  partnership,
  current,
  onRecorded,
}: {
  readonly partnership: WorkspacePartnership;
  readonly current: readonly Decision[];
  readonly onRecorded: () => void;
}) {
  const { t, calendarDate } = useT();
  const viewer = useViewer();
  const threads = useQuery(ThreadsDocument, { variables: { partnershipId: partnership.id } });
  const [text, setText] = useState('');
  const [decidedOn, setDecidedOn] = useState(todayInDenmark);
  const [agreedBy, setAgreedBy] = useState<string[]>([viewer.organisation.id]);
  const [supersedesId, setSupersedesId] = useState('');
  const [threadId, setThreadId] = useState('');
  const [missing, setMissing] = useState<{ text?: boolean; date?: boolean; agreed?: boolean }>({});
  const [recordDecision, { loading, error, reset }] = useMutation(RecordDecisionDocument);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const server = fieldProblems(error);
  const detail = (value: string | undefined) =>
    value && <WithServerDetail summary={t('errors.BAD_USER_INPUT')} detail={value} />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    reset();
    const next = { text: text.trim() === '', date: decidedOn === '', agreed: agreedBy.length === 0 };
    setMissing(next);
    if (next.text) return textRef.current?.focus();
    if (next.date || next.agreed) return;
    try {
      await recordDecision({
        variables: {
          input: {
            partnershipId: partnership.id,
            text: text.trim(),
            decidedOn,
            agreedBy,
            supersedesId: supersedesId || null,
            threadId: threadId || null,
          },
        },
      });
      setText('');
      setSupersedesId('');
      setThreadId('');
      onRecorded();
    } catch {
      // Shown from the mutation state.
    }
  }

  const known = new Set(['text', 'decidedOn', 'agreedBy', 'supersedesId', 'threadId']);
  const otherError = error && !Object.keys(server).some((field) => known.has(field)) ? error : undefined;

  return (
    <section className="card" aria-labelledby="record-decision-title">
      <h2 id="record-decision-title">{t('decisions.form.title')}</h2>
      {otherError && <ErrorAlert error={otherError} />}
      <form className="form" onSubmit={onSubmit} noValidate>
        <Field
          label={t('decisions.form.text')}
          error={missing.text ? t('decisions.form.textRequired') : detail(server.text)}
          required
        >
          {(control) => (
            <textarea
              {...control}
              ref={textRef}
              rows={4}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        <div className="form--inline form">
          <Field
            label={t('decisions.form.decidedOn')}
            error={missing.date ? t('decisions.form.decidedOnRequired') : detail(server.decidedOn)}
            required
          >
            {(control) => (
              <input
                {...control}
                type="date"
                value={decidedOn}
                onChange={(e) => setDecidedOn(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('decisions.form.supersedes')} error={detail(server.supersedesId)}>
            {(control) => (
              <select {...control} value={supersedesId} onChange={(e) => setSupersedesId(e.target.value)}>
                <option value="">{t('decisions.form.supersedesNone')}</option>
                {current.map((decision) => (
                  <option key={decision.id} value={decision.id}>
                    {calendarDate(decision.decidedOn)}: {[...decision.text].slice(0, 60).join('')}
                    {[...decision.text].length > 60 ? '…' : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('decisions.form.thread')} error={detail(server.threadId)}>
            {(control) => (
              <select {...control} value={threadId} onChange={(e) => setThreadId(e.target.value)}>
                <option value="">{t('decisions.form.threadNone')}</option>
                {(threads.data?.threads ?? []).map((thread) => (
                  <option key={thread.id} value={thread.id}>
                    {thread.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <OrganisationChecklist
          name="agreed-by"
          legend={t('decisions.form.agreedBy')}
          error={missing.agreed ? t('decisions.form.agreedByRequired') : server.agreedBy}
          organisations={partnership.members.map((member) => member.organisation)}
          selected={agreedBy}
          onChange={setAgreedBy}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" aria-disabled={loading}>
            {loading ? t('decisions.form.submitting') : t('decisions.form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
