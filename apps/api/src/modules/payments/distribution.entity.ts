import { randomUUID } from 'node:crypto';
import {
  BigIntType,
  Check,
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Tranche } from '../contracts/tranche.entity.js';
import { OutcomePayment } from './outcome-payment.entity.js';

/** One tranche's share of one payment, principal first. */
@Entity({ tableName: 'distribution' })
@Unique({ name: 'distribution_once_per_tranche', properties: ['payment', 'tranche'] })
@Index({ name: 'distribution_by_tranche', properties: ['tranche'] })
@Index({
  name: 'distribution_paid_by_tranche',
  expression:
    'create index "distribution_paid_by_tranche" on "distribution" ("tranche_id") include ("paid_on", "principal", "premium") where "paid_on" is not null',
})
@Check({ name: 'distribution_non_negative', expression: 'principal >= 0 and premium >= 0' })
export class Distribution {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => OutcomePayment, { ref: true, deleteRule: 'cascade' })
  payment: Ref<OutcomePayment>;

  @ManyToOne(() => Tranche, { ref: true, deleteRule: 'restrict' })
  tranche: Ref<Tranche>;

  @Property({ type: new BigIntType('bigint') })
  principal: bigint;

  @Property({ type: new BigIntType('bigint') })
  premium: bigint;

  /**
   * The day the payment was paid, null until it is PAID. PostgreSQL's triggers derive it from the
   * payment whatever a writer sends; money received is read from it.
   */
  @Property({ type: 'string', columnType: 'date', nullable: true })
  paidOn: string | null = null;

  constructor(props: {
    payment: Ref<OutcomePayment>;
    tranche: Ref<Tranche>;
    principal: bigint;
    premium: bigint;
  }) {
    this.payment = props.payment;
    this.tranche = props.tranche;
    this.principal = props.principal;
    this.premium = props.premium;
  }
}
