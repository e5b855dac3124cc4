import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAll, sql } from '../support/factories.js';
import { errorCode, type GraphQLClient, type GraphQLResponse } from '../support/graphql-client.js';
import { type DemoUser, startTestApi, type TestApi } from '../support/test-api.js';
import {
  ACTIVITY,
  AUDIT_TRAIL,
  CREATE_MILESTONE,
  DECISIONS,
  type DecisionView,
  type DemoPartnerships,
  DOCUMENTS,
  demoPartnerships,
  download,
  EDIT_COMMENT,
  FILES,
  LESSONS,
  type LessonView,
  MARK_READ,
  MILESTONES,
  type MilestoneView,
  organisationIdsByName,
  POST_COMMENT,
  postComment,
  RECORD_DECISION,
  RECORD_LESSON,
  SHARE_LESSON,
  START_THREAD,
  startThread,
  THREAD,
  THREADS,
  tokenOf,
  UPDATE_MILESTONE,
  upload,
  VERIFY_AUDIT,
} from '../support/workspace.js';

const UNKNOWN_ID = '5aa97b6e-fd68-458e-81ae-df2ed59fc498';
const OUTSIDERS = ['vestby', 'jobvejen', 'nordisk'] as const satisfies readonly DemoUser[];

let api: TestApi;
let clients: Record<DemoUser, GraphQLClient>;
let partnerships: DemoPartnerships;
let orgs: Record<string, string>;

/** One of everything in "Stop vold i familien", made by its members. */
interface Items {
  threadId: string;
  commentId: string;
  documentId: string;
  versionId: string;
  decisionId: string;
  milestoneId: string;
  lessonId: string;
}
let items: Items;

beforeAll(async () => {
  api = await startTestApi();
  clients = await signInAll(api);
  partnerships = await demoPartnerships(api);
  orgs = await organisationIdsByName(clients.aarhus);
  const askov = orgs.AskovFonden ?? '';
  const thread = await startThread(clients.askov, partnerships.stopVold, { title: 'Fortroligt' });
  const comment = await postComment(clients.aarhus, thread.id, 'Kun for partnerskabet', [askov]);
  const uploaded = await upload(api, partnerships.stopVold, FILES.pdf(), {
    token: tokenOf(clients.askov),
    filename: 'familier.pdf',
  });
  const decision = await clients.aarhus.data<{ recordDecision: DecisionView }>(RECORD_DECISION, {
    input: {
      partnershipId: partnerships.stopVold,
      text: 'Intern beslutning',
      decidedOn: '2026-09-01',
      agreedBy: [askov],
    },
  });
  const milestone = await clients.aarhus.data<{ createMilestone: MilestoneView }>(CREATE_MILESTONE, {
    partnershipId: partnerships.stopVold,
    input: { title: 'Intern milepæl', dueDate: '2030-01-01', ownerId: askov },
  });
  const lesson = await clients.askov.data<{ recordLesson: LessonView }>(RECORD_LESSON, {
    input: {
      partnershipId: partnerships.stopVold,
      title: 'Intern erfaring om familierne',
      body: 'Kun for partnerskabet.',
      outcome: 'WENT_WELL',
    },
  });
  items = {
    threadId: thread.id,
    commentId: comment.id,
    documentId: String(uploaded.body?.documentId),
    versionId: String(uploaded.body?.versionId),
    decisionId: decision.recordDecision.id,
    milestoneId: milestone.createMilestone.id,
    lessonId: lesson.recordLesson.id,
  };
});
afterAll(() => api.close());

type Probe = (client: GraphQLClient) => Promise<GraphQLResponse<unknown>>;

