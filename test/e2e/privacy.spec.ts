/**
 * Privacy you can check (issue 8): a full scenario (demo EHR typing, side panel, popup lookup,
 * options page) while every request of the extension's pages, its service worker and the page
 * (where the content script runs) is recorded; then every storage area is inspected.
 */
import type { Page } from '@playwright/test';
import { expect, FRESH_BROWSER, test } from './fixtures';
import { expectOverlay, overlay } from './page-helpers';


// Makes Playwright report the service worker's own requests too (the catalog fetch is the
// positive control below: if it is not seen, the recorder is blind and the test says so).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

/** A word that appears nowhere else, typed into the note: where it shows up, page text went. */
const MARKER = 'Quorvane';
const NOTE_TEXT = ` ${MARKER} reports foraminal stenosis at C5-C6 from uncovertebral osteophytes on MRI.`;

async function runScenario(page: Page, openExtensionPage: (path: string) => Promise<Page>, tabIdOf: (page: Page) => Promise<number>) {
  await page.getByRole('combobox', { name: 'Diagnosis (ICD-10-CM)' }).pressSequentially('m9960', { delay: 15 });
  await page.locator('#assessment').click();
  await page.keyboard.press('End');
  await page.keyboard.type(NOTE_TEXT, { delay: 5 });
  await expectOverlay(overlay(page).locator('.badge[data-code~="M99.60"]')).toBeVisible();

  const panel = await openExtensionPage(`src/ui/side-panel/index.html?tabId=${await tabIdOf(page)}`);
  await expect(panel.locator('[data-code="M99.60"]').first()).toBeVisible();

  const popup = await openExtensionPage('src/ui/popup/index.html');
  const search = popup.locator('input[type="search"], [role="combobox"], [role="searchbox"]').first();
  await expect(search, 'the popup offers a code lookup').toBeVisible();
  await search.fill('M99.6');
  await expect(popup.getByText('M99.60').first()).toBeVisible();

  const options = await openExtensionPage('src/ui/options/index.html');
  await expect(options.locator('table.sources tbody tr')).toHaveCount(3);
  return { panel, popup, options };
}

// One scenario, watched from the browser's start (the worker's first catalog read is a positive
// control), proves both: no request leaves, and no page text is written where it would persist.
// The storage checks ran as a test of their own on the shared browser, repeating the whole
// scenario (about 7 s of a 2-core machine); a new browser starts with every storage area empty,
// as the shared one is proved to be before each test (fixtures.ts).
test('a full scenario makes no request but to the extension\'s own files and the local test page, and writes no page text to storage.local or storage.sync', { tag: FRESH_BROWSER }, async ({
  context,
  server,
  extensionId,
  openExtensionPage,
  tabIdOf,
  serviceWorker,
}) => {
  const requests: string[] = [];
  const fromWorker: string[] = [];
  context.on('request', (request) => {
    requests.push(request.url());
    if (request.serviceWorker()) fromWorker.push(request.url());
  });
  const page = await context.newPage();
  await page.goto(server.url);
  const { options } = await runScenario(page, openExtensionPage, tabIdOf);
  // Change a setting too, so storage.sync is not trivially empty (and its write is watched too).
  await options.locator('[data-rule="suggested-code"]').getByRole('checkbox').uncheck();
  await expect(options.getByRole('status')).toHaveText('Saved.');

  const own = `chrome-extension://${extensionId}/`;
  // The badge's findings frame is web-accessible with use_dynamic_url: the page loads it under the
  // extension's session id, which only the extension knows (runtime.getURL answers it).
  const hint = await serviceWorker.evaluate(() => chrome.runtime.getURL('src/ui/hint/index.html'));
  const local = [`${server.url}/`, `http://127.0.0.1:${server.port}/`];
  // data: URLs are decoded in the browser; they never touch the network.
  const outside = requests.filter(
    (url) => !url.startsWith(own) && url !== hint && !local.some((l) => url.startsWith(l)) && !url.startsWith('data:'),
  );
  expect(outside).toEqual([]);
  // Positive controls: the recorder saw the page, the extension pages and the worker's catalog read.
  expect(requests.some((url) => url.startsWith(local[0]!))).toBe(true);
  expect(requests.some((url) => url.startsWith(`${own}src/ui/popup/`))).toBe(true);
  expect(fromWorker.filter((url) => url.startsWith(`${own}assets/`)), 'the service worker reads the code catalog').not.toEqual([]);

  const areas = () =>
    options.evaluate(async () => ({
      local: JSON.stringify(await chrome.storage.local.get(null)),
      sync: JSON.stringify(await chrome.storage.sync.get(null)),
      session: JSON.stringify(await chrome.storage.session.get(null)),
      webStorage: Object.keys(localStorage).length + Object.keys(sessionStorage).length,
      indexedDb: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
  const before = await areas();
  // Page text lives in storage.session while its tab is open (this proves we look in the right place)…
  expect(before.session).toContain(MARKER);
  // …and never anywhere persistent.
  for (const text of [MARKER, 'M99.60', 'm9960', 'C5-C6', 'radiating', 'Spurling']) {
    expect(before.local, `storage.local holds "${text}"`).not.toContain(text);
    expect(before.sync, `storage.sync holds "${text}"`).not.toContain(text);
  }
  expect(JSON.parse(before.sync)).toEqual({ settings: { rules: { 'suggested-code': { enabled: false } } } });
  expect({ webStorage: before.webStorage, indexedDb: before.indexedDb, caches: before.caches }).toEqual({ webStorage: 0, indexedDb: 0, caches: 0 });

  await page.close();
  await expect.poll(async () => (await areas()).session.includes(MARKER), { message: 'page text left in storage.session after its tab closed' }).toBe(false);
});
