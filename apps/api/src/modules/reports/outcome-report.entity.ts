import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Metric } from '../contracts/metric.entity.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { OutcomePayment } from '../payments/outcome-payment.entity.js';
import { User } from '../users/user.entity.js';
import { ReportStatus } from './report-enums.js';

/**
 * An aggregate outcome for one metric and period. Reports hold aggregates only, never data
 * about a person. `payment` is set once, by the payment that settles it. Served as ReportView.
 */
@Entity({ tableName: 'outcome_report' })
@Index({ name: 'outcome_report_by_partnership', properties: ['partnership', 'status'] })
@Index({ name: 'outcome_report_by_payment', properties: ['payment'] })
@Check({ name: 'outcome_report_value_non_negative', expression: 'value >= 0' })
@Check({ name: 'outcome_report_period_order', expression: 'period_start <= period_end' })
export class OutcomeReport {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { ref: true, deleteRule: 'cascade' })
  partnership: Ref<Partnership>;

  /** The metric row of the terms in force when the report was submitted. */
  @ManyToOne(() => Metric, { ref: true, deleteRule: 'restrict' })
  metric: Ref<Metric>;

  /** The metric's key, stable across contract versions. */
  @Property({ type: 'text' })
  metricKey: string;

  @Property({ type: 'string', columnType: 'date' })
  periodStart: string;

  @Property({ type: 'string', columnType: 'date' })
  periodEnd: string;

  @Property({ type: 'decimal', precision: 28, scale: 12 })
  value: string;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Enum({ items: () => ReportStatus, type: 'text' })
  status: ReportStatus = ReportStatus.SUBMITTED;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  submittedBy: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  submittedAt: Date = new Date();

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  reviewedBy: Ref<User> | null = null;

  @Property({ type: 'datetime', nullable: true })
  reviewedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  reviewNote: string | null = null;

  @ManyToOne(() => OutcomePayment, { ref: true, nullable: true, deleteRule: 'restrict' })
  payment: Ref<OutcomePayment> | null = null;

  constructor(props: {
    partnership: Ref<Partnership>;
    metric: Ref<Metric>;
    metricKey: string;
    periodStart: string;
    periodEnd: string;
    value: string;
    note: string | null;
    submittedBy: Ref<User>;
  }) {
    this.partnership = props.partnership;
    this.metric = props.metric;
    this.metricKey = props.metricKey;
    this.periodStart = props.periodStart;
    this.periodEnd = props.periodEnd;
    this.value = props.value;
    this.note = props.note;
    this.submittedBy = props.submittedBy;
  }
}
