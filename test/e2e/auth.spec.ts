import { expect, test } from './fixtures.js';
import { LoginPage } from './pages/LoginPage.js';
import { PartnershipListPage } from './pages/PartnershipListPage.js';
import { PartnershipPage } from './pages/PartnershipPage.js';
import { attemptLogin, partnershipIdByTitle, tokenFor } from './support/api.js';
import { demoPartnerships, users } from './support/users.js';

test('a municipality user signs in and sees exactly its own partnership', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await expect(login.heading).toHaveText('Log ind');
  await login.signIn(users.aarhus.email);

  const list = new PartnershipListPage(page);
  await expect(page).toHaveURL('/');
  await expect(list.heading).toHaveText('Partnerskaber');
  await expect(page).toHaveTitle('Partnerskaber · Effekt');
  expect(await list.titles()).toEqual([demoPartnerships.aarhus]);
  await expect(list.header.viewer).toContainText(users.aarhus.organisation);
  await expect(list.header.createPartnershipLink).toBeVisible();
  expect(await page.evaluate(() => window.localStorage.getItem('effekt.token'))).toBeTruthy();
});

test('a provider of another municipality sees exactly its partnership and cannot create one', async ({
  page,
}) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(users.jobvejen.email);

  const list = new PartnershipListPage(page);
  expect(await list.titles()).toEqual([demoPartnerships.vestby]);
  await expect(list.header.viewer).toContainText(users.jobvejen.organisation);
  await expect(list.header.createPartnershipLink).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Opret partnerskab' })).toHaveCount(0);
});

test('a wrong password shows a clear error and keeps the form', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(users.kapitalfond.email, 'not-the-password');

  await expect(login.error).toHaveText('E-mail eller adgangskode er forkert. Prøv igen.');
  await expect(page).toHaveURL('/login');
  await expect(login.password).toHaveAttribute('aria-describedby', /login-error/);
  expect(await page.evaluate(() => window.localStorage.getItem('effekt.token'))).toBeNull();
});

test('empty fields are named before anything is sent', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.submit.click();
  await expect(page.getByText('Skriv din e-mailadresse.')).toBeVisible();
  await expect(login.email).toHaveAttribute('aria-invalid', 'true');
  await expect(login.email).toBeFocused();
});

test('too many attempts give their own message', async ({ page, request }) => {
  const email = `throttle-${Date.now()}@e2e.example`;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    expect(await attemptLogin(request, email, 'wrong')).toBe('UNAUTHENTICATED');
  }
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email, 'wrong');
  await expect(login.error).toContainText('For mange forsøg på at logge ind');
});

test('signing out drops the token and protects the pages again', async ({ page, signInAs }) => {
  await signInAs(users.aarhus);
  const list = new PartnershipListPage(page);
  await list.goto();
  await expect(list.heading).toHaveText('Partnerskaber');

  await list.header.signOut();
  await expect(page).toHaveURL('/login');
  expect(await page.evaluate(() => window.localStorage.getItem('effekt.token'))).toBeNull();

  await page.goto('/');
  await expect(page).toHaveURL('/login');
  await expect(new LoginPage(page).heading).toHaveText('Log ind');
});

test('an expired token sends the user to sign in, then back to where they were', async ({
  page,
  request,
}) => {
  const id = await partnershipIdByTitle(
    request,
    await tokenFor(request, users.aarhus.email),
    demoPartnerships.aarhus,
  );
  await page.goto('/login');
  await page.evaluate(() => window.localStorage.setItem('effekt.token', 'expired.or.forged.token'));

  await page.goto(`/partnerships/${id}`);
  const login = new LoginPage(page);
  await expect(page).toHaveURL('/login');
  await expect(login.notice).toHaveText('Din session er udløbet. Log ind igen.');
  expect(await page.evaluate(() => window.localStorage.getItem('effekt.token'))).toBeNull();

  await login.signIn(users.aarhus.email);
  await expect(page).toHaveURL(`/partnerships/${id}`);
  await expect(new PartnershipPage(page).heading).toHaveText(demoPartnerships.aarhus);
});
