import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars.js';
import type { OutcomePayment } from './outcome-payment.entity.js';
import { PaymentStatus } from './payment-enums.js';

/**
 * An outcome payment as the API serves it: plain values, money in øre, and the ids of what it
 * refers to, so a partnership's payments are read as rows rather than hydrated as entities.
 */
@ObjectType('OutcomePayment')
export class PaymentView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Sequence number within the partnership, from 1.' })
  number!: number;

  @Field(() => PaymentStatus)
  status!: PaymentStatus;

  @Field(() => Date)
  calculatedAt!: Date;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  paidOn!: string | null;

  partnershipId!: string;
  /** The terms whose rules and tranches priced this payment. */
  versionId!: string;
  total!: bigint;
  capReduction!: bigint;
  providerSurplus!: bigint;

  static of(props: Omit<PaymentView, never>): PaymentView {
    return Object.assign(new PaymentView(), props);
  }

  static fromEntity(payment: OutcomePayment): PaymentView {
    return PaymentView.of({
      id: payment.id,
      partnershipId: payment.partnership.id,
      versionId: payment.version.id,
      number: payment.number,
      status: payment.status,
      total: payment.total,
      capReduction: payment.capReduction,
      providerSurplus: payment.providerSurplus,
      calculatedAt: payment.calculatedAt,
      approvedAt: payment.approvedAt,
      paidOn: payment.paidOn,
    });
  }
}
