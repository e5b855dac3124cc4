import { type Client, createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { partnershipIdsByTitle, STOP_VOLD, UNGE_I_JOB } from './factories.js';
import type { GraphQLClient } from './graphql-client.js';
import type { TestApi } from './test-api.js';

// ---------------------------------------------------------------------------------------------
// GraphQL documents of the shared partnership workspace
// ---------------------------------------------------------------------------------------------

export const COMMENT_FIELDS = 'id body createdAt editedAt viewerCanEdit author { id } mentions { id name }';
export const THREAD_FIELDS = `id subject subjectId title createdAt startedBy { id }
  counts { comments unread lastCommentAt }
  comments { ${COMMENT_FIELDS} }`;

export const START_THREAD = `mutation StartThread($input: StartThreadInput!) { startThread(input: $input) { ${THREAD_FIELDS} } }`;
export const POST_COMMENT = `mutation PostComment($threadId: ID!, $body: String!, $mentions: [ID!]! = []) {
  postComment(threadId: $threadId, body: $body, mentions: $mentions) { ${COMMENT_FIELDS} } }`;
export const EDIT_COMMENT = `mutation EditComment($id: ID!, $body: String!) { editComment(id: $id, body: $body) { ${COMMENT_FIELDS} } }`;
export const MARK_READ = `mutation MarkRead($id: ID!) { markThreadRead(id: $id) { ${THREAD_FIELDS} } }`;
export const THREAD = `query Thread($id: ID!) { thread(id: $id) { ${THREAD_FIELDS} } }`;
export const THREADS = `query Threads($partnershipId: ID!, $subject: ThreadSubject, $subjectId: ID) {
  threads(partnershipId: $partnershipId, subject: $subject, subjectId: $subjectId) { ${THREAD_FIELDS} } }`;

export const DECISION_FIELDS = `id text decidedOn createdAt threadId agreedBy { id name } recordedBy { id }
  supersedes { id } supersededBy { id }`;
export const RECORD_DECISION = `mutation RecordDecision($input: DecisionInput!) { recordDecision(input: $input) { ${DECISION_FIELDS} } }`;
export const DECISIONS = `query Decisions($partnershipId: ID!) { decisions(partnershipId: $partnershipId) { ${DECISION_FIELDS} } }`;

export const MILESTONE_FIELDS = 'id title dueDate status overdue updatedAt owner { id name }';
export const CREATE_MILESTONE = `mutation CreateMilestone($partnershipId: ID!, $input: MilestoneInput!) {
  createMilestone(partnershipId: $partnershipId, input: $input) { ${MILESTONE_FIELDS} } }`;
export const UPDATE_MILESTONE = `mutation UpdateMilestone($id: ID!, $input: MilestoneInput!) {
  updateMilestone(id: $id, input: $input) { ${MILESTONE_FIELDS} } }`;
export const MILESTONES = `query Milestones($partnershipId: ID!) { milestones(partnershipId: $partnershipId) { ${MILESTONE_FIELDS} } }`;

export const LESSON_FIELDS =
  'id title body tags outcome visibility partnershipTitle municipality { name } partnership { id }';
export const RECORD_LESSON = `mutation RecordLesson($input: LessonInput!) { recordLesson(input: $input) { ${LESSON_FIELDS} } }`;
export const SHARE_LESSON = `mutation ShareLesson($id: ID!) { shareLesson(id: $id) { ${LESSON_FIELDS} } }`;
export const LESSONS = `query Lessons($search: String, $tag: String, $partnershipId: ID) {
  lessons(search: $search, tag: $tag, partnershipId: $partnershipId) { ${LESSON_FIELDS} } }`;

export const DOCUMENTS = `query Documents($partnershipId: ID!) { documents(partnershipId: $partnershipId) {
  id title uploadPath versions { id number filename contentType size sha256 downloadPath uploadedBy { id } } } }`;

export const ACTIVITY_FIELDS = 'id kind subjectId data createdAt actor { id } organisation { id }';
export const ACTIVITY = `query Activity($partnershipId: ID!, $first: Int! = 20, $before: String) {
  activity(partnershipId: $partnershipId, first: $first, before: $before) { items { ${ACTIVITY_FIELDS} } nextCursor } }`;

export const AUDIT_ENTRY_FIELDS =
  'id seq operation userId organisationId subjectIds digest createdAt previousHash hash';
export const AUDIT_TRAIL = `query AuditTrail($partnershipId: ID!, $first: Int! = 50, $beforeSeq: Int) {
  auditTrail(partnershipId: $partnershipId, first: $first, beforeSeq: $beforeSeq) { ${AUDIT_ENTRY_FIELDS} } }`;
export const VERIFY_AUDIT = `query VerifyAudit($partnershipId: ID!) {
  verifyAuditTrail(partnershipId: $partnershipId) { valid checked firstBroken { ${AUDIT_ENTRY_FIELDS} } } }`;

export interface CommentView {
  id: string;
  body: string;
  createdAt: string;
  editedAt: string | null;
  viewerCanEdit: boolean;
  author: { id: string };
  mentions: { id: string; name: string }[];
}
export interface ThreadView {
  id: string;
  subject: string;
  subjectId: string | null;
  title: string;
  createdAt: string;
  startedBy: { id: string };
  counts: { comments: number; unread: number; lastCommentAt: string | null };
  comments: CommentView[];
}
export interface DecisionView {
  id: string;
  text: string;
  decidedOn: string;
  threadId: string | null;
  agreedBy: { id: string; name: string }[];
  supersedes: { id: string } | null;
  supersededBy: { id: string } | null;
}
export interface MilestoneView {
  id: string;
  title: string;
  dueDate: string;
  status: string;
  overdue: boolean;
  owner: { id: string; name: string };
}
export interface LessonView {
  id: string;
  title: string;
  body: string;
  tags: string[];
  outcome: string;
  visibility: 'PARTNERSHIP' | 'PLATFORM';
  partnershipTitle: string;
  municipality: { name: string };
  partnership: { id: string } | null;
}
export interface ActivityView {
  id: string;
  kind: string;
  subjectId: string | null;
  data: Record<string, unknown>;
  createdAt: string;
  actor: { id: string } | null;
  organisation: { id: string } | null;
}
export interface AuditEntryView {
  id: string;
  seq: number;
  operation: string;
  userId: string | null;
  organisationId: string | null;
  subjectIds: string[];
  digest: string;
  previousHash: string;
  hash: string;
}
export interface AuditVerification {
  valid: boolean;
  checked: number;
  firstBroken: AuditEntryView | null;
}

// ---------------------------------------------------------------------------------------------
// Demo data
// ---------------------------------------------------------------------------------------------

export interface DemoPartnerships {
  readonly stopVold: string;
  readonly ungeIJob: string;
}

export async function demoPartnerships(api: TestApi): Promise<DemoPartnerships> {
  const byTitle = await partnershipIdsByTitle(api);
  const stopVold = byTitle.get(STOP_VOLD);
  const ungeIJob = byTitle.get(UNGE_I_JOB);
  if (!stopVold || !ungeIJob) throw new Error('demo partnerships missing');
  return { stopVold, ungeIJob };
}

/** Organisation ids by name, from the directory. */
export async function organisationIdsByName(client: GraphQLClient): Promise<Record<string, string>> {
  const data = await client.data<{ organisations: { id: string; name: string }[] }>(
    '{ organisations { id name } }',
  );
  return Object.fromEntries(data.organisations.map((organisation) => [organisation.name, organisation.id]));
}

export async function startThread(
  client: GraphQLClient,
  partnershipId: string,
  overrides: Record<string, unknown> = {},
): Promise<ThreadView> {
  const data = await client.data<{ startThread: ThreadView }>(START_THREAD, {
    input: { partnershipId, title: 'Henvisninger fra skolerne', body: 'Hvordan går det?', ...overrides },
  });
  return data.startThread;
}

export async function postComment(
  client: GraphQLClient,
  threadId: string,
  body: string,
  mentions: string[] = [],
): Promise<CommentView> {
  const data = await client.data<{ postComment: CommentView }>(POST_COMMENT, { threadId, body, mentions });
  return data.postComment;
}

export async function readThread(client: GraphQLClient, id: string): Promise<ThreadView> {
  const data = await client.data<{ thread: ThreadView }>(THREAD, { id });
  return data.thread;
}

/** A calendar date `days` from today in Denmark (the API's notion of "today"). */
export function danishDate(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

export const FILES = {
  pdf: () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n', 'latin1'),
  png: () =>
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      Buffer.from('IHDR', 'latin1'),
      Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]),
    ]),
  text: () => Buffer.from('Referat fra styregruppemøde\n\nDeltagere: Aarhus Kommune, AskovFonden\n', 'utf8'),
  windowsProgram: () =>
    Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.from([0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff])]),
  elfProgram: () => Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]),
  html: () => Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>'),
} as const;

