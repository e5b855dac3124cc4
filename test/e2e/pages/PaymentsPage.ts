import type { Locator, Page } from '@playwright/test';
import { AppHeader } from './AppHeader.js';

/** A partnership's Betalinger tab: summary, calculate, payment list, capital, close. */
export class PaymentsPage {
  readonly header: AppHeader;
  readonly heading: Locator;
  readonly calculateButton: Locator;
  readonly paymentTable: Locator;
  readonly paidToDate: Locator;
  readonly trancheTable: Locator;

  constructor(readonly page: Page) {
    this.header = new AppHeader(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.calculateButton = page.getByRole('button', { name: /^(Beregn betaling|Calculate payment)$/ });
    this.paymentTable = page.getByRole('table', { name: /^(Resultatbetalinger|Outcome payments)$/ });
    this.paidToDate = page.getByTestId('paid-to-date');
    this.trancheTable = page.getByRole('table', { name: /^(Trancher|Tranches)$/ });
  }

  async goto(partnershipId: string): Promise<void> {
    await this.page.goto(`/partnerships/${encodeURIComponent(partnershipId)}/payments`);
  }
}

/** One outcome payment: lines, totals, waterfall, and the commissioner's next step. */
export class PaymentPage {
  readonly heading: Locator;
  readonly statusBadge: Locator;
  readonly linesTable: Locator;
  readonly total: Locator;
  readonly waterfallTable: Locator;
  readonly approveButton: Locator;
  readonly paidOn: Locator;
  readonly markPaidButton: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2, name: /^(Betaling nr\.|Payment no\.) \d+$/ });
    this.statusBadge = page.locator('#payment-title + .badge');
    this.linesTable = page.getByRole('table', { name: /^(Betalingslinjer|Payment lines)$/ });
    this.total = page.getByTestId('payment-total');
    this.waterfallTable = page.getByRole('table', {
      name: /^(Fordeling pr\. tranche|Distribution per tranche)$/,
    });
    this.approveButton = page.getByRole('button', { name: /^(Godkend betaling|Approve payment)$/ });
    this.paidOn = page.getByLabel(/^(Betalingsdato|Payment date)/);
    this.markPaidButton = page.getByRole('button', { name: /^(Markér som betalt|Mark as paid)$/ });
    this.status = page.locator('main [role="status"].notice');
  }

  /** A waterfall row as [tranche, seniority, principal, premium, total]. */
  async waterfallRow(tranche: string): Promise<string[]> {
    const row = this.waterfallTable
      .locator('tbody tr')
      .filter({ has: this.page.getByRole('rowheader', { name: tranche }) });
    return row.locator('th, td').allTextContents();
  }
}
