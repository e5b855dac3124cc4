import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RawResponse, rawRequest } from '../support/factories.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { DEMO_USERS, startTestApi, type TestApi } from '../support/test-api.js';

let api: TestApi;
let aarhus: GraphQLClient;

beforeAll(async () => {
  api = await startTestApi();
  aarhus = await api.as('aarhus');
});
afterAll(() => api.close());

const JSON_HEADERS = { 'content-type': 'application/json' };

function post(body: string, headers: Record<string, string> = JSON_HEADERS): Promise<RawResponse> {
  return rawRequest(api.endpoint, { body, headers });
}

function postQuery(query: string, extra: Record<string, unknown> = {}): Promise<RawResponse> {
  return post(JSON.stringify({ query, ...extra }));
}

function firstCode(response: RawResponse): unknown {
  return response.body?.errors?.[0]?.extensions?.code;
}

// ---------------------------------------------------------------------------------------------
// Deny by default, checked against the schema the server actually serves.

interface TypeRef {
  readonly kind: string;
  readonly name: string | null;
  readonly ofType: TypeRef | null;
}
interface InputValue {
  readonly name: string;
  readonly type: TypeRef;
  readonly defaultValue: string | null;
}
interface SchemaField {
  readonly name: string;
  readonly args: readonly InputValue[];
  readonly type: TypeRef;
}
interface SchemaType {
  readonly kind: string;
  readonly name: string;
  readonly fields: readonly SchemaField[] | null;
  readonly inputFields: readonly InputValue[] | null;
  readonly enumValues: readonly { name: string }[] | null;
}
interface Introspection {
  readonly __schema: {
    readonly queryType: { name: string };
    readonly mutationType: { name: string } | null;
    readonly types: readonly SchemaType[];
  };
}

const INTROSPECTION = `query Introspect {
  __schema {
    queryType { name }
    mutationType { name }
    types {
      kind name
      fields { name args { name defaultValue type { ...Ref } } type { ...Ref } }
      inputFields { name defaultValue type { ...Ref } }
      enumValues { name }
    }
  }
}
fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

/** Plausible literals for scalars, so a dummy argument never fails validation on its own. */
const SCALAR_LITERALS: Record<string, string> = {
  ID: `"${randomUUID()}"`,
  String: '"x"',
  Int: '1',
  Float: '1.5',
  Boolean: 'true',
  Date: '"2026-01-01"',
  DateTime: '"2026-01-01T00:00:00.000Z"',
  Decimal: '"1.00"',
};

function namedType(type: TypeRef): TypeRef {
  return type.ofType ? namedType(type.ofType) : type;
}

function literalFor(type: TypeRef, types: ReadonlyMap<string, SchemaType>): string {
  if (type.kind === 'NON_NULL' && type.ofType) return literalFor(type.ofType, types);
  if (type.kind === 'LIST' && type.ofType) return `[${literalFor(type.ofType, types)}]`;
  const named = types.get(type.name ?? '');
  if (!named) throw new Error(`type ${type.name} missing from introspection`);
  switch (named.kind) {
    case 'ENUM':
      return named.enumValues?.[0]?.name ?? 'UNKNOWN';
    case 'INPUT_OBJECT':
      return `{ ${requiredValues(named.inputFields ?? [], types)} }`;
    default:
      return SCALAR_LITERALS[named.name] ?? '"x"';
  }
}

function requiredValues(values: readonly InputValue[], types: ReadonlyMap<string, SchemaType>): string {
  return values
    .filter((value) => value.type.kind === 'NON_NULL' && value.defaultValue === null)
    .map((value) => `${value.name}: ${literalFor(value.type, types)}`)
    .join(', ');
}

/** The smallest valid operation that reaches a root field's resolver. */
function operationFor(
  operation: 'query' | 'mutation',
  field: SchemaField,
  types: ReadonlyMap<string, SchemaType>,
): string {
  const args = requiredValues(field.args, types);
  const returned = types.get(namedType(field.type).name ?? '');
  const selection =
    returned && ['OBJECT', 'INTERFACE', 'UNION'].includes(returned.kind) ? ' { __typename }' : '';
  return `${operation} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

