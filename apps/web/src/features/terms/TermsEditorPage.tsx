import { useMutation, useQuery } from '@apollo/client/react';
import { type TermsContext, type TermsIssue, validateTerms } from '@effekt/engine';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { PartnershipRole, TermsEditorQuery } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { hasCode, problemDetail } from '../../lib/errors';
import { ErrorAlert, Loading } from '../../ui/Feedback';
import { WithServerDetail } from '../../ui/ServerDetail';
import { evictPartnershipTerms } from './cache';
import { ProposeTermsDocument, TermsEditorDocument } from './documents';
import {
  emptyForm,
  emptyMetric,
  emptyTranche,
  fieldId,
  formFromVersion,
  issuesByPath,
  type MetricForm,
  metricPath,
  paymentRules,
  ruleParameters,
  shiftPaths,
  type TermsForm,
  type TrancheForm,
  toDraft,
  toTermsInput,
  trancheKinds,
  tranchePath,
  verifierRoles,
} from './form';
import { issueMessageKey } from './issues';
import { labelOf } from './labels';
import { formatExactDecimal } from './numbers';
import { PaymentPreview } from './PaymentPreview';
import type { MetricExample } from './preview';
import { serverTermsIssues } from './serverIssues';
import { TermsField } from './TermsField';
import './terms.css';

type Partnership = NonNullable<TermsEditorQuery['partnership']>;
type Fund = TermsEditorQuery['funds'][number];

export function TermsEditorPage() {
  const { t } = useT();
  const { id = '' } = useParams();
  // Always fresh: the editor is pre-filled from the terms in force or the pending proposal.
  const { data, error, refetch } = useQuery(TermsEditorDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const partnership = data?.partnership;

  if (data?.partnership === null || hasCode(error, 'NOT_FOUND')) {
    return (
      <>
        <h1>{t('partnership.notFound.title')}</h1>
        <ErrorAlert code="NOT_FOUND" />
      </>
    );
  }
  if (error && !partnership) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!partnership || !data) return <Loading />;
  if (!partnership.abilities.proposeTerms) {
    return (
      <>
        <p className="breadcrumb">
          <Link to={`/partnerships/${encodeURIComponent(partnership.id)}`}>
            ← {t('terms.editor.back', { title: partnership.title })}
          </Link>
        </p>
        <h1>{t('terms.editor.titleNew')}</h1>
        <div className="notice notice--error" role="alert">
          <p>{t('terms.editor.notAllowed')}</p>
        </div>
      </>
    );
  }
  return <TermsEditor partnership={partnership} funds={data.funds} />;
}

