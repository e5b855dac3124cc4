import { useMutation } from '@apollo/client/react';
import { parseMoney } from '@effekt/engine';
import { type FormEvent, useId, useRef, useState } from 'react';
import type { TrancheFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { fieldProblems, firstProblem, hasCode, problemDetail } from '../../lib/errors';
import { ErrorAlert, StatusMessage } from '../../ui/Feedback';
import { Field } from '../../ui/Field';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { WithServerDetail } from '../../ui/ServerDetail';
import { trancheName } from '../payments/waterfall';
import { amountProblem, normaliseNumber } from '../reports/input';
import { localToday } from '../reports/periods';
import { RecordDisbursementDocument } from './documents';

/** A tranche's position, its disbursements, and (where the viewer may) a form to record one. */
export function TrancheDisbursements({ tranche }: { readonly tranche: TrancheFieldsFragment }) {
  const { t, money, calendarDate } = useT();
  const headingId = useId();
  const listId = useId();
  const position = tranche.position;
  const sorted = [...tranche.disbursements].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return (
    <section className="card tranche-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{trancheName(tranche)}</h3>
      {position && (
        <dl className="facts facts--money">
          <div>
            <dt>{t('delivery.position.committed')}</dt>
            <dd>{money(position.committed)}</dd>
          </div>
          <div>
            <dt>{t('delivery.position.disbursed')}</dt>
            <dd>{money(position.disbursed)}</dd>
          </div>
          <div>
            <dt>{t('delivery.position.undrawn')}</dt>
            <dd>{money(position.undrawn)}</dd>
          </div>
          <div>
            <dt>{t('delivery.position.outstanding')}</dt>
            <dd>{money(position.outstanding)}</dd>
          </div>
        </dl>
      )}
      <h4 id={listId}>{t('delivery.disbursements.list')}</h4>
      {sorted.length === 0 ? (
        <p className="muted">{t('delivery.disbursements.none')}</p>
      ) : (
        <ScrollRegion labelledBy={listId}>
          <table className="table" aria-labelledby={listId}>
            <thead>
              <tr>
                <th scope="col">{t('delivery.disbursements.date')}</th>
                <th scope="col" className="numeric">
                  {t('delivery.disbursements.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((disbursement) => (
                <tr key={disbursement.id}>
                  <td>{calendarDate(disbursement.date)}</td>
                  <td className="numeric nowrap">{money(disbursement.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {tranche.viewerCanDisburse &&
        (position && parseMoney(position.undrawn) === 0n ? (
          <p className="muted disbursement-form">{t('delivery.disbursements.fullyDrawn')}</p>
        ) : (
          <DisbursementForm tranche={tranche} />
        ))}
    </section>
  );
}

function DisbursementForm({ tranche }: { readonly tranche: TrancheFieldsFragment }) {
  const { t, money, calendarDate } = useT();
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState(localToday);
  const [problems, setProblems] = useState<{ amount?: MessageKey; date?: MessageKey }>({});
  const [done, setDone] = useState('');
  const amountRef = useRef<HTMLInputElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const [record, { loading, error, reset }] = useMutation(RecordDisbursementDocument, {
    refetchQueries: ['PartnershipPayments'],
  });
  const server = fieldProblems(error);
  const conflict = hasCode(error, 'CONFLICT');
  const serverMessage = (name: 'amount' | 'date') =>
    server[name] ? (
      <WithServerDetail summary={t('delivery.disbursements.invalid')} detail={server[name]} />
    ) : undefined;
  const hasField = Boolean(server.amount ?? server.date);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    reset();
    setDone('');
    const amountIssue = amountProblem(amount);
    const next: { amount?: MessageKey; date?: MessageKey } = {};
    if (amountIssue === 'required') next.amount = 'delivery.disbursements.amountRequired';
    if (amountIssue === 'format') next.amount = 'delivery.disbursements.amountFormat';
    if (amountIssue === 'notPositive') next.amount = 'delivery.disbursements.amountPositive';
    if (!date) next.date = 'delivery.reportForm.dateRequired';
    setProblems(next);
    if (next.amount) return amountRef.current?.focus();
    if (next.date) return dateRef.current?.focus();
    const value = normaliseNumber(amount);
    try {
      await record({ variables: { input: { trancheId: tranche.id, amount: value, date } } });
      setDone(t('delivery.disbursements.recorded', { amount: money(value), date: calendarDate(date) }));
      setAmount('');
    } catch {
      // Shown from the mutation state.
    }
  }

  return (
    <div className="disbursement-form">
      <h4>{t('delivery.disbursements.record')}</h4>
      <StatusMessage>{done}</StatusMessage>
      {conflict && (
        <div className="notice notice--error" role="alert">
          <p>
            <WithServerDetail
              summary={t('delivery.disbursements.conflict')}
              detail={problemDetail(firstProblem(error) ?? { message: '' })}
            />
          </p>
        </div>
      )}
      {error && !conflict && !hasField && <ErrorAlert error={error} />}
      <form className="form" onSubmit={onSubmit} noValidate>
        <Field
          label={t('delivery.disbursements.amount')}
          hint={t('delivery.disbursements.amountHint')}
          error={problems.amount ? t(problems.amount) : serverMessage('amount')}
          required
        >
          {(control) => (
            <input
              {...control}
              ref={amountRef}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('delivery.disbursements.date')}
          error={problems.date ? t(problems.date) : serverMessage('date')}
          required
        >
          {(control) => (
            <input
              {...control}
              ref={dateRef}
              type="date"
              value={date}
              onChange={(event) => setDate(event.target.value)}
            />
          )}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" aria-disabled={loading}>
            {loading ? t('delivery.disbursements.recording') : t('delivery.disbursements.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
