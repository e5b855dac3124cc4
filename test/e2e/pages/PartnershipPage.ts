import type { Locator, Page } from '@playwright/test';
import { AppHeader } from './AppHeader.js';

export class PartnershipPage {
  readonly header: AppHeader;
  readonly heading: Locator;
  readonly overview: Locator;
  readonly memberTable: Locator;
  readonly memberRows: Locator;
  readonly addMemberSection: Locator;
  readonly organisationSelect: Locator;
  readonly roleSelect: Locator;
  readonly addMemberButton: Locator;
  readonly statusMessages: Locator;

  constructor(readonly page: Page) {
    this.header = new AppHeader(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.overview = page.getByRole('region', { name: /^(Overblik|Overview)$/ });
    this.memberTable = page.getByRole('table', { name: /^(Medlemmer|Members)$/ });
    this.memberRows = this.memberTable.locator('tbody tr');
    this.addMemberSection = page.getByRole('region', { name: /^(Tilføj medlem|Add member)$/ });
    this.organisationSelect = this.addMemberSection.getByRole('combobox', { name: /^(Organisation)/ });
    this.roleSelect = this.addMemberSection.getByRole('combobox', { name: /^(Rolle|Role)/ });
    this.addMemberButton = this.addMemberSection.getByRole('button', {
      name: /^(Tilføj medlem|Add member)$/,
    });
    this.statusMessages = page.getByRole('status');
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/partnerships/${encodeURIComponent(id)}`);
  }

  /** A fact from the overview, e.g. fact('Status'). */
  fact(term: string): Locator {
    return this.overview
      .locator('dl > div')
      .filter({ has: this.page.locator('dt', { hasText: term }) })
      .locator('dd');
  }

  /** The member row of an organisation, as [organisation, kind, role, joined]. */
  async memberRow(organisation: string): Promise<string[]> {
    const row = this.memberRows.filter({
      has: this.page.getByRole('rowheader', { name: organisation, exact: true }),
    });
    return row.locator('th, td').allTextContents();
  }

  async memberNames(): Promise<string[]> {
    return this.memberRows.getByRole('rowheader').allTextContents();
  }

  async addMember(organisation: string, role?: string): Promise<void> {
    await this.organisationSelect.selectOption({ label: organisation });
    if (role) await this.roleSelect.selectOption({ label: role });
    await this.addMemberButton.click();
  }
}