/** Every GraphQL way to reach an item of the partnership, by someone who is not a member. */
const PROBES: [string, Probe][] = [
  ['thread', (c) => c.request(THREAD, { id: items.threadId })],
  ['threads', (c) => c.request(THREADS, { partnershipId: partnerships.stopVold })],
  [
    'threads of a subject',
    (c) => c.request(THREADS, { partnershipId: partnerships.stopVold, subject: 'PARTNERSHIP' }),
  ],
  [
    'startThread',
    (c) =>
      c.request(START_THREAD, { input: { partnershipId: partnerships.stopVold, title: 'x', body: 'y' } }),
  ],
  ['postComment', (c) => c.request(POST_COMMENT, { threadId: items.threadId, body: 'Hej' })],
  ['editComment', (c) => c.request(EDIT_COMMENT, { id: items.commentId, body: 'Ændret' })],
  ['markThreadRead', (c) => c.request(MARK_READ, { id: items.threadId })],
  ['documents', (c) => c.request(DOCUMENTS, { partnershipId: partnerships.stopVold })],
  ['decisions', (c) => c.request(DECISIONS, { partnershipId: partnerships.stopVold })],
  [
    'recordDecision',
    (c) =>
      c.request(RECORD_DECISION, {
        input: { partnershipId: partnerships.stopVold, text: 'x', decidedOn: '2026-09-01', agreedBy: [] },
      }),
  ],
  ['milestones', (c) => c.request(MILESTONES, { partnershipId: partnerships.stopVold })],
  [
    'createMilestone',
    (c) =>
      c.request(CREATE_MILESTONE, {
        partnershipId: partnerships.stopVold,
        input: { title: 'x', dueDate: '2030-01-01', ownerId: UNKNOWN_ID },
      }),
  ],
  [
    'updateMilestone',
    (c) =>
      c.request(UPDATE_MILESTONE, {
        id: items.milestoneId,
        input: { title: 'Overtaget', dueDate: '2030-01-01', ownerId: UNKNOWN_ID },
      }),
  ],
  ['lessons of the partnership', (c) => c.request(LESSONS, { partnershipId: partnerships.stopVold })],
  ['shareLesson', (c) => c.request(SHARE_LESSON, { id: items.lessonId })],
  [
    'recordLesson',
    (c) =>
      c.request(RECORD_LESSON, {
        input: { partnershipId: partnerships.stopVold, title: 'x', body: 'y', outcome: 'WENT_WELL' },
      }),
  ],
  ['activity', (c) => c.request(ACTIVITY, { partnershipId: partnerships.stopVold })],
  ['auditTrail', (c) => c.request(AUDIT_TRAIL, { partnershipId: partnerships.stopVold })],
  ['verifyAuditTrail', (c) => c.request(VERIFY_AUDIT, { partnershipId: partnerships.stopVold })],
];

