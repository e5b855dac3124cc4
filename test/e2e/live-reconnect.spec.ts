import type { WebSocketRoute } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { DiscussionSection } from './pages/WorkspacePage.js';
import { graphql, partnershipIdByTitle, signInWithToken, tokenFor } from './support/api.js';
import { demoPartnerships, users } from './support/users.js';

const START_THREAD = `mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }`;

/** A message the browser sends to subscribe (graphql-ws), as opposed to connection_init or pings. */
function isSubscribe(message: string | Buffer): boolean {
  return typeof message === 'string' && message.includes('"type":"subscribe"');
}

test('what happened while the live connection was down appears once it is back', async ({
  page,
  request,
}) => {
  const aarhusToken = await tokenFor(request, users.aarhus.email);
  const askovToken = await tokenFor(request, users.askov.email);
  const partnershipId = await partnershipIdByTitle(request, aarhusToken, demoPartnerships.aarhus);

  // The browser's live socket goes through this route, so the test can cut it like a flaky network.
  let refuseNewSockets = false;
  let current: WebSocketRoute | undefined;
  let subscribed = 0;
  await page.routeWebSocket(/\/graphql$/, (socket) => {
    if (refuseNewSockets) {
      void socket.close({ code: 1012, reason: 'service restart' });
      return;
    }
    current = socket;
    const server = socket.connectToServer();
    socket.onMessage((message) => {
      if (isSubscribe(message)) subscribed++;
      server.send(message);
    });
  });

  await signInWithToken(page, askovToken);
  const askov = new DiscussionSection(page);
  await askov.goto(partnershipId, 'discussion');
  await expect(askov.threadList).toBeVisible();
  await expect.poll(() => subscribed).toBeGreaterThan(0);

  // The connection drops, and stays down while AarhusKommune starts a thread.
  refuseNewSockets = true;
  await current?.close({ code: 1012, reason: 'service restart' });
  const title = `Mens forbindelsen var nede ${Date.now()}`;
  await graphql(
    request,
    START_THREAD,
    { input: { partnershipId, title, body: 'Er I der stadig?' } },
    aarhusToken,
  );
  // Nothing is pushed to a closed socket, and the page shows no thread it was never told about.
  await expect(askov.threadLink(title)).toHaveCount(0);

  // Back online: the client reconnects on its own and catches up without a reload.
  const subscriptionsBefore = subscribed;
  refuseNewSockets = false;
  await expect.poll(() => subscribed, { timeout: 20_000 }).toBeGreaterThan(subscriptionsBefore);
  await expect(askov.threadLink(title)).toBeVisible({ timeout: 10_000 });
});
