import { useMutation, useQuery } from '@apollo/client/react';
import { formatMoney, parseMoney, sumOre } from '@effekt/engine';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { PartnershipPaymentQuery } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { fieldProblems, hasCode } from '../../lib/errors';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/Feedback';
import { Field } from '../../ui/Field';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { WithServerDetail } from '../../ui/ServerDetail';
import { PartnershipSectionHeader, partnershipPath } from '../partnerships/PartnershipTabs';
import { localDecimal } from '../reports/input';
import { usePeriodText } from '../reports/labels';
import { localToday } from '../reports/periods';
import { SectionNotFound } from '../reports/ReportsPage';
import { ApprovePaymentDocument, MarkPaymentPaidDocument, PartnershipPaymentDocument } from './documents';
import { PaymentBadge } from './labels';
import { WaterfallChart } from './WaterfallChart';
import { WaterfallTable } from './WaterfallTable';
import { type WaterfallRow, waterfallRows } from './waterfall';
import './delivery.css';

type Partnership = NonNullable<PartnershipPaymentQuery['partnership']>;
type Payment = Partnership['payments'][number];

function calculatedNumber(state: unknown): number | undefined {
  if (typeof state !== 'object' || state === null || !('calculated' in state)) return undefined;
  return typeof state.calculated === 'number' ? state.calculated : undefined;
}

