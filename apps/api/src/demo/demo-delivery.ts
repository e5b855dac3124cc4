import type { EntityManager } from '@mikro-orm/postgresql';
import { Tranche } from '../modules/contracts/tranche.entity.js';
import { recordDisbursement } from '../modules/delivery/disbursement.service.js';
import { todayInDenmark } from '../modules/money/money-input.js';
import type { Partnership } from '../modules/partnerships/partnership.entity.js';
import { OutcomePayment } from '../modules/payments/outcome-payment.entity.js';
import { calculatePayment } from '../modules/payments/payment.service.js';
import { approvePayment, markPaymentPaid } from '../modules/payments/payment-status.service.js';
import { reviewReport, submitReport } from '../modules/reports/report.service.js';
import { type DemoDirectory, type DemoKey, viewerOf } from './demo-directory.js';

/**
 * The worked example of DOMAIN.md played through the services: every tranche fully disbursed,
 * three verified reports, and one payment of 1,280,000.00 calculated, approved and paid.
 */
export async function playWorkedExample(
  em: EntityManager,
  directory: DemoDirectory,
  partnership: Partnership,
) {
  const holders: [DemoKey, string, string][] = [
    ['aarhus', '3000000.00', '2026-01-15'],
    ['kapitalfond', '2000000.00', '2026-01-20'],
    ['trivsel', '1000000.00', '2026-02-01'],
  ];
  for (const [key, amount, date] of holders) {
    const tranche = await em.findOneOrFail(Tranche, {
      partnership: partnership.id,
      organisation: directory.organisation(key).id,
    });
    await recordDisbursement(em, viewerOf(directory, key), tranche, { amount, date });
  }
  const provider = viewerOf(directory, 'askov');
  const reports = [
    { metricKey: 'families-completed', periodStart: '2026-01-01', periodEnd: '2026-03-31', value: '12' },
    { metricKey: 'families-completed', periodStart: '2026-04-01', periodEnd: '2026-06-30', value: '15' },
    { metricKey: 'child-wellbeing', periodStart: '2026-01-01', periodEnd: '2026-06-30', value: '0.42' },
  ];
  const evaluator = viewerOf(directory, 'evaluering');
  for (const submission of reports) {
    const report = await submitReport(em, provider, partnership.id, {
      ...submission,
      note: 'Opgjort af AskovFonden på baggrund af forløbsregistreringer.',
    });
    await reviewReport(em, evaluator, report, {
      verified: true,
      note: 'Stikprøvekontrol uden bemærkninger.',
    });
  }
  const commissioner = viewerOf(directory, 'aarhus');
  const settled = await calculatePayment(em, commissioner, partnership.id);
  const payment = await em.findOneOrFail(OutcomePayment, settled.payment.id);
  const approved = await approvePayment(em, commissioner, payment);
  await markPaymentPaid(em, commissioner, approved, todayInDenmark());
}
