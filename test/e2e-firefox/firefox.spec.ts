/**
 * Firefox smoke test. Playwright cannot drive stock Firefox, so this spec uses puppeteer-core over
 * WebDriver BiDi with Debian's firefox-esr (recipe: shared toolchain notes). It checks the built
 * Firefox variant end to end: the content script marks a typed code (in its closed overlay, read
 * from the extension's side), and the sidebar page lists it.
 */
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { TimeoutError, type Browser, type Page } from 'puppeteer-core';
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

/**
 * Whether ChartLint's overlay in that tab shows `selector`. The overlay's shadow root is closed, so
 * the page's world (where puppeteer evaluates) sees `shadowRoot === null`; an extension page asks
 * `scripting.executeScript`, whose function runs in the content scripts' sandbox, where Firefox
 * gives extensions `element.openOrClosedShadowRoot`.
 */
async function overlayShows(extensionPage: Page, tabId: number, selector: string): Promise<boolean> {
  return extensionPage.evaluate(
    async (id: number, wanted: string) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const [result] = await api.scripting.executeScript({
        target: { tabId: id },
        args: [wanted],
        func: (css: string) => {
          const host = document.querySelector<Element & { openOrClosedShadowRoot?: ShadowRoot | null }>(
            '[data-chartlint]',
          );
          return host?.openOrClosedShadowRoot?.querySelector(css) != null;
        },
      });
      return result?.result === true;
    },
    tabId,
    selector,
  );
}

/** The tab id ChartLint recorded for `url` (read by an extension page from storage.session). */
async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.waitForFunction(
    async (wanted: string) => {
      const all: Record<string, { url?: string; tabId?: number }> = await (
        globalThis as unknown as { browser: typeof chrome }
      ).browser.storage.session.get(null);
      return Object.entries(all).find(([key, v]) => key.startsWith('tab/') && v.url === wanted)?.[1].tabId;
    },
    { timeout: 15_000 },
    url,
  );
  return (await id.jsonValue()) as number;
}

async function waitForOverlay(extensionPage: Page, tabId: number, selector: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await overlayShows(extensionPage, tabId, selector))) {
    if (Date.now() > deadline) throw new Error(`ChartLint's overlay never showed ${selector}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Firefox never resolves navigation to moz-extension:// pages over BiDi, so start it and poll.
 * While the page navigates, Firefox's BiDi agent can fail a poll outright (the realm it evaluated
 * in went away: "right-hand side of 'in' should be an object, got null") instead of answering; such
 * a failure polls again. A fresh tab sometimes never starts that navigation at all (twice in
 * full-suite runs: the tab stayed on about:blank for 15 s, then 30 s), so a page that has not
 * arrived is sent there again every few seconds. Only the overall deadline fails the test.
 */
async function openExtensionPage(page: Page, path: string): Promise<void> {
  const url = `moz-extension://${UUID}/${path}`;
  // Generous: under load (the whole suite on a busy 2-core machine) Firefox took over 15 s once.
  const deadline = Date.now() + 30_000;
  for (;;) {
    void page.goto(url, { timeout: 0 }).catch(() => undefined);
    const againAt = Math.min(deadline, Date.now() + 8_000);
    for (;;) {
      try {
        await page.waitForFunction(
          (wanted: string) => location.href.endsWith(wanted) && document.readyState === 'complete',
          { timeout: Math.max(1, againAt - Date.now()) },
          path,
        );
        return;
      } catch (error) {
        if (Date.now() >= deadline) throw error;
        if (error instanceof TimeoutError || Date.now() >= againAt) break;
      }
    }
  }
}

test('in Firefox, a typed code is marked inline and listed in the sidebar page', async () => {
  // Two extension pages opened and two waits for the overlay: more than the default 45 s under load.
  test.setTimeout(120_000);
  const demo = await browser.newPage();
  await demo.goto(`${server.url}/`);
  await demo.type('#dx-search', 'M99.61', { delay: 20 });

  const panel = await browser.newPage();
  await openExtensionPage(panel, 'src/ui/side-panel/index.html');
  const tabId = await tabIdOf(panel, demo.url());
  // The marker lives in our overlay's closed shadow root: seen from the extension's sandbox…
  await waitForOverlay(panel, tabId, '.badge[data-code~="M99.61"]');
  // …and not from the page.
  expect(await demo.evaluate(() => document.querySelector('[data-chartlint]')?.shadowRoot)).toBeNull();
  expect(await demo.evaluate(() => document.querySelector('[data-chartlint]') != null)).toBe(true);
  await openExtensionPage(panel, `src/ui/side-panel/index.html?tabId=${String(tabId)}`);
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
  const extension = await browser.newPage();
  await openExtensionPage(extension, 'src/ui/options/index.html');
  await waitForOverlay(extension, await tabIdOf(extension, page.url()), '.badge[data-code~="M99.60"]');
  await extension.close();
  await page.close();
});
