import { distributePayment, formatMoney, calculatePayment as priceReports } from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import { transaction } from '../../database/transaction.js';
import { AppError } from '../../errors/app-error.js';
import type { Viewer } from '../../policy/viewer.js';
import { recordActivity } from '../activity/activity.service.js';
import { ActivityKind } from '../activity/activity-kind.js';
import { ContractVersion } from '../contracts/contract-version.entity.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { lockPartnership, requireActive } from '../partnerships/partnership-lock.js';
import { OutcomeReport } from '../reports/outcome-report.entity.js';
import { ReportStatus } from '../reports/report-enums.js';
import { User } from '../users/user.entity.js';
import { OutcomePayment } from './outcome-payment.entity.js';
import { insertPaymentRows } from './payment-rows.js';
import { readSettlementInputs } from './settlement-inputs.js';

/**
 * Settles every verified report not yet in a payment, with the rules and tranches of the terms
 * in force. The partnership lock makes concurrent calls queue; the conditional update of the
 * reports is the last guard that no report enters two payments. Inputs are read and lines and
 * distributions written as plain rows: this runs for every payment of every partnership.
 */
export async function calculatePayment(
  em: EntityManager,
  viewer: Viewer,
  partnershipId: string,
): Promise<OutcomePayment> {
  return transaction(em, async (tx) => {
    requireActive(await lockPartnership(tx, partnershipId));
    const inputs = await readSettlementInputs(tx, partnershipId);
    const priced = priceReports({
      metrics: inputs.metrics,
      reports: inputs.reports,
      metricAmountsBefore: new Map(inputs.metricAmountsBefore),
      paymentCap: inputs.paymentCap,
      totalBefore: inputs.totalBefore,
    });
    const waterfall = distributePayment(priced.total, [...inputs.claims]);

    const payment = new OutcomePayment({
      partnership: tx.getReference(Partnership, partnershipId, { wrapped: true }),
      number: inputs.paymentsBefore + 1,
      version: tx.getReference(ContractVersion, inputs.versionId, { wrapped: true }),
      total: priced.total,
      capReduction: priced.capReduction,
      providerSurplus: waterfall.providerSurplus,
      calculatedBy: tx.getReference(User, viewer.user.id, { wrapped: true }),
    });
    tx.persist(payment);
    await tx.flush();
    await insertPaymentRows(tx, payment.id, {
      lines: priced.lines.map((line, position) => {
        const metric = inputs.metrics.find((candidate) => candidate.key === line.metricKey);
        if (!metric) throw new Error(`priced line for unknown metric ${line.metricKey}`);
        return {
          metricId: metric.id,
          metricKey: line.metricKey,
          position,
          gross: line.gross,
          amount: line.amount,
        };
      }),
      distributions: waterfall.distributions,
    });
    const settled = await tx.nativeUpdate(
      OutcomeReport,
      {
        id: { $in: inputs.reports.map((report) => report.id) },
        status: ReportStatus.VERIFIED,
        payment: null,
      },
      { payment: payment.id },
    );
    if (settled !== inputs.reports.length) {
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
