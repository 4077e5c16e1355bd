import { defineConfig } from '@playwright/test';

// Browser tests drive Debian's Chromium with the built extension (test/e2e/fixtures.ts).
// One worker: each test launches its own browser, and the machines have two cores.
export default defineConfig({
  testMatch: '**/*.spec.ts',
  projects: [
    { name: 'chromium', testDir: 'test/e2e' },
    // Stock Firefox through puppeteer-core (Playwright only drives its own patched Firefox).
    { name: 'firefox', testDir: 'test/e2e-firefox' },
  ],
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  outputDir: 'test-results/playwright',
});
