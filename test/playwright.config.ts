import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const port = 4173;
const baseURL = `http://127.0.0.1:${port}`;

const required = ['apps/api/dist/main.js', 'apps/web/dist/index.html', 'packages/engine/dist/index.js'];
const missing = required.filter((file) => !existsSync(path.join(root, file)));
if (missing.length > 0) {
  throw new Error(
    `Build before the browser tests (missing ${missing.join(', ')}): ` +
      'pnpm --filter @effekt/engine build && pnpm --filter @effekt/web build && pnpm --filter @effekt/api build',
  );
}

// A fresh embedded PostgreSQL per run. Its parent folders must be enterable by the OS user
// `postgres`, hence 755. The config is loaded again in every worker: the env variable keeps
// one folder per run.
const testDataRoot = path.join(root, '.test-data');
mkdirSync(testDataRoot, { recursive: true, mode: 0o755 });
chmodSync(testDataRoot, 0o755);
if (!process.env.EFFEKT_E2E_DATA_DIR) {
  pruneOldRuns(testDataRoot);
  process.env.EFFEKT_E2E_DATA_DIR = path.join(testDataRoot, `e2e-${Date.now()}`);
}
// Without DATABASE_URL the API starts the embedded database and loads the demo data.
delete process.env.DATABASE_URL;

/** Removes databases of earlier runs (over two hours old, so a run still going is left alone). */
function pruneOldRuns(dir: string): void {
  const cutoff = Date.now() - 2 * 60 * 60 * 1000;
  for (const name of readdirSync(dir)) {
    const runDir = path.join(dir, name);
    if (name.startsWith('e2e-') && statSync(runDir).mtimeMs < cutoff) {
      rmSync(runDir, { recursive: true, force: true });
    }
  }
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 3,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    // Tests that expect the demo data exactly as loaded run first…
    { name: 'demo-state', testIgnore: [/\.write\.spec\.ts$/, /\/terms\.spec\.ts$/] },
    // …then the tests that add partnerships and members to it…
    { name: 'writes', testMatch: /\.write\.spec\.ts$/, dependencies: ['demo-state'] },
    // …and last the contract tests, which agree terms and so change what every member sees.
    { name: 'contracts', testMatch: /\/terms\.spec\.ts$/, dependencies: ['writes'] },
  ],
  webServer: {
    command: 'node ../apps/api/dist/main.js',
    cwd: here,
    url: `${baseURL}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      // As `pnpm start` runs it.
      NODE_ENV: 'production',
      PORT: String(port),
      EFFEKT_DATA_DIR: process.env.EFFEKT_E2E_DATA_DIR,
      EFFEKT_WEB_DIR: path.join(root, 'apps/web/dist'),
      LOG_LEVEL: 'warn',
    },
  },
});
