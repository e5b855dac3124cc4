import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { AppHeader } from './pages/AppHeader.js';
import { CreatePartnershipPage } from './pages/CreatePartnershipPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { PartnershipListPage } from './pages/PartnershipListPage.js';
import { PartnershipPage } from './pages/PartnershipPage.js';
import { TermsEditorPage } from './pages/TermsEditorPage.js';
import { VersionPage } from './pages/VersionPage.js';
import { artifact } from './support/artifacts.js';
import { users } from './support/users.js';

/*
 * Creates a partnership and agrees terms for it, which changes what every member organisation
 * sees: the config runs this file after the demo-state and write projects (project "contracts").
 */

const signers = [
  { email: 'leder@askovfonden.example', organisation: 'AskovFonden' },
  { email: 'investor@kapitalfond.example', organisation: 'Den Sociale Kapitalfond' },
  { email: 'fond@trivselsfonden.example', organisation: 'Trivselsfonden' },
] as const;

/** da-DK money as the interface writes it, e.g. "1.280.000,00 kr." (any space before "kr."). */
function kr(amount: string): RegExp {
  return new RegExp(`^${amount.replace(/\./g, '\\.')}\\s*kr\\.$`);
}

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

test('the commissioner proposes terms, tries them out, and every party signs them', async ({
  page,
  signInAs,
}) => {
  test.setTimeout(120_000);
  const title = `Tryg opvækst ${Date.now()}`;

  // A new partnership with its provider, an investor, a foundation and an evaluator.
  await signInAs(users.aarhus);
  const create = new CreatePartnershipPage(page);
  await create.goto();
  await create.create(title, 'Børn, der vokser op med vold i familien.');
  const partnership = new PartnershipPage(page);
  await expect(partnership.heading).toHaveText(title);
  for (const [organisation, role] of [
    ['AskovFonden', 'Leverandør'],
    ['Den Sociale Kapitalfond', 'Investor'],
    ['Trivselsfonden', 'Fond'],
    ['Evalueringsinstituttet', 'Evaluator'],
  ] as const) {
    await partnership.addMember(organisation, role);
    await expect(page.getByRole('status').filter({ hasText: 'tilføjet' })).toContainText(organisation);
  }
  const partnershipUrl = page.url();

  const termsSection = page.getByRole('region', { name: 'Vilkår' });
  await expect(termsSection).toContainText('Der er endnu ikke foreslået vilkår');
  await termsSection.getByRole('link', { name: 'Foreslå vilkår' }).click();

  const editor = new TermsEditorPage(page);
  await expect(editor.heading).toHaveText('Foreslå vilkår');
  await expect(editor.heading).toBeFocused();

  await editor.startDate.fill('2026-01-01');
  await editor.endDate.fill('2028-12-31');
  await editor.paymentCap.fill('8000000');

  // Metric 1: per outcome. A bad key is named beside the field as soon as it is typed.
  const families = editor.metric(1);
  await families.fill('Nøgle', 'Families completed');
  await families.field('Navn').focus();
  await expect(families.field('Nøgle')).toHaveAttribute('aria-invalid', 'true');
  expect(await editor.errorOf(families.field('Nøgle'))).toContain('Brug 1–40 små bogstaver');
  await families.fill('Nøgle', 'families-completed');
  await expect(families.field('Nøgle')).toHaveAttribute('aria-invalid', 'false');
  await families.fill('Navn', 'Familier der har gennemført forløbet');
  await families.fill(
    'Definition',
    'Antal familier, hvor volden er stoppet og ikke genopstået efter 12 måneder.',
  );
  await families.fill('Enhed', 'familier');
  await families.choose('Verificeres af', 'Evaluator');
  await families.choose('Betalingsregel', 'Pr. resultat');
  await families.fill('Pris pr. enhed', '40000');
  await families.fill('Besparelse pr. enhed', '120000');

  // Metric 2: linear. Only the fields the rule needs are shown; a target below the threshold is caught.
  await editor.addMetricButton.click();
  const wellbeing = editor.metric(2);
  await expect(wellbeing.field('Nøgle')).toBeFocused();
  await wellbeing.fill('Nøgle', 'child-wellbeing');
  await wellbeing.fill('Navn', 'Børnenes trivsel');
  await wellbeing.fill('Definition', 'Andel af børn med forbedret trivselsscore (SDQ) efter 12 måneder.');
  await wellbeing.fill('Enhed', 'andel');
  await wellbeing.choose('Verificeres af', 'Evaluator');
  await wellbeing.choose('Betalingsregel', 'Lineær');
  await expect(wellbeing.field('Pris pr. enhed')).toHaveCount(0);
  await wellbeing.fill('Tærskel', '0,60');
  await wellbeing.fill('Mål', '0,30');
  await expect(wellbeing.field('Mål')).toHaveAttribute('aria-invalid', 'true');
  expect(await editor.errorOf(wellbeing.field('Mål'))).toContain('Målet skal være større end tærsklen.');
  await wellbeing.fill('Tærskel', '0,30');
  await wellbeing.fill('Mål', '0,60');
  await expect(wellbeing.field('Mål')).toHaveAttribute('aria-invalid', 'false');
  await wellbeing.fill('Beløb', '500000');

  // Tranches: the commissioner's own tranche comes with its fund; premium is entered in per cent.
  const aarhus = editor.tranche(1);
  await expect(aarhus.field('Organisation')).toHaveValue(/.+/);
  await expect(aarhus.field('Kommunens fond').locator('option:checked')).toHaveText(
    'Den sociale Investeringsfond',
  );
  await aarhus.fill('Tilsagn', '3000000');
  await aarhus.fill('Præmie i procent', '5');
  await expect(editor.page.getByText('Svarer til en præmiesats på 0,05.')).toBeVisible();

  await editor.addTrancheButton.click();
  const kapital = editor.tranche(2);
  await kapital.choose('Organisation', 'Den Sociale Kapitalfond (Investor)');
  await expect(kapital.field('Kommunens fond')).toHaveCount(0);
  await kapital.fill('Tilsagn', '2000000');
  await kapital.fill('Præmie i procent', '5');

  await editor.addTrancheButton.click();
  const trivsel = editor.tranche(3);
  await trivsel.choose('Organisation', 'Trivselsfonden (Fond)');
  await trivsel.fill('Prioritet', '2');
  await trivsel.fill('Tilsagn', '1000000');
  await trivsel.fill('Præmie i procent', '0');

  // What would be paid: DOMAIN.md's worked example, computed in the browser.
  await expect(editor.preview).toContainText('hele sit tilsagn');
  await editor.exampleValues('Familier der har gennemført forløbet').fill('12 + 15');
  await expect(editor.previewTotal).toHaveText(kr('1.080.000,00'));
  await editor.exampleValues('Børnenes trivsel').fill('0,42');
  await expect(editor.previewTotal).toHaveText(kr('1.280.000,00'));
  const lines = await editor.linesTable.locator('tbody tr').allInnerTexts();
  expect(lines.join('\n')).toMatch(/1\.080\.000,00\s*kr\./);
  expect(lines.join('\n')).toMatch(/200\.000,00\s*kr\./);
  expect((await editor.shareRow('Aarhus Kommune'))[1]).toMatch(kr('768.000,00'));
  expect((await editor.shareRow('Den Sociale Kapitalfond'))[1]).toMatch(kr('512.000,00'));
  expect((await editor.shareRow('Trivselsfonden')).slice(1)).toEqual([
    expect.stringMatching(kr('0,00')),
    expect.stringMatching(kr('0,00')),
  ]);
  await expect(editor.preview.getByTestId('preview-surplus')).toHaveText(kr('0,00'));
  await scan(page, 'terms-editor');

  await editor.submit.click();
  const version = new VersionPage(page);
  await expect(version.heading).toHaveText('Vilkår, version 1');
  await expect(page.getByRole('status').filter({ hasText: 'er foreslået' })).toHaveText(
    'Version 1 er foreslået og afventer nu underskrifter.',
  );
  await expect(version.status).toHaveText('Afventer underskrifter');
  await expect(version.fact('Betalingsloft')).toHaveText(kr('8.000.000,00'));
  await expect(version.metricsTable).toContainText('Intet ved en værdi på 0,3 eller derunder');
  await expect(version.tranchesTable).toContainText('5 % (sats 0,05)');
  await expect(version.hash).toHaveText(/^[0-9a-f]{64}$/);
  expect(await version.missingNames()).toEqual([
    'Aarhus Kommune',
    'AskovFonden',
    'Den Sociale Kapitalfond',
    'Trivselsfonden',
  ]);
  const versionUrl = page.url();
  await scan(page, 'terms-version-proposed');

  await version.signButton.click();
  await expect(page.getByRole('status').filter({ hasText: 'har underskrevet' })).toHaveText(
    'Aarhus Kommune har underskrevet version 1.',
  );
  await expect(version.signButton).toHaveCount(0);
  expect(await version.signedNames()).toEqual(['Aarhus Kommune']);

  // Each remaining party signs in with the form and signs for its organisation.
  for (const [index, signer] of signers.entries()) {
    await new AppHeader(page).signOut();
    const login = new LoginPage(page);
    await expect(login.heading).toBeVisible();
    await login.signIn(signer.email);
    await expect(new AppHeader(page).viewer).toContainText(signer.organisation);
    await version.goto(versionUrl);
    await expect(version.heading).toHaveText('Vilkår, version 1');
    await version.signButton.click();
    const last = index === signers.length - 1;
    await expect(page.getByRole('status').filter({ hasText: 'underskrevet' })).toHaveText(
      last
        ? 'Alle har underskrevet. Version 1 er aftalt og gælder nu.'
        : `${signer.organisation} har underskrevet version 1.`,
    );
  }

  await expect(version.status).toHaveText('Aftalt');
  await expect(version.signButton).toHaveCount(0);
  expect(await version.missingNames()).toEqual([]);
  expect(await version.signedNames()).toHaveLength(4);
  await scan(page, 'terms-version-agreed');

  await page.goto(partnershipUrl);
  await expect(partnership.fact('Status')).toHaveText('Aktiv');
  await expect(termsSection).toContainText('Version 1 gælder.');
  await expect(termsSection.getByRole('row', { name: /Version 1/ })).toContainText('Aftalt');
  // Trivselsfonden, signed in last, is not the commissioner: no way to propose.
  await expect(termsSection.getByRole('link', { name: /Foreslå/ })).toHaveCount(0);
});

