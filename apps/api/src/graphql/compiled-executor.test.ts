import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { buildSchema, type GraphQLFormattedError, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import * as jit from 'graphql-jit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compiledExecutor } from './compiled-executor.js';

vi.mock('graphql-jit', async (importOriginal) => {
  const original = await importOriginal<typeof import('graphql-jit')>();
  return { ...original, compileQuery: vi.fn(original.compileQuery) };
});

class RefusedError extends Error {}

const SDL = `
  enum Status { SUBMITTED VERIFIED }
  type Report { id: ID! value: Float! status: Status! note: String }
  type Partnership { id: ID! title: String! reports: [Report!]! lead: Report! failing: String }
  type Query {
    partnership(id: ID!): Partnership
    numbers(first: Int!): [Int!]!
    refused: String
  }
  type Mutation { rename(title: String!): String! }
`;

const REPORTS = [
  { id: 'r1', value: 12.5, status: 'VERIFIED', note: null },
  { id: 'r2', value: 3, status: 'SUBMITTED', note: 'late' },
];

function testSchema(): GraphQLSchema {
  const schema = buildSchema(SDL);
  const fields = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields();
  const query = fields('Query');
  (query.partnership ?? expect.fail()).resolve = async (_root, args: { id: string }) =>
    args.id === 'missing'
      ? null
      : { id: args.id, title: 'Stop vold i familien', broken: args.id === 'broken' };
  (query.numbers ?? expect.fail()).resolve = (_root, args: { first: number }) =>
    Array.from({ length: args.first }, (_, i) => i);
  (query.refused ?? expect.fail()).resolve = () => {
    throw new RefusedError('not yours');
  };
  const partnership = fields('Partnership');
  (partnership.reports ?? expect.fail()).resolve = async () => REPORTS;
  (partnership.lead ?? expect.fail()).resolve = async (root: { broken: boolean }) => {
    if (root.broken) throw new RefusedError('no lead');
    return REPORTS[0];
  };
  (partnership.failing ?? expect.fail()).resolve = () => Promise.reject(new RefusedError('failed'));
  (fields('Mutation').rename ?? expect.fail()).resolve = (_root, args: { title: string }) =>
    args.title.trim();
  return schema;
}

/** As the API's formatter does: the resolver's own error decides the code. */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return unwrapResolverError(error) instanceof RefusedError
    ? { ...formatted, extensions: { code: 'FORBIDDEN' } }
    : formatted;
}

/** Rewrites messages after execution, as graphql-armor's suggestion blocker does. */
const rewritesMessages: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) error.message = error.message.replace('no lead', 'no lead (checked)');
      },
    };
  },
};

const schema = testSchema();
const reference = new ApolloServer({ schema, formatError, plugins: [rewritesMessages] });
const compiled = new ApolloServer({
  gateway: compiledExecutor(schema),
  formatError,
  plugins: [rewritesMessages],
});

async function answer(
  server: ApolloServer,
  query: string,
  variables?: Record<string, unknown>,
  name?: string,
) {
  const response = await server.executeOperation({ query, variables, operationName: name });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { status: response.http.status, ...response.body.singleResult };
}

/** The compiled executor must answer exactly as graphql-js does. */
async function expectSameAnswer(query: string, variables?: Record<string, unknown>, name?: string) {
  const expected = await answer(reference, query, variables, name);
  const actual = await answer(compiled, query, variables, name);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  return actual;
}

beforeAll(async () => {
  await reference.start();
  await compiled.start();
});

afterAll(async () => {
  await reference.stop();
  await compiled.stop();
});

describe('the compiled executor answers as graphql-js does', () => {
  const WORKSPACE = `
    query Workspace($id: ID!, $withNotes: Boolean!) {
      partnership(id: $id) {
        id
        heading: title
        reports { ...report note @include(if: $withNotes) }
        lead { id status }
      }
    }
    fragment report on Report { id value status }`;

  it('nested lists, aliases, fragments, enums and directives', async () => {
    const result = await expectSameAnswer(WORKSPACE, { id: 'p1', withNotes: true });
    expect(result.data).toEqual({
      partnership: {
        id: 'p1',
        heading: 'Stop vold i familien',
        reports: [
          { id: 'r1', value: 12.5, status: 'VERIFIED', note: null },
          { id: 'r2', value: 3, status: 'SUBMITTED', note: 'late' },
        ],
        lead: { id: 'r1', status: 'VERIFIED' },
      },
    });
    await expectSameAnswer(WORKSPACE, { id: 'p1', withNotes: false });
    await expectSameAnswer(WORKSPACE, { id: 'missing', withNotes: false });
  });

  it('an error in a nullable field: null there, the error with its path and code', async () => {
    const result = await expectSameAnswer('query { partnership(id: "p1") { id failing } refused }');
    expect(result.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['refused'], 'FORBIDDEN'],
      [['partnership', 'failing'], 'FORBIDDEN'],
    ]);
  });

  it('an error in a required field nulls its parent, and plugins may still rewrite the message', async () => {
    const result = await expectSameAnswer('query { partnership(id: "broken") { id lead { id } } }');
    expect(result.data).toEqual({ partnership: null });
    expect(result.errors?.[0]?.message).toBe('no lead (checked)');
  });

  it('a required variable left out takes the default the operation gives it', async () => {
    const result = await expectSameAnswer('query Numbers($first: Int! = 3) { numbers(first: $first) }');
    expect(result.data).toEqual({ numbers: [0, 1, 2] });
    await expectSameAnswer('query Numbers($first: Int! = 3) { numbers(first: $first) }', { first: 1 });
  });

  it.each([
    ['a variable of the wrong type', { id: 'p1', withNotes: 'yes' }],
    ['a missing variable', { id: 'p1' }],
    ['a null for a required variable', { id: null, withNotes: true }],
  ])('refuses %s with graphql-js’s message and HTTP 400', async (_name, variables) => {
    const result = await expectSameAnswer(WORKSPACE, variables);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/^Variable "\$(id|withNotes)"/);
  });

  it('refuses an operation name that is not in the document', async () => {
    const result = await expectSameAnswer('query A { refused } query B { refused }', {}, 'C');
    expect(result.errors?.[0]?.message).toBe('Unknown operation named "C".');
  });

  it('runs mutations', async () => {
    const result = await expectSameAnswer('mutation { rename(title: " Ny titel ") }');
    expect(result.data).toEqual({ rename: 'Ny titel' });
  });
});

describe('what is compiled', () => {
  it('compiles a query once and reuses it; mutations are not compiled', async () => {
    const compileQuery = vi.mocked(jit.compileQuery);
    compileQuery.mockClear();
    const query = 'query Twice { partnership(id: "p2") { id reports { id } } }';
    await answer(compiled, query);
    await answer(compiled, query);
    expect(compileQuery).toHaveBeenCalledTimes(1);
    await answer(compiled, 'mutation { rename(title: "x") }');
    expect(compileQuery).toHaveBeenCalledTimes(1);
  });
});