const PUBLIC_FIELDS = new Set(['Mutation.login']);

describe('deny by default', () => {
  it('answers every root query and mutation except login with UNAUTHENTICATED without a token', async () => {
    const introspection = await api.anonymous().data<Introspection>(INTROSPECTION);
    const schema = introspection.__schema;
    const types = new Map(schema.types.map((type) => [type.name, type]));
    const roots: { operation: 'query' | 'mutation'; type: SchemaType }[] = [];
    const queryType = types.get(schema.queryType.name);
    if (queryType) roots.push({ operation: 'query', type: queryType });
    const mutationType = schema.mutationType ? types.get(schema.mutationType.name) : undefined;
    if (mutationType) roots.push({ operation: 'mutation', type: mutationType });

    const answers: Record<string, unknown> = {};
    for (const { operation, type } of roots) {
      for (const field of type.fields ?? []) {
        const key = `${type.name}.${field.name}`;
        if (PUBLIC_FIELDS.has(key)) continue;
        const query = operationFor(operation, field, types);
        const result = await api.anonymous().request<Record<string, unknown>>(query);
        const codes = new Set(result.errors?.map((error) => error.extensions?.code));
        const leaked = result.data?.[field.name] != null;
        answers[key] = leaked
          ? 'DATA LEAKED'
          : codes.size === 1
            ? [...codes][0]
            : [...codes].join('+') || 'NO ERROR';
      }
    }
    // The sweep really covered the schema (and not an empty introspection answer).
    for (const known of [
      'Query.me',
      'Query.partnerships',
      'Query.partnership',
      'Query.funds',
      'Query.organisations',
      'Mutation.createPartnership',
      'Mutation.addMember',
    ]) {
      expect(Object.keys(answers)).toContain(known);
    }
    expect(answers).toEqual(Object.fromEntries(Object.keys(answers).map((key) => [key, 'UNAUTHENTICATED'])));
  });

  it('lets login through without a token', async () => {
    const result = await api
      .anonymous()
      .request<{ login: { token: string } }>(
        'mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email: DEMO_USERS.vestby, password: 'effekt-demo' },
      );
    expect(result.errors).toBeUndefined();
    expect(result.data?.login.token).toEqual(expect.any(String));
  });

  it('refuses a nested field of a public mutation too: login answers only what login is for', async () => {
    const result = await api
      .anonymous()
      .request('mutation { login(email: "x", password: "y") { user { id } } }');
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Requests the server must refuse as bad input: never a 500, never INTERNAL_SERVER_ERROR.

const nested = (levels: number, open: string, inner: string) =>
  `${open.repeat(levels)}${inner}${' }'.repeat(levels)}`;
const aliases = (count: number) => Array.from({ length: count }, (_, i) => `a${i}: me { id }`).join(' ');

const REFUSED: readonly { case: string; body: string; headers?: Record<string, string>; status: number }[] = [
  { case: 'a syntax error', body: JSON.stringify({ query: '{ me { ' }), status: 400 },
  { case: 'a stray token', body: JSON.stringify({ query: '{ me } }' }), status: 400 },
  { case: 'an unknown root field', body: JSON.stringify({ query: '{ nope }' }), status: 400 },
  {
    case: 'an unknown nested field',
    body: JSON.stringify({ query: '{ me { passwordHash } }' }),
    status: 400,
  },
  {
    case: 'a query 13 deep (type references)',
    body: JSON.stringify({ query: `{ __type(name: "Query") { ${nested(11, 'ofType { ', 'name')} } }` }),
    status: 400,
  },
  {
    case: 'a query 13 deep (inline fragments)',
    body: JSON.stringify({ query: `{ ${nested(12, '... on Query { ', '__typename')} }` }),
    status: 400,
  },
  { case: '21 aliases', body: JSON.stringify({ query: `{ ${aliases(21)} }` }), status: 400 },
  {
    case: 'more than 5000 tokens',
    body: JSON.stringify({ query: `{ ${'__typename '.repeat(5001)}}` }),
    status: 400,
  },
  {
    case: 'a body over 256kb',
    body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(300 * 1024) } }),
    status: 413,
  },
  { case: 'invalid JSON', body: '{"query": ', status: 400 },
  { case: 'a JSON null', body: 'null', status: 400 },
  { case: 'no query', body: '{}', status: 400 },
  { case: 'a query that is not a string', body: JSON.stringify({ query: 42 }), status: 400 },
  {
    case: 'a batch',
    body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    status: 400,
  },
  {
    case: 'two operations without an operation name',
    body: JSON.stringify({ query: 'query A { __typename } query B { __typename }' }),
    status: 400,
  },
  {
    case: 'an operation name not in the document',
    body: JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }),
    status: 400,
  },
  {
    case: 'a variable of the wrong type',
    body: JSON.stringify({
      query: 'query P($id: ID!) { partnership(id: $id) { id } }',
      variables: { id: { a: 1 } },
    }),
    status: 400,
  },
  {
    case: 'a missing required variable',
    body: JSON.stringify({ query: 'query P($id: ID!) { partnership(id: $id) { id } }' }),
    status: 400,
  },
  {
    case: 'a simple (CSRF-able) text/plain request',
    body: JSON.stringify({ query: '{ __typename }' }),
    headers: { 'content-type': 'text/plain' },
    status: 400,
  },
];

