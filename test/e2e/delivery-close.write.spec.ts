import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { PaymentsPage } from './pages/PaymentsPage.js';
import { graphql, tokenFor } from './support/api.js';
import { artifact } from './support/artifacts.js';
import { users } from './support/users.js';

const nordisk = { email: 'investor@nordiskimpact.example', organisation: 'Nordisk Impact Invest' } as const;

/** A fresh ACTIVE partnership of Vestby with agreed terms, set up through the API. */
async function agreedPartnership(request: APIRequestContext, title: string): Promise<string> {
  const vestby = await tokenFor(request, users.vestby.email);
  const { createPartnership } = await graphql<{ createPartnership: { id: string } }>(
    request,
    'mutation ($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
    { input: { title, challenge: 'Et partnerskab, der afsluttes i en browsertest.' } },
    vestby,
  );
  const id = createPartnership.id;
  const { organisations, funds } = await graphql<{
    organisations: { id: string; name: string }[];
    funds: { id: string }[];
  }>(request, '{ organisations { id name } funds { id } }', {}, vestby);
  const orgId = (name: string) => organisations.find((organisation) => organisation.name === name)?.id;
  for (const [name, role] of [
    [users.jobvejen.organisation, 'PROVIDER'],
    [nordisk.organisation, 'INVESTOR'],
  ] as const) {
    await graphql(
      request,
      'mutation ($p: ID!, $o: ID!, $r: PartnershipRole!) { addMember(partnershipId: $p, organisationId: $o, role: $r) { id } }',
      { p: id, o: orgId(name), r: role },
      vestby,
    );
  }
  const terms = {
    startDate: '2026-01-01',
    endDate: '2027-12-31',
    paymentCap: '1000000.00',
    metrics: [
      {
        key: 'in-work',
        name: 'Unge i arbejde',
        definition: 'Antal unge i arbejde i seks måneder.',
        unit: 'unge',
        verifier: 'COMMISSIONER',
        rule: 'PER_OUTCOME',
        price: '20000.00',
      },
    ],
    tranches: [
      {
        organisationId: orgId(users.vestby.organisation),
        fundId: funds[0]?.id,
        kind: 'INVESTMENT',
        seniority: 1,
        commitment: '500000.00',
        premiumRate: '0.03',
      },
      {
        organisationId: orgId(nordisk.organisation),
        kind: 'INVESTMENT',
        seniority: 1,
        commitment: '500000.00',
        premiumRate: '0.05',
      },
    ],
  };
  const { proposeTerms } = await graphql<{ proposeTerms: { id: string; contentHash: string } }>(
    request,
    'mutation ($p: ID!, $t: TermsInput!) { proposeTerms(partnershipId: $p, terms: $t) { id contentHash } }',
    { p: id, t: terms },
    vestby,
  );
  for (const email of [users.vestby.email, users.jobvejen.email, nordisk.email]) {
    await graphql(
      request,
      'mutation ($v: ID!, $h: String!) { signTerms(versionId: $v, contentHash: $h) { id } }',
      { v: proposeTerms.id, h: proposeTerms.contentHash },
      await tokenFor(request, email),
    );
  }
  return id;
}

test('an investor disburses, and the commissioner closes the partnership and sees what is written off', async ({
  page,
  request,
  signInAs,
}) => {
  test.setTimeout(90_000);
  const title = `Afsluttes ${Date.now()}`;
  const id = await agreedPartnership(request, title);
  const payments = new PaymentsPage(page);

  await test.step('the investor records a disbursement on its tranche', async () => {
    const token = await tokenFor(request, nordisk.email);
    await page.goto('/login');
    await page.evaluate((value) => window.localStorage.setItem('effekt.token', value), token);
    await payments.goto(id);
    const tranche = page.getByRole('region', { name: nordisk.organisation });
    const amount = tranche.getByRole('textbox', { name: /^Beløb/ });
    const submit = tranche.getByRole('button', { name: 'Registrér udbetaling' });
    await amount.fill('600000');
    await submit.click();
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    await amount.fill('200000,50');
    await submit.click();
    await expect(tranche.getByRole('status')).toContainText('Udbetalingen på 200.000,50 kr.');
    await expect(tranche.getByRole('table', { name: 'Udbetalinger' })).toContainText('200.000,50 kr.');
  });

  await test.step('the commissioner closes it as failed, after a confirmation', async () => {
    await signInAs(users.vestby);
    await payments.goto(id);
    const close = page.getByRole('region', { name: 'Afslut partnerskabet' });
    await close.getByRole('button', { name: 'Afslut partnerskabet …' }).click();
    await expect(close.getByText('Vælg, hvordan partnerskabet endte.')).toBeVisible();
    await close.getByRole('radio', { name: /^Mislykkedes/ }).check();
    await close.getByRole('button', { name: 'Afslut partnerskabet …' }).click();
    const confirmTitle = close.getByRole('heading', { name: 'Afslut partnerskabet som “Mislykkedes”?' });
    await expect(confirmTitle).toBeFocused();
    await expect(close).toContainText('Udestående hovedstol, der afskrives: 200.000,50 kr.');
    await page.screenshot({ path: artifact('delivery-close-confirm.png'), fullPage: true });
    await close.getByRole('button', { name: 'Ja, afslut partnerskabet' }).click();

    await expect(page.locator('main [role="status"].notice')).toContainText(
      'Partnerskabet er afsluttet som “Mislykkedes”.',
    );
    await expect(page.locator('.page-header .badge')).toHaveText('Afsluttet');
    const writtenOff = page.getByRole('table', { name: 'Afskrevet pr. tranche' });
    const row = writtenOff.locator('tbody tr').filter({ hasText: nordisk.organisation });
    await expect(row.locator('td').last()).toHaveText('200.000,50 kr.');
    await expect(writtenOff.locator('tfoot')).toContainText('200.000,50 kr.');
    await expect(payments.calculateButton).toHaveCount(0);

    await page.screenshot({ path: artifact('delivery-closed.png'), fullPage: true });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking.map((v) => v.id)).toEqual([]);
  });
});
