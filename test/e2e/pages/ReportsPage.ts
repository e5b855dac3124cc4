import type { Locator, Page } from '@playwright/test';
import { AppHeader } from './AppHeader.js';

export interface OpenPeriod {
  readonly start: string;
  readonly end: string;
}

/** A partnership's Rapporter tab: quarter table, report form, all reports, reports to review. */
export class ReportsPage {
  readonly header: AppHeader;
  readonly heading: Locator;
  readonly tabs: Locator;
  readonly quarterTable: Locator;
  readonly form: Locator;
  readonly metric: Locator;
  readonly periodStart: Locator;
  readonly periodEnd: Locator;
  readonly value: Locator;
  readonly note: Locator;
  readonly submit: Locator;
  readonly reportTable: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.header = new AppHeader(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.tabs = page.getByRole('navigation', { name: /^(Partnerskabet|Partnership)$/ });
    this.quarterTable = page.getByRole('table', {
      name: /^(Rapportering pr\. kvartal|Reporting by quarter)$/,
    });
    this.form = page.getByRole('region', { name: /^(Indsend rapport|Indsend rapporten igen|Submit)/ });
    this.metric = this.form.getByRole('combobox', { name: /^(Effektmål|Metric)/ });
    this.periodStart = this.form.getByLabel(/^(Periodens start|Period start)/);
    this.periodEnd = this.form.getByLabel(/^(Periodens slutning|Period end)/);
    this.value = this.form.getByRole('textbox', { name: /^(Værdi|Value)/ });
    this.note = this.form.getByRole('textbox', { name: /^(Bemærkning|Note)/ });
    this.submit = this.form.getByRole('button', { name: /^(Indsend rapport|Submit report)$/ });
    this.reportTable = page.getByRole('table', { name: /^(Alle rapporter|All reports)$/ });
    this.status = page.locator('main [role="status"].notice');
  }

  async goto(partnershipId: string): Promise<void> {
    await this.page.goto(`/partnerships/${encodeURIComponent(partnershipId)}/reports`);
  }

  /** The quarter rows whose cell for the metric offers to report (nothing live reported yet). */
  openRows(metricKey: string): Locator {
    return this.quarterTable
      .locator('tbody tr')
      .filter({ has: this.page.locator(`td[data-metric="${metricKey}"] button`) });
  }

  /**
   * Opens the form for the first quarter of the metric that has no live report: from its button
   * when the quarter is due or running, else (a database where earlier runs used those up) by
   * filling metric and period of the first later quarter by hand. Returns the period.
   */
  async reportFirstOpenQuarter(metricKey: string): Promise<OpenPeriod> {
    const withButton = this.openRows(metricKey);
    if ((await withButton.count()) > 0) {
      const row = withButton.first();
      const period = await this.periodOf(row);
      await row.locator(`td[data-metric="${metricKey}"] button`).click();
      return period;
    }
    const later = this.quarterTable
      .locator('tbody tr')
      .filter({ has: this.page.locator(`td[data-metric="${metricKey}"][data-state="UPCOMING"]`) })
      .first();
    const period = await this.periodOf(later);
    await this.metric.selectOption(metricKey);
    await this.periodStart.fill(period.start);
    await this.periodEnd.fill(period.end);
    await this.value.focus();
    return period;
  }

  private async periodOf(row: Locator): Promise<OpenPeriod> {
    return {
      start: (await row.getAttribute('data-period-start')) ?? '',
      end: (await row.getAttribute('data-period-end')) ?? '',
    };
  }

  /** The state a metric's cell shows for the quarter starting on `start` (MISSING, SUBMITTED, …). */
  cellState(metricKey: string, start: string): Locator {
    return this.quarterTable.locator(`tr[data-period-start="${start}"] td[data-metric="${metricKey}"]`);
  }

  /** The error text tied to a field through aria-describedby. */
  async errorOf(field: Locator): Promise<string> {
    const ids = (await field.getAttribute('aria-describedby')) ?? '';
    const errorId = ids.split(' ').find((id) => id.endsWith('-error'));
    if (!errorId) return '';
    return (await this.page.locator(`[id="${errorId}"]`).textContent()) ?? '';
  }
}
