import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { AppError } from '../../errors/app-error.js';
import type { Context } from '../../graphql/context.js';
import { requireViewer } from '../../policy/index.js';
import { OrganisationView } from '../organisations/organisation.view.js';
import { findPartnershipOrFail } from '../partnerships/membership.js';
import { UserView } from '../users/user.view.js';
import { Activity } from './activity.entity.js';
import { ActivityPageView, ActivityView } from './activity.types.js';
import { noticeStream } from './notice-stream.js';

const PAGE_MAX = 100;

function viewOf(activity: Activity): ActivityView {
  return Object.assign(new ActivityView(), {
    id: String(activity.id),
    kind: activity.kind,
    subjectId: activity.subjectId,
    data: activity.data,
    createdAt: activity.createdAt,
    actorId: activity.actor?.id ?? null,
    organisationId: activity.actorOrganisation?.id ?? null,
    partnershipId: activity.partnership.id,
  });
}

@Resolver(() => ActivityView)
export class ActivityResolver {
  @Query(() => ActivityPageView, {
    description: "A partnership's activity, newest first, paginated by cursor.",
  })
  async activity(
    @Arg('partnershipId', () => ID) partnershipId: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('before', () => String, { nullable: true }) before: string | null,
    @Ctx() context: Context,
  ): Promise<ActivityPageView> {
    const access = await findPartnershipOrFail(context.em, requireViewer(context.viewer), partnershipId);
    if (first < 1 || first > PAGE_MAX) throw AppError.badInput('first', `must be between 1 and ${PAGE_MAX}`);
    // An omitted nullable argument arrives as undefined, not null.
    if (before != null && !/^\d{1,18}$/.test(before)) throw AppError.badInput('before', 'is not a cursor');
    const rows = await context.em.find(
      Activity,
      { partnership: access.partnership.id, ...(before ? { id: { $lt: before } } : {}) },
      { orderBy: { id: 'desc' }, limit: first + 1 },
    );
    const items = rows.slice(0, first).map(viewOf);
    return { items, nextCursor: rows.length > first ? (items.at(-1)?.id ?? null) : null };
  }

  /**
   * Live activity of one partnership over graphql-ws. Membership is checked when subscribing,
   * and each event is read again through the subscriber's member-scoped EntityManager.
   */
  @Subscription(() => ActivityView, {
    description: 'New activity of a partnership as it happens (graphql-ws).',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const access = await findPartnershipOrFail(
        ctx.em,
        requireViewer(ctx.viewer),
        String(args.partnershipId),
      );
      if (!ctx.activityBus) throw new AppError('INTERNAL_SERVER_ERROR', 'live updates are not available');
      const notices = noticeStream(ctx.activityBus, access.partnership.id);
      const partnershipId = access.partnership.id;
      // Hand-rolled rather than an async generator, so an unsubscribe reaches the bus at once
      // instead of after the next notice.
      const activities: AsyncIterableIterator<Activity> = {
        next: async () => {
          for (;;) {
            const notice = await notices.next();
            if (notice.done) return { value: undefined, done: true };
            const activity = await ctx.em
              .fork()
              .findOne(Activity, { id: notice.value.id, partnership: partnershipId });
            if (activity) return { value: activity, done: false };
          }
        },
        return: async () => {
          await notices.return?.();
          return { value: undefined, done: true };
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      };
      return activities;
    },
  })
  activityAdded(
    @Arg('partnershipId', () => ID) _partnershipId: string,
    @Root() activity: Activity,
  ): ActivityView {
    return viewOf(activity);
  }

  @FieldResolver(() => UserView, { nullable: true })
  actor(@Root() entry: ActivityView, @Ctx() context: Context): Promise<UserView> | null {
    return entry.actorId ? context.loaders.user.load(entry.actorId) : null;
  }

  @FieldResolver(() => OrganisationView, { nullable: true })
  organisation(@Root() entry: ActivityView, @Ctx() context: Context): Promise<OrganisationView> | null {
    return entry.organisationId ? context.loaders.organisation.load(entry.organisationId) : null;
  }
}
