import type { Locator, Page } from '@playwright/test';

export class VersionPage {
  readonly heading: Locator;
  readonly summary: Locator;
  readonly status: Locator;
  readonly signatures: Locator;
  readonly signatureRows: Locator;
  readonly missing: Locator;
  readonly signButton: Locator;
  readonly hash: Locator;
  readonly metricsTable: Locator;
  readonly tranchesTable: Locator;
  readonly statusMessages: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.summary = page.getByRole('region', { name: /^(Overblik|Summary)$/ });
    this.status = page.locator('.page-header .badge');
    this.signatures = page.getByRole('region', { name: /^(Underskrifter|Signatures)$/ });
    this.signatureRows = this.signatures.getByRole('table').locator('tbody tr');
    this.missing = this.signatures.getByRole('list', {
      name: /^(Mangler underskrift fra|Signature missing from)$/,
    });
    this.signButton = page.getByRole('button', { name: /^(Underskriv|Sign)$/ });
    this.hash = page.locator('#version-hash');
    this.metricsTable = page.getByRole('table', { name: /^(Effektmål|Outcome metrics)$/ });
    this.tranchesTable = page.getByRole('table', { name: /^(Kapitalstruktur|Capital structure)$/ });
    this.statusMessages = page.getByRole('status');
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(path);
  }

  /** A fact from the summary, e.g. fact('Betalingsloft'). */
  fact(term: string): Locator {
    return this.summary
      .locator('dl > div')
      .filter({ has: this.page.locator('dt', { hasText: term }) })
      .locator('dd');
  }

  async missingNames(): Promise<string[]> {
    if ((await this.missing.count()) === 0) return [];
    return this.missing.getByRole('listitem').allInnerTexts();
  }

  async signedNames(): Promise<string[]> {
    return this.signatureRows.getByRole('rowheader').allInnerTexts();
  }
}
