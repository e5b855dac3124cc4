import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawHttp } from '../support/raw-http.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

// The schema's types with their descriptions: an answer of some tens of kilobytes.
const LARGE = '{ __schema { types { name description fields { name description } } } }';
const SMALL = '{ __typename }';

describe('GraphQL answers on the wire', () => {
  let api: TestApi;
  const ask = (query: string, acceptEncoding?: string) =>
    rawHttp(api.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
      },
      body: JSON.stringify({ query }),
    });

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('compresses a large answer with Brotli for a browser, and the JSON is the same', async () => {
    const plain = await ask(LARGE);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(20_000);

    const compressed = await ask(LARGE, 'gzip, deflate, br, zstd');
    expect(compressed.status).toBe(200);
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers.vary).toBe('Accept-Encoding');
    expect(compressed.body.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(brotliDecompressSync(compressed.body).toString('utf8'))).toEqual(
      JSON.parse(plain.body.toString('utf8')),
    );
  });

  it('uses gzip for a client without Brotli', async () => {
    const compressed = await ask(LARGE, 'gzip');
    expect(compressed.headers['content-encoding']).toBe('gzip');
    expect(
      JSON.parse(gunzipSync(compressed.body).toString('utf8')).data.__schema.types.length,
    ).toBeGreaterThan(40);
  });

  it('sends a small answer as it is', async () => {
    const small = await ask(SMALL, 'gzip, br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
  });
});
