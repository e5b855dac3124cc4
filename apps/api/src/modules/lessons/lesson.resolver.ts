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
import { authorize, requireViewer } from '../../policy/index.js';
import { recordActivity } from '../activity/activity.service.js';
import { ActivityKind } from '../activity/activity-kind.js';
import { OrganisationView } from '../organisations/organisation.view.js';
import { findPartnershipOrFail, viewerMembership } from '../partnerships/membership.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { PartnershipView } from '../partnerships/partnership.view.js';
import { User } from '../users/user.entity.js';
import { UserView } from '../users/user.view.js';
import { Lesson, LessonOutcome, LessonVisibility } from './lesson.entity.js';
import { searchLessons } from './lesson-search.js';

@InputType()
export class LessonInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => [String], { defaultValue: [] })
  tags!: string[];

  @Field(() => LessonOutcome)
  outcome!: LessonOutcome;
}

@ObjectType('Lesson')
export class LessonView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => [String])
  tags!: string[];

  @Field(() => LessonOutcome)
  outcome!: LessonOutcome;

  @Field(() => LessonVisibility)
  visibility!: LessonVisibility;

  @Field(() => Date)
  createdAt!: Date;

  partnershipId!: string;
  authorId!: string;
}

const lessonSchema = z.object({
  title: boundedText(z, 200),
  body: boundedText(z, 20_000),
  tags: z.array(boundedText(z, 40).transform((tag) => tag.toLowerCase())).max(20, 'at most 20 tags'),
});

const view = (lesson: Lesson): LessonView =>
  Object.assign(new LessonView(), {
    id: lesson.id,
    title: lesson.title,
    body: lesson.body,
    tags: lesson.tags,
    outcome: lesson.outcome,
    visibility: lesson.visibility,
    createdAt: lesson.createdAt,
    partnershipId: lesson.partnership.id,
    authorId: lesson.author.id,
  });

@Resolver(() => LessonView)
export class LessonResolver {
  @Query(() => [LessonView], {
    description:
      "Lessons learned the viewer may read: its partnerships' own and those shared with the platform. " +
      '`search` is Danish full-text search (words, "phrases", -exclusions).',
  })
  async lessons(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('tag', () => String, { nullable: true }) tag: string | null,
    @Arg('partnershipId', () => ID, { nullable: true }) partnershipId: string | null,
    @Ctx() context: Context,
  ): Promise<LessonView[]> {
    const viewer = requireViewer(context.viewer);
    if (partnershipId) await findPartnershipOrFail(context.em, viewer, partnershipId);
    if (search && [...search].length > 200)
      throw AppError.badInput('search', 'must be at most 200 characters');
    const ids = await searchLessons(context.em, {
      organisationId: viewer.organisation.id,
      search: search?.trim() || null,
      tag: tag?.trim().toLowerCase() || null,
      partnershipId,
    });
    const lessons = await context.em.find(Lesson, { id: { $in: ids } });
    const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));
    return ids.flatMap((id) => {
      const lesson = byId.get(id);
      return lesson ? [view(lesson)] : [];
    });
  }

  @Mutation(() => LessonView, {
    description: 'Any member; visible to the partnership until the commissioner shares it.',
  })
  async recordLesson(
    @Arg('input', () => LessonInput) input: LessonInput,
    @Ctx() context: Context,
  ): Promise<LessonView> {
    const viewer = requireViewer(context.viewer);
    const access = await findPartnershipOrFail(context.em, viewer, input.partnershipId);
    authorize(viewer, 'workspace', 'recordLesson', access);
    const parsed = parseInput(lessonSchema, input);
    const lesson = await transaction(context.em, async (tx) => {
      const created = new Lesson({
        partnership: tx.getReference(Partnership, access.partnership.id, { wrapped: true }),
        title: parsed.title,
        body: parsed.body,
        tags: [...new Set(parsed.tags)],
        outcome: input.outcome,
        author: tx.getReference(User, viewer.user.id, { wrapped: true }),
      });
      tx.persist(created);
      await recordActivity(tx, {
        partnershipId: access.partnership.id,
        kind: ActivityKind.LESSON_RECORDED,
        viewer,
        subjectId: created.id,
        data: { title: parsed.title },
      });
      return created;
    });
    return view(lesson);
  }

  @Mutation(() => LessonView, {
    description: 'Commissioner only: shares a lesson with every organisation on the platform.',
  })
  async shareLesson(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<LessonView> {
    const viewer = requireViewer(context.viewer);
    const lesson = isUuid(id) ? await context.em.findOne(Lesson, { id }) : null;
    if (!lesson) throw AppError.notFound('Lesson');
    const access = await findPartnershipOrFail(context.em, viewer, lesson.partnership.id).catch(() => {
      throw AppError.notFound('Lesson');
    });
    authorize(viewer, 'workspace', 'shareLessonWithPlatform', access);
    if (lesson.visibility === LessonVisibility.PLATFORM)
      throw AppError.conflict('The lesson is already shared');
    lesson.visibility = LessonVisibility.PLATFORM;
    await context.em.flush();
    return view(lesson);
  }

  @FieldResolver(() => UserView)
  author(@Root() lesson: LessonView, @Ctx() context: Context): Promise<UserView> {
    return context.loaders.user.load(lesson.authorId);
  }

  @FieldResolver(() => String, { description: 'Title of the partnership it comes from.' })
  async partnershipTitle(@Root() lesson: LessonView, @Ctx() context: Context): Promise<string> {
    return (await context.loaders.lessonSource.load(lesson.partnershipId)).title;
  }

  @FieldResolver(() => OrganisationView, { description: 'The municipality whose partnership it comes from.' })
  async municipality(@Root() lesson: LessonView, @Ctx() context: Context): Promise<OrganisationView> {
    return context.loaders.organisation.load(
      (await context.loaders.lessonSource.load(lesson.partnershipId)).municipalityId,
    );
  }

  @FieldResolver(() => PartnershipView, {
    nullable: true,
    description: 'Null unless the viewer is a member of it.',
  })
  async partnership(@Root() lesson: LessonView, @Ctx() context: Context): Promise<PartnershipView | null> {
    const membership = await viewerMembership(context, lesson.partnershipId);
    return membership ? context.loaders.partnership.load(lesson.partnershipId) : null;
  }
}
