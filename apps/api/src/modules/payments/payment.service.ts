import {
  distributePayment,
  formatMoney,
  parseDecimal,
  calculatePayment as priceReports,
} from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors/app-error.js';
import type { Viewer } from '../../policy/viewer.js';
import { recordActivity } from '../activity/activity.service.js';
import { ActivityKind } from '../activity/activity-kind.js';
import { ContractVersion } from '../contracts/contract-version.entity.js';
import { Metric } from '../contracts/metric.entity.js';
import { metricsOf, termsInForceOrFail, trancheTermsOf } from '../contracts/terms-in-force.js';
import { Tranche } from '../contracts/tranche.entity.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { lockPartnership, requireActive } from '../partnerships/partnership-lock.js';
import { OutcomeReport } from '../reports/outcome-report.entity.js';
import { ReportStatus } from '../reports/report-enums.js';
import { User } from '../users/user.entity.js';
import { Distribution } from './distribution.entity.js';
import { OutcomePayment } from './outcome-payment.entity.js';
import { metricTermsOf, trancheClaimOf } from './payment-inputs.js';
import { paidBefore, trancheLedgers } from './payment-ledger.js';
import { PaymentLine } from './payment-line.entity.js';

/**
 * Settles every verified report not yet in a payment, with the rules and tranches of the terms
 * in force. The partnership lock makes concurrent calls queue; the conditional update of the
 * reports is the last guard that no report enters two payments.
 */
export async function calculatePayment(
  em: EntityManager,
  viewer: Viewer,
  partnershipId: string,
): Promise<OutcomePayment> {
  return em.transactional(async (tx) => {
    requireActive(await lockPartnership(tx, partnershipId));
    const reports = await tx.find(
      OutcomeReport,
      { partnership: partnershipId, status: ReportStatus.VERIFIED, payment: null },
      { populate: ['metric'], orderBy: { periodStart: 'asc', id: 'asc' } },
    );
    if (reports.length === 0)
      throw AppError.badInput('partnershipId', 'there are no verified reports to settle');
    const version = await termsInForceOrFail(tx, partnershipId);
    const inForce = new Map((await metricsOf(tx, version.id)).map((metric) => [metric.key, metric]));
    // The terms in force price every report; a metric dropped by an amendment keeps its own rule.
    const metricFor = (report: OutcomeReport): Metric =>
      inForce.get(report.metricKey) ?? report.metric.getEntity();
    // Lines follow the terms' metric order; metrics dropped by an amendment come last.
    const order = (metric: Metric) => inForce.get(metric.key)?.position ?? Number.MAX_SAFE_INTEGER;
    const metrics = [
      ...new Map(reports.map((report) => [report.metricKey, metricFor(report)])).values(),
    ].sort((a, b) => order(a) - order(b) || a.key.localeCompare(b.key));
    const before = await paidBefore(tx, partnershipId);
    const priced = priceReports({
      metrics: metrics.map(metricTermsOf),
      reports: reports.map((report) => ({
        id: report.id,
        metricKey: report.metricKey,
        value: parseDecimal(report.value),
      })),
      metricAmountsBefore: before.byMetric,
      paymentCap: version.paymentCap,
      totalBefore: before.total,
    });
    const ledgers = await trancheLedgers(tx, partnershipId);
    const claims = (await trancheTermsOf(tx, version.id)).map((terms) =>
      trancheClaimOf(terms, ledgers.get(terms.tranche.id)),
    );
    const waterfall = distributePayment(priced.total, claims);

    const payment = new OutcomePayment({
      partnership: tx.getReference(Partnership, partnershipId, { wrapped: true }),
      number: before.count + 1,
      version: tx.getReference(ContractVersion, version.id, { wrapped: true }),
      total: priced.total,
      capReduction: priced.capReduction,
      providerSurplus: waterfall.providerSurplus,
      calculatedBy: tx.getReference(User, viewer.user.id, { wrapped: true }),
    });
    tx.persist(payment);
    const paymentRef = tx.getReference(OutcomePayment, payment.id, { wrapped: true });
    priced.lines.forEach((line, position) => {
      const metric = metrics.find((candidate) => candidate.key === line.metricKey);
      if (!metric) throw new Error(`priced line for unknown metric ${line.metricKey}`);
      tx.persist(
        new PaymentLine({
          payment: paymentRef,
          metric: tx.getReference(Metric, metric.id, { wrapped: true }),
          metricKey: line.metricKey,
          position,
          gross: line.gross,
          amount: line.amount,
        }),
      );
    });
    for (const share of waterfall.distributions) {
      tx.persist(
        new Distribution({
          payment: paymentRef,
          tranche: tx.getReference(Tranche, share.trancheId, { wrapped: true }),
          principal: share.principal,
          premium: share.premium,
        }),
      );
    }
    await tx.flush();
    const settled = await tx.nativeUpdate(
      OutcomeReport,
      { id: { $in: reports.map((report) => report.id) }, status: ReportStatus.VERIFIED, payment: null },
      { payment: payment.id },
    );
    if (settled !== reports.length) {
      throw AppError.conflict('Some reports were settled by another payment meanwhile');
    }
    await recordActivity(tx, {
      partnershipId,
      kind: ActivityKind.PAYMENT_CALCULATED,
      viewer,
      subjectId: payment.id,
      data: { number: payment.number, total: formatMoney(payment.total) },
    });
    return payment;
  });
}
