import { formatMoney } from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import { transaction } from '../../database/transaction.js';
import { AppError } from '../../errors/app-error.js';
import { isCalendarDate } from '../../graphql/scalars.js';
import type { Viewer } from '../../policy/viewer.js';
import { recordActivity } from '../activity/activity.service.js';
import { ActivityKind } from '../activity/activity-kind.js';
import { todayInDenmark } from '../money/money-input.js';
import { User } from '../users/user.entity.js';
import { OutcomePayment } from './outcome-payment.entity.js';
import { PaymentStatus } from './payment-enums.js';

/**
 * Moves a payment one step on with a conditional update, so a repeated or out-of-order step
 * (approving twice, paying before approval) changes nothing and answers CONFLICT.
 */
async function advance(
  em: EntityManager,
  viewer: Viewer,
  payment: OutcomePayment,
  from: PaymentStatus,
  changes: Partial<Pick<OutcomePayment, 'status' | 'approvedAt' | 'approvedBy' | 'paidOn' | 'paidBy'>>,
  kind: ActivityKind,
): Promise<OutcomePayment> {
  return transaction(em, async (tx) => {
    const updated = await tx.nativeUpdate(OutcomePayment, { id: payment.id, status: from }, changes);
    const current = await tx.findOneOrFail(OutcomePayment, { id: payment.id }, { refresh: true });
    if (updated === 0) {
      throw AppError.conflict(
        `Payment ${current.number} is ${current.status.toLowerCase()}, not ${from.toLowerCase()}`,
      );
    }
    await recordActivity(tx, {
      partnershipId: current.partnership.id,
      kind,
      viewer,
      subjectId: current.id,
      data: { number: current.number, total: formatMoney(current.total), paidOn: current.paidOn },
    });
    return current;
  });
}

export function approvePayment(
  em: EntityManager,
  viewer: Viewer,
  payment: OutcomePayment,
): Promise<OutcomePayment> {
  return advance(
    em,
    viewer,
    payment,
    PaymentStatus.CALCULATED,
    {
      status: PaymentStatus.APPROVED,
      approvedAt: new Date(),
      approvedBy: em.getReference(User, viewer.user.id, { wrapped: true }),
    },
    ActivityKind.PAYMENT_APPROVED,
  );
}

export function markPaymentPaid(
  em: EntityManager,
  viewer: Viewer,
  payment: OutcomePayment,
  paidOn: string,
): Promise<OutcomePayment> {
  if (!isCalendarDate(paidOn))
    throw AppError.badInput('paidOn', 'must be a calendar date written YYYY-MM-DD');
  const calculatedOn = todayInDenmark(payment.calculatedAt);
  if (paidOn < calculatedOn)
    throw AppError.badInput('paidOn', `must not be before the payment was calculated (${calculatedOn})`);
  if (paidOn > todayInDenmark()) throw AppError.badInput('paidOn', 'must not be in the future');
  return advance(
    em,
    viewer,
    payment,
    PaymentStatus.APPROVED,
    { status: PaymentStatus.PAID, paidOn, paidBy: em.getReference(User, viewer.user.id, { wrapped: true }) },
    ActivityKind.PAYMENT_PAID,
  );
}
