/**
 * The code details the side panel shows (official title, release, M99 reference) come from the
 * service worker ('codes/explain'), which holds the tab's release catalog: the panel page itself
 * reads no catalog file, a stopped worker is woken by the request, and the tab's release is kept.
 * That the panel reads no catalog file on the demo page is checked in side-panel.spec.ts's demo
 * scenario, which opens the same page and panel; here, after a worker restart.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { kbFilesReadByPages } from './panel-support';
import { chooseRelease, todayIso } from '../../src/kb';

const PANEL = 'src/ui/side-panel/index.html';
const officialTitle = (panel: Page) => panel.getByRole('tabpanel').locator('[data-official-title]');

test('a stopped worker is woken by the panel’s request and answers in the tab’s release (FY2026 by the date of service)', async ({
  context,
  openPage,
  openExtensionPage,
  tabIdOf,
  stopServiceWorker,
}) => {
  // A re-check in another release and a worker start: more than one step's time on a busy machine.
  test.setTimeout(240_000);
  // The waits below follow the worker reading a 12 MB catalog (FY2027, FY2026, FY2026 again after
  // the stop): a hang guard for a busy machine, not a speed target.
  const catalogRead = { timeout: 60_000 };
  const { page } = await openPage('M99.60');
  const tabId = await tabIdOf(page);
  const first = await openExtensionPage(`${PANEL}?tabId=${tabId}`, { width: 380, height: 1100 });
  // Today's release (FY2027 from 2026-10-01), from the product's release table.
  await expect(first.getByRole('tabpanel')).toContainText(`ICD-10-CM ${chooseRelease({ today: todayIso() }).version}`, catalogRead);

  // A visit on 2026-09-15 is coded in FY2026 (in force until 2026-09-30).
  await first.getByText('Date of service', { exact: true }).click();
  await first.locator('#visit-date').fill('2026-09-15');
  await first.getByRole('button', { name: 'Set' }).click();
  await expect(first.locator('.release-line')).toContainText('ICD-10-CM FY2026', catalogRead);

  await stopServiceWorker(page);
  const kbFilesRead = kbFilesReadByPages(context);
  const second = await openExtensionPage(`${PANEL}?tabId=${tabId}`, { width: 380, height: 1100 });
  await expect(officialTitle(second)).toHaveText('Osseous and subluxation stenosis of intervertebral foramina of head region', catalogRead);
  await expect(second.getByRole('tabpanel')).toContainText('ICD-10-CM FY2026');
  expect(kbFilesRead.read()).toEqual([]);
});
