import type { Locator, Page } from '@playwright/test';
import { demoPassword } from '../support/users.js';

export class LoginPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.email = page.getByLabel(/^(E-mail|Email)/);
    this.password = page.getByLabel(/^(Adgangskode|Password)/);
    this.submit = page.getByRole('button', { name: /^(Log ind|Sign in)$/ });
    this.error = page.getByRole('alert');
    this.notice = page.locator('.auth-card [role="status"]');
  }

  async goto(): Promise<void> {
    await this.page.goto('/login');
  }

  async signIn(email: string, password: string = demoPassword): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}
