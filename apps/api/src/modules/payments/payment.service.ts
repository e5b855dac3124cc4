import { randomUUID } from 'node:crypto';
import { distributePayment, formatMoney, calculatePayment as priceReports } from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';
import { uuidArrayLiteral } from '../../database/sql-array.js';
import { transaction } from '../../database/transaction.js';
import { AppError } from '../../errors/app-error.js';
import type { Viewer } from '../../policy/viewer.js';
import { recordActivity } from '../activity/activity.service.js';
import { ActivityKind } from '../activity/activity-kind.js';
import type { TrancheView } from '../contracts/contract.types.js';
import type { MetricView } from '../contracts/metric.view.js';
import { lockPartnership, requireActive } from '../partnerships/partnership-lock.js';
import { ReportView } from '../reports/report.view.js';
import { ReportStatus } from '../reports/report-enums.js';
import type { PaymentLineView } from './payment.types.js';
import { PaymentView } from './payment.view.js';
import { PaymentStatus } from './payment-enums.js';
import { type DistributionRow, insertPaymentRows, paymentLineView } from './payment-rows.js';
import { readSettlementInputs } from './settlement-inputs.js';

/** A new payment with the rows the answer shows, so the resolver need not read them back. */
export interface SettledPayment {
  readonly payment: PaymentView;
  readonly lines: readonly PaymentLineView[];
  readonly distributions: readonly DistributionRow[];
  readonly metrics: readonly MetricView[];
  /** The reports it settled, in settlement order. */
  readonly reports: readonly ReportView[];
  /** The tranches of the terms that priced it, in the terms' order. */
  readonly tranches: readonly TrancheView[];
}

/**
 * Settles every verified report not yet in a payment, with the rules and tranches of the terms
 * in force. The partnership lock makes concurrent calls queue; the conditional update of the
 * reports is the last guard that no report enters two payments. Inputs are read and the payment,
 * its lines and distributions written as plain rows: this runs for every payment of every
 * partnership.
 */
export async function calculatePayment(
  em: EntityManager,
  viewer: Viewer,
  partnershipId: string,
): Promise<SettledPayment> {
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
    const payment = PaymentView.of({
      id: randomUUID(),
      partnershipId,
      versionId: inputs.versionId,
      number: inputs.paymentsBefore + 1,
      status: PaymentStatus.CALCULATED,
      total: priced.total,
      capReduction: priced.capReduction,
      providerSurplus: waterfall.providerSurplus,
      calculatedAt: new Date(),
      approvedAt: null,
      paidOn: null,
    });
    await runSql(
      tx,
      `insert into outcome_payment (id, partnership_id, number, version_id, status, total, cap_reduction,
                                    provider_surplus, calculated_by_id, calculated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        payment.id,
        partnershipId,
        payment.number,
        payment.versionId,
        payment.status,
        payment.total.toString(),
        payment.capReduction.toString(),
        payment.providerSurplus.toString(),
        viewer.user.id,
        payment.calculatedAt,
      ],
    );
    const lines = priced.lines.map((line, position) => {
      const metric = inputs.metrics.find((candidate) => candidate.key === line.metricKey);
      if (!metric) throw new Error(`priced line for unknown metric ${line.metricKey}`);
      return {
        metricId: metric.id,
        metricKey: line.metricKey,
        position,
        gross: line.gross,
        amount: line.amount,
      };
    });
    await insertPaymentRows(tx, payment.id, { lines, distributions: waterfall.distributions });
    // The conditions are the guard: a report another payment took meanwhile is not updated.
    const settled = await runSql<{ id: string }[]>(
      tx,
      `update outcome_report set payment_id = ?
        where id = any(?::uuid[]) and status = ? and payment_id is null
       returning id`,
      [payment.id, uuidArrayLiteral(inputs.reports.map((report) => report.id)), ReportStatus.VERIFIED],
    );
    if (settled.length !== inputs.reports.length) {
      throw AppError.conflict('Some reports were settled by another payment meanwhile');
    }
    await recordActivity(tx, {
      partnershipId,
      kind: ActivityKind.PAYMENT_CALCULATED,
      viewer,
      subjectId: payment.id,
      data: { number: payment.number, total: formatMoney(payment.total) },
    });
    const claims = new Map(inputs.claims.map((claim) => [claim.id, claim]));
    return {
      payment,
      lines: lines.map((line) => paymentLineView(payment.id, line)),
      distributions: waterfall.distributions
        .map((share) => {
          const claim = claims.get(share.trancheId);
          if (!claim) throw new Error(`distribution to tranche ${share.trancheId} without a claim`);
          return {
            paymentId: payment.id,
            versionId: payment.versionId,
            trancheId: share.trancheId,
            trancheOrganisationId: claim.organisationId,
            trancheRank: claim.rank,
            principal: share.principal,
            premium: share.premium,
          };
        })
        // As the rows are read back: in the tranches' creation order.
        .sort((a, b) => a.trancheRank - b.trancheRank),
      metrics: inputs.metricViews,
      reports: inputs.reportViews.map((report) => ReportView.of({ ...report, paymentId: payment.id })),
      tranches: inputs.tranches,
    };
  });
}
