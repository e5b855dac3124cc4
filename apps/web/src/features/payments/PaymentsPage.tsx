import { useMutation, useQuery } from '@apollo/client/react';
import { formatMoney, parseMoney, sumOre } from '@effekt/engine';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { PartnershipPaymentsQuery } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { fieldProblems, hasCode } from '../../lib/errors';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/Feedback';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { TrancheDisbursements } from '../disbursements/TrancheDisbursements';
import { PartnershipSectionHeader, partnershipPath } from '../partnerships/PartnershipTabs';
import { SectionNotFound } from '../reports/ReportsPage';
import { ClosePartnership } from './ClosePartnership';
import { CalculatePaymentDocument, PartnershipPaymentsDocument } from './documents';
import { PaymentBadge } from './labels';
import { trancheName } from './waterfall';
import './delivery.css';

type Partnership = NonNullable<PartnershipPaymentsQuery['partnership']>;

export function PaymentsPage() {
  const { t } = useT();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(PartnershipPaymentsDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [status, setStatus] = useState('');
  const partnership = data?.partnership;

  if (data?.partnership === null || hasCode(error, 'NOT_FOUND')) return <SectionNotFound />;
  if (error && !partnership) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!partnership) return <Loading />;

  const tranches = partnership.terms?.tranches ?? [];
  const withDetail = tranches.filter((tranche) => tranche.position !== null || tranche.viewerCanDisburse);

  return (
    <article className="partnership">
      <PartnershipSectionHeader partnership={partnership} section={t('delivery.tabs.payments')}>
        <p className="lead">{t('delivery.payments.lead')}</p>
      </PartnershipSectionHeader>
      <StatusMessage>{status}</StatusMessage>

      <PaymentSummary partnership={partnership} />
      {partnership.abilities.managePayments && <CalculatePayment partnership={partnership} />}
      <PaymentList partnership={partnership} />

      {partnership.terms && (
        <section className="delivery-section" aria-labelledby="capital-title">
          <h2 id="capital-title">{t('delivery.capital.title')}</h2>
          <p className="muted">{t('delivery.capital.intro')}</p>
          <TrancheTable partnership={partnership} />
          {withDetail.length > 0 && (
            <div className="tranche-grid">
              {withDetail.map((tranche) => (
                <TrancheDisbursements key={tranche.id} tranche={tranche} />
              ))}
            </div>
          )}
        </section>
      )}

      {(partnership.abilities.close || partnership.status === 'CLOSED') && (
        <ClosePartnership partnership={partnership} onClosed={setStatus} />
      )}
    </article>
  );
}

function PaymentSummary({ partnership }: { readonly partnership: Partnership }) {
  const { t, money } = useT();
  const committed = sumOre(partnership.payments.map((payment) => parseMoney(payment.total)));
  const cap = partnership.terms ? parseMoney(partnership.terms.paymentCap) : undefined;
  return (
    <section className="card" aria-labelledby="payment-summary-title">
      <h2 id="payment-summary-title">{t('delivery.payments.summary')}</h2>
      <dl className="facts facts--money">
        <div>
          <dt>{t('delivery.payments.paidToDate')}</dt>
          <dd data-testid="paid-to-date">{money(partnership.paidToDate)}</dd>
        </div>
        {cap !== undefined && (
          <>
            <div>
              <dt>{t('delivery.payments.cap')}</dt>
              <dd>{money(formatMoney(cap))}</dd>
            </div>
            <div>
              <dt>{t('delivery.payments.capLeft')}</dt>
              <dd>{money(formatMoney(cap > committed ? cap - committed : 0n))}</dd>
            </div>
          </>
        )}
      </dl>
    </section>
  );
}

function CalculatePayment({ partnership }: { readonly partnership: Partnership }) {
  const { t, plural } = useT();
  const navigate = useNavigate();
  const [calculate, { loading, error, reset }] = useMutation(CalculatePaymentDocument, {
    refetchQueries: ['PartnershipPayments', 'PartnershipReports'],
  });
  const unsettled = partnership.verified.filter((report) => report.payment === null).length;
  const nothing = fieldProblems(error).partnershipId;

  async function onCalculate() {
    if (loading) return;
    reset();
    try {
      const result = await calculate({ variables: { partnershipId: partnership.id } });
      const payment = result.data?.calculatePayment;
      if (payment) {
        navigate(partnershipPath(partnership.id, `/payments/${encodeURIComponent(payment.id)}`), {
          state: { calculated: payment.number },
        });
      }
    } catch {
      // Shown from the mutation state.
    }
  }

  return (
    <section className="card" aria-labelledby="calculate-title">
      <h2 id="calculate-title">{t('delivery.calculate.title')}</h2>
      <p>
        {unsettled > 0 ? plural('delivery.calculate.unsettled', unsettled) : t('delivery.calculate.none')}
      </p>
      {nothing ? (
        <div className="notice notice--error" role="alert">
          <p>{t('delivery.calculate.none')}</p>
        </div>
      ) : (
        error && <ErrorAlert error={error} />
      )}
      {unsettled > 0 && partnership.status === 'ACTIVE' && (
        <button
          type="button"
          className="button button--primary"
          aria-disabled={loading}
          onClick={onCalculate}
        >
          {loading ? t('delivery.calculate.calculating') : t('delivery.calculate.submit')}
        </button>
      )}
    </section>
  );
}