test('an amendment is pre-filled from the terms in force and can be compared', async ({ page, signInAs }) => {
  test.setTimeout(90_000);
  // Vestby's demo partnership: its own members only, so the lists of other tests are untouched.
  await signInAs(users.vestby);
  const list = new PartnershipListPage(page);
  await list.goto();
  await list.open('Unge i job');
  const section = page.getByRole('region', { name: 'Vilkår' });
  await section.getByRole('link', { name: 'Foreslå ændring' }).click();

  const editor = new TermsEditorPage(page);
  await expect(editor.heading).toHaveText('Foreslå ændring af vilkårene');
  await expect(page.getByText(/Formularen er udfyldt med version \d+, som gælder nu\./)).toBeVisible();
  await expect(editor.paymentCap).not.toHaveValue('');

  // Empty a required field: submitting shows the summary and marks the field.
  const cap = await editor.paymentCap.inputValue();
  await editor.paymentCap.fill('');
  await editor.submit.click();
  await expect(editor.errorSummary).toBeFocused();
  await expect(editor.errorSummary).toContainText('Betalingsloft (kr.): Skal udfyldes.');
  await expect(editor.paymentCap).toHaveAttribute('aria-invalid', 'true');
  await scan(page, 'terms-editor-errors');

  const raised = cap.replace(/^(\d+)/, (whole) => String(Number(whole) + 1000000));
  await editor.paymentCap.fill(raised);
  await editor.submit.click();

  const version = new VersionPage(page);
  await expect(version.heading).toHaveText(/^Vilkår, version \d+$/);
  await expect(version.status).toHaveText('Afventer underskrifter');
  await expect(page.getByText('Vestby Kommune mangler at underskrive.')).toBeVisible();
  const number = ((await version.heading.textContent()) ?? '').replace(/\D/g, '');

  // Meanwhile, in another tab, a newer proposal withdraws this one: signing it is a CONFLICT, explained.
  const other = await page.context().newPage();
  await other.goto(page.url().replace(/\/versions\/.*$/, '/terms/new'));
  const otherEditor = new TermsEditorPage(other);
  await expect(
    other.getByText(`Formularen er udfyldt med version ${number}, som afventer underskrifter.`, {
      exact: false,
    }),
  ).toBeVisible();
  await otherEditor.submit.click();
  await expect(new VersionPage(other).heading).toHaveText(`Vilkår, version ${Number(number) + 1}`);
  await other.close();

  await version.signButton.click();
  await expect(page.getByRole('alert')).toContainText(
    `Version ${number} afventer ikke længere underskrifter (status: trukket tilbage).`,
  );
  await expect(version.status).toHaveText('Trukket tilbage');
  await expect(version.signButton).toHaveCount(0);
  await expect(
    page.getByRole('alert').getByRole('link', { name: `Læs version ${Number(number) + 1}` }),
  ).toBeVisible();
  await scan(page, 'terms-version-conflict');

  await page.getByRole('link', { name: /^Sammenlign med version \d+$/ }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sammenlign versioner');
  const terms = page.getByRole('region', { name: 'Periode og betalingsloft' });
  await expect(terms.getByRole('row', { name: /Betalingsloft/ })).toContainText('Ændret');
  await expect(terms.getByRole('row', { name: /Startdato/ })).not.toContainText('Ændret');
  await expect(page.getByText('1 ændring', { exact: true })).toBeVisible();
  await scan(page, 'terms-compare');
});