export function PaymentPage() {
  const { t } = useT();
  const { id = '', paymentId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(PartnershipPaymentDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [status, setStatus] = useState(() => {
    const number = calculatedNumber(location.state);
    return number === undefined ? '' : t('delivery.calculate.done', { number });
  });

  // Announce the calculation once; a reload should not repeat it.
  useEffect(() => {
    if (calculatedNumber(location.state) !== undefined) {
      navigate({ pathname: location.pathname }, { replace: true, state: null });
    }
  }, [location, navigate]);

  const partnership = data?.partnership;
  const payment = partnership?.payments.find((candidate) => candidate.id === paymentId);
  if (data?.partnership === null || hasCode(error, 'NOT_FOUND')) return <SectionNotFound />;
  if (error && !partnership) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!partnership) return <Loading />;
  if (!payment) return <SectionNotFound />;

  return (
    <article className="partnership">
      <PartnershipSectionHeader
        partnership={partnership}
        section={`${t('delivery.tabs.payments')}: ${t('delivery.payment.number', { number: payment.number })}`}
      />
      <p className="breadcrumb">
        <Link to={partnershipPath(partnership.id, '/payments')}>← {t('delivery.payment.back')}</Link>
      </p>
      <StatusMessage>{status}</StatusMessage>
      <section className="card" aria-labelledby="payment-title">
        <div className="review-card__head">
          <h2 id="payment-title">{t('delivery.payment.number', { number: payment.number })}</h2>
          <PaymentBadge status={payment.status} />
        </div>
        <PaymentSteps payment={payment} />
        {partnership.abilities.managePayments && <PaymentActions payment={payment} onDone={setStatus} />}
      </section>
      <PaymentLines payment={payment} />
      <Waterfall payment={payment} />
    </article>
  );
}

function PaymentSteps({ payment }: { readonly payment: Payment }) {
  const { t, date, calendarDate } = useT();
  return (
    <ol className="payment-steps">
      <li className="is-done">
        <span className="payment-steps__name">{t('delivery.paymentStatus.CALCULATED')}</span>{' '}
        <time dateTime={payment.calculatedAt}>{date(payment.calculatedAt)}</time>
      </li>
      <li className={payment.approvedAt ? 'is-done' : undefined}>
        <span className="payment-steps__name">{t('delivery.paymentStatus.APPROVED')}</span>{' '}
        {payment.approvedAt ? (
          <time dateTime={payment.approvedAt}>{date(payment.approvedAt)}</time>
        ) : (
          <span className="muted">{t('delivery.payment.notYet')}</span>
        )}
      </li>
      <li className={payment.paidOn ? 'is-done' : undefined}>
        <span className="payment-steps__name">{t('delivery.paymentStatus.PAID')}</span>{' '}
        {payment.paidOn ? (
          <time dateTime={payment.paidOn}>{calendarDate(payment.paidOn)}</time>
        ) : (
          <span className="muted">{t('delivery.payment.notYet')}</span>
        )}
      </li>
    </ol>
  );
}

function PaymentActions({
  payment,
  onDone,
}: {
  readonly payment: Payment;
  readonly onDone: (message: string) => void;
}) {
  const { t, money, calendarDate } = useT();
  const refetch = {
    refetchQueries: ['PartnershipPayment', 'PartnershipPayments'],
    awaitRefetchQueries: true,
  };
  const [approve, approving] = useMutation(ApprovePaymentDocument, refetch);
  const [markPaid, paying] = useMutation(MarkPaymentPaidDocument, refetch);
  const [paidOn, setPaidOn] = useState(localToday);
  const [missingDate, setMissingDate] = useState(false);
  const dateRef = useRef<HTMLInputElement>(null);
  const error = approving.error ?? paying.error;
  const serverDate = fieldProblems(paying.error).paidOn;

  async function onApprove() {
    if (approving.loading) return;
    approving.reset();
    try {
      await approve({ variables: { id: payment.id } });
      onDone(t('delivery.payment.approved', { number: payment.number, total: money(payment.total) }));
    } catch {
      // Shown from the mutation state.
    }
  }

  async function onPaid(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (paying.loading) return;
    paying.reset();
    if (!paidOn) {
      setMissingDate(true);
      dateRef.current?.focus();
      return;
    }
    setMissingDate(false);
    try {
      await markPaid({ variables: { id: payment.id, paidOn } });
      onDone(t('delivery.payment.paid', { number: payment.number, date: calendarDate(paidOn) }));
    } catch {
      // Shown from the mutation state.
    }
  }

  return (
    <div className="payment-actions">
      {hasCode(error, 'CONFLICT') ? (
        <div className="notice notice--error" role="alert">
          <p>{t('delivery.payment.conflict')}</p>
        </div>
      ) : (
        error && !serverDate && <ErrorAlert error={error} />
      )}
      {payment.status === 'CALCULATED' && (
        <>
          <p>{t('delivery.payment.approveIntro', { total: money(payment.total) })}</p>
          <button
            type="button"
            className="button button--primary"
            aria-disabled={approving.loading}
            onClick={onApprove}
          >
            {approving.loading ? t('delivery.payment.approving') : t('delivery.payment.approve')}
          </button>
        </>
      )}
      {payment.status === 'APPROVED' && (
        <form className="form form--inline" onSubmit={onPaid} noValidate>
          <Field
            label={t('delivery.payment.paidOn')}
            hint={t('delivery.payment.paidOnHint')}
            error={
              missingDate ? (
                t('delivery.reportForm.dateRequired')
              ) : serverDate ? (
                <WithServerDetail summary={t('delivery.payment.paidOnInvalid')} detail={serverDate} />
              ) : undefined
            }
            required
          >
            {(control) => (
              <input
                {...control}
                ref={dateRef}
                type="date"
                max={localToday()}
                value={paidOn}
                onChange={(event) => setPaidOn(event.target.value)}
              />
            )}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button button--primary" aria-disabled={paying.loading}>
              {paying.loading ? t('delivery.payment.marking') : t('delivery.payment.markPaid')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

function PaymentLines({ payment }: { readonly payment: Payment }) {
  const { t, money, lang } = useT();
  const periodText = usePeriodText();
  const subtotal = formatMoney(sumOre(payment.lines.map((line) => parseMoney(line.amount))));
  const capped = parseMoney(payment.capReduction) > 0n;
  return (
    <section className="card" aria-labelledby="lines-title">
      <h2 id="lines-title">{t('delivery.payment.lines')}</h2>
      <ScrollRegion labelledBy="lines-title">
        <table className="table" aria-labelledby="lines-title">
          <thead>
            <tr>
              <th scope="col">{t('delivery.report.metric')}</th>
              <th scope="col">{t('delivery.payment.reports')}</th>
              <th scope="col" className="numeric">
                {t('delivery.payment.gross')}
              </th>
              <th scope="col" className="numeric">
                {t('delivery.payment.afterCap')}
              </th>
            </tr>
          </thead>
          <tbody>
            {payment.lines.map((line) => (
              <tr key={line.metric.id}>
                <th scope="row">{line.metric.name}</th>
                <td>
                  <ul className="plain-list">
                    {line.reports.map((report) => (
                      <li key={report.id}>
                        {periodText({ start: report.periodStart, end: report.periodEnd })}:{' '}
                        <span className="nowrap">
                          {localDecimal(lang, report.value)} {line.metric.unit}
                        </span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="numeric nowrap">{money(line.gross)}</td>
                <td className="numeric nowrap">
                  {money(line.amount)}
                  {line.gross !== line.amount && (
                    <span className="table-note">{t('delivery.payment.metricCapped')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <dl className="payment-totals">
        <div>
          <dt>{t('delivery.payment.subtotal')}</dt>
          <dd>{money(subtotal)}</dd>
        </div>
        <div className={capped ? 'payment-totals__warn' : undefined}>
          <dt>{t('delivery.payment.capReduction')}</dt>
          <dd>{capped ? `− ${money(payment.capReduction)}` : money(payment.capReduction)}</dd>
        </div>
        <div className="payment-totals__total">
          <dt>{t('delivery.payment.total')}</dt>
          <dd data-testid="payment-total">{money(payment.total)}</dd>
        </div>
        <div>
          <dt>{t('delivery.payment.surplus')}</dt>
          <dd>{money(payment.providerSurplus)}</dd>
        </div>
      </dl>
    </section>
  );
}

function Waterfall({ payment }: { readonly payment: Payment }) {
  const { t } = useT();
  const tableId = useId();
  const rows: WaterfallRow[] = waterfallRows(payment.distributions);
  return (
    <section className="card" aria-labelledby="waterfall-title">
      <h2 id="waterfall-title">{t('delivery.waterfall.title')}</h2>
      <p className="muted">{t('delivery.waterfall.intro')}</p>
      {rows.length === 0 ? (
        <p className="notice notice--info">{t('delivery.waterfall.hidden')}</p>
      ) : (
        <>
          <h3 id={tableId}>{t('delivery.waterfall.table')}</h3>
          <WaterfallTable labelledBy={tableId} rows={rows} fit="page" surplus={payment.providerSurplus} />
          <WaterfallChart
            rows={rows}
            surplus={payment.providerSurplus}
            description={t('delivery.chart.sameAsTable')}
            fit="page"
          />
        </>
      )}
    </section>
  );
}
