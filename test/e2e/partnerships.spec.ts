import { expect, test } from './fixtures.js';
import { PartnershipListPage } from './pages/PartnershipListPage.js';
import { PartnershipPage } from './pages/PartnershipPage.js';
import { partnershipIdByTitle, tokenFor } from './support/api.js';
import { demoPartnerships, users } from './support/users.js';

test('a member opens a partnership and sees its status, role and members', async ({ page, signInAs }) => {
  await signInAs(users.askov);
  const list = new PartnershipListPage(page);
  await list.goto();
  await expect(list.card(demoPartnerships.aarhus)).toContainText('Aktiv');
  await expect(list.card(demoPartnerships.aarhus)).toContainText('Leverandør');
  await list.open(demoPartnerships.aarhus);

  const partnership = new PartnershipPage(page);
  await expect(partnership.heading).toHaveText(demoPartnerships.aarhus);
  await expect(partnership.heading).toBeFocused();
  await expect(partnership.fact('Status')).toHaveText('Aktiv');
  await expect(partnership.fact('Kommune')).toHaveText('Aarhus Kommune');
  await expect(partnership.fact('Jeres rolle')).toHaveText('Leverandør');
  await expect(partnership.fact('Udfordring')).not.toBeEmpty();

  expect(await partnership.memberNames()).toEqual([
    'Aarhus Kommune',
    'AskovFonden',
    'Den Sociale Kapitalfond',
    'Trivselsfonden',
    'Evalueringsinstituttet',
  ]);
  const [name, kind, role, joined] = await partnership.memberRow('Aarhus Kommune');
  expect([name, kind, role]).toEqual(['Aarhus Kommune', 'Kommune', 'Ordregiver']);
  expect(joined).toMatch(/^\d{1,2}\. \p{L}+ \d{4}$/u);
  expect((await partnership.memberRow('Trivselsfonden')).slice(1, 3)).toEqual(['Fond', 'Fond']);
  expect((await partnership.memberRow('Evalueringsinstituttet')).slice(1, 3)).toEqual([
    'Evaluator',
    'Evaluator',
  ]);

  await expect(partnership.addMemberSection).toHaveCount(0);
});

test('the list filters by status and says when nothing matches', async ({ page, signInAs }) => {
  await signInAs(users.vestby);
  const list = new PartnershipListPage(page);
  await list.goto();
  expect(await list.titles()).toEqual([demoPartnerships.vestby]);
  await expect(list.count).toHaveText('1 partnerskab');

  await list.filterByStatus('Afsluttet');
  await expect(page).toHaveURL('/?status=CLOSED');
  await expect(list.emptyState).toContainText('Ingen partnerskaber med status “Afsluttet”.');

  await list.filterByStatus('Aktiv');
  await expect(page).toHaveURL('/?status=ACTIVE');
  expect(await list.titles()).toEqual([demoPartnerships.vestby]);

  await list.filterByStatus('Alle');
  await expect(page).toHaveURL('/');
});

test('a partnership of another municipality is simply not found', async ({ page, request, signInAs }) => {
  const aarhusToken = await tokenFor(request, users.aarhus.email);
  const foreignId = await partnershipIdByTitle(request, aarhusToken, demoPartnerships.aarhus);
  await signInAs(users.jobvejen);

  const partnership = new PartnershipPage(page);
  await partnership.goto(foreignId);
  await expect(partnership.heading).toHaveText('Partnerskabet blev ikke fundet');
  await expect(page.getByText(demoPartnerships.aarhus)).toHaveCount(0);

  await partnership.goto('00000000-0000-4000-8000-000000000000');
  await expect(partnership.heading).toHaveText('Partnerskabet blev ikke fundet');
  await page.getByRole('link', { name: 'Tilbage til partnerskaber' }).click();
  await expect(page).toHaveURL('/');
});

test('an unknown address shows a page-not-found page inside the app', async ({ page, signInAs }) => {
  await signInAs(users.aarhus);
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siden findes ikke');
});
