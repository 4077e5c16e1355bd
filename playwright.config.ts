import { defineConfig } from '@playwright/test';

// Browser tests drive Debian's Chromium with the built extension (test/e2e/fixtures.ts).
// Two workers, one browser each (shared by that worker's tests, reset between them): a test spends
// most of its time waiting on the page (typing delays, debounces), so two keep a 2-core machine
// busy without starving either (three, measured 2026-12-03 on this 2-core machine under the same
// outside load as two: each test took about half as long again and the run was no shorter).
// Tests, not spec files, are the unit of parallelism in Chromium: with whole files, the last long
// file (side-panel.spec.ts, about a minute) left one worker idle for half a minute at the end of
// the run. Nothing in a Chromium spec depends on another test of its file having run: each starts
// from a fresh or reset browser (test/e2e/fixtures.ts). Firefox's spec shares one browser across
// its file (beforeAll), so its tests stay together.
export default defineConfig({
  testMatch: '**/*.spec.ts',
  // Firefox's file first: its one group of tests (about 10 s with the launch) then runs beside the
  // first Chromium tests. Listed second, it was dealt last and ran alone while the other worker,
  // done, sat idle (2026-12-05: slot 0 idle for the last 10 s of a 293 s run).
  projects: [
    // Stock Firefox through puppeteer-core (Playwright only drives its own patched Firefox).
    { name: 'firefox', testDir: 'test/e2e-firefox' },
    { name: 'chromium', testDir: 'test/e2e', fullyParallel: true },
  ],
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  outputDir: 'test-results/playwright',
});
