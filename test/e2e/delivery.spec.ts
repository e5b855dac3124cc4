import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { oreOf } from './pages/money.js';
import { PaymentPage, PaymentsPage } from './pages/PaymentsPage.js';
import { PortfolioPage } from './pages/PortfolioPage.js';
import { ReportsPage } from './pages/ReportsPage.js';
import { ReviewInboxPage } from './pages/ReviewInboxPage.js';
import { partnershipIdByTitle, tokenFor } from './support/api.js';
import { artifact } from './support/artifacts.js';
import { demoPartnerships, users } from './support/users.js';

/** Runs axe (WCAG 2.1 A/AA), fails on serious or critical findings and keeps a screenshot. */
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

const familiesCompleted = 'families-completed';
const familiesName = 'Familier hvor volden er stoppet';

/*
 * One reporting period end to end. The demo may already hold disbursements, reports and paid
 * payments, so the test picks a quarter that has no live report yet and compares the investor's
 * figures before and after instead of expecting fixed amounts.
 */
test('a reporting period: report, verify, calculate, approve, pay, and the investor sees the repayment', async ({
  page,
  request,
  signInAs,
}) => {
  test.setTimeout(120_000);
  const aarhusToken = await tokenFor(request, users.aarhus.email);
  const partnershipId = await partnershipIdByTitle(request, aarhusToken, demoPartnerships.aarhus);

  const portfolio = new PortfolioPage(page);
  const repaidBefore = await test.step('the investor notes the principal repaid so far', async () => {
    await signInAs(users.kapitalfond);
    await portfolio.goto();
    await expect(portfolio.line(demoPartnerships.aarhus)).toBeVisible();
    return oreOf((await portfolio.fact('principalRepaid').textContent()) ?? '');
  });

  const period = await test.step('the provider reports a quarter not yet reported', async () => {
    await signInAs(users.askov);
    const reports = new ReportsPage(page);
    await reports.goto(partnershipId);
    await expect(reports.heading).toContainText(demoPartnerships.aarhus);
    await expect(reports.tabs.getByRole('link', { name: 'Rapporter' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(reports.quarterTable.locator('tbody tr').first()).toBeVisible();
    const open = await reports.reportFirstOpenQuarter(familiesCompleted);
    await expect(reports.value).toBeFocused();
    await expect(reports.metric).toHaveValue(familiesCompleted);
    await expect(reports.periodStart).toHaveValue(open.start);
    await expect(reports.periodEnd).toHaveValue(open.end);

    // The browser catches an empty value; the API names a period outside the terms.
    await reports.submit.click();
    expect(await reports.errorOf(reports.value)).toContain('Skriv en værdi.');
    await reports.value.fill('3');
    await reports.periodEnd.fill('2029-03-31');
    await reports.submit.click();
    await expect(reports.periodEnd).toHaveAttribute('aria-invalid', 'true');
    expect(await reports.errorOf(reports.periodEnd)).toContain('2028-12-31');

    await reports.periodEnd.fill(open.end);
    await reports.note.fill('Tre familier afsluttede forløbet i kvartalet.');
    await reports.submit.click();
    await expect(reports.status).toContainText(`Rapporten for “${familiesName}” er indsendt`);
    await expect(reports.cellState(familiesCompleted, open.start)).toHaveAttribute('data-state', 'SUBMITTED');
    await expect(reports.reportTable.locator('tbody tr').first()).toContainText('Afventer verificering');
    await scan(page, 'delivery-reports');
    return open;
  });

  await test.step('the evaluator verifies it from the inbox', async () => {
    await signInAs(users.evaluator);
    const inbox = new ReviewInboxPage(page);
    await inbox.goto();
    await expect(inbox.heading).toHaveText('Til godkendelse');
    await expect(inbox.navLink).toHaveAttribute('aria-current', 'page');
    const card = inbox.card(familiesName, '3 familier', 'Tre familier afsluttede');
    await expect(card).toHaveCount(1);
    // A rejection needs a reason.
    await inbox.rejectButton(card).click();
    await expect(inbox.comment(card)).toBeFocused();
    await expect(inbox.comment(card)).toHaveAttribute('aria-invalid', 'true');
    await scan(page, 'delivery-inbox');
    await inbox.comment(card).fill('Kontrolleret mod forløbsregistreringerne.');
    await inbox.verifyButton(card).click();
    await expect(inbox.status).toContainText('Rapporten er verificeret');
    await expect(card).toHaveCount(0);
  });

  await test.step('the provider sees the verdict', async () => {
    await signInAs(users.askov);
    const reports = new ReportsPage(page);
    await reports.goto(partnershipId);
    await expect(reports.cellState(familiesCompleted, period.start)).toHaveAttribute(
      'data-state',
      'VERIFIED',
    );
  });

  await test.step('the commissioner calculates, approves and pays', async () => {
    await signInAs(users.aarhus);
    const payments = new PaymentsPage(page);
    await payments.goto(partnershipId);
    await expect(payments.paymentTable).toBeVisible();
    await payments.calculateButton.click();

    const payment = new PaymentPage(page);
    await expect(payment.heading).toBeVisible();
    await expect(payment.status).toContainText('er beregnet');
    await expect(payment.statusBadge).toHaveText('Beregnet');
    await expect(payment.linesTable).toContainText(familiesName);
    await expect(payment.linesTable).toContainText('3 familier');
    expect(oreOf((await payment.total.textContent()) ?? '')).toBeGreaterThan(0n);
    await expect(payment.waterfallTable).toContainText('Den Sociale Kapitalfond');
    await scan(page, 'delivery-payment');

    await payment.approveButton.click();
    await expect(payment.status).toContainText('er godkendt');
    await expect(payment.statusBadge).toHaveText('Godkendt');
    await payment.markPaidButton.click();
    await expect(payment.status).toContainText('er markeret som betalt');
    await expect(payment.statusBadge).toHaveText('Betalt');
    await scan(page, 'delivery-payment-paid');
  });

  await test.step('the investor sees the repayment and exports the lines', async () => {
    await signInAs(users.kapitalfond);
    await portfolio.goto();
    await expect(portfolio.heading).toHaveText('Portefølje');
    await expect(portfolio.line(demoPartnerships.aarhus)).toBeVisible();
    await expect
      .poll(async () => oreOf((await portfolio.fact('principalRepaid').textContent()) ?? ''))
      .toBeGreaterThan(repaidBefore);
    await scan(page, 'delivery-portfolio');

    const download = await portfolio.download(portfolio.csvButton);
    expect(download.suggestedFilename()).toMatch(/^effekt-portefolje-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(`"${demoPartnerships.aarhus}"`);
    expect(csv.split('\r\n')[0]).toContain('"Partnerskab"');

    const xlsx = await portfolio.download(portfolio.xlsxButton);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = await readFile(await xlsx.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
