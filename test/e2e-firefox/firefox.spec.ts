/**
 * Firefox smoke test. Playwright cannot drive stock Firefox, so this spec uses puppeteer-core over
 * WebDriver BiDi with Debian's firefox-esr (recipe: shared toolchain notes). It checks the built
 * Firefox variant end to end: the content script marks a typed code, and the sidebar page lists it.
 */
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/derive-manifest';
import { startServer, type RunningServer } from '../../scripts/lib/serve';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const DIST = resolve(process.env.CHARTLINT_FIREFOX_DIST ?? 'dist-firefox');
/** A fixed moz-extension:// host, so the test can open the extension's pages. */
const UUID = '5a1c7e0e-9d7b-4a51-8a38-3c2a0e6b1c11';

test.skip(!existsSync(FIREFOX), `Firefox not found at ${FIREFOX} (Debian: apt-get install firefox-esr)`);

let browser: Browser;
let server: RunningServer;

test.beforeAll(async () => {
  if (!existsSync(resolve(DIST, 'manifest.json')))
    throw new Error(`No Firefox build in ${DIST}: run \`npm run build\`.`);
  server = await startServer();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // No network here: fail fast instead of waiting on remote settings.
      'services.settings.server': 'http://127.0.0.1:9/',
    },
  });
  await browser.installExtension(DIST);
});

test.afterAll(async () => {
  await browser.close();
  await server.close();
});

/** Firefox never resolves navigation to moz-extension:// pages over BiDi, so start it and poll. */
async function openExtensionPage(page: Page, path: string): Promise<void> {
  void page.goto(`moz-extension://${UUID}/${path}`, { timeout: 0 }).catch(() => undefined);
  await page.waitForFunction(
    (wanted: string) => location.href.endsWith(wanted) && document.readyState === 'complete',
    { timeout: 15_000 },
    path,
  );
}

test('in Firefox, a typed code is marked inline and listed in the sidebar page', async () => {
  const demo = await browser.newPage();
  await demo.goto(`${server.url}/`);
  await demo.type('#dx-search', 'M99.61', { delay: 20 });
  // The marker lives in our overlay's open shadow root.
  await demo.waitForFunction(
    () =>
      document.querySelector('[data-chartlint]')?.shadowRoot?.querySelector('[data-code~="M99.61"]') != null,
    { timeout: 15_000 },
  );

  const panel = await browser.newPage();
  await openExtensionPage(panel, 'src/ui/side-panel/index.html');
  const demoUrl = demo.url();
  const tabId = await panel.waitForFunction(
    async (url: string) => {
      const all: Record<string, { url?: string; tabId?: number }> = await (
        globalThis as unknown as { browser: typeof chrome }
      ).browser.storage.session.get(null);
      return Object.entries(all).find(([key, v]) => key.startsWith('tab/') && v.url === url)?.[1].tabId;
    },
    { timeout: 15_000 },
    demoUrl,
  );
  await openExtensionPage(panel, `src/ui/side-panel/index.html?tabId=${String(await tabId.jsonValue())}`);
  await panel.waitForSelector('[data-code="M99.61"]', { timeout: 15_000 });
  expect(await panel.$eval('[data-code="M99.61"]', (el) => el.textContent)).toContain('M99.61');
});

test('in Firefox, a React pills picker that keeps only the title gets a badge for the chosen code', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/fixtures/fhir-picker.html`);
  await page.waitForSelector('input[aria-label="Find a diagnosis"]');
  await page.type('input[aria-label="Find a diagnosis"]', 'm9960');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  // The app dropped its input; the pill shows the title only and the code stays in React state.
  await page.waitForFunction(() => document.querySelector('#dx-state')?.textContent === 'M99.60');
  expect(await page.$('input[aria-label="Find a diagnosis"]')).toBeNull();
  await page.waitForFunction(
    () =>
      document.querySelector('[data-chartlint]')?.shadowRoot?.querySelector('.badge[data-code~="M99.60"]') !=
      null,
    { timeout: 20_000 },
  );
  await page.close();
});
