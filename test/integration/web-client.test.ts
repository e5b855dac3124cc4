import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawHttp } from '../support/raw-http.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

// A build as Vite leaves it (apps/web/vite.config.ts): hashed assets with Brotli and gzip copies.
const script = `export const greeting = ${JSON.stringify('Velkommen til Effekt. '.repeat(200))};\n`;
const icon = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>\n';
const page = '<!doctype html><html lang="da"><title>Effekt</title><div id="root"></div></html>\n';

const get = (url: string, headers: Record<string, string> = {}) => rawHttp(url, { headers });

describe('the built web client', () => {
  let api: TestApi;
  let root: string;
  const asset = () => `${api.baseUrl}/assets/index-Bx41TqzE.js`;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'effekt-web-'));
    // Installed under a folder that happens to be called assets: only the build's own counts.
    const webDir = join(root, 'assets', 'web');
    mkdirSync(join(webDir, 'assets'), { recursive: true });
    const file = join(webDir, 'assets', 'index-Bx41TqzE.js');
    writeFileSync(file, script);
    writeFileSync(`${file}.br`, brotliCompressSync(script));
    writeFileSync(`${file}.gz`, gzipSync(script));
    writeFileSync(join(webDir, 'favicon.svg'), icon);
    writeFileSync(join(webDir, 'index.html'), page);
    api = await startTestApi({ webDir });
  });

  afterAll(async () => {
    await api?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends the Brotli copy to a browser that accepts it, and says so', async () => {
    const answer = await get(asset(), { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(String(answer.headers['content-type']).toLowerCase()).toBe('text/javascript; charset=utf-8');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(answer.body).toString('utf8')).toBe(script);
  });

  it('sends the gzip copy when Brotli is not accepted, and the file itself when nothing is', async () => {
    const gzipped = await get(asset(), { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString('utf8')).toBe(script);

    const plain = await get(asset());
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(script);
  });

  it('lets browsers keep hashed assets for good, other files for an hour, and never the page', async () => {
    expect((await get(asset(), { 'accept-encoding': 'br' })).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get(`${api.baseUrl}/favicon.svg`)).headers['cache-control']).toBe('public, max-age=3600');
    const route = await get(`${api.baseUrl}/partnerships/anything`, { accept: 'text/html' });
    expect(route.status).toBe(200);
    expect(route.headers['cache-control']).toBe('no-cache');
    expect(route.body.toString('utf8')).toBe(page);
  });
});
