import type { Locator, Page } from '@playwright/test';

/** A text input, select or textarea by the start of its label ("Nøgle (skal udfyldes)" → "Nøgle"). */
function control(scope: Locator | Page, label: string): Locator {
  const name = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  return scope.getByRole('textbox', { name }).or(scope.getByRole('combobox', { name }));
}

/** One metric or tranche of the editor: a fieldset named by its legend ("Effektmål 1", "Tranche 2"). */
export class TermsRow {
  constructor(readonly root: Locator) {}

  field(label: string): Locator {
    return control(this.root, label);
  }

  async fill(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  async choose(label: string, option: string): Promise<void> {
    await this.root.getByRole('combobox', { name: new RegExp(`^${label}`) }).selectOption({ label: option });
  }
}

export class TermsEditorPage {
  readonly heading: Locator;
  readonly form: Locator;
  readonly startDate: Locator;
  readonly endDate: Locator;
  readonly paymentCap: Locator;
  readonly addMetricButton: Locator;
  readonly addTrancheButton: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;
  readonly preview: Locator;
  readonly previewTotal: Locator;
  readonly sharesTable: Locator;
  readonly linesTable: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.form = page.getByRole('form');
    this.startDate = page.getByLabel(/^(Startdato|Start date)/);
    this.endDate = page.getByLabel(/^(Slutdato|End date)/);
    this.paymentCap = page.getByRole('textbox', { name: /^(Betalingsloft|Payment cap)/ });
    this.addMetricButton = page.getByRole('button', { name: /(Tilføj effektmål|Add metric)$/ });
    this.addTrancheButton = page.getByRole('button', { name: /(Tilføj tranche|Add tranche)$/ });
    this.submit = page.getByRole('button', { name: /^(Foreslå vilkår|Propose terms)$/ });
    this.errorSummary = page.locator('#terms-error-summary');
    this.preview = page.getByRole('complementary', {
      name: /^(Hvad ville blive udbetalt\?|What would be paid\?)$/,
    });
    this.previewTotal = this.preview.getByTestId('preview-total');
    this.linesTable = this.preview.getByRole('table', { name: /^(Betalingslinjer|Payment lines)$/ });
    this.sharesTable = this.preview.getByRole('table', { name: /^(Fordeling|Distribution)$/ });
  }

  metric(number: number): TermsRow {
    return new TermsRow(
      this.page.getByRole('group', { name: new RegExp(`^(Effektmål|Metric) ${number}\\b`) }),
    );
  }

  tranche(number: number): TermsRow {
    return new TermsRow(this.page.getByRole('group', { name: new RegExp(`^Tranche ${number}\\b`) }));
  }

  /** The preview's example values for a metric, by the metric's name. */
  exampleValues(metricName: string): Locator {
    return this.preview.getByRole('textbox', { name: new RegExp(`^(Værdier for|Values for) ${metricName}`) });
  }

  /** A row of the distribution table as its cells' text. */
  async shareRow(name: string): Promise<string[]> {
    const row = this.sharesTable.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
    return row.locator('th, td').allInnerTexts();
  }

  /** The error text tied to a control through aria-describedby. */
  async errorOf(field: Locator): Promise<string> {
    const ids = (await field.getAttribute('aria-describedby')) ?? '';
    const errorId = ids.split(' ').find((id) => id.endsWith('-error'));
    if (!errorId) return '';
    return (await this.page.locator(`[id="${errorId}"]`).textContent()) ?? '';
  }
}
