import { expect, test } from './fixtures.js';
import { LoginPage } from './pages/LoginPage.js';

test('the browser gets the built scripts Brotli-compressed and cacheable for good', async ({ page }) => {
  const scripts = new Map<string, Record<string, string>>();
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.startsWith('/assets/') && pathname.endsWith('.js'))
      scripts.set(pathname, response.headers());
  });
  const login = new LoginPage(page);
  await login.goto();
  await expect(login.heading).toHaveText('Log ind');

  // The app and the libraries every page needs; a script under 1 KB is not worth compressing.
  const initial = [...scripts.keys()].filter((path) => /\/assets\/(index|vendor)-[\w-]+\.js$/.test(path));
  expect(initial).toHaveLength(2);
  for (const path of initial) expect(scripts.get(path)?.['content-encoding'], path).toBe('br');
  for (const [path, headers] of scripts)
    expect(headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
});