describe('a member of another partnership gets NOT_FOUND for every item of "Stop vold i familien"', () => {
  it.each(PROBES)('%s', async (_name, probe) => {
    const counts = async () =>
      sql<{ table: string; count: number }>(
        api,
        `select 'activity' as table, count(*)::int as count from activity
         union all select 'comment', count(*)::int from comment
         union all select 'thread', count(*)::int from thread
         union all select 'decision', count(*)::int from decision
         union all select 'milestone', count(*)::int from milestone
         union all select 'lesson', count(*)::int from lesson`,
      );
    const before = await counts();
    for (const user of OUTSIDERS) {
      const result = await probe(clients[user]);
      expect(errorCode(result), user).toBe('NOT_FOUND');
      expect(
        Object.values(result.data ?? {}).every((value) => value === null),
        user,
      ).toBe(true);
    }
    expect(await counts()).toEqual(before);
  });

  it('the answer is the same as for an id that does not exist', async () => {
    const foreign = await clients.vestby.request(THREAD, { id: items.threadId });
    const missing = await clients.vestby.request(THREAD, { id: UNKNOWN_ID });
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const foreignDecisions = await clients.vestby.request(DECISIONS, {
      partnershipId: partnerships.stopVold,
    });
    const missingDecisions = await clients.vestby.request(DECISIONS, { partnershipId: UNKNOWN_ID });
    expect(foreignDecisions.errors?.[0]).toEqual(missingDecisions.errors?.[0]);
  });

  it('nothing was changed by the attempts', async () => {
    const thread = await clients.aarhus.data<{
      thread: {
        counts: { comments: number };
        comments: { id: string; body: string; editedAt: string | null }[];
      };
    }>(THREAD, { id: items.threadId });
    expect(thread.thread.counts.comments).toBe(2);
    expect(thread.thread.comments.find((c) => c.id === items.commentId)).toMatchObject({
      body: 'Kun for partnerskabet',
      editedAt: null,
    });
    const milestones = await clients.aarhus.data<{ milestones: MilestoneView[] }>(MILESTONES, {
      partnershipId: partnerships.stopVold,
    });
    expect(milestones.milestones.find((m) => m.id === items.milestoneId)?.title).toBe('Intern milepæl');
    const lessons = await clients.aarhus.data<{ lessons: LessonView[] }>(LESSONS, {});
    expect(lessons.lessons.find((l) => l.id === items.lessonId)?.visibility).toBe('PARTNERSHIP');
  });

  it("lists never include the partnership's lessons for them, even when searched", async () => {
    for (const user of OUTSIDERS) {
      const all = await clients[user].data<{ lessons: LessonView[] }>(LESSONS, {});
      expect(all.lessons.map((l) => l.id)).not.toContain(items.lessonId);
      expect(all.lessons.every((l) => l.visibility === 'PLATFORM' || l.partnership !== null)).toBe(true);
      const searched = await clients[user].data<{ lessons: LessonView[] }>(LESSONS, { search: 'familie' });
      expect(searched.lessons.map((l) => l.id)).not.toContain(items.lessonId);
    }
  });

  it('a document download is 404 NOT_FOUND, exactly as for a version that does not exist', async () => {
    const missing = await download(api, UNKNOWN_ID, tokenOf(clients.vestby));
    for (const user of OUTSIDERS) {
      const result = await download(api, items.versionId, tokenOf(clients[user]));
      expect(result.status, user).toBe(404);
      expect(result.json?.errors?.[0]?.extensions?.code, user).toBe('NOT_FOUND');
      expect(result.json).toEqual(missing.json);
      expect(result.bytes.includes(FILES.pdf())).toBe(false);
    }
  });

  it('uploading to the partnership, or a new version of its document, is 404 NOT_FOUND', async () => {
    for (const user of OUTSIDERS) {
      const token = tokenOf(clients[user]);
      const fresh = await upload(api, partnerships.stopVold, FILES.pdf(), { token, filename: 'x.pdf' });
      expect(fresh.status, user).toBe(404);
      expect(fresh.body?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const version = await upload(api, partnerships.stopVold, FILES.pdf(), {
        token,
        filename: 'x.pdf',
        documentId: items.documentId,
      });
      expect(version.status, user).toBe(404);
      expect(version.body?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const documents = await clients.aarhus.data<{ documents: { id: string; versions: unknown[] }[] }>(
      DOCUMENTS,
      {
        partnershipId: partnerships.stopVold,
      },
    );
    expect(documents.documents.find((d) => d.id === items.documentId)?.versions).toHaveLength(1);
  });

  it("Vestby's own partnership cannot reach Stop vold's thread or decision through references", async () => {
    const withThread = await clients.vestby.request(RECORD_DECISION, {
      input: {
        partnershipId: partnerships.ungeIJob,
        text: 'x',
        decidedOn: '2026-09-01',
        agreedBy: [orgs['Vestby Kommune']],
        threadId: items.threadId,
      },
    });
    expect(errorCode(withThread)).toBe('BAD_USER_INPUT');
    const superseding = await clients.vestby.request(RECORD_DECISION, {
      input: {
        partnershipId: partnerships.ungeIJob,
        text: 'x',
        decidedOn: '2026-09-01',
        agreedBy: [orgs['Vestby Kommune']],
        supersedesId: items.decisionId,
      },
    });
    expect(errorCode(superseding)).toBe('BAD_USER_INPUT');
    const decisions = await clients.aarhus.data<{ decisions: DecisionView[] }>(DECISIONS, {
      partnershipId: partnerships.stopVold,
    });
    expect(decisions.decisions.find((d) => d.id === items.decisionId)?.supersededBy).toBeNull();
  });
});

describe('the audit trail', () => {
  it.each<[DemoUser, 'OK' | 'FORBIDDEN']>([
    ['aarhus', 'OK'],
    ['evaluering', 'OK'],
    ['askov', 'FORBIDDEN'],
    ['kapitalfond', 'FORBIDDEN'],
    ['trivsel', 'FORBIDDEN'],
  ])('%s: %s', async (user, outcome) => {
    for (const query of [AUDIT_TRAIL, VERIFY_AUDIT]) {
      const result = await clients[user].request(query, { partnershipId: partnerships.stopVold });
      if (outcome === 'OK') expect(result.errors).toBeUndefined();
      else {
        expect(errorCode(result)).toBe('FORBIDDEN');
        expect(result.data ?? null).toBeNull();
      }
    }
  });
});

describe('members', () => {
  it('every member reads every item', async () => {
    for (const user of ['aarhus', 'askov', 'kapitalfond', 'trivsel', 'evaluering'] as const) {
      const client = clients[user];
      expect((await client.request(THREAD, { id: items.threadId })).errors).toBeUndefined();
      for (const query of [DOCUMENTS, DECISIONS, MILESTONES, ACTIVITY]) {
        // `before: null` spelled out: omitting it is a separate bug (see workspace-live.test.ts).
        const result = await client.request(query, { partnershipId: partnerships.stopVold, before: null });
        expect(result.errors, `${user}: ${query.slice(0, 30)}`).toBeUndefined();
      }
      expect((await download(api, items.versionId, tokenOf(client))).status).toBe(200);
    }
  });
});
