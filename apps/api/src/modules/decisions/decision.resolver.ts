import { UniqueConstraintViolationException } from '@mikro-orm/core';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
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
import { Thread } from '../discussion/discussion.entities.js';
import { OrganisationView } from '../organisations/organisation.view.js';
import { Member } from '../partnerships/member.entity.js';
import { findPartnershipOrFail } from '../partnerships/membership.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { User } from '../users/user.entity.js';
import { UserView } from '../users/user.view.js';
import { Decision } from './decision.entity.js';

@InputType()
export class DecisionInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String)
  text!: string;

  @Field(() => CalendarDateScalar)
  decidedOn!: string;

  @Field(() => [ID], { description: 'Member organisations that agreed.' })
  agreedBy!: string[];

  @Field(() => ID, { nullable: true, description: 'The thread the decision came from.' })
  threadId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An earlier decision this one replaces.' })
  supersedesId?: string | null;
}

@ObjectType('Decision')
export class DecisionView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  text!: string;

  @Field(() => CalendarDateScalar)
  decidedOn!: string;

  @Field(() => Date)
  createdAt!: Date;

  agreedByIds!: string[];
  threadId!: string | null;
  supersedesId!: string | null;
  recordedById!: string;
  partnershipId!: string;
}

const textSchema = z.object({ text: boundedText(z, 4000) });
const view = (decision: Decision): DecisionView =>
  Object.assign(new DecisionView(), {
    id: decision.id,
    text: decision.text,
    decidedOn: decision.decidedOn,
    createdAt: decision.createdAt,
    agreedByIds: decision.agreedBy,
    threadId: decision.thread?.id ?? null,
    supersedesId: decision.supersedes?.id ?? null,
    recordedById: decision.recordedBy.id,
    partnershipId: decision.partnership.id,
  });

@Resolver(() => DecisionView)
export class DecisionResolver {
  @Query(() => [DecisionView], { description: 'The decision log, newest first.' })
  async decisions(
    @Arg('partnershipId', () => ID) partnershipId: string,
    @Ctx() context: Context,
  ): Promise<DecisionView[]> {
    const access = await findPartnershipOrFail(context.em, requireViewer(context.viewer), partnershipId);
    const rows = await context.em.find(
      Decision,
      { partnership: access.partnership.id },
      { orderBy: { decidedOn: 'desc', createdAt: 'desc' } },
    );
    return rows.map(view);
  }

  @Mutation(() => DecisionView, { description: 'Any member. Decisions are never edited, only superseded.' })
  async recordDecision(
    @Arg('input', () => DecisionInput) input: DecisionInput,
    @Ctx() context: Context,
  ): Promise<DecisionView> {
    const viewer = requireViewer(context.viewer);
    const access = await findPartnershipOrFail(context.em, viewer, input.partnershipId);
    authorize(viewer, 'workspace', 'recordDecision', access);
    const { text } = parseInput(textSchema, input);
    if (!isCalendarDate(input.decidedOn)) throw AppError.badInput('decidedOn', 'must be a calendar date');
    const partnershipId = access.partnership.id;
    const members = new Set(
      (await context.em.find(Member, { partnership: partnershipId })).map((m) => m.organisation.id),
    );
    const agreedBy = [...new Set(input.agreedBy)];
    if (agreedBy.length === 0 || agreedBy.some((id) => !members.has(id))) {
      throw AppError.badInput('agreedBy', 'must name at least one member organisation, and only members');
    }
    const threadId = input.threadId ?? null;
    if (
      threadId &&
      (!isUuid(threadId) ||
        (await context.em.count(Thread, { id: threadId, partnership: partnershipId })) === 0)
    ) {
      throw AppError.badInput('threadId', 'is not a thread of this partnership');
    }
    const supersedesId = input.supersedesId ?? null;
    if (
      supersedesId &&
      (!isUuid(supersedesId) ||
        (await context.em.count(Decision, { id: supersedesId, partnership: partnershipId })) === 0)
    ) {
      throw AppError.badInput('supersedesId', 'is not a decision of this partnership');
    }
    try {
      const decision = await transaction(context.em, async (tx) => {
        const created = new Decision({
          partnership: tx.getReference(Partnership, partnershipId, { wrapped: true }),
          text,
          decidedOn: input.decidedOn,
          agreedBy,
          thread: threadId ? tx.getReference(Thread, threadId, { wrapped: true }) : null,
          supersedes: supersedesId ? tx.getReference(Decision, supersedesId, { wrapped: true }) : null,
          recordedBy: tx.getReference(User, viewer.user.id, { wrapped: true }),
        });
        tx.persist(created);
        await recordActivity(tx, {
          partnershipId,
          kind: ActivityKind.DECISION_RECORDED,
          viewer,
          subjectId: created.id,
          data: { text: [...text].slice(0, 140).join('') },
        });
        return created;
      });
      return view(decision);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw AppError.conflict('That decision has already been superseded');
      throw error;
    }
  }

  @FieldResolver(() => [OrganisationView])
  async agreedBy(@Root() decision: DecisionView, @Ctx() context: Context): Promise<OrganisationView[]> {
    const found = await context.loaders.organisation.loadMany(decision.agreedByIds);
    return found.filter(
      (organisation): organisation is OrganisationView => organisation instanceof OrganisationView,
    );
  }

  @FieldResolver(() => UserView)
  recordedBy(@Root() decision: DecisionView, @Ctx() context: Context): Promise<UserView> {
    return context.loaders.user.load(decision.recordedById);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The thread it came from.' })
  threadId(@Root() decision: DecisionView): string | null {
    return decision.threadId;
  }

  @FieldResolver(() => DecisionView, { nullable: true })
  async supersedes(@Root() decision: DecisionView, @Ctx() context: Context): Promise<DecisionView | null> {
    if (!decision.supersedesId) return null;
    const found = await context.loaders.decision.load(decision.supersedesId);
    return found.partnership.id === decision.partnershipId ? view(found) : null;
  }

  @FieldResolver(() => DecisionView, {
    nullable: true,
    description: 'The later decision that replaced this one.',
  })
  async supersededBy(@Root() decision: DecisionView, @Ctx() context: Context): Promise<DecisionView | null> {
    const [found] = await context.loaders.decisionsSuperseding.load(decision.id);
    return found && found.partnership.id === decision.partnershipId ? view(found) : null;
  }
}
