import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { PartnershipReportsQuery } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { fieldProblems, hasCode } from '../../lib/errors';
import { ErrorAlert } from '../../ui/Feedback';
import { Field } from '../../ui/Field';
import { WithServerDetail } from '../../ui/ServerDetail';
import { SubmitOutcomeReportDocument } from './documents';
import { normaliseNumber, valueProblem } from './input';

type Terms = NonNullable<NonNullable<PartnershipReportsQuery['partnership']>['terms']>;

export interface ReportDraft {
  readonly metricKey: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly value: string;
  readonly note: string;
}

export const emptyDraft: ReportDraft = { metricKey: '', periodStart: '', periodEnd: '', value: '', note: '' };

type FieldName = 'metricKey' | 'periodStart' | 'periodEnd' | 'value';

function clientProblems(draft: ReportDraft): Partial<Record<FieldName, MessageKey>> {
  const problems: Partial<Record<FieldName, MessageKey>> = {};
  if (!draft.metricKey) problems.metricKey = 'delivery.reportForm.metricRequired';
  if (!draft.periodStart) problems.periodStart = 'delivery.reportForm.dateRequired';
  if (!draft.periodEnd) problems.periodEnd = 'delivery.reportForm.dateRequired';
  else if (draft.periodStart && draft.periodEnd < draft.periodStart)
    problems.periodEnd = 'delivery.reportForm.endBeforeStart';
  const value = valueProblem(draft.value);
  if (value === 'required') problems.value = 'delivery.reportForm.valueRequired';
  if (value === 'format') problems.value = 'delivery.reportForm.valueFormat';
  if (value === 'negative') problems.value = 'delivery.reportForm.valueNegative';
  return problems;
}

/**
 * The provider's report for one metric and period. Opened prefilled from the quarter table or from
 * a rejected report; `focusOnOpen` moves focus here so keyboard users land in the form.
 */
