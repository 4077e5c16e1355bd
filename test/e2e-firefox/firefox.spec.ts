/**
 * Firefox smoke test. Playwright cannot drive stock Firefox, so this spec uses puppeteer-core over
 * WebDriver BiDi with Debian's firefox-esr (recipe: shared toolchain notes). It checks the built
 * Firefox variant end to end: the content script marks a typed code (in its closed overlay, read
 * from the extension's side), and the sidebar page lists it.
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
/** An extension page open for the whole file: it reads storage, asks tabs and opens the other extension pages. */
let launcher: Page;

test.beforeAll(async () => {
  // Launching, installing and a first extension page on a busy machine: more than the default 45 s.
  test.setTimeout(120_000);
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
  launcher = await openFirstExtensionPage('src/ui/options/index.html');
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

/**
 * The tab id ChartLint recorded for `url` (read by an extension page from storage.session). Polled
 * with evaluate, not waitForFunction: Firefox ESR 140 runs a waitForFunction predicate through
 * Function(), which an extension page's CSP blocks.
 */
async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const id = await extensionPage.evaluate(async (wanted: string) => {
      const all: Record<string, { url?: string; tabId?: number }> = await (
        globalThis as unknown as { browser: typeof chrome }
      ).browser.storage.session.get(null);
      return Object.entries(all).find(([key, v]) => key.startsWith('tab/') && v.url === wanted)?.[1].tabId;
    }, url);
    if (id !== undefined) return id;
    if (Date.now() > deadline) throw new Error(`ChartLint recorded no tab for ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function waitForOverlay(extensionPage: Page, tabId: number, selector: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await overlayShows(extensionPage, tabId, selector))) {
    if (Date.now() > deadline) throw new Error(`ChartLint's overlay never showed ${selector}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Polls `check` until it returns a value, through the failures of a context being replaced. */
async function pollUntil<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      // The page navigated under the poll (its realm went away: "right-hand side of 'in' should be
      // an object, got null", or "Execution context was destroyed"): ask the new one next time.
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms`, { cause: lastError });
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Resolves once `page` shows `url`, fully loaded; each look is its own short evaluation. */
function arrived(page: Page, url: string, timeoutMs: number): Promise<true> {
  return pollUntil(`${url} never loaded`, timeoutMs, async () =>
    (await page.evaluate((wanted: string) => location.href === wanted && document.readyState === 'complete', url)) || undefined,
  );
}

/**
 * The first extension page of the browser. Firefox never resolves a navigation to moz-extension://
 * over BiDi, and a puppeteer wait (waitForFunction) spanning that navigation fails outright when the
 * old document's realm goes away ("Waiting failed"), so the page is polled by short evaluations.
 * Sending the same tab there again while it loads (what stop 29 did every 8 s) restarts the load:
 * on a busy machine it never finished within 30 s. A tab that has not even left about:blank after
 * a while is closed and a new one sent instead; a late navigation then lands in a tab nobody reads.
 */
async function openFirstExtensionPage(path: string): Promise<Page> {
  const url = `moz-extension://${UUID}/${path}`;
  for (let attempt = 1; ; attempt++) {
    const page = await browser.newPage();
    void page.goto(url, { timeout: 0 }).catch(() => undefined);
    try {
      // Generous: under load (the whole suite on a busy 2-core machine) Firefox took over 15 s once.
      await arrived(page, url, 30_000);
      return page;
    } catch (error) {
      const where = await page.evaluate(() => location.href).catch(() => 'unknown');
      await page.close().catch(() => undefined);
      // Only a tab that never started the navigation is tried again; a load that began and did not end fails the test.
      if (where !== 'about:blank' || attempt === 2) throw error;
    }
  }
}

type ExtensionApi = typeof chrome & { extension: { getViews(filter: { tabId: number }): Window[] } };
/**
 * Another extension page, opened by the launcher with tabs.create and read by it through
 * extension.getViews (same extension, same process). Puppeteer never learns that a tab reached a
 * moz-extension:// page (its page object still said about:blank, and polling it failed 2 of 8 times
 * under load), so no puppeteer page of that tab is used at all.
 */
async function openExtensionTab(path: string): Promise<number> {
  const url = `moz-extension://${UUID}/${path}`;
  const tabId = await launcher.evaluate(
    async (wanted: string) => (await (globalThis as unknown as { browser: ExtensionApi }).browser.tabs.create({ url: wanted })).id!,
    url,
  );
  await extensionTabShows(tabId, `${url} never loaded`, 30_000, 'html');
  return tabId;
}

/** The text of `selector` in the extension page shown in tab `tabId`, once it is there and loaded. */
function extensionTabShows(tabId: number, what: string, timeoutMs: number, selector: string): Promise<string> {
  return pollUntil(what, timeoutMs, () =>
    launcher.evaluate(
      (id: number, css: string) => {
        // (Runs in the launcher: only what is written inside this function exists there.)
        const view = (globalThis as unknown as { browser: ExtensionApi }).browser.extension.getViews({ tabId: id })[0];
        if (view?.document.readyState !== 'complete') return undefined;
        return view.document.querySelector(css)?.textContent ?? undefined;
      },
      tabId,
      selector,
    ),
  );
}

test('in Firefox, a typed code is marked inline and listed in the sidebar page', async () => {
  // Two waits for the overlay and an extension page opened: more than the default 45 s under load.
  test.setTimeout(120_000);
  const demo = await browser.newPage();
  await demo.goto(`${server.url}/`);
  await demo.type('#dx-search', 'M99.61', { delay: 20 });

  const tabId = await tabIdOf(launcher, demo.url());
  // The marker lives in our overlay's closed shadow root: seen from the extension's sandbox…
  await waitForOverlay(launcher, tabId, '.badge[data-code~="M99.61"]');
  // …and not from the page.
  expect(await demo.evaluate(() => document.querySelector('[data-chartlint]')?.shadowRoot)).toBeNull();
  expect(await demo.evaluate(() => document.querySelector('[data-chartlint]') != null)).toBe(true);
  const panel = await openExtensionTab(`src/ui/side-panel/index.html?tabId=${String(tabId)}`);
  expect(await extensionTabShows(panel, 'the sidebar page never listed M99.61', 15_000, '[data-code="M99.61"]')).toContain('M99.61');
  // Its official title comes from the background script ('codes/explain'), which reads the packaged catalog.
  expect(await extensionTabShows(panel, 'the sidebar page never showed the official title of M99.61', 30_000, '[data-official-title]')).toContain(
    'Osseous and subluxation stenosis of intervertebral foramina of cervical region',
  );
  await launcher.evaluate((id: number) => (globalThis as unknown as { browser: ExtensionApi }).browser.tabs.remove(id), panel);
  await demo.close();
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
  await waitForOverlay(launcher, await tabIdOf(launcher, page.url()), '.badge[data-code~="M99.60"]');
  await page.close();
});
