import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAll, sql } from '../support/factories.js';
import { errorCode, errorField, type GraphQLClient } from '../support/graphql-client.js';
import { type DemoUser, startTestApi, type TestApi } from '../support/test-api.js';
import {
  type CommentView,
  type DemoPartnerships,
  demoPartnerships,
  EDIT_COMMENT,
  MARK_READ,
  organisationIdsByName,
  POST_COMMENT,
  postComment,
  readThread,
  START_THREAD,
  startThread,
  THREADS,
  type ThreadView,
} from '../support/workspace.js';

const UNKNOWN_ID = '5aa97b6e-fd68-458e-81ae-df2ed59fc498';

let api: TestApi;
let clients: Record<DemoUser, GraphQLClient>;
let partnerships: DemoPartnerships;
let orgs: Record<string, string>;

beforeAll(async () => {
  api = await startTestApi();
  clients = await signInAll(api);
  partnerships = await demoPartnerships(api);
  orgs = await organisationIdsByName(clients.aarhus);
});
afterAll(() => api.close());

function org(name: string): string {
  const id = orgs[name];
  if (!id) throw new Error(`no organisation ${name}`);
  return id;
}

describe('threads', () => {
  it('a member starts a thread with its first comment and every member lists it', async () => {
    const thread = await startThread(clients.askov, partnerships.stopVold, {
      title: 'Orienteringsmøde for skoleledere',
      body: 'Kan kommunen stå for invitationen?',
      mentions: [org('Aarhus Kommune')],
    });
    expect(thread).toMatchObject({
      subject: 'PARTNERSHIP',
      subjectId: null,
      title: 'Orienteringsmøde for skoleledere',
      counts: { comments: 1, unread: 0 },
    });
    expect(thread.comments).toHaveLength(1);
    expect(thread.comments[0]).toMatchObject({
      body: 'Kan kommunen stå for invitationen?',
      editedAt: null,
      viewerCanEdit: true,
      mentions: [{ name: 'Aarhus Kommune' }],
    });

    for (const user of ['aarhus', 'askov', 'kapitalfond', 'trivsel', 'evaluering'] as const) {
      const listed = await clients[user].data<{ threads: ThreadView[] }>(THREADS, {
        partnershipId: partnerships.stopVold,
      });
      expect(listed.threads.map((t) => t.id)).toContain(thread.id);
    }
  });

  it('a thread can be about a contract version, report or payment of the partnership, and is filtered by it', async () => {
    const [payment] = await sql<{ id: string }>(
      api,
      'select id from outcome_payment where partnership_id = ?',
      [partnerships.stopVold],
    );
    const [report] = await sql<{ id: string }>(
      api,
      'select id from outcome_report where partnership_id = ?',
      [partnerships.stopVold],
    );
    if (!payment || !report) throw new Error('demo data has no payment or report');
    const aboutPayment = await startThread(clients.kapitalfond, partnerships.stopVold, {
      subject: 'PAYMENT',
      subjectId: payment.id,
      title: 'Spørgsmål til udbetaling 1',
    });
    const aboutReport = await startThread(clients.evaluering, partnerships.stopVold, {
      subject: 'REPORT',
      subjectId: report.id,
      title: 'Dokumentation for rapporten',
    });
    expect(aboutPayment).toMatchObject({ subject: 'PAYMENT', subjectId: payment.id });

    const filtered = await clients.aarhus.data<{ threads: ThreadView[] }>(THREADS, {
      partnershipId: partnerships.stopVold,
      subject: 'PAYMENT',
      subjectId: payment.id,
    });
    expect(filtered.threads.map((t) => t.id)).toEqual([aboutPayment.id]);
    const reports = await clients.aarhus.data<{ threads: ThreadView[] }>(THREADS, {
      partnershipId: partnerships.stopVold,
      subject: 'REPORT',
    });
    expect(reports.threads.map((t) => t.id)).toContain(aboutReport.id);
    expect(reports.threads.every((t) => t.subject === 'REPORT')).toBe(true);
  });

  it('filtering by a subject that matches nothing lists nothing, also when the id is not an id', async () => {
    const [payment] = await sql<{ id: string }>(
      api,
      'select id from outcome_payment where partnership_id = ?',
      [partnerships.stopVold],
    );
    await startThread(clients.kapitalfond, partnerships.stopVold, {
      subject: 'PAYMENT',
      subjectId: payment?.id,
      title: 'Endnu et spørgsmål til udbetalingen',
    });
    for (const subjectId of [UNKNOWN_ID, 'payment-1']) {
      const none = await clients.aarhus.data<{ threads: ThreadView[] }>(THREADS, {
        partnershipId: partnerships.stopVold,
        subject: 'PAYMENT',
        subjectId,
      });
      expect(none.threads, subjectId).toEqual([]);
    }
  });

  it.each<[string, () => Record<string, unknown>, string]>([
    ['an empty title', () => ({ title: '   ' }), 'title'],
    ['a title over 200 characters', () => ({ title: 'x'.repeat(201) }), 'title'],
    ['an empty first comment', () => ({ body: '\u200b ' }), 'body'],
    ['a first comment over 10,000 characters', () => ({ body: 'æ'.repeat(10_001) }), 'body'],
    ['a subject id for a partnership thread', () => ({ subjectId: UNKNOWN_ID }), 'subjectId'],
    ['a report thread without a report', () => ({ subject: 'REPORT' }), 'subjectId'],
    ['a payment that does not exist', () => ({ subject: 'PAYMENT', subjectId: UNKNOWN_ID }), 'subjectId'],
    [
      'a subject id that is not an id',
      () => ({ subject: 'CONTRACT_VERSION', subjectId: 'version-1' }),
      'subjectId',
    ],
    ['a mention of a non-member', () => ({ mentions: [org('Nordisk Impact Invest')] }), 'mentions'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_name, overrides, field) => {
    const before = await sql<{ count: number }>(api, 'select count(*)::int as count from thread');
    const result = await clients.askov.request(START_THREAD, {
      input: { partnershipId: partnerships.stopVold, title: 'Titel', body: 'Tekst', ...overrides() },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe(field);
    const after = await sql<{ count: number }>(api, 'select count(*)::int as count from thread');
    expect(after[0]?.count).toBe(before[0]?.count);
  });

  it('refuses a subject of another partnership', async () => {
    const [payment] = await sql<{ id: string }>(
      api,
      'select id from outcome_payment where partnership_id = ?',
      [partnerships.stopVold],
    );
    const result = await clients.vestby.request(START_THREAD, {
      input: {
        partnershipId: partnerships.ungeIJob,
        subject: 'PAYMENT',
        subjectId: payment?.id,
        title: 'Titel',
        body: 'Tekst',
      },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('subjectId');
  });
});

describe('comments', () => {
  let thread: ThreadView;
  beforeAll(async () => {
    thread = await startThread(clients.aarhus, partnerships.stopVold, { title: 'Midtvejsevaluering' });
  });

  it('any member comments, oldest first, mentioning member organisations', async () => {
    const first = await postComment(clients.evaluering, thread.id, 'Vi mangler data for 3. kvartal.', [
      org('AskovFonden'),
      org('AskovFonden'),
    ]);
    const second = await postComment(clients.trivsel, thread.id, 'Tak for opdateringen.');
    expect(first.mentions.map((m) => m.name)).toEqual(['AskovFonden']);
    expect(first.author.id).not.toBe(second.author.id);
    const read = await readThread(clients.kapitalfond, thread.id);
    expect(read.comments.map((c) => c.id).slice(-2)).toEqual([first.id, second.id]);
    expect(read.comments.every((c) => c.viewerCanEdit === false)).toBe(true);
  });

  it.each<[string, () => Record<string, unknown>, string]>([
    ['an empty body', () => ({ body: ' \n\t ' }), 'body'],
    ['a body over 10,000 characters', () => ({ body: 'a'.repeat(10_001) }), 'body'],
    ['a mention of a non-member organisation', () => ({ mentions: [org('Jobvejen')] }), 'mentions'],
    [
      'a mention of a member together with a non-member',
      () => ({ mentions: [org('AskovFonden'), org('Vestby Kommune')] }),
      'mentions',
    ],
    ['a mention that is no organisation', () => ({ mentions: [UNKNOWN_ID] }), 'mentions'],
  ])('refuses %s', async (_name, input, field) => {
    const result = await clients.askov.request(POST_COMMENT, {
      threadId: thread.id,
      body: 'Tekst',
      ...input(),
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe(field);
  });

  it('the author edits within 15 minutes, and the edit is shown', async () => {
    const comment = await postComment(clients.askov, thread.id, 'Vi har 72 familier i forløb.');
    const edited = await clients.askov.data<{ editComment: CommentView }>(EDIT_COMMENT, {
      id: comment.id,
      body: 'Vi har 27 familier i forløb.',
    });
    expect(edited.editComment).toMatchObject({ id: comment.id, body: 'Vi har 27 familier i forløb.' });
    expect(edited.editComment.editedAt).not.toBeNull();
    const seen = await readThread(clients.aarhus, thread.id);
    expect(seen.comments.find((c) => c.id === comment.id)).toMatchObject({
      body: 'Vi har 27 familier i forløb.',
      editedAt: edited.editComment.editedAt,
      viewerCanEdit: false,
    });
  });

  it('nobody but the author may edit: a colleague organisation gets FORBIDDEN', async () => {
    const comment = await postComment(clients.askov, thread.id, 'Original');
    for (const user of ['aarhus', 'evaluering'] as const) {
      const result = await clients[user].request(EDIT_COMMENT, { id: comment.id, body: 'Ændret' });
      expect(errorCode(result)).toBe('FORBIDDEN');
    }
    const seen = await readThread(clients.askov, thread.id);
    expect(seen.comments.find((c) => c.id === comment.id)).toMatchObject({
      body: 'Original',
      editedAt: null,
    });
  });

  it('an edit after 15 minutes is a CONFLICT and the comment no longer offers editing', async () => {
    const comment = await postComment(clients.askov, thread.id, 'Skrevet for længe siden');
    await sql(api, "update comment set created_at = now() - interval '16 minutes' where id = ?", [
      comment.id,
    ]);
    const seen = await readThread(clients.askov, thread.id);
    expect(seen.comments.find((c) => c.id === comment.id)?.viewerCanEdit).toBe(false);
    const result = await clients.askov.request(EDIT_COMMENT, { id: comment.id, body: 'For sent' });
    expect(errorCode(result)).toBe('CONFLICT');
    const after = await readThread(clients.askov, thread.id);
    expect(after.comments.find((c) => c.id === comment.id)).toMatchObject({
      body: 'Skrevet for længe siden',
      editedAt: null,
    });
  });

  it('an edit still within 15 minutes is accepted (14 minutes after posting)', async () => {
    const comment = await postComment(clients.askov, thread.id, 'Næsten for sent');
    await sql(api, "update comment set created_at = now() - interval '14 minutes' where id = ?", [
      comment.id,
    ]);
    const edited = await clients.askov.data<{ editComment: CommentView }>(EDIT_COMMENT, {
      id: comment.id,
      body: 'Lige i tide',
    });
    expect(edited.editComment.body).toBe('Lige i tide');
  });

  it('an empty edit is refused naming the body', async () => {
    const comment = await postComment(clients.askov, thread.id, 'Noget');
    const result = await clients.askov.request(EDIT_COMMENT, { id: comment.id, body: '   ' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('body');
  });

  it('editing or commenting on something that does not exist is NOT_FOUND', async () => {
    for (const id of [UNKNOWN_ID, 'not-an-id']) {
      expect(errorCode(await clients.askov.request(EDIT_COMMENT, { id, body: 'x' }))).toBe('NOT_FOUND');
      expect(errorCode(await clients.askov.request(POST_COMMENT, { threadId: id, body: 'x' }))).toBe(
        'NOT_FOUND',
      );
    }
  });
});

describe('unread counts', () => {
  it('counts comments by others since the viewer last read the thread', async () => {
    const thread = await startThread(clients.askov, partnerships.stopVold, {
      title: 'Ulæste kommentarer',
      body: 'Første',
    });
    const countsOf = async (user: DemoUser) => (await readThread(clients[user], thread.id)).counts;

    // The author has nothing unread; everybody else has the first comment.
    expect(await countsOf('askov')).toMatchObject({ comments: 1, unread: 0 });
    expect(await countsOf('aarhus')).toMatchObject({ comments: 1, unread: 1 });

    await postComment(clients.askov, thread.id, 'Anden');
    expect(await countsOf('aarhus')).toMatchObject({ comments: 2, unread: 2 });

    const marked = await clients.aarhus.data<{ markThreadRead: ThreadView }>(MARK_READ, { id: thread.id });
    expect(marked.markThreadRead.counts).toMatchObject({ comments: 2, unread: 0 });
    expect(await countsOf('aarhus')).toMatchObject({ comments: 2, unread: 0 });
    // Reading is per user: the evaluator still has both.
    expect(await countsOf('evaluering')).toMatchObject({ comments: 2, unread: 2 });

    const third = await postComment(clients.kapitalfond, thread.id, 'Tredje');
    await postComment(clients.aarhus, thread.id, 'Fjerde, af Aarhus selv');
    const counts = await countsOf('aarhus');
    expect(counts).toMatchObject({ comments: 4, unread: 1 });
    // The author of the thread has two unread: Kapitalfond's and Aarhus's.
    expect(await countsOf('askov')).toMatchObject({ comments: 4, unread: 2 });
    expect(Date.parse(counts.lastCommentAt ?? '')).toBeGreaterThanOrEqual(Date.parse(third.createdAt));

    // Reading again clears it; the list shows the same counts as the single thread.
    await clients.askov.data(MARK_READ, { id: thread.id });
    const listed = await clients.askov.data<{ threads: ThreadView[] }>(THREADS, {
      partnershipId: partnerships.stopVold,
    });
    expect(listed.threads.find((t) => t.id === thread.id)?.counts).toMatchObject({ comments: 4, unread: 0 });
  });
});
