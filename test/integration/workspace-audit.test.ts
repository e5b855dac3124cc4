import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPartnership, signInAll, sql } from '../support/factories.js';
import { errorCode, errorField, type GraphQLClient } from '../support/graphql-client.js';
import { type DemoUser, startTestApi, type TestApi } from '../support/test-api.js';
import {
  AUDIT_TRAIL,
  type AuditEntryView,
  type AuditVerification,
  CREATE_MILESTONE,
  type DecisionView,
  EDIT_COMMENT,
  FILES,
  type LessonView,
  MARK_READ,
  type MilestoneView,
  organisationIdsByName,
  postComment,
  RECORD_DECISION,
  RECORD_LESSON,
  SHARE_LESSON,
  START_THREAD,
  startThread,
  tamper,
  tokenOf,
  UPDATE_MILESTONE,
  upload,
  VERIFY_AUDIT,
} from '../support/workspace.js';

let api: TestApi;
let clients: Record<DemoUser, GraphQLClient>;
let orgs: Record<string, string>;

beforeAll(async () => {
  api = await startTestApi();
  clients = await signInAll(api);
  orgs = await organisationIdsByName(clients.aarhus);
});
afterAll(() => api.close());

const ADD_MEMBER = `mutation AddMember($partnershipId: ID!, $organisationId: ID!, $role: PartnershipRole!) {
  addMember(partnershipId: $partnershipId, organisationId: $organisationId, role: $role) { id } }`;

/** A fresh partnership of Aarhus with AskovFonden and the evaluator: a chain of its own. */
async function freshPartnership(): Promise<string> {
  const partnership = await buildPartnership(clients.aarhus);
  await clients.aarhus.data(ADD_MEMBER, {
    partnershipId: partnership.id,
    organisationId: orgs.AskovFonden,
    role: 'PROVIDER',
  });
  await clients.aarhus.data(ADD_MEMBER, {
    partnershipId: partnership.id,
    organisationId: orgs.Evalueringsinstituttet,
    role: 'EVALUATOR',
  });
  return partnership.id;
}

async function trail(partnershipId: string, client = clients.aarhus): Promise<AuditEntryView[]> {
  const data = await client.data<{ auditTrail: AuditEntryView[] }>(AUDIT_TRAIL, {
    partnershipId,
    first: 500,
  });
  return data.auditTrail;
}

async function verify(partnershipId: string, client = clients.aarhus): Promise<AuditVerification> {
  return (await client.data<{ verifyAuditTrail: AuditVerification }>(VERIFY_AUDIT, { partnershipId }))
    .verifyAuditTrail;
}

/** Several workspace mutations by different members; returns the ids they created. */
async function workInWorkspace(partnershipId: string) {
  const askov = orgs.AskovFonden ?? '';
  const thread = await startThread(clients.askov, partnershipId, { title: 'Opstart', mentions: [askov] });
  const comment = await postComment(clients.aarhus, thread.id, 'Velkommen', [askov]);
  await clients.aarhus.data(EDIT_COMMENT, { id: comment.id, body: 'Velkommen til' });
  await clients.evaluering.data(MARK_READ, { id: thread.id });
  const decision = await clients.askov.data<{ recordDecision: DecisionView }>(RECORD_DECISION, {
    input: {
      partnershipId,
      text: 'Vi starter 1. marts.',
      decidedOn: '2026-02-01',
      agreedBy: [askov],
      threadId: thread.id,
    },
  });
  const milestone = await clients.aarhus.data<{ createMilestone: MilestoneView }>(CREATE_MILESTONE, {
    partnershipId,
    input: { title: 'Første familie i forløb', dueDate: '2026-03-31', ownerId: askov },
  });
  await clients.askov.data(UPDATE_MILESTONE, {
    id: milestone.createMilestone.id,
    input: { title: 'Første familie i forløb', dueDate: '2026-03-31', ownerId: askov, status: 'DONE' },
  });
  const lesson = await clients.askov.data<{ recordLesson: LessonView }>(RECORD_LESSON, {
    input: { partnershipId, title: 'Kort opstart', body: 'Opstarten gik hurtigt.', outcome: 'WENT_WELL' },
  });
  await clients.aarhus.data(SHARE_LESSON, { id: lesson.recordLesson.id });
  const uploaded = await upload(api, partnershipId, FILES.pdf(), {
    token: tokenOf(clients.askov),
    filename: 'plan.pdf',
  });
  expect(uploaded.status).toBe(201);
  return {
    threadId: thread.id,
    commentId: comment.id,
    decisionId: decision.recordDecision.id,
    milestoneId: milestone.createMilestone.id,
    lessonId: lesson.recordLesson.id,
    documentId: String(uploaded.body?.documentId),
    versionId: String(uploaded.body?.versionId),
  };
}

