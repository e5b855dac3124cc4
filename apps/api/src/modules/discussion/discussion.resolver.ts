import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AppError } from '../../errors/app-error.js';
import type { Context } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { authorize, requireViewer } from '../../policy/index.js';
import { OrganisationView } from '../organisations/organisation.view.js';
import { findPartnershipOrFail } from '../partnerships/membership.js';
import { UserView } from '../users/user.view.js';
import { Comment, Thread, ThreadSubject } from './discussion.entities.js';
import { EDIT_WINDOW_MS, editComment, markRead, postComment, startThread } from './discussion.service.js';
import { CommentView, StartThreadInput, ThreadCounts, ThreadView } from './discussion.types.js';

const threadView = (thread: Thread): ThreadView =>
  Object.assign(new ThreadView(), {
    id: thread.id,
    subject: thread.subject,
    subjectId: thread.subjectId,
    title: thread.title,
    createdAt: thread.createdAt,
    partnershipId: thread.partnership.id,
    startedById: thread.startedBy.id,
  });

function commentView(comment: Comment, viewerId: string, partnershipId: string): CommentView {
  return Object.assign(new CommentView(), {
    id: comment.id,
    body: comment.body,
    createdAt: comment.createdAt,
    editedAt: comment.editedAt,
    viewerCanEdit:
      comment.author.id === viewerId && Date.now() - comment.createdAt.getTime() <= EDIT_WINDOW_MS,
    threadId: comment.thread.id,
    partnershipId,
    authorId: comment.author.id,
    mentionIds: comment.mentions,
  });
}

/** A thread through the member scope of its partnership: NOT_FOUND for everyone else. */
async function findThreadOrFail(context: Context, id: string) {
  const viewer = requireViewer(context.viewer);
  const thread = isUuid(id) ? await context.em.findOne(Thread, { id }) : null;
  if (!thread) throw AppError.notFound('Thread');
  const access = await findPartnershipOrFail(context.em, viewer, thread.partnership.id).catch(() => {
    throw AppError.notFound('Thread');
  });
  authorize(viewer, 'workspace', 'discuss', access);
  return { viewer, thread, access };
}

@Resolver(() => ThreadView)
export class DiscussionResolver {
  @Query(() => [ThreadView], {
    description: 'Threads of a partnership, or of one of its versions, reports or payments.',
  })
  async threads(
    @Arg('partnershipId', () => ID) partnershipId: string,
    @Arg('subject', () => ThreadSubject, { nullable: true }) subject: ThreadSubject | null,
    @Arg('subjectId', () => ID, { nullable: true }) subjectId: string | null,
    @Ctx() context: Context,
  ): Promise<ThreadView[]> {
    const access = await findPartnershipOrFail(context.em, requireViewer(context.viewer), partnershipId);
    // No record has an id that is not a uuid: nothing is about it.
    if (subjectId && !isUuid(subjectId)) return [];
    const threads = await context.em.find(
      Thread,
      {
        partnership: access.partnership.id,
        ...(subject ? { subject } : {}),
        ...(subjectId ? { subjectId } : {}),
      },
      { orderBy: { createdAt: 'desc', id: 'asc' } },
    );
    return threads.map(threadView);
  }

  @Query(() => ThreadView, { nullable: true })
  async thread(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<ThreadView> {
    return threadView((await findThreadOrFail(context, id)).thread);
  }

  @Mutation(() => ThreadView, { description: 'Any member; the first comment comes with it.' })
  async startThread(
    @Arg('input', () => StartThreadInput) input: StartThreadInput,
    @Ctx() context: Context,
  ): Promise<ThreadView> {
    const viewer = requireViewer(context.viewer);
    const access = await findPartnershipOrFail(context.em, viewer, input.partnershipId);
    authorize(viewer, 'workspace', 'discuss', access);
    return threadView(await startThread(context.em, viewer, access.partnership.id, input));
  }

  @Mutation(() => CommentView)
  async postComment(
    @Arg('threadId', () => ID) threadId: string,
    @Arg('body', () => String) body: string,
    @Arg('mentions', () => [ID], { defaultValue: [] }) mentions: string[],
    @Ctx() context: Context,
  ): Promise<CommentView> {
    const { viewer, thread } = await findThreadOrFail(context, threadId);
    const comment = await postComment(context.em, viewer, thread, { body, mentions });
    return commentView(comment, viewer.user.id, thread.partnership.id);
  }

  @Mutation(() => CommentView, {
    description: 'The author, within 15 minutes of posting; the edit is shown.',
  })
  async editComment(
    @Arg('id', () => ID) id: string,
    @Arg('body', () => String) body: string,
    @Ctx() context: Context,
  ): Promise<CommentView> {
    const viewer = requireViewer(context.viewer);
    const comment = isUuid(id) ? await context.em.findOne(Comment, { id }) : null;
    if (!comment) throw AppError.notFound('Comment');
    const { access } = await findThreadOrFail(context, comment.thread.id).catch(() => {
      throw AppError.notFound('Comment');
    });
    authorize(viewer, 'workspace', 'editComment', access, comment.author.id);
    return commentView(await editComment(context.em, comment, body), viewer.user.id, access.partnership.id);
  }

  @Mutation(() => ThreadView, { description: 'Marks every comment of the thread as read by the viewer.' })
  async markThreadRead(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<ThreadView> {
    const { viewer, thread } = await findThreadOrFail(context, id);
    await markRead(context.em, viewer, thread);
    return threadView(thread);
  }

  @FieldResolver(() => [CommentView], { description: 'Oldest first.' })
  async comments(@Root() thread: ThreadView, @Ctx() context: Context): Promise<CommentView[]> {
    const viewer = requireViewer(context.viewer);
    const comments = await context.loaders.commentsOfThread.load(thread.id);
    return comments.map((comment) => commentView(comment, viewer.user.id, thread.partnershipId));
  }

  @FieldResolver(() => ThreadCounts)
  async counts(@Root() thread: ThreadView, @Ctx() context: Context): Promise<ThreadCounts> {
    const counts = await context.loaders.threadCounts.load(thread.id);
    return counts ?? { comments: 0, unread: 0, lastCommentAt: null };
  }

  @FieldResolver(() => UserView)
  startedBy(@Root() thread: ThreadView, @Ctx() context: Context): Promise<UserView> {
    return context.loaders.user.load(thread.startedById);
  }
}

@Resolver(() => CommentView)
export class CommentResolver {
  @FieldResolver(() => UserView)
  author(@Root() comment: CommentView, @Ctx() context: Context): Promise<UserView> {
    return context.loaders.user.load(comment.authorId);
  }

  @FieldResolver(() => [OrganisationView], { description: 'Member organisations the comment mentions.' })
  async mentions(@Root() comment: CommentView, @Ctx() context: Context): Promise<OrganisationView[]> {
    const organisations = await context.loaders.organisation.loadMany(comment.mentionIds);
    return organisations.filter(
      (organisation): organisation is OrganisationView => organisation instanceof OrganisationView,
    );
  }
}
