import { test as base, expect } from '@playwright/test';
import { signInWithToken, tokenFor } from './support/api.js';
import type { DemoUser } from './support/users.js';

interface Fixtures {
  /** Signs the page in as a demo user through the API and returns the token. */
  signInAs(user: DemoUser): Promise<string>;
}

export const test = base.extend<Fixtures>({
  signInAs: async ({ page, request }, use) => {
    await use(async (user) => {
      const token = await tokenFor(request, user.email);
      await signInWithToken(page, token);
      return token;
    });
  },
});

export { expect };