describe('the audit trail of a partnership', () => {
  let partnershipId: string;
  let ids: Awaited<ReturnType<typeof workInWorkspace>>;
  beforeAll(async () => {
    partnershipId = await freshPartnership();
    ids = await workInWorkspace(partnershipId);
  });

  it('holds every successful mutation in order, each linked to the one before', async () => {
    const entries = await trail(partnershipId);
    const oldestFirst = [...entries].reverse();
    expect(oldestFirst.map((e) => e.operation)).toEqual([
      'createPartnership',
      'addMember',
      'addMember',
      'startThread',
      'postComment',
      'editComment',
      'markThreadRead',
      'recordDecision',
      'createMilestone',
      'updateMilestone',
      'recordLesson',
      'shareLesson',
      'uploadDocument',
    ]);
    expect(oldestFirst.map((e) => e.seq)).toEqual(oldestFirst.map((_, index) => index + 1));
    expect(oldestFirst[0]?.previousHash).toBe('0'.repeat(64));
    for (let index = 1; index < oldestFirst.length; index += 1) {
      expect(oldestFirst[index]?.previousHash).toBe(oldestFirst[index - 1]?.hash);
    }
    expect(new Set(oldestFirst.map((e) => e.hash)).size).toBe(oldestFirst.length);
  });

  it('names who did it and what it touched', async () => {
    const entries = await trail(partnershipId);
    const [askovUser] = await sql<{ id: string }>(
      api,
      "select id from app_user where email = 'leder@askovfonden.example'",
    );
    const byOperation = (operation: string) => entries.find((e) => e.operation === operation);
    expect(byOperation('recordDecision')).toMatchObject({
      userId: askovUser?.id,
      organisationId: orgs.AskovFonden,
    });
    expect(byOperation('recordDecision')?.subjectIds).toEqual(
      expect.arrayContaining([ids.decisionId, ids.threadId]),
    );
    expect(byOperation('uploadDocument')?.subjectIds).toEqual([ids.documentId, ids.versionId].sort());
    for (const entry of entries) expect(entry.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('verifies as valid, every entry checked', async () => {
    const entries = await trail(partnershipId);
    expect(await verify(partnershipId)).toEqual({ valid: true, checked: entries.length, firstBroken: null });
    expect((await verify(partnershipId, clients.evaluering)).valid).toBe(true);
  });

  it('a refused mutation appends nothing', async () => {
    const before = await trail(partnershipId);
    const forbidden = await clients.askov.request(SHARE_LESSON, { id: ids.lessonId });
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
    const conflict = await clients.aarhus.request(SHARE_LESSON, { id: ids.lessonId });
    expect(errorCode(conflict)).toBe('CONFLICT');
    const invalid = await clients.aarhus.request(RECORD_DECISION, {
      input: { partnershipId, text: ' ', decidedOn: '2026-02-01', agreedBy: [orgs.AskovFonden] },
    });
    expect(errorCode(invalid)).toBe('BAD_USER_INPUT');
    const refusedUpload = await upload(api, partnershipId, FILES.html(), {
      token: tokenOf(clients.askov),
      filename: 'report.pdf',
    });
    expect(refusedUpload.status).toBe(400);
    expect(await trail(partnershipId)).toEqual(before);
  });

  it('pages newest first with first and beforeSeq', async () => {
    const all = await trail(partnershipId);
    const page = await clients.aarhus.data<{ auditTrail: AuditEntryView[] }>(AUDIT_TRAIL, {
      partnershipId,
      first: 3,
      beforeSeq: 6,
    });
    expect(page.auditTrail.map((e) => e.seq)).toEqual([5, 4, 3]);
    expect(page.auditTrail).toEqual(all.filter((e) => e.seq < 6 && e.seq >= 3));
    for (const first of [0, 501]) {
      const result = await clients.aarhus.request(AUDIT_TRAIL, { partnershipId, first });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe('first');
    }
  });

  it('is append-only: the database refuses to update or delete an entry', async () => {
    await expect(
      sql(api, "update audit_entry set operation = 'nothing' where chain = ?", [partnershipId]),
    ).rejects.toThrow(/cannot be changed/);
    await expect(sql(api, 'delete from audit_entry where chain = ?', [partnershipId])).rejects.toThrow(
      /cannot be changed/,
    );
    expect((await verify(partnershipId)).valid).toBe(true);
  });
});

describe('a mutation and its audit entry', () => {
  it('commit together: when the entry cannot be appended, the mutation leaves nothing behind', async () => {
    const partnershipId = await freshPartnership();
    const count = async (table: 'thread' | 'comment' | 'activity') =>
      (
        await sql<{ n: number }>(
          api,
          `select count(*)::int as n from ${table} where ${
            table === 'comment'
              ? 'thread_id in (select id from thread where partnership_id = ?)'
              : 'partnership_id = ?'
          }`,
          [partnershipId],
        )
      )[0]?.n;
    const before = {
      threads: await count('thread'),
      comments: await count('comment'),
      activity: await count('activity'),
    };
    const entriesBefore = await trail(partnershipId);
    // The database refuses this partnership's next audit entry, as a full disk or a broken chain would.
    const refuse = `refuse_audit_${partnershipId.replaceAll('-', '')}`;
    await sql(
      api,
      `create function ${refuse}() returns trigger language plpgsql as $$
         begin raise exception 'audit entry refused for the test'; end $$`,
    );
    await sql(
      api,
      `create trigger ${refuse} before insert on audit_entry for each row
         when (new.partnership_id = '${partnershipId}') execute function ${refuse}()`,
    );
    try {
      const refused = await clients.aarhus.request(START_THREAD, {
        input: { partnershipId, title: 'Uden revisionsspor', body: 'Må ikke blive gemt' },
      });
      expect(refused.errors?.length).toBeGreaterThan(0);
      expect(refused.data?.startThread ?? null).toBeNull();
    } finally {
      await sql(api, `drop trigger ${refuse} on audit_entry`);
      await sql(api, `drop function ${refuse}()`);
    }
    expect({
      threads: await count('thread'),
      comments: await count('comment'),
      activity: await count('activity'),
    }).toEqual(before);
    expect(await trail(partnershipId)).toEqual(entriesBefore);

    const thread = await startThread(clients.aarhus, partnershipId, { title: 'Med revisionsspor' });
    const entries = await trail(partnershipId);
    expect(entries[0]).toMatchObject({ operation: 'startThread' });
    expect(entries[0]?.subjectIds).toContain(thread.id);
    expect((await verify(partnershipId)).valid).toBe(true);
  });
});

describe('tampering', () => {
  /** A fresh, valid chain; then `statement` runs with triggers off. Returns the entries before. */
  async function tamperedChain(statement: string, params: (partnershipId: string) => unknown[]) {
    const partnershipId = await freshPartnership();
    await workInWorkspace(partnershipId);
    expect((await verify(partnershipId)).valid).toBe(true);
    const before = await trail(partnershipId);
    await tamper(api, [[statement, params(partnershipId)]]);
    const seqOf = (operation: string) => {
      const entry = before.find((e) => e.operation === operation);
      if (!entry) throw new Error(`no ${operation} entry`);
      return entry.seq;
    };
    return { partnershipId, seqOf };
  }

  it('an operation changed in the database is detected and the entry named', async () => {
    const { partnershipId, seqOf } = await tamperedChain(
      "update audit_entry set operation = 'markThreadRead' where chain = $1 and operation = 'recordDecision'",
      (id) => [id],
    );
    const check = await verify(partnershipId);
    expect(check.valid).toBe(false);
    expect(check.firstBroken).toMatchObject({ seq: seqOf('recordDecision'), operation: 'markThreadRead' });
    // "Entries checked before the first broken one".
    expect(check.checked).toBe(seqOf('recordDecision') - 1);
    // The commissioner and the evaluator see the same answer.
    expect(await verify(partnershipId, clients.evaluering)).toEqual(check);
  });

  it('a digest changed in the database is detected and the entry named', async () => {
    const forged = createHash('sha256').update('forged').digest('hex');
    const { partnershipId, seqOf } = await tamperedChain(
      "update audit_entry set digest = $2 where chain = $1 and operation = 'createMilestone'",
      (id) => [id, forged],
    );
    const check = await verify(partnershipId);
    expect(check.valid).toBe(false);
    expect(check.firstBroken).toMatchObject({
      seq: seqOf('createMilestone'),
      operation: 'createMilestone',
      digest: forged,
    });
  });

  it('an overwritten hash is detected at that entry', async () => {
    const { partnershipId } = await tamperedChain(
      "update audit_entry set hash = repeat('a', 64) where chain = $1 and seq = 3",
      (id) => [id],
    );
    const check = await verify(partnershipId);
    expect(check.valid).toBe(false);
    expect(check.firstBroken?.seq).toBe(3);
  });

  it('a deleted entry is detected at the gap', async () => {
    const { partnershipId, seqOf } = await tamperedChain(
      "delete from audit_entry where chain = $1 and operation = 'recordDecision'",
      (id) => [id],
    );
    const check = await verify(partnershipId);
    expect(check.valid).toBe(false);
    expect(check.firstBroken?.seq).toBe(seqOf('recordDecision') + 1);
  });

  it('tampering with one partnership leaves the others valid', async () => {
    const { partnershipId } = await tamperedChain(
      'update audit_entry set user_id = null where chain = $1 and seq = 2',
      (id) => [id],
    );
    expect((await verify(partnershipId)).firstBroken?.seq).toBe(2);
    const [stopVold] = await sql<{ id: string }>(
      api,
      "select id from partnership where title = 'Stop vold i familien'",
    );
    expect((await verify(String(stopVold?.id))).valid).toBe(true);
  });
});