function PaymentList({ partnership }: { readonly partnership: Partnership }) {
  const { t, money, date, calendarDate } = useT();
  const payments = [...partnership.payments].sort((a, b) => b.number - a.number);
  return (
    <section className="card" aria-labelledby="payments-title">
      <h2 id="payments-title">{t('delivery.payments.title')}</h2>
      {payments.length === 0 ? (
        <p className="muted">{t('delivery.payments.none')}</p>
      ) : (
        <ScrollRegion labelledBy="payments-title">
          <table className="table" aria-labelledby="payments-title">
            <thead>
              <tr>
                <th scope="col">{t('delivery.payments.payment')}</th>
                <th scope="col">{t('delivery.payments.status')}</th>
                <th scope="col" className="numeric">
                  {t('delivery.payment.total')}
                </th>
                <th scope="col">{t('delivery.payments.calculated')}</th>
                <th scope="col">{t('delivery.payments.paidOn')}</th>
              </tr>
            </thead>
            <tbody>
              {payments.map((payment) => (
                <tr key={payment.id}>
                  <th scope="row">
                    <Link to={partnershipPath(partnership.id, `/payments/${encodeURIComponent(payment.id)}`)}>
                      {t('delivery.payment.number', { number: payment.number })}
                    </Link>
                  </th>
                  <td>
                    <PaymentBadge status={payment.status} />
                  </td>
                  <td className="numeric nowrap">{money(payment.total)}</td>
                  <td className="nowrap">
                    <time dateTime={payment.calculatedAt}>{date(payment.calculatedAt)}</time>
                  </td>
                  <td className="nowrap">{payment.paidOn ? calendarDate(payment.paidOn) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

export function TrancheTable({ partnership }: { readonly partnership: Partnership }) {
  const { t, money, number } = useT();
  const tranches = partnership.terms?.tranches ?? [];
  const hidden = tranches.some((tranche) => tranche.position === null);
  return (
    <div className="card">
      <h3 id="tranche-table-title">{t('delivery.capital.positions')}</h3>
      <ScrollRegion labelledBy="tranche-table-title">
        <table className="table" aria-labelledby="tranche-table-title">
          <thead>
            <tr>
              <th scope="col">{t('delivery.capital.tranche')}</th>
              <th scope="col" className="numeric">
                {t('delivery.position.committed')}
              </th>
              <th scope="col" className="numeric">
                {t('delivery.position.disbursed')}
              </th>
              <th scope="col" className="numeric">
                {t('delivery.position.principalRepaid')}
              </th>
              <th scope="col" className="numeric">
                {t('delivery.position.premiumReceived')}
              </th>
              <th scope="col" className="numeric">
                {t('delivery.position.outstanding')}
              </th>
              <th scope="col" className="numeric">
                {t('delivery.position.writtenOff')}
              </th>
            </tr>
          </thead>
          <tbody>
            {tranches.map((tranche) => {
              const position = tranche.position;
              return (
                <tr key={tranche.id}>
                  <th scope="row">
                    {trancheName(tranche)}
                    <span className="table-note">
                      {t('delivery.capital.kindAndSeniority', {
                        kind: t(`delivery.trancheKind.${tranche.kind}`),
                        seniority: number(tranche.seniority),
                      })}
                    </span>
                  </th>
                  <td className="numeric nowrap">{money(tranche.commitment)}</td>
                  {position ? (
                    <>
                      <td className="numeric nowrap">{money(position.disbursed)}</td>
                      <td className="numeric nowrap">{money(position.principalRepaid)}</td>
                      <td className="numeric nowrap">{money(position.premiumReceived)}</td>
                      <td className="numeric nowrap">{money(position.outstanding)}</td>
                      <td className="numeric nowrap">{money(position.writtenOff)}</td>
                    </>
                  ) : (
                    <td colSpan={5} className="muted">
                      {t('delivery.capital.notVisible')}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {hidden && <p className="field__hint">{t('delivery.capital.hiddenNote')}</p>}
    </div>
  );
}
