import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAll, sql } from '../support/factories.js';
import { errorCode, errorField, type GraphQLClient } from '../support/graphql-client.js';
import { type DemoUser, startTestApi, type TestApi } from '../support/test-api.js';
import {
  CREATE_MILESTONE,
  DECISIONS,
  type DecisionView,
  type DemoPartnerships,
  danishDate,
  demoPartnerships,
  LESSONS,
  type LessonView,
  MILESTONES,
  type MilestoneView,
  organisationIdsByName,
  RECORD_DECISION,
  RECORD_LESSON,
  SHARE_LESSON,
  startThread,
  UPDATE_MILESTONE,
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

async function recordDecision(client: GraphQLClient, input: Record<string, unknown>): Promise<DecisionView> {
  const data = await client.data<{ recordDecision: DecisionView }>(RECORD_DECISION, {
    input: {
      partnershipId: partnerships.stopVold,
      text: 'Forløbet udvides med et opfølgende hjemmebesøg.',
      decidedOn: '2026-09-01',
      agreedBy: [org('Aarhus Kommune'), org('AskovFonden')],
      ...input,
    },
  });
  return data.recordDecision;
}

describe('decisions', () => {
  it('any member records a decision, linked to its thread, and every member sees it in the log', async () => {
    const thread = await startThread(clients.askov, partnerships.stopVold, { title: 'Opfølgende besøg' });
    const decision = await recordDecision(clients.askov, {
      threadId: thread.id,
      agreedBy: [org('Aarhus Kommune'), org('AskovFonden'), org('AskovFonden')],
    });
    expect(decision).toMatchObject({
      text: 'Forløbet udvides med et opfølgende hjemmebesøg.',
      decidedOn: '2026-09-01',
      threadId: thread.id,
      supersedes: null,
      supersededBy: null,
    });
    expect(decision.agreedBy.map((o) => o.name).sort()).toEqual(['Aarhus Kommune', 'AskovFonden']);
    for (const user of ['aarhus', 'kapitalfond', 'trivsel', 'evaluering'] as const) {
      const log = await clients[user].data<{ decisions: DecisionView[] }>(DECISIONS, {
        partnershipId: partnerships.stopVold,
      });
      expect(log.decisions.map((d) => d.id)).toContain(decision.id);
    }
  });

  it('a later decision supersedes an earlier one; both stay in the log, linked both ways', async () => {
    const original = await recordDecision(clients.aarhus, { text: 'Møder holdes hver anden uge.' });
    const replacement = await recordDecision(clients.aarhus, {
      text: 'Møder holdes hver måned.',
      decidedOn: '2026-10-01',
      supersedesId: original.id,
    });
    expect(replacement.supersedes?.id).toBe(original.id);
    const log = await clients.trivsel.data<{ decisions: DecisionView[] }>(DECISIONS, {
      partnershipId: partnerships.stopVold,
    });
    const byId = new Map(log.decisions.map((d) => [d.id, d]));
    expect(byId.get(original.id)).toMatchObject({
      text: 'Møder holdes hver anden uge.',
      supersededBy: { id: replacement.id },
    });
    expect(byId.get(replacement.id)).toMatchObject({ supersedes: { id: original.id }, supersededBy: null });
    // Newest decision first.
    const dates = log.decisions.map((d) => d.decidedOn);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('a decision is superseded at most once: a second replacement is a CONFLICT', async () => {
    const original = await recordDecision(clients.aarhus, { text: 'Budget for kurser: 50.000 kr.' });
    await recordDecision(clients.askov, { text: 'Budget for kurser: 60.000 kr.', supersedesId: original.id });
    const before = await sql<{ count: number }>(api, 'select count(*)::int as count from decision');
    const second = await clients.evaluering.request(RECORD_DECISION, {
      input: {
        partnershipId: partnerships.stopVold,
        text: 'Budget for kurser: 70.000 kr.',
        decidedOn: '2026-11-01',
        agreedBy: [org('Evalueringsinstituttet')],
        supersedesId: original.id,
      },
    });
    expect(errorCode(second)).toBe('CONFLICT');
    const after = await sql<{ count: number }>(api, 'select count(*)::int as count from decision');
    expect(after[0]?.count).toBe(before[0]?.count);
  });

  it('two concurrent replacements of one decision: exactly one wins, the other is a CONFLICT', async () => {
    const original = await recordDecision(clients.aarhus, { text: 'Evaluering hvert halvår.' });
    const results = await Promise.all(
      (['aarhus', 'askov', 'evaluering', 'kapitalfond'] as const).map((user, index) =>
        clients[user].request(RECORD_DECISION, {
          input: {
            partnershipId: partnerships.stopVold,
            text: `Evaluering hvert kvartal (${index}).`,
            decidedOn: '2026-11-01',
            agreedBy: [org('Aarhus Kommune')],
            supersedesId: original.id,
          },
        }),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors).map(errorCode)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
  });

  it('a decision is never edited: the database refuses an update', async () => {
    const decision = await recordDecision(clients.aarhus, { text: 'Uændret for altid.' });
    await expect(sql(api, "update decision set text = 'Ændret' where id = ?", [decision.id])).rejects.toThrow(
      /cannot be changed/,
    );
    const log = await clients.aarhus.data<{ decisions: DecisionView[] }>(DECISIONS, {
      partnershipId: partnerships.stopVold,
    });
    expect(log.decisions.find((d) => d.id === decision.id)?.text).toBe('Uændret for altid.');
  });

  it.each<[string, () => Record<string, unknown>, string]>([
    ['empty text', () => ({ text: '  ' }), 'text'],
    ['text over 4000 characters', () => ({ text: 'ø'.repeat(4001) }), 'text'],
    ['nobody agreeing', () => ({ agreedBy: [] }), 'agreedBy'],
    ['a non-member agreeing', () => ({ agreedBy: [org('Aarhus Kommune'), org('Jobvejen')] }), 'agreedBy'],
    ['a thread that does not exist', () => ({ threadId: UNKNOWN_ID }), 'threadId'],
    ['a thread id that is not an id', () => ({ threadId: 'tråd-1' }), 'threadId'],
    ['superseding a decision that does not exist', () => ({ supersedesId: UNKNOWN_ID }), 'supersedesId'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_name, input, field) => {
    const result = await clients.aarhus.request(RECORD_DECISION, {
      input: {
        partnershipId: partnerships.stopVold,
        text: 'Beslutning',
        decidedOn: '2026-09-01',
        agreedBy: [org('Aarhus Kommune')],
        ...input(),
      },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe(field);
  });

  it('refuses a date that is not a calendar date', async () => {
    const result = await clients.aarhus.request(RECORD_DECISION, {
      input: {
        partnershipId: partnerships.stopVold,
        text: 'Beslutning',
        decidedOn: '2026-02-30',
        agreedBy: [org('Aarhus Kommune')],
      },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(String(errorField(result))).toMatch(/decidedOn$/);
  });

  it('refuses a thread or decision of another partnership', async () => {
    const vestbyThread = await startThread(clients.vestby, partnerships.ungeIJob, { title: 'Vestby' });
    const vestbyDecision = await clients.vestby.data<{ recordDecision: DecisionView }>(RECORD_DECISION, {
      input: {
        partnershipId: partnerships.ungeIJob,
        text: 'Vestbys beslutning',
        decidedOn: '2026-09-01',
        agreedBy: [org('Vestby Kommune')],
      },
    });
    const withThread = await clients.aarhus.request(RECORD_DECISION, {
      input: {
        partnershipId: partnerships.stopVold,
        text: 'x',
        decidedOn: '2026-09-01',
        agreedBy: [org('Aarhus Kommune')],
        threadId: vestbyThread.id,
      },
    });
    expect(errorField(withThread)).toBe('threadId');
    const superseding = await clients.aarhus.request(RECORD_DECISION, {
      input: {
        partnershipId: partnerships.stopVold,
        text: 'x',
        decidedOn: '2026-09-01',
        agreedBy: [org('Aarhus Kommune')],
        supersedesId: vestbyDecision.recordDecision.id,
      },
    });
    expect(errorCode(superseding)).toBe('BAD_USER_INPUT');
    expect(errorField(superseding)).toBe('supersedesId');
  });
});

describe('milestones', () => {
  async function create(input: Record<string, unknown>, user: DemoUser = 'aarhus'): Promise<MilestoneView> {
    const data = await clients[user].data<{ createMilestone: MilestoneView }>(CREATE_MILESTONE, {
      partnershipId: partnerships.stopVold,
      input: { title: 'Milepæl', dueDate: danishDate(30), ownerId: org('AskovFonden'), ...input },
    });
    return data.createMilestone;
  }

  it('any member creates a milestone; the list is by due date', async () => {
    const later = await create({ title: 'Senere', dueDate: '2031-06-30' }, 'askov');
    const sooner = await create(
      { title: 'Før', dueDate: '2031-01-31', ownerId: org('Evalueringsinstituttet') },
      'evaluering',
    );
    expect(sooner).toMatchObject({
      status: 'PLANNED',
      overdue: false,
      owner: { name: 'Evalueringsinstituttet' },
    });
    const list = await clients.trivsel.data<{ milestones: MilestoneView[] }>(MILESTONES, {
      partnershipId: partnerships.stopVold,
    });
    const ids = list.milestones.map((m) => m.id);
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
    const dates = list.milestones.map((m) => m.dueDate);
    expect([...dates].sort()).toEqual(dates);
  });

  it('is overdue past its due date until it is done or cancelled', async () => {
    const milestone = await create({ title: 'Indsamling af data', dueDate: danishDate(-1) });
    expect(milestone).toMatchObject({ status: 'PLANNED', overdue: true });
    const inProgress = await clients.askov.data<{ updateMilestone: MilestoneView }>(UPDATE_MILESTONE, {
      id: milestone.id,
      input: {
        title: 'Indsamling af data',
        dueDate: danishDate(-1),
        ownerId: org('AskovFonden'),
        status: 'IN_PROGRESS',
      },
    });
    expect(inProgress.updateMilestone).toMatchObject({ status: 'IN_PROGRESS', overdue: true });
    const done = await clients.askov.data<{ updateMilestone: MilestoneView }>(UPDATE_MILESTONE, {
      id: milestone.id,
      input: {
        title: 'Indsamling af data',
        dueDate: danishDate(-1),
        ownerId: org('AskovFonden'),
        status: 'DONE',
      },
    });
    expect(done.updateMilestone).toMatchObject({ status: 'DONE', overdue: false });

    const cancelled = await create({ title: 'Aflyst', dueDate: danishDate(-10), status: 'CANCELLED' });
    expect(cancelled.overdue).toBe(false);
    const dueToday = await create({ title: 'I dag', dueDate: danishDate(0) });
    expect(dueToday.overdue).toBe(false);

    // Moving the due date into the future makes it no longer overdue.
    const late = await create({ title: 'Forsinket', dueDate: danishDate(-3) });
    const moved = await clients.aarhus.data<{ updateMilestone: MilestoneView }>(UPDATE_MILESTONE, {
      id: late.id,
      input: { title: 'Forsinket', dueDate: danishDate(14), ownerId: org('AskovFonden') },
    });
    expect(moved.updateMilestone).toMatchObject({
      status: 'PLANNED',
      overdue: false,
      dueDate: danishDate(14),
    });
  });

  it('an update changes title, date and owner and keeps the status when none is given', async () => {
    const milestone = await create({ title: 'Workshop', status: 'IN_PROGRESS' });
    const updated = await clients.kapitalfond.data<{ updateMilestone: MilestoneView }>(UPDATE_MILESTONE, {
      id: milestone.id,
      input: {
        title: 'Workshop med investorer',
        dueDate: '2030-03-15',
        ownerId: org('Den Sociale Kapitalfond'),
      },
    });
    expect(updated.updateMilestone).toMatchObject({
      title: 'Workshop med investorer',
      dueDate: '2030-03-15',
      status: 'IN_PROGRESS',
      owner: { name: 'Den Sociale Kapitalfond' },
    });
  });

  it.each<[string, () => Record<string, unknown>, string]>([
    ['an empty title', () => ({ title: '' }), 'title'],
    ['a title over 200 characters', () => ({ title: 'm'.repeat(201) }), 'title'],
    ['an owner that is not a member', () => ({ ownerId: org('Nordisk Impact Invest') }), 'ownerId'],
    ['an owner id that is not an id', () => ({ ownerId: 'askov' }), 'ownerId'],
  ])('refuses %s on create and update', async (_name, input, field) => {
    const created = await clients.aarhus.request(CREATE_MILESTONE, {
      partnershipId: partnerships.stopVold,
      input: { title: 'Milepæl', dueDate: '2030-01-01', ownerId: org('AskovFonden'), ...input() },
    });
    expect(errorCode(created)).toBe('BAD_USER_INPUT');
    expect(errorField(created)).toBe(field);
    const milestone = await create({ title: 'Uændret' });
    const updated = await clients.aarhus.request(UPDATE_MILESTONE, {
      id: milestone.id,
      input: { title: 'Milepæl', dueDate: '2030-01-01', ownerId: org('AskovFonden'), ...input() },
    });
    expect(errorCode(updated)).toBe('BAD_USER_INPUT');
    expect(errorField(updated)).toBe(field);
    const list = await clients.aarhus.data<{ milestones: MilestoneView[] }>(MILESTONES, {
      partnershipId: partnerships.stopVold,
    });
    expect(list.milestones.find((m) => m.id === milestone.id)?.title).toBe('Uændret');
  });

  it('refuses a due date that is not a calendar date', async () => {
    const result = await clients.aarhus.request(CREATE_MILESTONE, {
      partnershipId: partnerships.stopVold,
      input: { title: 'Milepæl', dueDate: '31-12-2030', ownerId: org('AskovFonden') },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(String(errorField(result))).toMatch(/dueDate$/);
  });

  it('updating a milestone that does not exist is NOT_FOUND', async () => {
    const result = await clients.aarhus.request(UPDATE_MILESTONE, {
      id: UNKNOWN_ID,
      input: { title: 'x', dueDate: '2030-01-01', ownerId: org('AskovFonden') },
    });
    expect(errorCode(result)).toBe('NOT_FOUND');
  });
});

describe('lessons', () => {
  async function record(client: GraphQLClient, input: Record<string, unknown>): Promise<LessonView> {
    const data = await client.data<{ recordLesson: LessonView }>(RECORD_LESSON, {
      input: {
        partnershipId: partnerships.stopVold,
        title: 'En erfaring',
        body: 'Noget vi lærte.',
        tags: [],
        outcome: 'WENT_WELL',
        ...input,
      },
    });
    return data.recordLesson;
  }
  async function search(client: GraphQLClient, variables: Record<string, unknown>): Promise<LessonView[]> {
    return (await client.data<{ lessons: LessonView[] }>(LESSONS, variables)).lessons;
  }

  let shared: LessonView;
  let internal: LessonView;
  beforeAll(async () => {
    shared = await record(clients.askov, {
      title: 'Hjemmebesøg om aftenen',
      body: 'Vi mødte familierne hjemme efter arbejdstid; det gav et langt bedre fremmøde end møder på kontoret.',
      tags: ['Fremmøde', 'hjemmebesøg'],
    });
    internal = await record(clients.evaluering, {
      title: 'Spørgeskemaer på papir',
      body: 'Forældrene svarede sjældent på papirskemaer, så familiernes besvarelser kom for sent til målingen.',
      tags: ['måling'],
      outcome: 'WENT_BADLY',
    });
  });

  it('a new lesson is visible to the partnership only, tags normalised', async () => {
    expect(shared).toMatchObject({
      visibility: 'PARTNERSHIP',
      tags: ['fremmøde', 'hjemmebesøg'],
      partnershipTitle: 'Stop vold i familien',
      municipality: { name: 'Aarhus Kommune' },
      partnership: { id: partnerships.stopVold },
    });
    for (const user of ['aarhus', 'askov', 'kapitalfond', 'trivsel', 'evaluering'] as const) {
      const ids = (await search(clients[user], {})).map((l) => l.id);
      expect(ids).toEqual(expect.arrayContaining([shared.id, internal.id]));
    }
    for (const user of ['vestby', 'jobvejen', 'nordisk'] as const) {
      const ids = (await search(clients[user], {})).map((l) => l.id);
      expect(ids).not.toContain(shared.id);
      expect(ids).not.toContain(internal.id);
    }
  });

  it('only the commissioner shares a lesson with the platform', async () => {
    for (const user of ['askov', 'kapitalfond', 'trivsel', 'evaluering'] as const) {
      expect(errorCode(await clients[user].request(SHARE_LESSON, { id: shared.id }))).toBe('FORBIDDEN');
    }
    const result = await clients.aarhus.data<{ shareLesson: LessonView }>(SHARE_LESSON, { id: shared.id });
    expect(result.shareLesson.visibility).toBe('PLATFORM');
    expect(errorCode(await clients.aarhus.request(SHARE_LESSON, { id: shared.id }))).toBe('CONFLICT');
  });

  it('a PLATFORM lesson of Aarhus is visible to Jobvejen, a PARTNERSHIP one is not', async () => {
    const seen = await search(clients.jobvejen, {});
    const platform = seen.find((l) => l.id === shared.id);
    expect(platform).toMatchObject({
      visibility: 'PLATFORM',
      title: 'Hjemmebesøg om aftenen',
      partnershipTitle: 'Stop vold i familien',
      municipality: { name: 'Aarhus Kommune' },
      // Jobvejen is no member of the partnership it comes from.
      partnership: null,
    });
    expect(seen.map((l) => l.id)).not.toContain(internal.id);
    expect(seen.every((l) => l.visibility === 'PLATFORM' || l.partnership !== null)).toBe(true);
    // Searching does not widen what is visible.
    const searched = await search(clients.jobvejen, { search: 'familie' });
    expect(searched.map((l) => l.id)).toContain(shared.id);
    expect(searched.map((l) => l.id)).not.toContain(internal.id);
  });

  it('Danish full-text search: "familie" finds "familierne" and "familiernes"', async () => {
    const found = (await search(clients.aarhus, { search: 'familie' })).map((l) => l.id);
    expect(found).toEqual(expect.arrayContaining([shared.id, internal.id]));
    // Stemming both ways: the inflected query finds the base form too.
    const byInflection = (await search(clients.aarhus, { search: 'hjemmebesøgene' })).map((l) => l.id);
    expect(byInflection).toContain(shared.id);
    expect(byInflection).not.toContain(internal.id);
  });

  it('web-search syntax: phrases and exclusions', async () => {
    const phrase = (await search(clients.aarhus, { search: '"bedre fremmøde"' })).map((l) => l.id);
    expect(phrase).toContain(shared.id);
    expect(phrase).not.toContain(internal.id);
    const excluded = (await search(clients.aarhus, { search: 'familie -papir' })).map((l) => l.id);
    expect(excluded).toContain(shared.id);
    expect(excluded).not.toContain(internal.id);
    expect(await search(clients.aarhus, { search: 'ukulele' })).toEqual([]);
  });

  it('filters by tag and by partnership', async () => {
    const tagged = (await search(clients.aarhus, { tag: 'Måling' })).map((l) => l.id);
    expect(tagged).toContain(internal.id);
    expect(tagged).not.toContain(shared.id);
    const vestbyLesson = await record(clients.jobvejen, {
      partnershipId: partnerships.ungeIJob,
      title: 'Virksomhedsbesøg for unge',
      body: 'De unge fik job hurtigere efter besøg hos virksomheder.',
    });
    const own = (await search(clients.jobvejen, { partnershipId: partnerships.ungeIJob })).map((l) => l.id);
    expect(own).toContain(vestbyLesson.id);
    expect(own).not.toContain(shared.id);
    // Aarhus cannot read Vestby's lesson, nor filter by Vestby's partnership.
    expect((await search(clients.aarhus, {})).map((l) => l.id)).not.toContain(vestbyLesson.id);
    const foreign = await clients.aarhus.request(LESSONS, { partnershipId: partnerships.ungeIJob });
    expect(errorCode(foreign)).toBe('NOT_FOUND');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an empty title', { title: ' ' }, 'title'],
    ['an empty body', { body: '' }, 'body'],
    ['a body over 20,000 characters', { body: 'b'.repeat(20_001) }, 'body'],
    ['more than 20 tags', { tags: Array.from({ length: 21 }, (_, i) => `tag${i}`) }, 'tags'],
    ['an empty tag', { tags: ['ok', ' '] }, 'tags.1'],
  ])('refuses %s', async (_name, input, field) => {
    const result = await clients.askov.request(RECORD_LESSON, {
      input: {
        partnershipId: partnerships.stopVold,
        title: 'Titel',
        body: 'Tekst',
        tags: [],
        outcome: 'WENT_WELL',
        ...input,
      },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe(field);
  });

  it('refuses a search over 200 characters', async () => {
    const result = await clients.aarhus.request(LESSONS, { search: 'familie '.repeat(30) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('search');
  });
});
