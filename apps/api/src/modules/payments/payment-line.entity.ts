import { randomUUID } from 'node:crypto';
import { BigIntType, Check, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Metric } from '../contracts/metric.entity.js';
import { OutcomePayment } from './outcome-payment.entity.js';

/** What one metric contributes to a payment: its rule's gross, then after the metric cap. */
@Entity({ tableName: 'payment_line' })
@Index({ name: 'payment_line_by_payment', properties: ['payment'] })
@Check({ name: 'payment_line_amount_within_gross', expression: 'amount >= 0 and amount <= gross' })
export class PaymentLine {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => OutcomePayment, { ref: true, deleteRule: 'cascade' })
  payment: Ref<OutcomePayment>;

  @ManyToOne(() => Metric, { ref: true, deleteRule: 'restrict' })
  metric: Ref<Metric>;

  @Property({ type: 'text' })
  metricKey: string;

  @Property({ type: 'integer' })
  position: number;

  @Property({ type: new BigIntType('bigint') })
  gross: bigint;

  @Property({ type: new BigIntType('bigint') })
  amount: bigint;

  constructor(props: {
    payment: Ref<OutcomePayment>;
    metric: Ref<Metric>;
    metricKey: string;
    position: number;
    gross: bigint;
    amount: bigint;
  }) {
    this.payment = props.payment;
    this.metric = props.metric;
    this.metricKey = props.metricKey;
    this.position = props.position;
    this.gross = props.gross;
    this.amount = props.amount;
  }
}
