import type { Locator, Page } from '@playwright/test';
import { AppHeader } from './AppHeader.js';

/** "Til godkendelse": reports awaiting the viewer's review across partnerships. */
export class ReviewInboxPage {
  readonly header: AppHeader;
  readonly heading: Locator;
  readonly cards: Locator;
  readonly status: Locator;
  readonly navLink: Locator;

  constructor(readonly page: Page) {
    this.header = new AppHeader(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.cards = page.locator('main article.review-card');
    this.status = page.locator('main [role="status"].notice');
    this.navLink = this.header.nav.getByRole('link', { name: /^(Til godkendelse|To review)$/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/reviews');
  }

  /** The card of a report, found by the texts it shows (metric name, value, partnership). */
  card(...texts: string[]): Locator {
    let cards = this.cards;
    for (const text of texts) cards = cards.filter({ hasText: text });
    return cards;
  }

  comment(card: Locator): Locator {
    return card.getByRole('textbox', { name: /^(Bemærkning eller begrundelse|Note or reason)/ });
  }

  verifyButton(card: Locator): Locator {
    return card.getByRole('button', { name: /^(Verificér|Verify)$/ });
  }

  rejectButton(card: Locator): Locator {
    return card.getByRole('button', { name: /^(Afvis|Reject)$/ });
  }
}
