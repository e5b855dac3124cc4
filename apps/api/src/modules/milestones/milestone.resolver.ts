import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import { transaction } from '../../database/transaction.js';
import { AppError } from '../../errors/app-error.js';
import { boundedText, parseInput } from '../../errors/validate.js';
import type { Context } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { CalendarDateScalar, isCalendarDate } from '../../graphql/scalars.js';
import { authorize, requireViewer } from '../../policy/index.js';
import { recordActivity } from '../activity/activity.service.js';
import { ActivityKind } from '../activity/activity-kind.js';
import { todayInDenmark } from '../money/money-input.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { OrganisationView } from '../organisations/organisation.view.js';
import { Member } from '../partnerships/member.entity.js';
import { findPartnershipOrFail } from '../partnerships/membership.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { User } from '../users/user.entity.js';
import { Milestone, MilestoneStatus } from './milestone.entity.js';

@InputType()
export class MilestoneInput {
  @Field(() => String)
  title!: string;

  @Field(() => CalendarDateScalar)
  dueDate!: string;

  @Field(() => ID)
  ownerId!: string;

  @Field(() => MilestoneStatus, { nullable: true })
  status?: MilestoneStatus | null;
}

const titleSchema = z.object({ title: boundedText(z, 200) });
const FINISHED = new Set([MilestoneStatus.DONE, MilestoneStatus.CANCELLED]);

async function checked(context: Context, partnershipId: string, input: MilestoneInput) {
  const { title } = parseInput(titleSchema, input);
  if (!isCalendarDate(input.dueDate)) throw AppError.badInput('dueDate', 'must be a calendar date');
  const owner = isUuid(input.ownerId)
    ? await context.em.count(Member, { partnership: partnershipId, organisation: input.ownerId })
    : 0;
  if (owner === 0) throw AppError.badInput('ownerId', 'must be a member organisation');
  return { title, dueDate: input.dueDate, ownerId: input.ownerId, status: input.status ?? null };
}

@Resolver(() => Milestone)
export class MilestoneResolver {
  @Query(() => [Milestone], { description: 'Milestones by due date.' })
  async milestones(
    @Arg('partnershipId', () => ID) partnershipId: string,
    @Ctx() context: Context,
  ): Promise<Milestone[]> {
    const access = await findPartnershipOrFail(context.em, requireViewer(context.viewer), partnershipId);
    return context.em.find(
      Milestone,
      { partnership: access.partnership.id },
      { orderBy: { dueDate: 'asc', createdAt: 'asc' } },
    );
  }

  @Mutation(() => Milestone)
  async createMilestone(
    @Arg('partnershipId', () => ID) partnershipId: string,
    @Arg('input', () => MilestoneInput) input: MilestoneInput,
    @Ctx() context: Context,
  ): Promise<Milestone> {
    const viewer = requireViewer(context.viewer);
    const access = await findPartnershipOrFail(context.em, viewer, partnershipId);
    authorize(viewer, 'workspace', 'manageMilestones', access);
    const values = await checked(context, access.partnership.id, input);
    return transaction(context.em, async (tx) => {
      const milestone = new Milestone({
        partnership: tx.getReference(Partnership, access.partnership.id, { wrapped: true }),
        title: values.title,
        dueDate: values.dueDate,
        owner: tx.getReference(Organisation, values.ownerId, { wrapped: true }),
        createdBy: tx.getReference(User, viewer.user.id, { wrapped: true }),
      });
      if (values.status) milestone.status = values.status;
      tx.persist(milestone);
      await recordActivity(tx, {
        partnershipId: access.partnership.id,
        kind: ActivityKind.MILESTONE_CHANGED,
        viewer,
        subjectId: milestone.id,
        data: { title: values.title, status: milestone.status, dueDate: values.dueDate },
      });
      return milestone;
    });
  }

  @Mutation(() => Milestone)
  async updateMilestone(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MilestoneInput) input: MilestoneInput,
    @Ctx() context: Context,
  ): Promise<Milestone> {
    const viewer = requireViewer(context.viewer);
    const milestone = isUuid(id) ? await context.em.findOne(Milestone, { id }) : null;
    if (!milestone) throw AppError.notFound('Milestone');
    const access = await findPartnershipOrFail(context.em, viewer, milestone.partnership.id).catch(() => {
      throw AppError.notFound('Milestone');
    });
    authorize(viewer, 'workspace', 'manageMilestones', access);
    const values = await checked(context, access.partnership.id, input);
    return transaction(context.em, async (tx) => {
      const current = await tx.findOneOrFail(Milestone, { id: milestone.id });
      current.title = values.title;
      current.dueDate = values.dueDate;
      current.owner = tx.getReference(Organisation, values.ownerId, { wrapped: true });
      if (values.status) current.status = values.status;
      current.updatedAt = new Date();
      await recordActivity(tx, {
        partnershipId: access.partnership.id,
        kind: ActivityKind.MILESTONE_CHANGED,
        viewer,
        subjectId: current.id,
        data: { title: current.title, status: current.status, dueDate: current.dueDate },
      });
      return current;
    });
  }

  @FieldResolver(() => ID)
  id(@Root() milestone: Milestone): string {
    return milestone.id;
  }

  @FieldResolver(() => String)
  title(@Root() milestone: Milestone): string {
    return milestone.title;
  }

  @FieldResolver(() => CalendarDateScalar)
  dueDate(@Root() milestone: Milestone): string {
    return milestone.dueDate;
  }

  @FieldResolver(() => MilestoneStatus)
  status(@Root() milestone: Milestone): MilestoneStatus {
    return milestone.status;
  }

  @FieldResolver(() => Boolean, {
    description: 'Past its due date (in Denmark) and neither done nor cancelled.',
  })
  overdue(@Root() milestone: Milestone): boolean {
    return !FINISHED.has(milestone.status) && milestone.dueDate < todayInDenmark();
  }

  @FieldResolver(() => OrganisationView)
  owner(@Root() milestone: Milestone, @Ctx() context: Context): Promise<OrganisationView> {
    return context.loaders.organisation.load(milestone.owner.id);
  }

  @FieldResolver(() => Date)
  updatedAt(@Root() milestone: Milestone): Date {
    return milestone.updatedAt;
  }
}
