import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors/app-error.js';
import { isCalendarDate } from '../../graphql/scalars.js';
import type { Viewer } from '../../policy/viewer.js';
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
  payment: OutcomePayment,
  from: PaymentStatus,
  changes: Partial<Pick<OutcomePayment, 'status' | 'approvedAt' | 'approvedBy' | 'paidOn' | 'paidBy'>>,
): Promise<OutcomePayment> {
  const updated = await em.nativeUpdate(OutcomePayment, { id: payment.id, status: from }, changes);
  const current = await em.findOneOrFail(OutcomePayment, { id: payment.id }, { refresh: true });
  if (updated === 0) {
    throw AppError.conflict(
      `Payment ${current.number} is ${current.status.toLowerCase()}, not ${from.toLowerCase()}`,
    );
  }
  return current;
}

export function approvePayment(
  em: EntityManager,
  viewer: Viewer,
  payment: OutcomePayment,
): Promise<OutcomePayment> {
  return advance(em, payment, PaymentStatus.CALCULATED, {
    status: PaymentStatus.APPROVED,
    approvedAt: new Date(),
    approvedBy: em.getReference(User, viewer.user.id, { wrapped: true }),
  });
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
  return advance(em, payment, PaymentStatus.APPROVED, {
    status: PaymentStatus.PAID,
    paidOn,
    paidBy: em.getReference(User, viewer.user.id, { wrapped: true }),
  });
}