export interface UploadResult {
  readonly status: number;
  readonly body: {
    documentId?: string;
    versionId?: string;
    number?: number;
    contentType?: string;
    size?: number;
    sha256?: string;
    errors?: { message: string; extensions?: { code?: string; field?: string } }[];
  } | null;
}

export interface UploadOptions {
  readonly token?: string | undefined;
  readonly filename?: string | null;
  /** Sent as X-Filename exactly as given (no encoding), for malformed names. */
  readonly rawFilenameHeader?: string;
  readonly title?: string;
  readonly documentId?: string;
}

/** POST /files/partnerships/:id/documents with a raw body. */
export async function upload(
  api: TestApi,
  partnershipId: string,
  content: Uint8Array,
  options: UploadOptions = {},
): Promise<UploadResult> {
  const query = new URLSearchParams();
  if (options.title !== undefined) query.set('title', options.title);
  if (options.documentId !== undefined) query.set('documentId', options.documentId);
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.rawFilenameHeader !== undefined) headers['x-filename'] = options.rawFilenameHeader;
  else if (options.filename !== null)
    headers['x-filename'] = encodeURIComponent(options.filename ?? 'referat.pdf');
  const search = query.toString();
  const response = await fetch(
    `${api.baseUrl}/files/partnerships/${encodeURIComponent(partnershipId)}/documents${search ? `?${search}` : ''}`,
    {
      method: 'POST',
      headers,
      body: new Uint8Array(content.buffer as ArrayBuffer, content.byteOffset, content.byteLength),
    },
  );
  const text = await response.text();
  let body: UploadResult['body'] = null;
  try {
    body = JSON.parse(text) as UploadResult['body'];
  } catch {
    body = null;
  }
  return { status: response.status, body };
}

