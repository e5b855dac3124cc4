import { formatDecimal, parseDecimal } from '@effekt/engine';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AppError } from '../../errors/app-error.js';
import type { Context } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { CalendarDateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { authorize, can, requireViewer } from '../../policy/index.js';
import { Metric } from '../contracts/metric.entity.js';
import { findPartnershipOrFail, viewerMembership } from '../partnerships/membership.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { PartnershipStatus } from '../partnerships/partnership-enums.js';
import { OutcomePayment } from '../payments/outcome-payment.entity.js';
import { User } from '../users/user.entity.js';
import { OutcomeReport } from './outcome-report.entity.js';
import { reviewReport, submitReport } from './report.service.js';
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

@Resolver(() => OutcomeReport)
export class ReportResolver {
  @Mutation(() => OutcomeReport, {
    description: "Provider only, ACTIVE partnerships, period inside the terms' dates.",
  })
  async submitOutcomeReport(
    @Arg('input', () => OutcomeReportInput) input: OutcomeReportInput,
    @Ctx() context: Context,
  ): Promise<OutcomeReport> {
    const viewer = requireViewer(context.viewer);
    const access = await findPartnershipOrFail(context.em, viewer, input.partnershipId);
    authorize(viewer, 'report', 'submit', access);
    return submitReport(context.em, viewer, access.partnership.id, input);
  }

  @Mutation(() => OutcomeReport, { description: "The metric's verifier role." })
  async verifyOutcomeReport(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() context: Context,
  ): Promise<OutcomeReport> {
    const { viewer, report } = await findReportForReview(context, id);
    return reviewReport(context.em, viewer, report, { verified: true, note });
  }

  @Mutation(() => OutcomeReport)
  async rejectOutcomeReport(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() context: Context,
  ): Promise<OutcomeReport> {
    const { viewer, report } = await findReportForReview(context, id);
    return reviewReport(context.em, viewer, report, { verified: false, note: reason });
  }

  @Query(() => [OutcomeReport], {
    description: 'Reports awaiting review by the viewer: SUBMITTED reports of metrics its role verifies.',
  })
  async reviewInbox(@Ctx() context: Context): Promise<OutcomeReport[]> {
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
    return candidates.filter((_, index) => reviewable[index]);
  }

  @FieldResolver(() => Partnership)
  partnership(@Root() report: OutcomeReport, @Ctx() context: Context): Promise<Partnership> {
    return context.em.findOneOrFail(Partnership, { id: report.partnership.id });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may verify or reject this report now.' })
  async viewerCanReview(@Root() report: OutcomeReport, @Ctx() context: Context): Promise<boolean> {
    const viewer = requireViewer(context.viewer);
    if (report.status !== ReportStatus.SUBMITTED) return false;
    const [membership, metric] = await Promise.all([
      viewerMembership(context, report.partnership.id),
      context.loaders.metric.load(report.metric.id),
    ]);
    return (
      membership !== null &&
      membership.status === PartnershipStatus.ACTIVE &&
      can(viewer, 'report', 'review', membership, metric.verifier)
    );
  }

  @FieldResolver(() => Metric)
  metric(@Root() report: OutcomeReport, @Ctx() context: Context): Promise<Metric> {
    return context.loaders.metric.load(report.metric.id);
  }

  @FieldResolver(() => DecimalScalar)
  value(@Root() report: OutcomeReport): string {
    return formatDecimal(parseDecimal(report.value));
  }

  @FieldResolver(() => User)
  submittedBy(@Root() report: OutcomeReport, @Ctx() context: Context): Promise<User> {
    return context.loaders.user.load(report.submittedBy.id);
  }

  @FieldResolver(() => User, { nullable: true })
  reviewedBy(@Root() report: OutcomeReport, @Ctx() context: Context): Promise<User> | null {
    return report.reviewedBy ? context.loaders.user.load(report.reviewedBy.id) : null;
  }

  @FieldResolver(() => Date, { nullable: true })
  reviewedAt(@Root() report: OutcomeReport): Date | null {
    return report.reviewedAt;
  }

  @FieldResolver(() => OutcomePayment, {
    nullable: true,
    description: 'The payment that settled this report, once one includes it.',
  })
  payment(@Root() report: OutcomeReport, @Ctx() context: Context): Promise<OutcomePayment> | null {
    return report.payment ? context.loaders.payment.load(report.payment.id) : null;
  }
}
