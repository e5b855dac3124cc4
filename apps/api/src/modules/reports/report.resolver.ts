import { formatDecimal, parseDecimal } from '@effekt/engine';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AppError } from '../../errors/app-error.js';
import type { Context } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { CalendarDateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { authorize, can, requireViewer } from '../../policy/index.js';
import { MetricView } from '../contracts/metric.view.js';
import { partnershipMetric } from '../contracts/partnership-metric.js';
import { findPartnershipOrFail, viewerMembership } from '../partnerships/membership.js';
import { PartnershipView } from '../partnerships/partnership.view.js';
import { PartnershipStatus } from '../partnerships/partnership-enums.js';
import { PaymentView } from '../payments/payment.view.js';
import { UserView } from '../users/user.view.js';
import { OutcomeReport } from './outcome-report.entity.js';
import { reviewReport, submitReport } from './report.service.js';
import { ReportView } from './report.view.js';
import { ReportStatus } from './report-enums.js';

@InputType()
export class OutcomeReportInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String)
  metricKey!: string;

  @Field(() => CalendarDateScalar)
  periodStart!: string;

  @Field(() => CalendarDateScalar)
  periodEnd!: string;

  @Field(() => DecimalScalar)
  value!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

async function findReportForReview(context: Context, id: string) {
  const viewer = requireViewer(context.viewer);
  const report = isUuid(id)
    ? await context.em.findOne(OutcomeReport, { id }, { populate: ['metric'] })
    : null;
  if (!report) throw AppError.notFound('Report');
  const access = await findPartnershipOrFail(context.em, viewer, report.partnership.id).catch(() => {
    throw AppError.notFound('Report');
  });
  authorize(viewer, 'report', 'review', access, report.metric.getEntity().verifier);
  return { viewer, report };
}

@Resolver(() => ReportView)
export class ReportResolver {
  @Mutation(() => ReportView, {
    description: "Provider only, ACTIVE partnerships, period inside the terms' dates.",
  })
  async submitOutcomeReport(
    @Arg('input', () => OutcomeReportInput) input: OutcomeReportInput,
    @Ctx() context: Context,
  ): Promise<ReportView> {
    const viewer = requireViewer(context.viewer);
    const access = await findPartnershipOrFail(context.em, viewer, input.partnershipId);
    authorize(viewer, 'report', 'submit', access);
    return ReportView.fromEntity(await submitReport(context.em, viewer, access.partnership.id, input));
  }

  @Mutation(() => ReportView, { description: "The metric's verifier role." })
  async verifyOutcomeReport(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() context: Context,
  ): Promise<ReportView> {
    const { viewer, report } = await findReportForReview(context, id);
    return ReportView.fromEntity(await reviewReport(context.em, viewer, report, { verified: true, note }));
  }

  @Mutation(() => ReportView)
  async rejectOutcomeReport(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() context: Context,
  ): Promise<ReportView> {
    const { viewer, report } = await findReportForReview(context, id);
    return ReportView.fromEntity(
      await reviewReport(context.em, viewer, report, { verified: false, note: reason }),
    );
  }

  @Query(() => [ReportView], {
    description: 'Reports awaiting review by the viewer: SUBMITTED reports of metrics its role verifies.',
  })
  async reviewInbox(@Ctx() context: Context): Promise<ReportView[]> {
    const viewer = requireViewer(context.viewer);
    const candidates = await context.em.find(
      OutcomeReport,
      { status: ReportStatus.SUBMITTED, partnership: { members: { organisation: viewer.organisation.id } } },
      { populate: ['metric'], orderBy: { submittedAt: 'asc', id: 'asc' } },
    );
    const reviewable = await Promise.all(
      candidates.map(async (report) => {
        const membership = await viewerMembership(context, report.partnership.id);
        return (
          membership !== null &&
          membership.status === PartnershipStatus.ACTIVE &&
          can(viewer, 'report', 'review', membership, report.metric.getEntity().verifier)
        );
      }),
    );
    return candidates.filter((_, index) => reviewable[index]).map((report) => ReportView.fromEntity(report));
  }

  @FieldResolver(() => PartnershipView)
  partnership(@Root() report: ReportView, @Ctx() context: Context): Promise<PartnershipView> {
    return context.loaders.partnership.load(report.partnershipId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may verify or reject this report now.' })
  async viewerCanReview(@Root() report: ReportView, @Ctx() context: Context): Promise<boolean> {
    const viewer = requireViewer(context.viewer);
    if (report.status !== ReportStatus.SUBMITTED) return false;
    const [membership, metric] = await Promise.all([
      viewerMembership(context, report.partnershipId),
      partnershipMetric(context.loaders, report.partnershipId, report.metricId),
    ]);
    return (
      membership !== null &&
      membership.status === PartnershipStatus.ACTIVE &&
      can(viewer, 'report', 'review', membership, metric.verifier)
    );
  }

  @FieldResolver(() => MetricView)
  metric(@Root() report: ReportView, @Ctx() context: Context): Promise<MetricView> {
    return partnershipMetric(context.loaders, report.partnershipId, report.metricId);
  }

  @FieldResolver(() => DecimalScalar)
  value(@Root() report: ReportView): string {
    return formatDecimal(parseDecimal(report.value));
  }

  @FieldResolver(() => UserView)
  submittedBy(@Root() report: ReportView, @Ctx() context: Context): Promise<UserView> {
    return context.loaders.user.load(report.submittedById);
  }

  @FieldResolver(() => UserView, { nullable: true })
  reviewedBy(@Root() report: ReportView, @Ctx() context: Context): Promise<UserView> | null {
    return report.reviewedById ? context.loaders.user.load(report.reviewedById) : null;
  }

  @FieldResolver(() => Date, { nullable: true })
  reviewedAt(@Root() report: ReportView): Date | null {
    return report.reviewedAt;
  }

  @FieldResolver(() => PaymentView, {
    nullable: true,
    description: 'The payment that settled this report, once one includes it.',
  })
  async payment(@Root() report: ReportView, @Ctx() context: Context): Promise<PaymentView | null> {
    const { paymentId } = report;
    if (!paymentId) return null;
    // A payment settles reports of its own partnership: the list a workspace loads anyway.
    const payments = await context.loaders.paymentsOfPartnership.load(report.partnershipId);
    return payments.find((payment) => payment.id === paymentId) ?? context.loaders.payment.load(paymentId);
  }
}