export interface DownloadResult {
  readonly status: number;
  readonly bytes: Buffer;
  readonly headers: Headers;
  readonly json: { errors?: { message: string; extensions?: { code?: string } }[] } | null;
}

/** GET /files/document-versions/:id. */
export async function download(api: TestApi, versionId: string, token?: string): Promise<DownloadResult> {
  const response = await fetch(`${api.baseUrl}/files/document-versions/${encodeURIComponent(versionId)}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  let json: DownloadResult['json'] = null;
  if ((response.headers.get('content-type') ?? '').includes('application/json')) {
    json = JSON.parse(bytes.toString('utf8')) as DownloadResult['json'];
  }
  return { status: response.status, bytes, headers: response.headers, json };
}

export function tokenOf(client: GraphQLClient): string {
  if (!client.token) throw new Error('client is not signed in');
  return client.token;
}

// ---------------------------------------------------------------------------------------------
// Raw database access
// ---------------------------------------------------------------------------------------------

/**
 * Runs statements on a connection of its own with triggers switched off
 * (`session_replication_role = replica`), the way someone with database access could tamper.
 */
export async function tamper(api: TestApi, statements: [string, unknown[]][]): Promise<void> {
  const url = api.orm.config.get('clientUrl');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('set session_replication_role = replica');
    for (const [text, params] of statements) await client.query(text, params);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Subscriptions over graphql-ws
// ---------------------------------------------------------------------------------------------

export const ACTIVITY_ADDED = `subscription ActivityAdded($partnershipId: ID!) {
  activityAdded(partnershipId: $partnershipId) { ${ACTIVITY_FIELDS} } }`;

export interface SubscriptionError {
  readonly message?: string;
  readonly extensions?: { code?: string };
}

/** What the sink of one subscription saw: events, and how it ended. */
export interface LiveSubscription {
  readonly events: ActivityView[];
  /** GraphQL errors sent for the operation, or the close event when the socket was refused. */
  readonly ended: Promise<
    | { kind: 'complete' }
    | { kind: 'errors'; errors: SubscriptionError[] }
    | { kind: 'closed'; code: number; reason: string }
  >;
  /** Resolves with the first event (from the start) that matches, or rejects after `timeoutMs`. */
  waitFor(predicate: (event: ActivityView) => boolean, timeoutMs?: number): Promise<ActivityView>;
  close(): Promise<void>;
}

function wsUrl(api: TestApi): string {
  return `${api.baseUrl.replace(/^http/, 'ws')}/graphql`;
}

/** A graphql-ws client that never retries, so a refused connection ends the test's wait. */
export function liveClient(api: TestApi, token: string | null, authorization?: string): Client {
  return createClient({
    url: wsUrl(api),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    lazyCloseTimeout: 0,
    connectionParams: authorization
      ? { authorization }
      : token === null
        ? {}
        : { authorization: `Bearer ${token}` },
  });
}

/** Subscribes to `activityAdded` and collects what arrives. */
export function subscribeActivity(client: Client, partnershipId: string): LiveSubscription {
  const events: ActivityView[] = [];
  const waiters = new Set<() => void>();
  let settle: (value: Awaited<LiveSubscription['ended']>) => void = () => undefined;
  const ended = new Promise<Awaited<LiveSubscription['ended']>>((resolve) => {
    settle = resolve;
  });
  const unsubscribe = client.subscribe<{ activityAdded: ActivityView }>(
    { query: ACTIVITY_ADDED, variables: { partnershipId } },
    {
      next: (result) => {
        if (result.data?.activityAdded) events.push(result.data.activityAdded);
        if (result.errors?.length)
          settle({ kind: 'errors', errors: result.errors as unknown as SubscriptionError[] });
        for (const wake of waiters) wake();
      },
      error: (error) => {
        if (Array.isArray(error)) settle({ kind: 'errors', errors: error as SubscriptionError[] });
        else if (error && typeof error === 'object' && 'code' in error)
          settle({
            kind: 'closed',
            code: Number((error as { code: unknown }).code),
            reason: String((error as { reason?: unknown }).reason ?? ''),
          });
        else settle({ kind: 'errors', errors: [{ message: String(error) }] });
        for (const wake of waiters) wake();
      },
      complete: () => {
        settle({ kind: 'complete' });
        for (const wake of waiters) wake();
      },
    },
  );
  return {
    events,
    ended,
    waitFor(predicate, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(predicate);
          if (found) {
            cleanup();
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no matching activity within ${timeoutMs} ms (saw ${JSON.stringify(events)})`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    async close() {
      unsubscribe();
      await client.dispose();
    },
  };
}

/** Settles with the value, or with `fallback` after `ms`. */
export function within<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    void promise.then((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

/**
 * Waits until the subscription is registered on the server: graphql-ws sends no acknowledgement
 * for a subscription, so post pings (each producing activity) until one of them arrives.
 */
export async function untilLive(
  subscription: LiveSubscription,
  ping: () => Promise<string>,
  attempts = 20,
): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const subjectId = await ping();
    try {
      await subscription.waitFor((event) => event.subjectId === subjectId, 500);
      return;
    } catch {
      // not yet registered; ping again
    }
  }
  throw new Error('the subscription never went live');
}
