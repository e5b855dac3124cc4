import { rawHttp } from './raw-http.js';

/**
 * A request over a connection of its own, never a pooled one: node:cluster hands each new
 * connection to the next API process, so this is how a caller reaches each of them in turn.
 */
export async function onNewConnection(
  url: string,
  body?: { query: string; variables?: Record<string, unknown> },
  token?: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const payload = body ? JSON.stringify(body) : undefined;
  const answer = await rawHttp(url, {
    method: payload ? 'POST' : 'GET',
    agent: false,
    headers: {
      ...(payload ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: payload,
    // A connection handed to a process that is being killed gets no answer.
    timeoutMs: 5000,
  });
  return { status: answer.status, json: JSON.parse(answer.body.toString('utf8')) };
}
