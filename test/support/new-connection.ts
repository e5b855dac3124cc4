import { request } from 'node:http';

/**
 * A request over a connection of its own, never a pooled one: node:cluster hands each new
 * connection to the next API process, so this is how a caller reaches each of them in turn.
 */
export function onNewConnection(
  url: string,
  body?: { query: string; variables?: Record<string, unknown> },
  token?: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : undefined;
    const call = request(
      url,
      {
        method: payload ? 'POST' : 'GET',
        agent: false,
        headers: {
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () => {
          try {
            resolve({ status: response.statusCode ?? 0, json: JSON.parse(text) });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    call.on('error', reject);
    // A connection handed to a process that is being killed gets no answer.
    call.setTimeout(5000, () => call.destroy(new Error('no answer within 5 s')));
    call.end(payload);
  });
}
