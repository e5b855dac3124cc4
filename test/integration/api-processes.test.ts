import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '@effekt/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STOP_VOLD } from '../support/factories.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { onNewConnection } from '../support/new-connection.js';
import { createTestDatabase, DEMO_USERS, type TestApi } from '../support/test-api.js';
import {
  type LiveSubscription,
  liveClient,
  postComment,
  startThread,
  subscribeActivity,
  untilLive,
} from '../support/workspace.js';

const apiSource = fileURLToPath(new URL('../../apps/api/src/main.ts', import.meta.url));
const apiTsconfig = fileURLToPath(new URL('../../apps/api/tsconfig.json', import.meta.url));

/** Resolves with the first stdout line the predicate accepts; rejects if the process exits first. */
function waitForLine(child: ChildProcess, accept: (line: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      const found = lines.find(accept);
      if (found) {
        child.stdout?.off('data', onData);
        resolve(found);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Effekt exited (${code}) before it listened`)));
  });
}

describe('EFFEKT_PROCESSES=2: two API processes behind one port, sharing only PostgreSQL', () => {
  let effekt: ChildProcess;
  let api: Pick<TestApi, 'baseUrl' | 'endpoint'>;
  let stderr = '';
  const open: LiveSubscription[] = [];

  beforeAll(async () => {
    const database = await createTestDatabase();
    effekt = spawn(process.execPath, ['--import', 'tsx', apiSource], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: {
        ...process.env,
        NODE_ENV: 'production',
        TSX_TSCONFIG_PATH: apiTsconfig,
        DATABASE_URL: database.url,
        EFFEKT_SECRET: randomBytes(32).toString('hex'),
        EFFEKT_PROCESSES: '2',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    effekt.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const line = await waitForLine(effekt, (candidate) => candidate.includes('"processes":2')).catch(
      (error: Error) => {
        throw new Error(`${error.message}\n${stderr}`);
      },
    );
    const { port } = JSON.parse(line) as { port: number };
    api = { baseUrl: `http://127.0.0.1:${port}`, endpoint: `http://127.0.0.1:${port}/graphql` };
  }, 90_000);

  afterAll(async () => {
    await Promise.all(open.splice(0).map((subscription) => subscription.close()));
    if (effekt && effekt.exitCode === null) {
      const exited = new Promise((resolve) => effekt.once('exit', resolve));
      effekt.kill('SIGKILL');
      await exited;
    }
  });

  async function signIn(user: keyof typeof DEMO_USERS): Promise<string> {
    const { json } = await onNewConnection(api.endpoint, {
      query: 'mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: DEMO_USERS[user], p: DEMO_PASSWORD },
    });
    const token = (json.data as { login?: { token: string } } | undefined)?.login?.token;
    if (!token) throw new Error(`sign-in failed: ${JSON.stringify(json)}`);
    return token;
  }

  it('answers from two processes, taking new connections in turn', async () => {
    const processes = new Set<unknown>();
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const { status, json } = await onNewConnection(`${api.baseUrl}/healthz`);
      expect(status).toBe(200);
      processes.add(json.process);
    }
    expect(processes.size).toBe(2);
    expect(processes.has(effekt.pid)).toBe(false);
  });

  it('honours a token in every process, whichever signed it', async () => {
    const token = await signIn('aarhus');
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const { json } = await onNewConnection(api.endpoint, { query: '{ me { email } }' }, token);
      expect(json).toEqual({ data: { me: { email: DEMO_USERS.aarhus } } });
    }
  });

  it('delivers a change made through either process to a subscriber of one of them', async () => {
    const aarhus = new GraphQLClient(api.endpoint, await signIn('aarhus'));
    const askovToken = await signIn('askov');
    const { partnerships } = await aarhus.data<{ partnerships: { id: string; title: string }[] }>(
      '{ partnerships { id title } }',
    );
    const stopVold = partnerships.find((partnership) => partnership.title === STOP_VOLD)?.id ?? '';
    const thread = await startThread(aarhus, stopVold, { title: 'To processer bag én port' });
    const subscription = subscribeActivity(liveClient(api as TestApi, askovToken), stopVold);
    open.push(subscription);
    await untilLive(subscription, async () => (await postComment(aarhus, thread.id, 'ping')).id);

    // Two comments on two new connections: one of them is written by the other process.
    const written: string[] = [];
    for (const body of ['Første', 'Anden']) {
      const { json } = await onNewConnection(
        api.endpoint,
        {
          query:
            'mutation P($t: ID!, $b: String!) { postComment(threadId: $t, body: $b, mentions: []) { id } }',
          variables: { t: thread.id, b: body },
        },
        aarhus.token,
      );
      written.push((json.data as { postComment: { id: string } }).postComment.id);
    }
    for (const id of written) {
      await expect(subscription.waitFor((event) => event.subjectId === id, 5000)).resolves.toMatchObject({
        kind: 'COMMENT_POSTED',
      });
    }
  });

  it('replaces an API process that dies', async () => {
    const { json } = await onNewConnection(`${api.baseUrl}/healthz`);
    const victim = Number(json.process);
    process.kill(victim, 'SIGKILL');
    const seen = new Set<unknown>();
    // The replacement starts a second after the death and then loads the API (slower under tsx).
    const until = Date.now() + 45_000;
    while (Date.now() < until && (seen.size < 2 || seen.has(victim))) {
      seen.clear();
      for (let attempt = 0; attempt < 4; attempt += 1) {
        const answer = await onNewConnection(`${api.baseUrl}/healthz`).catch(() => null);
        if (answer) seen.add(answer.json.process);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(seen.size).toBe(2);
    expect(seen.has(victim)).toBe(false);
    expect(effekt.exitCode).toBeNull();
  }, 60_000);

  it('stops every process on SIGTERM and exits cleanly', async () => {
    const exited = new Promise<number | null>((resolve) => effekt.once('exit', (code) => resolve(code)));
    effekt.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(onNewConnection(`${api.baseUrl}/healthz`)).rejects.toThrow(/ECONNREFUSED/);
  });
});