describe('bad requests', () => {
  it.each(REFUSED)(
    'refuses $case with HTTP $status and BAD_USER_INPUT',
    async ({ body, headers, status }) => {
      const response = await post(body, headers);
      expect(response.body, 'a JSON error body').not.toBeNull();
      expect(firstCode(response)).toBe('BAD_USER_INPUT');
      const codes = response.body?.errors?.map((error) => error.extensions?.code) ?? [];
      expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
      expect(response.body?.data ?? null).toBeNull();
      expect(response.status).toBe(status);
    },
  );

  it('refuses them the same way for a signed-in user', async () => {
    for (const { body, headers, status } of REFUSED) {
      const response = await rawRequest(api.endpoint, {
        body,
        headers: { ...(headers ?? JSON_HEADERS), authorization: `Bearer ${aarhus.token}` },
      });
      expect([firstCode(response), response.status], body.slice(0, 60)).toEqual(['BAD_USER_INPUT', status]);
    }
  });

  it('accepts a query exactly 12 deep and exactly 20 aliases', async () => {
    const deep = await aarhus.request(`{ ${nested(10, '... on Query { ', 'me { id }')} }`);
    expect(deep.errors).toBeUndefined();
    const deepTypes = await aarhus.request(
      `{ __type(name: "Query") { ${nested(10, 'ofType { ', 'name')} } }`,
    );
    expect(deepTypes.errors).toBeUndefined();
    const twenty = await aarhus.request<Record<string, { id: string }>>(`{ ${aliases(20)} }`);
    expect(twenty.errors).toBeUndefined();
    expect(Object.keys(twenty.data ?? {})).toHaveLength(20);
  });

  it('does not suggest field names to someone probing the schema', async () => {
    const response = await postQuery('{ partnershps { id } }');
    expect(firstCode(response)).toBe('BAD_USER_INPUT');
    expect(response.body?.errors?.[0]?.message).not.toMatch(/did you mean/i);
  });
});