export function ReportForm({
  partnershipId,
  terms,
  initial,
  focusOnOpen,
  resubmission,
  onSubmitted,
}: {
  readonly partnershipId: string;
  readonly terms: Terms;
  readonly initial: ReportDraft;
  readonly focusOnOpen: boolean;
  /** The reviewer's reason when this resubmits a rejected report. */
  readonly resubmission?: string | null;
  readonly onSubmitted: (message: string) => void;
}) {
  const { t } = useT();
  const headingId = useId();
  const [draft, setDraft] = useState<ReportDraft>(initial);
  const [shown, setShown] = useState<Partial<Record<FieldName, MessageKey>>>({});
  const [submit, { loading, error, reset }] = useMutation(SubmitOutcomeReportDocument, {
    refetchQueries: ['PartnershipReports', 'ReviewInbox'],
    awaitRefetchQueries: true,
  });
  const metricRef = useRef<HTMLSelectElement>(null);
  const periodStartRef = useRef<HTMLInputElement>(null);
  const periodEndRef = useRef<HTMLInputElement>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const refs = {
    metricKey: metricRef,
    periodStart: periodStartRef,
    periodEnd: periodEndRef,
    value: valueRef,
  };
  const prefilledMetric = initial.metricKey !== '';

  // The form is re-keyed per opening, so this runs once each time it is opened from a table.
  useEffect(() => {
    if (!focusOnOpen) return;
    sectionRef.current?.scrollIntoView({ block: 'start' });
    (prefilledMetric ? valueRef : metricRef).current?.focus();
  }, [focusOnOpen, prefilledMetric]);

  const metric = terms.metrics.find((candidate) => candidate.key === draft.metricKey);
  const server = fieldProblems(error);
  const conflict = hasCode(error, 'CONFLICT');
  const message = (name: FieldName | 'note') => {
    const client = name === 'note' ? undefined : shown[name];
    if (client) return t(client);
    const detail = server[name];
    return detail ? (
      <WithServerDetail summary={t('delivery.reportForm.serverInvalid')} detail={detail} />
    ) : undefined;
  };
  const hasFieldError = Object.keys(server).length > 0;

  function update(patch: Partial<ReportDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    reset();
    const problems = clientProblems(draft);
    setShown(problems);
    const first = (['metricKey', 'periodStart', 'periodEnd', 'value'] as const).find(
      (name) => problems[name],
    );
    if (first) {
      refs[first].current?.focus();
      return;
    }
    try {
      const result = await submit({
        variables: {
          input: {
            partnershipId,
            metricKey: draft.metricKey,
            periodStart: draft.periodStart,
            periodEnd: draft.periodEnd,
            value: normaliseNumber(draft.value),
            note: draft.note.trim() === '' ? null : draft.note.trim(),
          },
        },
      });
      const report = result.data?.submitOutcomeReport;
      setDraft(emptyDraft);
      onSubmitted(
        t('delivery.reportForm.submitted', {
          metric: report?.metric.name ?? metric?.name ?? draft.metricKey,
        }),
      );
    } catch {
      // Shown from the mutation state.
    }
  }

  return (
    <section ref={sectionRef} className="card" aria-labelledby={headingId} id="report-form">
      <h2 id={headingId}>
        {resubmission ? t('delivery.reportForm.titleAgain') : t('delivery.reportForm.title')}
      </h2>
      <p className="muted">{t('delivery.reportForm.intro')}</p>
      {resubmission && (
        <p className="notice notice--info">
          {t('delivery.reportForm.rejectedBecause', { reason: resubmission })}
        </p>
      )}
      {conflict && (
        <div className="notice notice--error" role="alert">
          <p>{t('delivery.reportForm.conflict')}</p>
        </div>
      )}
      {hasFieldError && (
        <div className="notice notice--error" role="alert">
          <p>{t('errors.BAD_USER_INPUT')}</p>
        </div>
      )}
      {error && !conflict && !hasFieldError && <ErrorAlert error={error} />}
      <form className="form report-form" onSubmit={onSubmit} noValidate>
        <Field label={t('delivery.reportForm.metric')} error={message('metricKey')} required>
          {(control) => (
            <select
              {...control}
              ref={metricRef}
              value={draft.metricKey}
              onChange={(event) => update({ metricKey: event.target.value })}
            >
              <option value="">{t('delivery.reportForm.chooseMetric')}</option>
              {terms.metrics.map((option) => (
                <option key={option.key} value={option.key}>
                  {option.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="report-form__dates">
          <Field
            label={t('delivery.reportForm.periodStart')}
            hint={t('delivery.reportForm.dateHint')}
            error={message('periodStart')}
            required
          >
            {(control) => (
              <input
                {...control}
                ref={periodStartRef}
                type="date"
                min={terms.startDate}
                max={terms.endDate}
                value={draft.periodStart}
                onChange={(event) => update({ periodStart: event.target.value })}
              />
            )}
          </Field>
          <Field
            label={t('delivery.reportForm.periodEnd')}
            hint={t('delivery.reportForm.dateHint')}
            error={message('periodEnd')}
            required
          >
            {(control) => (
              <input
                {...control}
                ref={periodEndRef}
                type="date"
                min={terms.startDate}
                max={terms.endDate}
                value={draft.periodEnd}
                onChange={(event) => update({ periodEnd: event.target.value })}
              />
            )}
          </Field>
        </div>
        <Field
          label={
            metric ? t('delivery.reportForm.valueIn', { unit: metric.unit }) : t('delivery.reportForm.value')
          }
          hint={t('delivery.reportForm.valueHint')}
          error={message('value')}
          required
        >
          {(control) => (
            <input
              {...control}
              ref={valueRef}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={draft.value}
              onChange={(event) => update({ value: event.target.value })}
            />
          )}
        </Field>
        <Field
          label={t('delivery.reportForm.note')}
          hint={t('delivery.reportForm.noteHint')}
          error={message('note')}
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={2000}
              value={draft.note}
              onChange={(event) => update({ note: event.target.value })}
            />
          )}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" aria-disabled={loading}>
            {loading ? t('delivery.reportForm.submitting') : t('delivery.reportForm.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
