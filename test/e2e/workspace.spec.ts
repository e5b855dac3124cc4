import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import {
  DiscussionSection,
  DocumentsSection,
  WorkspacePage,
  type WorkspaceSection,
} from './pages/WorkspacePage.js';
import { partnershipIdByTitle, signInWithToken, tokenFor } from './support/api.js';
import { artifact } from './support/artifacts.js';
import { demoPartnerships, users } from './support/users.js';

/** A member signed in in a browser context of its own, as two people at two desks. */
async function memberPage(browser: Browser, token: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithToken(page, token);
  return page;
}

/** A small, valid PDF: the API detects the type from the content. */
function pdfBytes(marker: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${marker}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function scan(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: artifact(`${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.map((n) => n.target),
    }));
  expect(blocking, `${name}: axe violations`).toEqual([]);
}

test.describe('the shared partnership workspace', () => {
  let partnershipId: string;
  let aarhusToken: string;
  let askovToken: string;

  test.beforeAll(async ({ request }) => {
    aarhusToken = await tokenFor(request, users.aarhus.email);
    askovToken = await tokenFor(request, users.askov.email);
    partnershipId = await partnershipIdByTitle(request, aarhusToken, demoPartnerships.aarhus);
  });

  test('a thread and its comments reach the other member without a reload', async ({ browser }) => {
    const aarhus = new DiscussionSection(await memberPage(browser, aarhusToken));
    const askov = new DiscussionSection(await memberPage(browser, askovToken));
    const title = `Opstartsmøde ${Date.now()}`;

    await askov.goto(partnershipId, 'discussion');
    await expect(askov.threadList).toBeVisible();
    await aarhus.goto(partnershipId, 'discussion');
    await expect(aarhus.threadList).toBeVisible();

    await aarhus.startThread(title, 'Skal vi holde opstartsmødet i uge 12?');
    await expect(aarhus.openThread.getByRole('heading', { name: title })).toBeVisible();

    // The other member's list grows live; opening the thread shows the first comment.
    await expect(askov.threadLink(title)).toBeVisible({ timeout: 10_000 });
    await askov.threadLink(title).click();
    await expect(askov.comments).toHaveCount(1);
    await expect(askov.comments.first()).toContainText('Skal vi holde opstartsmødet i uge 12?');

    // A reply from AskovFonden appears in Aarhus's open thread, and vice versa.
    await askov.comment('Uge 12 passer fint for AskovFonden.');
    await expect(aarhus.comments).toHaveCount(2, { timeout: 10_000 });
    await expect(aarhus.comments.nth(1)).toContainText('Uge 12 passer fint for AskovFonden.');
    await expect(aarhus.comments.nth(1)).toContainText('AskovFonden');

    await aarhus.comment('Så siger vi tirsdag kl. 10.');
    await expect(askov.comments).toHaveCount(3, { timeout: 10_000 });

    // The author may edit a fresh comment; the others see it marked as edited.
    await aarhus.comments
      .nth(2)
      .getByRole('button', { name: /^(Redigér|Edit)/ })
      .click();
    await aarhus.page.getByLabel(/^(Redigér kommentar|Edit comment)/).fill('Så siger vi tirsdag kl. 10.30.');
    await aarhus.page.getByRole('button', { name: /^(Gem ændring|Save change)$/ }).click();
    await expect(aarhus.comments.nth(2)).toContainText('redigeret');
    await askov.page.reload();
    await expect(askov.comments.nth(2)).toContainText('kl. 10.30');
    await expect(askov.comments.nth(2)).toContainText('redigeret');
    await expect(askov.comments.nth(2).getByRole('button', { name: /^(Redigér|Edit)/ })).toHaveCount(0);

    await aarhus.page.screenshot({ path: artifact('workspace-discussion.png'), fullPage: true });
    await aarhus.page.context().close();
    await askov.page.context().close();
  });

  test('a thread about a contract version says so in the list and in the thread', async ({ browser }) => {
    const aarhus = new DiscussionSection(await memberPage(browser, aarhusToken));
    const title = `Bilag til version 1 ${Date.now()}`;
    await aarhus.goto(partnershipId, 'discussion');
    await expect(aarhus.threadList).toBeVisible();

    await aarhus.newThreadButton.click();
    await expect(aarhus.subjectKind).toHaveValue('PARTNERSHIP');
    await expect(aarhus.subjectItem).toHaveCount(0);
    await aarhus.chooseSubject({ kind: 'Vilkårsversion', item: /^Version 1 / });
    await scan(aarhus.page, 'workspace-discussion-subject');
    await aarhus.threadTitle.fill(title);
    await aarhus.firstComment.fill('Skal bilaget om datadeling med i version 1?');
    await aarhus.startButton.click();

    await expect(aarhus.openThread.getByRole('heading', { name: title })).toBeVisible();
    await expect(aarhus.openThread).toContainText('Om version 1');
    await expect(aarhus.threadItem(title)).toContainText('Om version 1');
    await aarhus.page.context().close();
  });

  test('a partnership without payments offers none to discuss', async ({ browser, request }) => {
    const vestbyToken = await tokenFor(request, users.vestby.email);
    const vestbyId = await partnershipIdByTitle(request, vestbyToken, demoPartnerships.vestby);
    const vestby = new DiscussionSection(await memberPage(browser, vestbyToken));
    await vestby.goto(vestbyId, 'discussion');
    await vestby.newThreadButton.click();
    await vestby.subjectKind.selectOption({ label: 'Betaling' });
    await expect(vestby.newThreadForm).toContainText('Der er endnu intet af den slags at vælge');
    await expect(vestby.subjectItem).toHaveCount(0);
    await vestby.threadTitle.fill('Hvornår kommer første betaling?');
    await vestby.firstComment.fill('Ingen betaling endnu.');
    // The start button is aria-disabled; Enter in a field still submits, and is refused.
    await vestby.threadTitle.press('Enter');
    await expect(vestby.subjectKind).toHaveAttribute('aria-invalid', 'true');
    await expect(vestby.subjectKind).toBeFocused();
    await expect(vestby.newThreadForm).toBeVisible();
    await vestby.page.context().close();
  });

  test('a document uploaded by one member downloads byte for byte for the other', async ({ browser }) => {
    const aarhus = new DocumentsSection(await memberPage(browser, aarhusToken));
    const askov = new DocumentsSection(await memberPage(browser, askovToken));
    const title = `Mødereferat ${Date.now()}`;
    const bytes = pdfBytes(title);

    await askov.goto(partnershipId, 'documents');
    await expect(askov.documentList).toBeVisible();
    await aarhus.goto(partnershipId, 'documents');
    await aarhus.upload(title, { name: 'mødereferat.pdf', mimeType: 'application/pdf', buffer: bytes });
    await expect(aarhus.page.getByRole('status').filter({ hasText: title })).toBeVisible();

    // AskovFonden's open page shows the new document live.
    const document = askov.document(title);
    await expect(document).toBeVisible({ timeout: 10_000 });
    const downloadPromise = askov.page.waitForEvent('download');
    await document.getByRole('button', { name: /^(Hent|Download) mødereferat\.pdf$/ }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('mødereferat.pdf');
    const path = await download.path();
    const downloaded = await readFile(path);
    expect(sha256(downloaded)).toBe(sha256(bytes));

    // A file of a kind the API refuses is explained on the file field.
    await aarhus.upload('Ikke en PDF', {
      name: 'script.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]),
    });
    await expect(aarhus.fileInput).toHaveAttribute('aria-invalid', 'true');
    await expect(aarhus.uploadForm).toContainText('Den slags fil kan ikke uploades');

    await askov.page.screenshot({ path: artifact('workspace-documents.png'), fullPage: true });
    await aarhus.page.context().close();
    await askov.page.context().close();
  });

  test('new activity appears live as a Danish sentence', async ({ browser, request }) => {
    const aarhus = new WorkspacePage(await memberPage(browser, aarhusToken));
    await aarhus.goto(partnershipId, 'activity');
    await expect(
      aarhus.page.getByRole('heading', { name: /^(Aktivitet|Activity)$/, level: 2 }),
    ).toBeVisible();
    await expect(aarhus.page.locator('.activity-list, .card .muted').first()).toBeVisible();
    const title = `Rekruttering ${Date.now()}`;
    // Give the socket a moment to subscribe before AskovFonden acts through the API.
    await aarhus.page.waitForTimeout(500);
    const response = await request.post('/graphql', {
      headers: { authorization: `Bearer ${askovToken}` },
      data: {
        query: 'mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }',
        variables: { input: { partnershipId, title, body: 'Hvordan går rekrutteringen?' } },
      },
    });
    expect(response.ok()).toBe(true);
    await expect(
      aarhus.page.locator('.activity-list').getByText(`AskovFonden startede drøftelsen “${title}”`),
    ).toBeVisible({ timeout: 10_000 });
    await aarhus.page.context().close();
  });

  test('the workspace sections have no serious accessibility violations', async ({ page, signInAs }) => {
    test.setTimeout(90_000);
    await signInAs(users.aarhus);
    const workspace = new WorkspacePage(page);
    const sections: { section: WorkspaceSection; heading: RegExp }[] = [
      { section: 'discussion', heading: /^Tråde$/ },
      { section: 'decisions', heading: /^Beslutninger$/ },
      { section: 'documents', heading: /^Dokumenter$/ },
      { section: 'milestones', heading: /^Milepæle$/ },
      { section: 'activity', heading: /^Aktivitet$/ },
      { section: 'lessons', heading: /^Erfaringer$/ },
      { section: 'audit', heading: /^Revisionsspor$/ },
    ];
    for (const { section, heading } of sections) {
      await workspace.goto(partnershipId, section);
      await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
      await expect(page.locator('.loading')).toHaveCount(0);
      await scan(page, `workspace-${section}`);
    }
    await page.getByRole('button', { name: 'Kontrollér kæden' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Kæden er intakt/ })).toBeVisible();
    await scan(page, 'workspace-audit-verified');

    await page.goto('/lessons');
    await expect(page.getByRole('heading', { name: 'Erfaringer', level: 1 })).toBeVisible();
    await expect(page.locator('.loading')).toHaveCount(0);
    await scan(page, 'workspace-lessons-platform');
  });
});
