import type { Locator, Page } from '@playwright/test';
import { AppHeader } from './AppHeader.js';

export class PartnershipListPage {
  readonly header: AppHeader;
  readonly heading: Locator;
  readonly statusFilter: Locator;
  readonly count: Locator;
  readonly list: Locator;
  readonly cards: Locator;
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    this.header = new AppHeader(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.statusFilter = page.getByRole('combobox', { name: 'Status' });
    this.count = page.locator('.toolbar [role="status"]');
    this.list = page.getByRole('list', { name: /^(Partnerskaber|Partnerships)$/ });
    this.cards = this.list.getByRole('article');
    this.emptyState = page.locator('.empty-state');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
  }

  /** Titles of the listed partnerships, once the list (or its empty state) has rendered. */
  async titles(): Promise<string[]> {
    await this.list.or(this.emptyState).waitFor();
    return this.cards.getByRole('heading', { level: 2 }).allTextContents();
  }

  card(title: string): Locator {
    return this.cards.filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  async filterByStatus(label: string): Promise<void> {
    await this.statusFilter.selectOption({ label });
  }

  async open(title: string): Promise<void> {
    await this.page.getByRole('link', { name: title, exact: true }).click();
  }
}
