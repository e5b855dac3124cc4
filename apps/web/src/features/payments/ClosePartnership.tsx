import { useMutation } from '@apollo/client/react';
import { formatMoney, parseMoney, sumOre } from '@effekt/engine';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { ClosureOutcome, PartnershipPaymentsQuery } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { hasCode } from '../../lib/errors';
import { ErrorAlert } from '../../ui/Feedback';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { ClosePartnershipDocument } from './documents';
import { trancheName } from './waterfall';

type Partnership = NonNullable<PartnershipPaymentsQuery['partnership']>;

export const closureOutcomes = [
  'SUCCEEDED',
  'PARTIAL',
  'FAILED',
  'TERMINATED',
] as const satisfies readonly ClosureOutcome[];

/**
 * Closing is final: the commissioner picks an outcome, reads what will be written off, and
 * confirms. Afterwards the section shows what was written off per tranche.
 */
export function ClosePartnership({
  partnership,
  onClosed,
}: {
  readonly partnership: Partnership;
  readonly onClosed: (message: string) => void;
}) {
  const { t } = useT();
  const headingId = useId();
  if (partnership.status === 'CLOSED') {
    return (
      <section className="card" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('delivery.close.closedTitle')}</h2>
        {partnership.closure && (
          <p>{t('delivery.close.closedAs', { outcome: t(`delivery.closure.${partnership.closure}`) })}</p>
        )}
        <WrittenOff partnership={partnership} />
      </section>
    );
  }
  return <CloseForm partnership={partnership} headingId={headingId} onClosed={onClosed} />;
}

function CloseForm({
  partnership,
  headingId,
  onClosed,
}: {
  readonly partnership: Partnership;
  readonly headingId: string;
  readonly onClosed: (message: string) => void;
}) {
  const { t, money } = useT();
  const [outcome, setOutcome] = useState<ClosureOutcome | ''>('');
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const firstRadioRef = useRef<HTMLInputElement>(null);
  const [close, { loading, error, reset }] = useMutation(ClosePartnershipDocument, {
    refetchQueries: ['PartnershipPayments', 'PartnershipTabs'],
    awaitRefetchQueries: true,
  });
  const open = partnership.payments.filter((payment) => payment.status !== 'PAID');
  const investments = (partnership.terms?.tranches ?? []).filter((tranche) => tranche.kind === 'INVESTMENT');
  const visible = investments.filter((tranche) => tranche.position !== null);
  const atStake = formatMoney(
    sumOre(visible.map((tranche) => parseMoney(tranche.position?.outstanding ?? '0'))),
  );

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  function onReview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset();
    if (!outcome) {
      setMissing(true);
      firstRadioRef.current?.focus();
      return;
    }
    setConfirming(true);
  }

  async function onConfirm() {
    if (loading || !outcome) return;
    try {
      await close({ variables: { id: partnership.id, outcome } });
      onClosed(t('delivery.close.done', { outcome: t(`delivery.closure.${outcome}`) }));
    } catch {
      setConfirming(false);
    }
  }

  return (
    <section className="card close-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('delivery.close.title')}</h2>
      <p className="muted">{t('delivery.close.intro')}</p>
      {hasCode(error, 'CONFLICT') ? (
        <div className="notice notice--error" role="alert">
          <p>{t('delivery.close.conflict')}</p>
        </div>
      ) : (
        error && <ErrorAlert error={error} />
      )}
      {open.length > 0 ? (
        <p className="notice notice--info">{t('delivery.close.openPayments')}</p>
      ) : confirming && outcome ? (
        <div className="close-confirm">
          <h3 ref={confirmRef} tabIndex={-1}>
            {t('delivery.close.confirmTitle', { outcome: t(`delivery.closure.${outcome}`) })}
          </h3>
          <p>{t('delivery.close.confirmBody')}</p>
          {visible.length > 0 && (
            <p className="close-confirm__sum">{t('delivery.close.atStake', { amount: money(atStake) })}</p>
          )}
          <div className="form__actions">
            <button
              type="button"
              className="button button--danger-solid"
              aria-disabled={loading}
              onClick={onConfirm}
            >
              {loading ? t('delivery.close.closing') : t('delivery.close.confirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('delivery.close.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <form className="form" onSubmit={onReview} noValidate>
          <fieldset className="choice-group" aria-describedby={missing ? 'close-outcome-error' : undefined}>
            <legend className="field__label">
              {t('delivery.close.outcome')} <span className="field__required">({t('form.required')})</span>
            </legend>
            {missing && (
              <p id="close-outcome-error" className="field__error">
                {t('delivery.close.outcomeRequired')}
              </p>
            )}
            {closureOutcomes.map((option, index) => (
              <label key={option} className="choice">
                <input
                  ref={index === 0 ? firstRadioRef : undefined}
                  type="radio"
                  name="outcome"
                  value={option}
                  checked={outcome === option}
                  onChange={() => {
                    setOutcome(option);
                    setMissing(false);
                  }}
                />
                <span>
                  <strong>{t(`delivery.closure.${option}`)}</strong>
                  <span className="choice__hint">{t(`delivery.closureHint.${option}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <div className="form__actions">
            <button type="submit" className="button button--secondary">
              {t('delivery.close.review')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function WrittenOff({ partnership }: { readonly partnership: Partnership }) {
  const { t, money } = useT();
  const tranches = (partnership.terms?.tranches ?? []).filter((tranche) => tranche.position !== null);
  if (tranches.length === 0) return null;
  const total = formatMoney(
    sumOre(tranches.map((tranche) => parseMoney(tranche.position?.writtenOff ?? '0'))),
  );
  return (
    <>
      <h3 id="written-off-title">{t('delivery.close.writtenOff')}</h3>
      <ScrollRegion labelledBy="written-off-title">
        <table className="table" aria-labelledby="written-off-title">
          <thead>
            <tr>
              <th scope="col">{t('delivery.capital.tranche')}</th>
              <th scope="col" className="numeric">
                {t('delivery.position.disbursed')}
              </th>
              <th scope="col" className="numeric">
                {t('delivery.position.principalRepaid')}
              </th>
              <th scope="col" className="numeric">
                {t('delivery.position.writtenOff')}
              </th>
            </tr>
          </thead>
          <tbody>
            {tranches.map((tranche) => (
              <tr key={tranche.id}>
                <th scope="row">
                  {trancheName(tranche)}
                  {tranche.kind === 'GRANT' && (
                    <span className="table-note">{t('delivery.close.grantNote')}</span>
                  )}
                </th>
                <td className="numeric nowrap">{money(tranche.position?.disbursed ?? '0')}</td>
                <td className="numeric nowrap">{money(tranche.position?.principalRepaid ?? '0')}</td>
                <td className="numeric nowrap">{money(tranche.position?.writtenOff ?? '0')}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('delivery.close.writtenOffTotal')}
              </th>
              <td className="numeric nowrap">{money(total)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
    </>
  );
}
