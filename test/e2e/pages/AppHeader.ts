import type { Locator, Page } from '@playwright/test';

/** The signed-in header: who, where to go, language, sign out. */
export class AppHeader {
  readonly root: Locator;
  readonly nav: Locator;
  readonly viewer: Locator;
  readonly signOutButton: Locator;
  readonly createPartnershipLink: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('banner');
    this.nav = this.root.getByRole('navigation');
    this.viewer = this.root.locator('.viewer');
    this.signOutButton = this.root.getByRole('button', { name: /^(Log ud|Sign out)$/ });
    this.createPartnershipLink = this.nav.getByRole('link', {
      name: /^(Opret partnerskab|Create partnership)$/,
    });
  }

  languageButton(label: 'Dansk' | 'English'): Locator {
    return this.root.getByRole('button', { name: label, exact: true });
  }

  async switchLanguage(label: 'Dansk' | 'English'): Promise<void> {
    await this.languageButton(label).click();
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
  }
}
