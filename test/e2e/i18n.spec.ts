import { expect, test } from './fixtures.js';
import { LoginPage } from './pages/LoginPage.js';
import { PartnershipListPage } from './pages/PartnershipListPage.js';
import { PartnershipPage } from './pages/PartnershipPage.js';
import { artifact } from './support/artifacts.js';
import { demoPartnerships, users } from './support/users.js';

test('English is a click away and remembered across reloads', async ({ page, signInAs }) => {
  await signInAs(users.aarhus);
  const list = new PartnershipListPage(page);
  await list.goto();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(list.header.languageButton('Dansk')).toHaveAttribute('aria-pressed', 'true');

  await list.header.switchLanguage('English');
  await expect(list.heading).toHaveText('Partnerships');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(list.header.languageButton('English')).toHaveAttribute('aria-pressed', 'true');
  await expect(list.header.signOutButton).toHaveText('Sign out');
  await expect(list.card(demoPartnerships.aarhus)).toContainText('Active');
  await expect(list.card(demoPartnerships.aarhus)).toContainText('Commissioner');

  await page.reload();
  await expect(list.heading).toHaveText('Partnerships');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await page.evaluate(() => window.localStorage.getItem('effekt.lang'))).toBe('en');
  await page.screenshot({ path: artifact('partnership-list-en.png'), fullPage: true });

  await list.open(demoPartnerships.aarhus);
  const partnership = new PartnershipPage(page);
  await expect(partnership.fact('Your role')).toHaveText('Commissioner');
  await expect(partnership.memberTable.getByRole('columnheader')).toHaveText([
    'Organisation',
    'Type',
    'Role',
    'Member since',
  ]);
  expect((await partnership.memberRow('Aarhus Kommune'))[3]).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);

  await partnership.header.switchLanguage('Dansk');
  await expect(partnership.fact('Jeres rolle')).toHaveText('Ordregiver');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
});

test('the login page can be read in English too', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(login.heading).toHaveText('Sign in');
  await expect(page.getByLabel(/^Password/)).toBeVisible();
  await page.reload();
  await expect(login.heading).toHaveText('Sign in');
});
