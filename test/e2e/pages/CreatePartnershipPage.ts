import type { Locator, Page } from '@playwright/test';

export class CreatePartnershipPage {
  readonly heading: Locator;
  readonly title: Locator;
  readonly challenge: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.title = page.getByRole('textbox', { name: /^(Titel|Title)/ });
    this.challenge = page.getByRole('textbox', { name: /^(Udfordring|Challenge)/ });
    this.submit = page.getByRole('button', { name: /^(Opret partnerskab|Create partnership)$/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/partnerships/new');
  }

  async create(title: string, challenge: string): Promise<void> {
    await this.title.fill(title);
    await this.challenge.fill(challenge);
    await this.submit.click();
  }

  /** The error text tied to a field through aria-describedby. */
  async errorOf(field: Locator): Promise<string> {
    const ids = (await field.getAttribute('aria-describedby')) ?? '';
    const errorId = ids.split(' ').find((id) => id.endsWith('-error'));
    if (!errorId) return '';
    return (await this.page.locator(`[id="${errorId}"]`).textContent()) ?? '';
  }
}
