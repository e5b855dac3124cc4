import type { Download, Locator, Page } from '@playwright/test';
import { AppHeader } from './AppHeader.js';

export type PortfolioFact =
  | 'committed'
  | 'disbursed'
  | 'principalRepaid'
  | 'premiumReceived'
  | 'outstanding'
  | 'atRisk'
  | 'writtenOff';

/** "Portefølje": totals, a line per partnership, charts and exports. */
export class PortfolioPage {
  readonly header: AppHeader;
  readonly heading: Locator;
  readonly linesTable: Locator;
  readonly csvButton: Locator;
  readonly xlsxButton: Locator;
  readonly navLink: Locator;

  constructor(readonly page: Page) {
    this.header = new AppHeader(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.linesTable = page.getByRole('table', { name: /^(Pr\. partnerskab|By partnership)$/ });
    this.csvButton = page.getByRole('button', { name: 'CSV', exact: true });
    this.xlsxButton = page.getByRole('button', { name: /^Excel \(XLSX\)$/ });
    this.navLink = this.header.nav.getByRole('link', { name: /^(Portefølje|Portfolio)$/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/portfolio');
  }

  /** A total at the top, e.g. fact('principalRepaid'). */
  fact(name: PortfolioFact): Locator {
    return this.page.locator(`.money-facts [data-fact="${name}"] dd`);
  }

  line(partnershipTitle: string): Locator {
    return this.linesTable.locator(`tbody tr[data-partnership="${partnershipTitle}"]`);
  }

  async download(button: Locator): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return download;
  }
}
