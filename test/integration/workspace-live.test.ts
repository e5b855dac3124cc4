import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAll } from '../support/factories.js';
import { errorCode, errorField, type GraphQLClient } from '../support/graphql-client.js';
import { createTestDatabase, type DemoUser, startTestApi, type TestApi } from '../support/test-api.js';
import {
  ACTIVITY,
  type ActivityView,
  type DemoPartnerships,
  demoPartnerships,
  FILES,
  type LiveSubscription,
  liveClient,
  organisationIdsByName,
  postComment,
  RECORD_DECISION,
  startThread,
  subscribeActivity,
  type ThreadView,
  tokenOf,
  untilLive,
  upload,
  within,
} from '../support/workspace.js';

/** Every socket a test opens, closed after it whatever happens. */
const open: LiveSubscription[] = [];
async function closeAll() {
  await Promise.all(open.splice(0).map((subscription) => subscription.close()));
}

interface ActivityPage {
  activity: { items: ActivityView[]; nextCursor: string | null };
}

describe('one API process', () => {
  let api: TestApi;
  let clients: Record<DemoUser, GraphQLClient>;
  let partnerships: DemoPartnerships;
  let stopVoldThread: ThreadView;
  let ungeThread: ThreadView;

  beforeAll(async () => {
    api = await startTestApi();
    clients = await signInAll(api);
    partnerships = await demoPartnerships(api);
    stopVoldThread = await startThread(clients.aarhus, partnerships.stopVold, { title: 'Live i Aarhus' });
    ungeThread = await startThread(clients.vestby, partnerships.ungeIJob, { title: 'Live i Vestby' });
  });
  afterAll(async () => {
    await closeAll();
    await api.close();
  });

  function subscribe(user: DemoUser, partnershipId: string): LiveSubscription {
    const subscription = subscribeActivity(liveClient(api, tokenOf(clients[user])), partnershipId);
    open.push(subscription);
    return subscription;
  }

  describe('the activity feed', () => {
    it('records workspace changes newest first, written with the change', async () => {
      const comment = await postComment(clients.askov, stopVoldThread.id, 'Ny kommentar til feeden');
      const decision = await clients.aarhus.data<{ recordDecision: { id: string } }>(RECORD_DECISION, {
        input: {
          partnershipId: partnerships.stopVold,
          text: 'Feeden virker.',
          decidedOn: '2026-09-01',
          agreedBy: [(await organisationIdsByName(clients.aarhus))['Aarhus Kommune']],
        },
      });
      const uploaded = await upload(api, partnerships.stopVold, FILES.pdf(), {
        token: tokenOf(clients.evaluering),
        filename: 'evaluering.pdf',
      });
      const page = await clients.trivsel.data<ActivityPage>(ACTIVITY, {
        partnershipId: partnerships.stopVold,
        first: 3,
        before: null,
      });
      expect(page.activity.items.map((item) => [item.kind, item.subjectId])).toEqual([
        ['DOCUMENT_UPLOADED', uploaded.body?.documentId],
        ['DECISION_RECORDED', decision.recordDecision.id],
        ['COMMENT_POSTED', comment.id],
      ]);
      expect(page.activity.items[2]?.data).toMatchObject({
        threadId: stopVoldThread.id,
        threadTitle: 'Live i Aarhus',
        excerpt: 'Ny kommentar til feeden',
      });
      expect(page.activity.nextCursor).toBe(page.activity.items[2]?.id);
    });

    it('pages with the cursor without gaps or repeats', async () => {
      const all = await clients.aarhus.data<ActivityPage>(ACTIVITY, {
        partnershipId: partnerships.stopVold,
        first: 100,
        before: null,
      });
      const seen: string[] = [];
      let before: string | null = null;
      for (let guard = 0; guard < 100; guard += 1) {
        const page: ActivityPage = await clients.aarhus.data<ActivityPage>(ACTIVITY, {
          partnershipId: partnerships.stopVold,
          first: 4,
          before,
        });
        seen.push(...page.activity.items.map((item) => item.id));
        before = page.activity.nextCursor;
        if (!before) break;
      }
      expect(seen).toEqual(all.activity.items.map((item) => item.id));
    });

    it('the first page needs no cursor: `before` may be left out', async () => {
      const result = await clients.aarhus.request<ActivityPage>(ACTIVITY, {
        partnershipId: partnerships.stopVold,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.activity.items.length).toBeGreaterThan(0);
      const literal = await clients.aarhus.request<ActivityPage>(
        `{ activity(partnershipId: "${partnerships.stopVold}") { items { id } nextCursor } }`,
      );
      expect(literal.errors).toBeUndefined();
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['first 0', { first: 0 }, 'first'],
      ['first over 100', { first: 101 }, 'first'],
      ['a cursor that is not one', { before: 'abc' }, 'before'],
    ])('refuses %s', async (_name, variables, field) => {
      const result = await clients.aarhus.request(ACTIVITY, {
        partnershipId: partnerships.stopVold,
        before: null,
        ...variables,
      });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe(field);
    });
  });

  describe('activityAdded over graphql-ws', () => {
    afterAll(closeAll);

    it('a member receives new activity of its partnership as it happens', async () => {
      const subscription = subscribe('evaluering', partnerships.stopVold);
      await untilLive(
        subscription,
        async () => (await postComment(clients.askov, stopVoldThread.id, 'ping')).id,
      );
      const comment = await postComment(clients.aarhus, stopVoldThread.id, 'Mødet er flyttet til torsdag.');
      const event = await subscription.waitFor((e) => e.subjectId === comment.id);
      expect(event).toMatchObject({
        kind: 'COMMENT_POSTED',
        data: { threadId: stopVoldThread.id, excerpt: 'Mødet er flyttet til torsdag.' },
      });
      const thread = await startThread(clients.kapitalfond, partnerships.stopVold, { title: 'Nyt emne' });
      expect(await subscription.waitFor((e) => e.subjectId === thread.id)).toMatchObject({
        kind: 'THREAD_STARTED',
        data: { title: 'Nyt emne' },
      });
    });

    it('a connection without a valid token is refused', async () => {
      for (const client of [
        liveClient(api, null),
        liveClient(api, 'not-a-token'),
        liveClient(api, null, tokenOf(clients.aarhus)),
      ]) {
        const subscription = subscribeActivity(client, partnerships.stopVold);
        open.push(subscription);
        const ended = await within(subscription.ended, 5000, { kind: 'timeout' as const });
        expect(ended).toMatchObject({ kind: 'closed', code: 4403 });
        expect(subscription.events).toEqual([]);
      }
    });

    it('subscribing to a partnership one is not a member of is a NOT_FOUND error', async () => {
      for (const [user, partnershipId] of [
        ['vestby', partnerships.stopVold],
        ['jobvejen', partnerships.stopVold],
        ['aarhus', partnerships.ungeIJob],
        ['aarhus', '5aa97b6e-fd68-458e-81ae-df2ed59fc498'],
      ] as const) {
        const subscription = subscribe(user, partnershipId);
        const ended = await within(subscription.ended, 5000, { kind: 'timeout' as const });
        expect(ended, `${user}`).toMatchObject({ kind: 'errors' });
        if (ended.kind === 'errors') expect(ended.errors[0]?.extensions?.code, user).toBe('NOT_FOUND');
      }
    });

    it("a subscription never delivers another partnership's activity", async () => {
      const vestby = subscribe('vestby', partnerships.ungeIJob);
      const jobvejen = subscribe('jobvejen', partnerships.ungeIJob);
      await untilLive(vestby, async () => (await postComment(clients.vestby, ungeThread.id, 'ping')).id);
      await untilLive(jobvejen, async () => (await postComment(clients.vestby, ungeThread.id, 'ping')).id);

      // Busy Aarhus: comments, a thread, a document, in "Stop vold i familien".
      const secret = await postComment(clients.aarhus, stopVoldThread.id, 'Fortroligt om familierne');
      const thread = await startThread(clients.askov, partnerships.stopVold, { title: 'Fortrolig tråd' });
      const uploaded = await upload(api, partnerships.stopVold, FILES.text(), {
        token: tokenOf(clients.askov),
        filename: 'fortroligt.txt',
      });
      const foreign = new Set([secret.id, thread.id, String(uploaded.body?.documentId)]);

      // Then a marker in Vestby's own partnership: once it arrives, Aarhus's changes have passed.
      const marker = await postComment(clients.jobvejen, ungeThread.id, 'Markør');
      for (const subscription of [vestby, jobvejen]) {
        await subscription.waitFor((e) => e.subjectId === marker.id);
        expect(subscription.events.filter((e) => foreign.has(String(e.subjectId)))).toEqual([]);
        expect(JSON.stringify(subscription.events)).not.toContain('Fortroligt');
      }
    });
  });
});

describe('two API processes on one database', () => {
  let first: TestApi;
  let second: TestApi;
  beforeAll(async () => {
    const database = await createTestDatabase();
    first = await startTestApi({ database });
    second = await startTestApi({ database });
  });
  afterAll(async () => {
    await closeAll();
    await first?.close();
    await second?.close();
  });

  it('a comment posted through one process reaches a subscriber of the other', async () => {
    const partnerships = await demoPartnerships(first);
    const aarhusOnFirst = await first.as('aarhus');
    const askovOnSecond = await second.as('askov');
    const thread = await startThread(aarhusOnFirst, partnerships.stopVold, { title: 'To processer' });

    const subscription = subscribeActivity(liveClient(second, tokenOf(askovOnSecond)), partnerships.stopVold);
    open.push(subscription);
    // Live once the second process delivers its own change.
    await untilLive(subscription, async () => (await postComment(askovOnSecond, thread.id, 'ping')).id);

    const comment = await postComment(aarhusOnFirst, thread.id, 'Skrevet gennem den første proces');
    const event = await subscription.waitFor((e) => e.subjectId === comment.id, 5000);
    expect(event).toMatchObject({
      kind: 'COMMENT_POSTED',
      actor: { id: comment.author.id },
      data: { threadId: thread.id, excerpt: 'Skrevet gennem den første proces' },
    });

    // The second process reads the same comment from the shared database.
    const seen = await askovOnSecond.data<{ thread: ThreadView }>(
      'query T($id: ID!) { thread(id: $id) { comments { id body } } }',
      { id: thread.id },
    );
    expect(seen.thread.comments.map((c) => c.id)).toContain(comment.id);
  });

  it('a refused change through one process announces nothing on the other', async () => {
    const partnerships = await demoPartnerships(first);
    const askovOnFirst = await first.as('askov');
    const aarhusOnSecond = await second.as('aarhus');
    const thread = await startThread(askovOnFirst, partnerships.stopVold, { title: 'Afvist' });
    const subscription = subscribeActivity(
      liveClient(second, tokenOf(aarhusOnSecond)),
      partnerships.stopVold,
    );
    open.push(subscription);
    await untilLive(subscription, async () => (await postComment(askovOnFirst, thread.id, 'ping')).id);
    const count = subscription.events.length;

    const refused = await askovOnFirst.request(
      'mutation P($t: ID!, $m: [ID!]!) { postComment(threadId: $t, body: "x", mentions: $m) { id } }',
      { t: thread.id, m: ['5aa97b6e-fd68-458e-81ae-df2ed59fc498'] },
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    const marker = await postComment(askovOnFirst, thread.id, 'Markør');
    await subscription.waitFor((e) => e.subjectId === marker.id);
    expect(subscription.events.slice(count).map((e) => e.subjectId)).toEqual([marker.id]);
  });
});
