import { Field, ID, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars.js';
import type { OutcomeReport } from './outcome-report.entity.js';
import { ReportStatus } from './report-enums.js';

/**
 * An outcome report as the API serves it: plain values and the ids of what it refers to, so a
 * partnership's many reports are read as rows rather than hydrated as entities.
 */
@ObjectType('OutcomeReport')
export class ReportView {
  @Field(() => ID)
  id!: string;

  @Field(() => CalendarDateScalar)
  periodStart!: string;

  @Field(() => CalendarDateScalar)
  periodEnd!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field(() => Date)
  submittedAt!: Date;

  @Field(() => String, { nullable: true })
  reviewNote!: string | null;

  partnershipId!: string;
  metricId!: string;
  /** The metric's key, stable across contract versions. */
  metricKey!: string;
  /** The exact decimal as stored; the `value` field formats it. */
  value!: string;
  submittedById!: string;
  reviewedById!: string | null;
  reviewedAt!: Date | null;
  paymentId!: string | null;

  static of(props: Omit<ReportView, never>): ReportView {
    return Object.assign(new ReportView(), props);
  }

  static fromEntity(report: OutcomeReport): ReportView {
    return ReportView.of({
      id: report.id,
      partnershipId: report.partnership.id,
      metricId: report.metric.id,
      metricKey: report.metricKey,
      periodStart: report.periodStart,
      periodEnd: report.periodEnd,
      value: report.value,
      note: report.note,
      status: report.status,
      submittedById: report.submittedBy.id,
      submittedAt: report.submittedAt,
      reviewedById: report.reviewedBy?.id ?? null,
      reviewedAt: report.reviewedAt,
      reviewNote: report.reviewNote,
      paymentId: report.payment?.id ?? null,
    });
  }
}
