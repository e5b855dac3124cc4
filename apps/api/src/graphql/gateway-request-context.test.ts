import {
  ApolloServer,
  type ApolloServerOptionsWithGateway,
  type BaseContext,
  HeaderMap,
} from '@apollo/server';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayRequest = Parameters<NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>>[0];

/**
 * The API executes queries through Apollo's gateway interface (compiled-executor.ts), and
 * patches/@apollo__server@5.5.1.patch moves the status accessors Apollo hands a gateway from an
 * object literal to a class. These check that the patch is applied and behaves as the original.
 */
describe("Apollo's gateway request context (patched)", () => {
  const schema = buildSchema('type Query { hello: String }');
  const seen: GatewayRequest[] = [];
  const gateway: Gateway = {
    async load() {
      return {
        async executor(request) {
          seen.push(request);
          const http = request.response?.http ?? expect.fail('a gateway request has an HTTP response');
          const before = http.status;
          http.status = 203;
          http.headers.set('x-status-before', String(before));
          return { data: { hello: `read ${http.status}` } };
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
  const server = new ApolloServer({ gateway });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  async function ask() {
    return server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: new HeaderMap([['content-type', 'application/json']]),
        search: '',
        body: { query: '{ hello }' },
      },
      context: async () => ({}),
    });
  }

  it('passes the status a gateway sets, and its headers, to the HTTP answer', async () => {
    const answer = await ask();

    expect(answer.status).toBe(203);
    expect(answer.headers.get('x-status-before')).toBe('undefined');
    expect(answer.body.kind === 'complete' && JSON.parse(answer.body.string)).toEqual({
      data: { hello: 'read 203' },
    });
  });

  it('keeps the accessors on a shared prototype, not on each request', async () => {
    await ask();
    await ask();
    const [first, second] = seen.slice(-2).map((request) => request.response?.http);

    expect(Object.getOwnPropertyDescriptor(first ?? {}, 'status')).toBeUndefined();
    expect(Object.getPrototypeOf(first)).toBe(Object.getPrototypeOf(second));
    expect(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(first), 'status')?.get).toBeTypeOf(
      'function',
    );
  });
});
