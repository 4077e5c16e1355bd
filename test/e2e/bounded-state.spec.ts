/**
 * Issue 15, as an attacker would try it: a page with nine 1 MB notes (all shown: hidden fields are not read) must neither
 * fill storage.session (whose quota every tab shares) nor keep another tab from its badge, and the
 * user is told that the page was checked only in part.
 */
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { badge, expectOverlay, storedTabState } from './page-helpers';

const PANEL = 'src/ui/side-panel/index.html';

/** Bytes ChartLint holds in storage.session, read in its service worker. */
const sessionBytes = (probe: Worker) => probe.evaluate(() => chrome.storage.session.getBytesInUse(null));

// The normal tab then serves the dismissal check too: a test of its own loaded the demo EHR again for it.
test('nine 1 MB notes stay small in storage, say "checked the first N KB", and leave other tabs their badge; a closed tab\'s dismissals leave with it', async ({
  context,
  server,
  openPage,
  openExtensionPage,
  serviceWorker,
  tabIdOf,
}) => {
  const hostile = await context.newPage();
  await hostile.goto(`${server.url}/fixtures/huge-fields.html`);
  const hostileTab = await tabIdOf(hostile);
  const probe = serviceWorker;

  // The hostile tab's state records what was checked of its ~9 MB of notes.
  const limits = async () => (await storedTabState(probe, hostileTab))?.limits;
  await expect.poll(async () => (await limits())?.totalChars ?? 0).toBeGreaterThanOrEqual(9_000_000);
  const checked = (await limits())!.checkedChars;
  expect(checked).toBeGreaterThan(0);
  expect(checked).toBeLessThan(9_000_000);
  // Only excerpts and findings are stored, never the notes: far below the 10 MiB every tab shares.
  expect(await sessionBytes(probe)).toBeLessThan(512 * 1024);

  // The panel says so in words.
  const panel = await openExtensionPage(`${PANEL}?tabId=${hostileTab}`, { width: 380, height: 900 });
  await expect(panel.locator('[data-limit]')).toContainText(/too large: ChartLint checked the first [\d,]+ KB of [\d,]+ KB/);

  // A normal tab still gets its badge.
  const { page: normal } = await openPage('M99.60');
  await expectOverlay(badge(normal, 'M99.60')).toBeVisible();

  // Closing the hostile tab removes its state.
  await hostile.close();
  await expect.poll(() => storedTabState(probe, hostileTab)).toBeUndefined();

  // A closed tab's dismissals leave with it.
  const tabId = await tabIdOf(normal);
  const key = `dismissed/${normal.url().split('#')[0]}`;
  // A dismissal for the page, written where the panel writes it (storage.session, per page URL).
  await probe.evaluate(
    async ({ key }) => chrome.storage.session.set({ [key]: { 'region-mismatch|M99.60': { reason: 'not-applicable', at: 1 } } }),
    { key },
  );
  expect(await probe.evaluate((k) => chrome.storage.session.get(k).then((r) => Object.keys(r).length), key)).toBe(1);
  await normal.close();
  await expect.poll(() => probe.evaluate((k) => chrome.storage.session.get(k).then((r) => Object.keys(r).length), key)).toBe(0);
  expect(await storedTabState(probe, tabId)).toBeUndefined();
});

test('a page with more fields than a snapshot takes still checks the code typed after them all, and says how many notes it left out', async ({
  page,
  server,
  openExtensionPage,
  serviceWorker,
  tabIdOf,
}) => {
  await page.goto(`${server.url}/fixtures/many-fields.html`);
  // 700 note boxes, then the diagnosis field: typed as a user does.
  await page.getByLabel('Diagnosis code').pressSequentially('M99.61', { delay: 20 });
  await expectOverlay(badge(page, 'M99.61')).toBeVisible();
  const tabId = await tabIdOf(page);
  // The code was checked against the first row's note, which documents it.
  await expect.poll(async () => (await storedTabState(serviceWorker, tabId))?.result.verdicts?.map((v) => [v.code, v.verdict])).toEqual([['M99.61', 'supported']]);
  // 701 fields: the diagnosis field and the first 499 notes were sent, the last 201 notes were not.
  expect((await storedTabState(serviceWorker, tabId))?.limits?.omittedFields).toBe(201);
  const panel = await openExtensionPage(`${PANEL}?tabId=${tabId}`, { width: 380, height: 900 });
  await expect(panel.locator('[data-limit]')).toContainText('This page has more fields than ChartLint reads at once: the last 201 notes on the page were not checked.');
});