function TermsEditor({
  partnership,
  funds,
}: {
  readonly partnership: Partnership;
  readonly funds: readonly Fund[];
}) {
  const { t, plural, lang } = useT();
  const navigate = useNavigate();
  const commissionerId =
    partnership.members.find((member) => member.role === 'COMMISSIONER')?.organisation.id ?? '';
  // The pending proposal is the latest thinking; otherwise start from the terms in force.
  const source = partnership.proposal ?? partnership.terms;
  const [form, setForm] = useState<TermsForm>(() =>
    source ? formFromVersion(source, lang) : emptyForm(commissionerId, funds[0]?.id ?? ''),
  );
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverIssues, setServerIssues] = useState<readonly TermsIssue[]>([]);
  const [examples, setExamples] = useState<Readonly<Record<string, MetricExample>>>({});
  const [propose, { loading, error, reset }] = useMutation(ProposeTermsDocument, {
    update(cache) {
      evictPartnershipTerms(cache, partnership.id);
    },
  });

  const roles = useMemo(
    () => new Map<string, PartnershipRole>(partnership.members.map((m) => [m.organisation.id, m.role])),
    [partnership.members],
  );
  const context = useMemo<TermsContext>(
    () => ({ members: roles, commissionerFundIds: new Set(funds.map((fund) => fund.id)) }),
    [roles, funds],
  );
  const draft = useMemo(() => toDraft(form), [form]);
  const liveIssues = useMemo(() => validateTerms(draft, context), [draft, context]);
  const live = issuesByPath(liveIssues);
  const server = issuesByPath(serverIssues);

  /** The message beside a control: the browser's own check once the field was used, else the server's. */
  function errorAt(path: string, value?: string): ReactNode {
    const issue = live.get(path);
    if (issue && (submitted || touched.has(path))) return t(issueMessageKey(issue, value));
    const fromServer = server.get(path);
    if (fromServer) {
      return (
        <WithServerDetail
          summary={t(issueMessageKey(fromServer, value))}
          detail={problemDetail(fromServer)}
        />
      );
    }
    return undefined;
  }

  function touch(path: string) {
    if (touched.has(path)) return;
    setTouched((previous) => new Set(previous).add(path));
  }

  function edited(path: string) {
    touch(path);
    if (server.has(path)) setServerIssues((previous) => previous.filter((issue) => issue.field !== path));
  }

  function updateTop(field: 'startDate' | 'endDate' | 'paymentCap', value: string) {
    setForm((previous) => ({ ...previous, [field]: value }));
    edited(`terms.${field}`);
  }

  function updateMetric(index: number, patch: Partial<MetricForm>) {
    setForm((previous) => ({
      ...previous,
      metrics: previous.metrics.map((metric, i) => (i === index ? { ...metric, ...patch } : metric)),
    }));
    for (const field of Object.keys(patch)) edited(metricPath(index, field as keyof Omit<MetricForm, 'uid'>));
  }

  function updateTranche(index: number, patch: Partial<TrancheForm>) {
    setForm((previous) => ({
      ...previous,
      tranches: previous.tranches.map((tranche, i) => (i === index ? { ...tranche, ...patch } : tranche)),
    }));
    for (const field of Object.keys(patch)) {
      edited(tranchePath(index, field === 'premiumPercent' ? 'premiumRate' : (field as 'kind')));
    }
  }

  function focusLater(elementId: string) {
    window.setTimeout(() => document.getElementById(elementId)?.focus(), 0);
  }

  function addMetric() {
    const index = form.metrics.length;
    setForm((previous) => ({ ...previous, metrics: [...previous.metrics, emptyMetric()] }));
    setServerIssues([]);
    focusLater(fieldId(metricPath(index, 'key')));
  }

  function removeMetric(index: number) {
    setForm((previous) => ({ ...previous, metrics: previous.metrics.filter((_, i) => i !== index) }));
    setTouched((previous) => shiftPaths(previous, 'metrics', index));
    setServerIssues([]);
    focusLater('terms-metrics');
  }

  function addTranche() {
    const index = form.tranches.length;
    setForm((previous) => ({ ...previous, tranches: [...previous.tranches, emptyTranche()] }));
    setServerIssues([]);
    focusLater(fieldId(tranchePath(index, 'organisationId')));
  }

  function removeTranche(index: number) {
    setForm((previous) => ({ ...previous, tranches: previous.tranches.filter((_, i) => i !== index) }));
    setTouched((previous) => shiftPaths(previous, 'tranches', index));
    setServerIssues([]);
    focusLater('terms-tranches');
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    reset();
    setSubmitted(true);
    setServerIssues([]);
    if (liveIssues.length > 0) {
      focusLater('terms-error-summary');
      return;
    }
    try {
      const result = await propose({
        variables: { partnershipId: partnership.id, terms: toTermsInput(form) },
      });
      const version = result.data?.proposeTerms;
      if (version) {
        navigate(
          `/partnerships/${encodeURIComponent(partnership.id)}/versions/${encodeURIComponent(version.id)}`,
          { state: { proposed: version.number } },
        );
      }
    } catch (caught) {
      const issues = serverTermsIssues(caught);
      if (issues.length > 0) {
        setServerIssues(issues);
        focusLater('terms-error-summary');
      }
    }
  }

  const summaryIssues: TermsIssue[] = [
    ...(submitted ? liveIssues : []),
    ...serverIssues.filter((issue) => !(submitted && live.has(issue.field))),
  ];
  const otherError = error && serverIssues.length === 0 ? error : undefined;
  const amend = partnership.terms !== null;
  const title = amend ? t('terms.editor.titleAmend') : t('terms.editor.titleNew');
  const partnershipPath = `/partnerships/${encodeURIComponent(partnership.id)}`;
  const organisationName = (organisationId: string) =>
    partnership.members.find((member) => member.organisation.id === organisationId)?.organisation.name;

  return (
    <article className="terms-editor">
      <title>{`${title} · ${partnership.title} · ${t('app.name')}`}</title>
      <p className="breadcrumb">
        <Link to={partnershipPath}>← {t('terms.editor.back', { title: partnership.title })}</Link>
      </p>
      <header className="page-header">
        <div>
          <h1>{title}</h1>
          <p className="lead">{t('terms.editor.intro')}</p>
        </div>
      </header>
      {source && (
        <div className="notice notice--info">
          <p>
            {t(
              partnership.proposal ? 'terms.editor.prefilledFromProposal' : 'terms.editor.prefilledFromTerms',
              {
                number: source.number,
              },
            )}
          </p>
        </div>
      )}

      <div className="terms-layout">
        <form className="terms-form" onSubmit={onSubmit} noValidate aria-label={title}>
          {summaryIssues.length > 0 && (
            <div
              id="terms-error-summary"
              className="notice notice--error terms-error-summary"
              role="alert"
              tabIndex={-1}
            >
              <p>
                {serverIssues.length > 0 && liveIssues.length === 0
                  ? t('terms.editor.serverRejected')
                  : plural('terms.editor.errorSummary', summaryIssues.length)}
              </p>
              <ul>
                {summaryIssues.map((issue) => {
                  const label = labelOf(issue.field);
                  const name =
                    'list' in label
                      ? t(
                          label.list === 'metric'
                            ? 'terms.editor.fieldInMetric'
                            : 'terms.editor.fieldInTranche',
                          {
                            field: t(label.key),
                            number: label.number,
                          },
                        )
                      : t(label.key);
                  const organisationId = /^terms\.tranches\[(\d+)\]\.organisationId$/.exec(issue.field);
                  const value = organisationId
                    ? form.tranches[Number(organisationId[1])]?.organisationId
                    : undefined;
                  return (
                    <li key={`${issue.field}-${issue.code}`}>
                      <a
                        href={`#${fieldId(issue.field)}`}
                        onClick={(event) => {
                          event.preventDefault();
                          document.getElementById(fieldId(issue.field))?.focus();
                        }}
                      >
                        {name}: {t(issueMessageKey(issue, value))}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
          {otherError && <ErrorAlert error={otherError} />}

          <fieldset className="card terms-fieldset">
            <legend>
              <h2 className="terms-legend">{t('terms.editor.period')}</h2>
            </legend>
            <div className="terms-grid">
              <TermsField
                id={fieldId('terms.startDate')}
                label={t('terms.editor.startDate')}
                error={errorAt('terms.startDate')}
                required
              >
                {(control) => (
                  <input
                    {...control}
                    type="date"
                    value={form.startDate}
                    onChange={(event) => updateTop('startDate', event.target.value)}
                    onBlur={() => touch('terms.startDate')}
                  />
                )}
              </TermsField>
              <TermsField
                id={fieldId('terms.endDate')}
                label={t('terms.editor.endDate')}
                error={errorAt('terms.endDate')}
                required
              >
                {(control) => (
                  <input
                    {...control}
                    type="date"
                    value={form.endDate}
                    onChange={(event) => updateTop('endDate', event.target.value)}
                    onBlur={() => touch('terms.endDate')}
                  />
                )}
              </TermsField>
              <TermsField
                id={fieldId('terms.paymentCap')}
                label={t('terms.editor.paymentCap')}
                hint={t('terms.editor.paymentCapHint')}
                error={errorAt('terms.paymentCap')}
                className="terms-grid__wide"
                required
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    value={form.paymentCap}
                    onChange={(event) => updateTop('paymentCap', event.target.value)}
                    onBlur={() => touch('terms.paymentCap')}
                  />
                )}
              </TermsField>
            </div>
          </fieldset>

          <section className="terms-list" aria-labelledby="terms-metrics-title">
            <h2 id="terms-metrics-title" className="terms-list__intro">
              {t('terms.editor.metrics')}
            </h2>
            <p className="muted terms-list__intro">{t('terms.editor.metricsIntro')}</p>
            {form.metrics.map((metric, index) => (
              <MetricFields
                key={metric.uid}
                metric={metric}
                index={index}
                canRemove={form.metrics.length > 1}
                errorAt={errorAt}
                touch={touch}
                onChange={(patch) => updateMetric(index, patch)}
                onRemove={() => removeMetric(index)}
              />
            ))}
            <ListAction
              id="terms-metrics"
              label={t('terms.editor.addMetric')}
              error={errorAt('terms.metrics')}
              onClick={addMetric}
            />
          </section>

          <section className="terms-list" aria-labelledby="terms-tranches-title">
            <h2 id="terms-tranches-title" className="terms-list__intro">
              {t('terms.editor.tranches')}
            </h2>
            <p className="muted terms-list__intro">{t('terms.editor.tranchesIntro')}</p>
            {form.tranches.map((tranche, index) => (
              <TrancheFields
                key={tranche.uid}
                tranche={tranche}
                index={index}
                members={partnership.members}
                funds={funds}
                isCommissioner={roles.get(tranche.organisationId) === 'COMMISSIONER'}
                canRemove={form.tranches.length > 1}
                errorAt={errorAt}
                touch={touch}
                onChange={(patch) => updateTranche(index, patch)}
                onRemove={() => removeTranche(index)}
              />
            ))}
            <ListAction
              id="terms-tranches"
              label={t('terms.editor.addTranche')}
              error={errorAt('terms.tranches')}
              onClick={addTranche}
            />
          </section>

          <div className="form__actions terms-actions">
            <button type="submit" className="button button--primary" aria-disabled={loading}>
              {loading ? t('terms.editor.submitting') : t('terms.editor.submit')}
            </button>
            <Link to={partnershipPath} className="button button--secondary">
              {t('terms.editor.cancel')}
            </Link>
          </div>
        </form>

        <PaymentPreview
          draft={draft}
          form={form}
          issues={liveIssues}
          examples={examples}
          onExampleChange={(uid, example) => setExamples((previous) => ({ ...previous, [uid]: example }))}
          organisationName={organisationName}
        />
      </div>
    </article>
  );
}

/** The "add" button of a list, which also carries the list's own issue (none given, too many). */
function ListAction({
  id,
  label,
  error,
  onClick,
}: {
  readonly id: string;
  readonly label: string;
  readonly error: ReactNode;
  readonly onClick: () => void;
}) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      <div>
        <button
          type="button"
          id={id}
          className="button button--secondary"
          aria-describedby={error ? `${id}-error` : undefined}
          onClick={onClick}
        >
          + {label}
        </button>
      </div>
    </div>
  );
}

interface RowProps<T> {
  readonly index: number;
  readonly canRemove: boolean;
  readonly errorAt: (path: string, value?: string) => ReactNode;
  readonly touch: (path: string) => void;
  readonly onChange: (patch: Partial<T>) => void;
  readonly onRemove: () => void;
}

function MetricFields({
  metric,
  index,
  canRemove,
  errorAt,
  touch,
  onChange,
  onRemove,
}: RowProps<MetricForm> & { readonly metric: MetricForm }) {
  const { t } = useT();
  const path = (field: Parameters<typeof metricPath>[1]) => metricPath(index, field);
  const uses = ruleParameters[metric.rule];
  const number = index + 1;

  const text = (
    field: 'key' | 'name' | 'unit' | 'price' | 'threshold' | 'target' | 'amount' | 'cap' | 'unitSaving',
    label: string,
    options: { hint?: string; required?: boolean; numeric?: boolean } = {},
  ) => (
    <TermsField
      id={fieldId(path(field))}
      label={label}
      hint={options.hint}
      error={errorAt(path(field))}
      required={options.required ?? false}
    >
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode={options.numeric ? 'decimal' : undefined}
          autoComplete="off"
          spellCheck={field === 'key' ? false : undefined}
          value={metric[field]}
          onChange={(event) => onChange({ [field]: event.target.value })}
          onBlur={() => touch(path(field))}
        />
      )}
    </TermsField>
  );

  return (
    <fieldset className="card terms-fieldset terms-row">
      <legend>
        <h3 className="terms-legend">
          {t('terms.editor.metricHeading', { number })}
          {metric.name.trim() && <span className="terms-row__name"> · {metric.name.trim()}</span>}
        </h3>
      </legend>
      <div className="terms-grid">
        {text('key', t('terms.editor.key'), { hint: t('terms.editor.keyHint'), required: true })}
        {text('name', t('terms.editor.name'), { required: true })}
        <TermsField
          id={fieldId(path('definition'))}
          label={t('terms.editor.definition')}
          hint={t('terms.editor.definitionHint')}
          error={errorAt(path('definition'))}
          className="terms-grid__wide"
          required
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={metric.definition}
              onChange={(event) => onChange({ definition: event.target.value })}
              onBlur={() => touch(path('definition'))}
            />
          )}
        </TermsField>
        {text('unit', t('terms.editor.unit'), { hint: t('terms.editor.unitHint') })}
        <TermsField
          id={fieldId(path('verifier'))}
          label={t('terms.editor.verifier')}
          error={errorAt(path('verifier'))}
        >
          {(control) => (
            <select
              {...control}
              value={metric.verifier}
              onChange={(event) => {
                const verifier = verifierRoles.find((role) => role === event.target.value);
                if (verifier) onChange({ verifier });
              }}
            >
              {verifierRoles.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </select>
          )}
        </TermsField>
        <TermsField
          id={fieldId(path('rule'))}
          label={t('terms.editor.rule')}
          hint={t(`terms.ruleHint.${metric.rule}`)}
          error={errorAt(path('rule'))}
          className="terms-grid__wide"
        >
          {(control) => (
            <select
              {...control}
              value={metric.rule}
              onChange={(event) => {
                const rule = paymentRules.find((option) => option === event.target.value);
                if (rule) onChange({ rule });
              }}
            >
              {paymentRules.map((rule) => (
                <option key={rule} value={rule}>
                  {t(`terms.rule.${rule}`)}
                </option>
              ))}
            </select>
          )}
        </TermsField>
        {uses.includes('price') &&
          text('price', t('terms.editor.price'), {
            hint: t('terms.editor.moneyHint'),
            required: true,
            numeric: true,
          })}
        {uses.includes('threshold') &&
          text('threshold', t('terms.editor.threshold'), {
            hint: t('terms.editor.decimalHint'),
            required: true,
            numeric: true,
          })}
        {uses.includes('target') &&
          text('target', t('terms.editor.target'), {
            hint: t('terms.editor.decimalHint'),
            required: true,
            numeric: true,
          })}
        {uses.includes('amount') &&
          text('amount', t('terms.editor.amount'), {
            hint: t('terms.editor.moneyHint'),
            required: true,
            numeric: true,
          })}
        {text('cap', t('terms.editor.cap'), { hint: t('terms.editor.capHint'), numeric: true })}
        {text('unitSaving', t('terms.editor.unitSaving'), {
          hint: t('terms.editor.unitSavingHint'),
          numeric: true,
        })}
      </div>
      {canRemove && (
        <div className="terms-row__actions">
          <button type="button" className="button button--secondary button--danger" onClick={onRemove}>
            {t('terms.editor.removeMetric', { number })}
          </button>
        </div>
      )}
    </fieldset>
  );
}

