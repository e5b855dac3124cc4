import type { TypedDocumentNode } from '@apollo/client';
import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApolloClient } from './apollo';

// Parsed here rather than tagged, so codegen leaves this test's own query out of src/gql.
const THREADS: TypedDocumentNode<{ threads: { id: string; title: string }[] }, { partnershipId: string }> =
  parse('query ThreadTitles($partnershipId: ID!) { threads(partnershipId: $partnershipId) { id title } }');

function answer(titles: readonly string[]): Response {
  const threads = titles.map((title, index) => ({ __typename: 'Thread', id: `t${index}`, title }));
  return new Response(JSON.stringify({ data: { threads } }), {
    headers: { 'content-type': 'application/json' },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the Apollo client', () => {
  it('sends a read asked for while the same one is on its way, and keeps the newer answer', async () => {
    let answerFirst: (response: Response) => void = () => {};
    const fetch = vi
      .fn<(input: unknown, init?: unknown) => Promise<Response>>()
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockImplementationOnce(async () => answer(['Opstart', 'Bilag til version 1']));
    vi.stubGlobal('fetch', fetch);
    // graphql-ws wants one to exist; it opens no socket until something subscribes.
    vi.stubGlobal('WebSocket', class {});
    const client = createApolloClient({ getToken: () => 'token', onUnauthenticated: () => {} });
    const ask = () =>
      client.query({ query: THREADS, variables: { partnershipId: 'p1' }, fetchPolicy: 'network-only' });

    // The first read is on its way when a thread is started; the list is then asked for again.
    const before = ask();
    const after = ask();
    const fresh = await after;
    answerFirst(answer(['Opstart']));
    await before;

    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fresh.data?.threads.map((thread) => thread.title)).toEqual(['Opstart', 'Bilag til version 1']);
  });
});
