import { createServer, IncomingMessage, type Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { appPrototypes } from './app-prototypes.js';

let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

async function listen(app: express.Express): Promise<{ url: string; seen: object[] }> {
  server = createServer(appPrototypes(app), app);
  const seen: object[] = [];
  // Runs before Express sees the request, so it sees the objects as Node made them.
  server.prependListener('request', (request, response) => {
    seen.push(Object.getPrototypeOf(request), Object.getPrototypeOf(response));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe('appPrototypes', () => {
  it("makes each request and response with the app's prototypes, before Express sees them", async () => {
    const app = express();
    app.post('/echo', express.json(), (request, response) => {
      response.json({
        body: request.body,
        header: request.get('x-probe'),
        isRequest: request instanceof IncomingMessage,
        isResponse: response instanceof ServerResponse,
      });
    });
    const { url, seen } = await listen(app);

    const answer = await fetch(`${url}/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-probe': 'øre' },
      body: JSON.stringify({ amount: '12.50' }),
    });

    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({
      body: { amount: '12.50' },
      header: 'øre',
      isRequest: true,
      isResponse: true,
    });
    expect(seen).toEqual([app.request, app.response]);
  });

  it('serves requests on a kept-alive connection and answers errors through Express', async () => {
    const app = express();
    app.get('/fail', () => {
      throw new Error('refused');
    });
    app.get('/ok', (_request, response) => {
      response.type('text').send('ok');
    });
    const { url, seen } = await listen(app);

    const first = await fetch(`${url}/ok`);
    const second = await fetch(`${url}/fail`);

    expect(await first.text()).toBe('ok');
    expect(second.status).toBe(500);
    expect(seen).toEqual([app.request, app.response, app.request, app.response]);
  });
});
