import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { runSql } from '../../database/run-sql.js';
import { uuidArrayLiteral } from '../../database/sql-array.js';
import { transaction } from '../../database/transaction.js';
import { AppError } from '../../errors/app-error.js';
import { boundedText, parseInput } from '../../errors/validate.js';
import { isUuid } from '../../graphql/ids.js';
import type { Viewer } from '../../policy/viewer.js';
import { recordActivity } from '../activity/activity.service.js';
import { ActivityKind } from '../activity/activity-kind.js';
import { ContractVersion } from '../contracts/contract-version.entity.js';
import { Member } from '../partnerships/member.entity.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { OutcomePayment } from '../payments/outcome-payment.entity.js';
import { OutcomeReport } from '../reports/outcome-report.entity.js';
import { User } from '../users/user.entity.js';
import { Comment, Thread, ThreadSubject } from './discussion.entities.js';

/** How long an author may edit a comment; the edit is shown. */
export const EDIT_WINDOW_MS = 15 * 60 * 1000;

export const commentSchema = z.object({
  body: boundedText(z, 10_000),
  mentions: z.array(z.string()).max(50),
});
const threadSchema = z.object({ title: boundedText(z, 200) });

async function checkMentions(
  em: EntityManager,
  partnershipId: string,
  mentions: readonly string[],
): Promise<string[]> {
  const unique = [...new Set(mentions)];
  if (unique.length === 0) return [];
  const members = await em.find(Member, { partnership: partnershipId });
  const memberIds = new Set(members.map((member) => member.organisation.id));
  if (unique.some((id) => !memberIds.has(id)))
    throw AppError.badInput('mentions', 'may only name member organisations');
  return unique;
}

async function checkSubject(
  em: EntityManager,
  partnershipId: string,
  subject: ThreadSubject,
  subjectId: string | null,
) {
  if (subject === ThreadSubject.PARTNERSHIP) {
    if (subjectId) throw AppError.badInput('subjectId', 'must be empty for a thread about the partnership');
    return;
  }
  const entity = { CONTRACT_VERSION: ContractVersion, REPORT: OutcomeReport, PAYMENT: OutcomePayment }[
    subject
  ];
  const found =
    subjectId && isUuid(subjectId)
      ? await em.count(entity, { id: subjectId, partnership: partnershipId })
      : 0;
  if (found === 0)
    throw AppError.badInput(
      'subjectId',
      `is not a ${subject.toLowerCase().replace('_', ' ')} of this partnership`,
    );
}

export async function startThread(
  em: EntityManager,
  viewer: Viewer,
  partnershipId: string,
  input: {
    subject: ThreadSubject;
    subjectId?: string | null;
    title: string;
    body: string;
    mentions: string[];
  },
): Promise<Thread> {
  const { title } = parseInput(threadSchema, input);
  const comment = parseInput(commentSchema, input);
  const subjectId = input.subjectId ?? null;
  await checkSubject(em, partnershipId, input.subject, subjectId);
  const mentions = await checkMentions(em, partnershipId, comment.mentions);
  return transaction(em, async (tx) => {
    const thread = new Thread({
      partnership: tx.getReference(Partnership, partnershipId, { wrapped: true }),
      subject: input.subject,
      subjectId,
      title,
      startedBy: tx.getReference(User, viewer.user.id, { wrapped: true }),
    });
    tx.persist(thread);
    tx.persist(
      new Comment({
        thread: tx.getReference(Thread, thread.id, { wrapped: true }),
        author: tx.getReference(User, viewer.user.id, { wrapped: true }),
        body: comment.body,
        mentions,
      }),
    );
    await recordActivity(tx, {
      partnershipId,
      kind: ActivityKind.THREAD_STARTED,
      viewer,
      subjectId: thread.id,
      data: { title },
    });
    return thread;
  });
}

export async function postComment(
  em: EntityManager,
  viewer: Viewer,
  thread: Thread,
  input: { body: string; mentions: string[] },
): Promise<Comment> {
  const parsed = parseInput(commentSchema, input);
  const mentions = await checkMentions(em, thread.partnership.id, parsed.mentions);
  return transaction(em, async (tx) => {
    const comment = new Comment({
      thread: tx.getReference(Thread, thread.id, { wrapped: true }),
      author: tx.getReference(User, viewer.user.id, { wrapped: true }),
      body: parsed.body,
      mentions,
    });
    tx.persist(comment);
    await recordActivity(tx, {
      partnershipId: thread.partnership.id,
      kind: ActivityKind.COMMENT_POSTED,
      viewer,
      subjectId: comment.id,
      data: {
        threadId: thread.id,
        threadTitle: thread.title,
        excerpt: [...parsed.body].slice(0, 140).join(''),
      },
    });
    return comment;
  });
}

export async function editComment(em: EntityManager, comment: Comment, body: string): Promise<Comment> {
  const parsed = parseInput(commentSchema.pick({ body: true }), { body });
  if (Date.now() - comment.createdAt.getTime() > EDIT_WINDOW_MS) {
    throw AppError.conflict('A comment can only be edited within 15 minutes of posting');
  }
  comment.body = parsed.body;
  comment.editedAt = new Date();
  await em.flush();
  return comment;
}

export async function markRead(em: EntityManager, viewer: Viewer, thread: Thread): Promise<void> {
  await runSql(
    em,
    `insert into thread_read (id, thread_id, user_id, read_at) values (gen_random_uuid(), ?, ?, now())
     on conflict (thread_id, user_id) do update set read_at = excluded.read_at`,
    [thread.id, viewer.user.id],
  );
}

export async function threadCounts(em: EntityManager, viewer: Viewer, threadIds: readonly string[]) {
  if (threadIds.length === 0)
    return new Map<string, { comments: number; unread: number; lastCommentAt: Date | null }>();
  const rows = await runSql<{ thread_id: string; comments: number; unread: number; last: Date | null }[]>(
    em,
    `select c.thread_id, count(*)::int as comments,
            count(*) filter (where c.author_id <> ? and (r.read_at is null or c.created_at > r.read_at))::int as unread,
            max(c.created_at) as last
       from comment c left join thread_read r on r.thread_id = c.thread_id and r.user_id = ?
      where c.thread_id = any(?::uuid[])
      group by c.thread_id`,
    [viewer.user.id, viewer.user.id, uuidArrayLiteral(threadIds)],
  );
  return new Map(
    rows.map((row) => [
      row.thread_id,
      { comments: row.comments, unread: row.unread, lastCommentAt: row.last ? new Date(row.last) : null },
    ]),
  );
}
