import { expect, test } from './fixtures.js';
import { CreatePartnershipPage } from './pages/CreatePartnershipPage.js';
import { PartnershipListPage } from './pages/PartnershipListPage.js';
import { PartnershipPage } from './pages/PartnershipPage.js';
import { artifact } from './support/artifacts.js';
import { users } from './support/users.js';

test('a municipality creates a partnership and adds its provider', async ({ page, signInAs }) => {
  const title = `Tidlig indsats for unge ${Date.now()}`;
  await signInAs(users.aarhus);
  const list = new PartnershipListPage(page);
  await list.goto();
  await list.header.createPartnershipLink.click();

  const create = new CreatePartnershipPage(page);
  await expect(create.heading).toHaveText('Opret partnerskab');

  // Empty fields are caught in the browser, named, and the first one gets focus.
  await create.submit.click();
  await expect(create.title).toBeFocused();
  expect(await create.errorOf(create.title)).toContain('Skriv en titel.');
  expect(await create.errorOf(create.challenge)).toContain('Beskriv udfordringen.');

  // What only the API knows (here: a title that is too long) comes back on the field it names.
  await create.create('x'.repeat(201), 'Unge uden job eller uddannelse.');
  await expect(create.title).toHaveAttribute('aria-invalid', 'true');
  expect(await create.errorOf(create.title)).toContain('Titlen kan ikke bruges.');
  await expect(create.title).toBeFocused();

  await create.create(title, 'Unge mellem 18 og 25 år uden job eller uddannelse.');
  const partnership = new PartnershipPage(page);
  await expect(partnership.heading).toHaveText(title);
  await expect(page.getByRole('status').filter({ hasText: 'er oprettet' })).toHaveText(
    `Partnerskabet “${title}” er oprettet.`,
  );
  await expect(partnership.fact('Status')).toHaveText('Udkast');
  await expect(partnership.fact('Jeres rolle')).toHaveText('Ordregiver');
  expect(await partnership.memberNames()).toEqual(['Aarhus Kommune']);

  // The role follows the organisation's kind unless the user changes it.
  await partnership.organisationSelect.selectOption({ label: 'AskovFonden' });
  await expect(partnership.roleSelect.locator('option:checked')).toHaveText('Leverandør');
  await partnership.addMemberButton.click();
  await expect(page.getByRole('status').filter({ hasText: 'tilføjet' })).toHaveText(
    'AskovFonden er tilføjet som leverandør.',
  );
  expect(await partnership.memberNames()).toEqual(['Aarhus Kommune', 'AskovFonden']);
  expect((await partnership.memberRow('AskovFonden')).slice(1, 3)).toEqual(['Leverandør', 'Leverandør']);
  await expect(partnership.organisationSelect.getByRole('option', { name: 'AskovFonden' })).toHaveCount(0);

  // Adding without choosing is caught and explained.
  await partnership.addMemberButton.click();
  await expect(partnership.organisationSelect).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Vælg en organisation.')).toBeVisible();

  await partnership.addMember('Trivselsfonden', 'Fond');
  await expect(page.getByRole('status').filter({ hasText: 'tilføjet' })).toHaveText(
    'Trivselsfonden er tilføjet som fond.',
  );

  await page.screenshot({ path: artifact('partnership-draft.png'), fullPage: true });

  // The new draft shows in the list under its status.
  await page.getByRole('link', { name: 'Tilbage til partnerskaber' }).click();
  await list.filterByStatus('Udkast');
  expect(await list.titles()).toEqual([title]);
});

test('a member that is not the commissioner cannot add members', async ({ page, signInAs }) => {
  await signInAs(users.kapitalfond);
  const list = new PartnershipListPage(page);
  await list.goto();
  await list.open('Stop vold i familien');
  const partnership = new PartnershipPage(page);
  await expect(partnership.memberRows).toHaveCount(5);
  await expect(partnership.addMemberSection).toHaveCount(0);
  await expect(list.header.createPartnershipLink).toHaveCount(0);
});
