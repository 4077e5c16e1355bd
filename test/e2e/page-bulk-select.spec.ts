/**
 * A diagnosis table whose checkboxes choose rows for bulk actions (a "select all" box in its header,
 * a toolbar of Resolve / Delete / Print selected) lists the visit's codes whether or not a row is
 * ticked; a superbill's ticks still choose (page-superbill-ticks.spec.ts).
 * Unit tests: src/content/ticked-rows.test.ts.
 */
import { expect, test } from './fixtures';
import { badge, expectOverlay, storedTabState } from './page-helpers';

test('a table with a select-all box and bulk actions: every row is read, ticked or not', async ({
  page,
  server,
  tabIdOf,
  openExtensionProbe,
}) => {
  await page.goto(`${server.url}/fixtures/bulk-select-table.html`);
  await page.locator('#note').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Plan: PT.');
  await expectOverlay(badge(page, 'M54.16')).toBeVisible();
  const tabId = await tabIdOf(page);
  const probe = await openExtensionProbe();
  const codes = async () =>
    [...new Set((await storedTabState(probe, tabId))?.result.codes.map((c) => c.code))].sort();
  await expect.poll(codes).toEqual(['M48.02', 'M54.16']);
  // Ticking a row for an action chooses nothing: both codes stay.
  const before = (await storedTabState(probe, tabId))?.updatedAt ?? 0;
  await page.locator('#dx-table tbody input[type="checkbox"]').first().check();
  await page.locator('#note').press('End');
  await page.keyboard.type(' HEP.');
  await expect.poll(async () => (await storedTabState(probe, tabId))?.updatedAt ?? 0).toBeGreaterThan(before);
  expect(await codes()).toEqual(['M48.02', 'M54.16']);
  await expectOverlay(badge(page, 'M48.02')).toBeVisible();
});