function TrancheFields({
  tranche,
  index,
  members,
  funds,
  isCommissioner,
  canRemove,
  errorAt,
  touch,
  onChange,
  onRemove,
}: RowProps<TrancheForm> & {
  readonly tranche: TrancheForm;
  readonly members: Partnership['members'];
  readonly funds: readonly Fund[];
  readonly isCommissioner: boolean;
}) {
  const { t, lang } = useT();
  const path = (field: Parameters<typeof tranchePath>[1]) => tranchePath(index, field);
  const number = index + 1;
  const rate = toDraft({
    startDate: '',
    endDate: '',
    paymentCap: '',
    metrics: [],
    tranches: [tranche],
  }).tranches[0]?.premiumRate;
  const rateIsNumber = rate !== undefined && /^\d+(\.\d+)?$/.test(rate);
  const organisation = members.find((member) => member.organisation.id === tranche.organisationId);

  return (
    <fieldset className="card terms-fieldset terms-row">
      <legend>
        <h3 className="terms-legend">
          {t('terms.editor.trancheHeading', { number })}
          {organisation && <span className="terms-row__name"> · {organisation.organisation.name}</span>}
        </h3>
      </legend>
      <div className="terms-grid">
        <TermsField
          id={fieldId(path('organisationId'))}
          label={t('terms.editor.organisation')}
          error={errorAt(path('organisationId'), tranche.organisationId)}
          required
        >
          {(control) => (
            <select
              {...control}
              value={tranche.organisationId}
              onChange={(event) => {
                const next = event.target.value;
                const commissioner = members.some(
                  (m) => m.organisation.id === next && m.role === 'COMMISSIONER',
                );
                // A fund belongs to the commissioner: another organisation's tranche never keeps one.
                onChange({
                  organisationId: next,
                  fundId: commissioner ? tranche.fundId || (funds[0]?.id ?? '') : '',
                });
              }}
              onBlur={() => touch(path('organisationId'))}
            >
              <option value="">{t('terms.editor.chooseOrganisation')}</option>
              {members.map((member) => (
                <option key={member.organisation.id} value={member.organisation.id}>
                  {member.organisation.name} ({t(`role.${member.role}`)})
                </option>
              ))}
            </select>
          )}
        </TermsField>
        {(isCommissioner || tranche.fundId !== '') && (
          <TermsField
            id={fieldId(path('fundId'))}
            label={t('terms.editor.fund')}
            hint={t('terms.editor.fundHint')}
            error={errorAt(path('fundId'))}
          >
            {(control) => (
              <select
                {...control}
                value={tranche.fundId}
                onChange={(event) => onChange({ fundId: event.target.value })}
              >
                <option value="">{t('terms.editor.noFund')}</option>
                {funds.map((fund) => (
                  <option key={fund.id} value={fund.id}>
                    {fund.name}
                  </option>
                ))}
              </select>
            )}
          </TermsField>
        )}
        <TermsField
          id={fieldId(path('kind'))}
          label={t('terms.editor.kind')}
          hint={t('terms.editor.kindHint')}
          error={errorAt(path('kind'))}
        >
          {(control) => (
            <select
              {...control}
              value={tranche.kind}
              onChange={(event) => {
                const kind = trancheKinds.find((option) => option === event.target.value);
                if (kind) onChange({ kind });
              }}
            >
              {trancheKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`terms.trancheKind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </TermsField>
        <TermsField
          id={fieldId(path('seniority'))}
          label={t('terms.editor.seniority')}
          hint={t('terms.editor.seniorityHint')}
          error={errorAt(path('seniority'))}
          required
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={tranche.seniority}
              onChange={(event) => onChange({ seniority: event.target.value })}
              onBlur={() => touch(path('seniority'))}
            />
          )}
        </TermsField>
        <TermsField
          id={fieldId(path('commitment'))}
          label={t('terms.editor.commitment')}
          hint={t('terms.editor.moneyHint')}
          error={errorAt(path('commitment'))}
          required
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={tranche.commitment}
              onChange={(event) => onChange({ commitment: event.target.value })}
              onBlur={() => touch(path('commitment'))}
            />
          )}
        </TermsField>
        {tranche.kind === 'INVESTMENT' && (
          <TermsField
            id={fieldId(path('premiumRate'))}
            label={t('terms.editor.premium')}
            hint={t('terms.editor.premiumHint')}
            error={errorAt(path('premiumRate'))}
            extra={
              rateIsNumber
                ? t('terms.editor.premiumAsRate', { rate: formatExactDecimal(lang, rate) })
                : undefined
            }
            required
          >
            {(control) => (
              <div className="terms-suffix">
                <input
                  {...control}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  value={tranche.premiumPercent}
                  onChange={(event) => onChange({ premiumPercent: event.target.value })}
                  onBlur={() => touch(path('premiumRate'))}
                />
                <span aria-hidden="true">%</span>
              </div>
            )}
          </TermsField>
        )}
      </div>
      {canRemove && (
        <div className="terms-row__actions">
          <button type="button" className="button button--secondary button--danger" onClick={onRemove}>
            {t('terms.editor.removeTranche', { number })}
          </button>
        </div>
      )}
    </fieldset>
  );
}