describe('bad input in arguments', () => {
  it('refuses a NUL character in the sign-in e-mail as bad input, not an internal error', async () => {
    const result = await api
      .anonymous()
      .request(
        'mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email: 'nobody\u0000@nowhere.example', password: 'x' },
      );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('email');
  });

  it('answers a 100 000-character partnership id like any unknown id', async () => {
    const result = await aarhus.request('query P($id: ID!) { partnership(id: $id) { id } }', {
      id: 'x'.repeat(100_000),
    });
    expect(errorCode(result)).toBe('NOT_FOUND');
  });
});

// ---------------------------------------------------------------------------------------------
// Health and request log.

interface RequestLogLine {
  readonly msg: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly durationMs: number;
  readonly operationName?: string;
}

function requestLines(): RequestLogLine[] {
  return api.logLines
    .map((line) => JSON.parse(line) as RequestLogLine)
    .filter((line) => line.msg === 'request' && 'durationMs' in line);
}

/** Waits until the request's line is written, then a little longer to catch a duplicate. */
async function settledLines(
  predicate: (line: RequestLogLine) => boolean,
  atLeast = 1,
): Promise<RequestLogLine[]> {
  await expect.poll(() => requestLines().filter(predicate).length).toBeGreaterThanOrEqual(atLeast);
  await sleep(100);
  return requestLines().filter(predicate);
}

describe('answers', () => {
  it('carry no ETag: each is private and POSTed, and Express would hash every one for it', async () => {
    const response = await fetch(api.endpoint, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    expect(response.headers.get('etag')).toBeNull();
  });
});

describe('health', () => {
  it('answers GET /healthz with 200 and status ok', async () => {
    const response = await rawRequest(`${api.baseUrl}/healthz`, { method: 'GET', headers: {} });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', process: process.pid });
  });
});

describe('request log', () => {
  it('writes one line per GraphQL request with method, status, durationMs and operationName', async () => {
    const operationName = `LogProbe${randomUUID().slice(0, 8)}`;
    const response = await rawRequest(api.endpoint, {
      body: JSON.stringify({ query: `query ${operationName} { me { id } }`, operationName }),
      headers: { ...JSON_HEADERS, authorization: `Bearer ${aarhus.token}` },
    });
    expect(response.status).toBe(200);
    const lines = await settledLines((line) => line.operationName === operationName);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ method: 'POST', status: 200, operationName });
    expect(lines[0]?.durationMs).toEqual(expect.any(Number));
    expect(lines[0]?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('logs the GraphQL request under its path, /graphql', async () => {
    const operationName = `PathProbe${randomUUID().slice(0, 8)}`;
    await postQuery(`query ${operationName} { __typename }`, { operationName });
    const lines = await settledLines((line) => line.operationName === operationName);
    expect(lines.map((line) => line.path)).toEqual(['/graphql']);
  });

  it('writes one line for a refused request too, with its status', async () => {
    const before = requestLines().length;
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    const lines = await settledLines(() => true, before + 1);
    expect(lines).toHaveLength(before + 1);
    expect(lines.at(-1)).toMatchObject({ method: 'POST', status: 400, durationMs: expect.any(Number) });
  });

  it('writes one line for /healthz', async () => {
    const before = requestLines().length;
    await rawRequest(`${api.baseUrl}/healthz`, { method: 'GET', headers: {} });
    const lines = await settledLines(() => true, before + 1);
    expect(lines).toHaveLength(before + 1);
    expect(lines.at(-1)).toMatchObject({ method: 'GET', path: '/healthz', status: 200 });
  });

  it('never writes a password or a token to the log', async () => {
    const password = `secret-${randomUUID()}`;
    await api
      .anonymous()
      .request(
        'mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email: 'nobody@nowhere.example', password },
      );
    await rawRequest(api.endpoint, {
      body: JSON.stringify({ query: '{ me { id } }' }),
      headers: { ...JSON_HEADERS, authorization: `Bearer ${aarhus.token}` },
    });
    await sleep(100);
    const log = api.logLines.join('\n');
    expect(log).not.toContain(password);
    expect(log).not.toContain(aarhus.token ?? 'no token');
  });
});
