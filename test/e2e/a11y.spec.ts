import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { CreatePartnershipPage } from './pages/CreatePartnershipPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { PartnershipListPage } from './pages/PartnershipListPage.js';
import { PartnershipPage } from './pages/PartnershipPage.js';
import { artifact } from './support/artifacts.js';
import { demoPartnerships, users } from './support/users.js';

/** Runs axe (WCAG 2.1 A/AA) and fails on serious or critical findings; saves a screenshot as evidence. */
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

test('login page has no serious accessibility violations', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await expect(login.heading).toBeVisible();
  await scan(page, 'login');
  await login.signIn(users.kapitalfond.email, 'wrong-password');
  await expect(login.error).toBeVisible();
  await scan(page, 'login-error');
});

test('partnership list has no serious accessibility violations', async ({ page, signInAs }) => {
  await signInAs(users.aarhus);
  const list = new PartnershipListPage(page);
  await list.goto();
  await expect(list.card(demoPartnerships.aarhus)).toBeVisible();
  await scan(page, 'partnership-list');
  await list.filterByStatus('Udkast');
  await expect(list.emptyState).toBeVisible();
  await scan(page, 'partnership-list-empty');
});

test('partnership page has no serious accessibility violations', async ({ page, signInAs }) => {
  await signInAs(users.aarhus);
  const list = new PartnershipListPage(page);
  await list.goto();
  await list.open(demoPartnerships.aarhus);
  const partnership = new PartnershipPage(page);
  await expect(partnership.memberRows).toHaveCount(5);
  await scan(page, 'partnership');
});

test('create page, with its errors showing, has no serious accessibility violations', async ({
  page,
  signInAs,
}) => {
  await signInAs(users.aarhus);
  const create = new CreatePartnershipPage(page);
  await create.goto();
  await expect(create.heading).toHaveText('Opret partnerskab');
  await create.submit.click();
  await expect(create.title).toHaveAttribute('aria-invalid', 'true');
  await scan(page, 'create-partnership');
});

test('the skip link is the first stop and leads to the content', async ({ page, signInAs }) => {
  await signInAs(users.aarhus);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Gå til indhold' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the list and a partnership read well on a phone', async ({ page, signInAs }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(users.aarhus);
  const list = new PartnershipListPage(page);
  await list.goto();
  await expect(list.card(demoPartnerships.aarhus)).toBeVisible();
  await scan(page, 'partnership-list-mobile');
  await list.open(demoPartnerships.aarhus);
  await expect(new PartnershipPage(page).memberRows).toHaveCount(5);
  await scan(page, 'partnership-mobile');
});
