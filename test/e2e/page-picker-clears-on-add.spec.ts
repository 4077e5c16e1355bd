/**
 * A code picker that empties its box on Add, the code moving into a chip or a row (stop 53; page
 * test/fixtures/pages/picker-clears-on-add.html, three shapes other EHR teams draw): the code's
 * badge and finding follow it into the list, and no badge stays on the emptied box.
 * Unit tests: src/content/query-box.test.ts.
 */
import type { Locator, Page } from '@playwright/test';
import type { TabState } from '../../src/protocol/messages';
import { expect, test } from './fixtures';
import { badge, expectOverlay, overlay, storedTabState } from './page-helpers';

type Probe = Pick<Page, 'evaluate'>;
type Box = { x: number; y: number; width: number; height: number };
const codesOf = (state: TabState | undefined) => (state?.result.codes ?? []).map((c) => c.code);
const overlaps = (a: Box, b: Box) =>
  a.x + 1 < b.x + b.width && b.x + 1 < a.x + a.width && a.y + 1 < b.y + b.height && b.y + 1 < a.y + a.height;
/** How far apart two boxes are (0 when they touch or overlap). */
const gap = (a: Box, b: Box) =>
  Math.max(
    0,
    Math.max(a.x, b.x) - Math.min(a.x + a.width, b.x + b.width),
    Math.max(a.y, b.y) - Math.min(a.y + a.height, b.y + b.height),
  );

async function boxOf(locator: Pick<Locator, 'boundingBox'>): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not drawn');
  return box;
}

// One tab, each shape's page in turn (a test per shape loaded the page three times, each with a
// reset after it). A navigation starts the next page's reading afresh, and the codes are read from
// the worker's state only once it is the current page's (its address names the shape), so no shape
// can pass on the one before it.
test("a picker that empties its box on Add (chips, enter, rows): the code's badge and finding follow it into the list", async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  const probe: Probe = serviceWorker;
  for (const shape of ['chips', 'enter', 'rows'] as const) {
    await page.goto(`${server.url}/fixtures/picker-clears-on-add.html?shape=${shape}`);
    const tabId = await tabIdOf(page);
    const codes = async () => {
      const stored = await storedTabState(probe, tabId);
      return stored?.url === page.url() ? codesOf(stored) : [`(the state of ${stored?.url ?? 'no page'})`];
    };
    const box = page.locator('#icd');
    await box.click();
    await page.keyboard.type('M54.16');
    if (shape === 'enter') await page.keyboard.press('Enter');
    else await page.locator('#add').click();
    await expect(box, shape).toHaveValue('');
    await expect(page.locator('#chosen'), shape).toContainText('M54.16');
    // The code is read from the list, its badge stands by the list, and it still has its finding.
    await expect.poll(codes, shape).toEqual(['M54.16']);
    const mark = badge(page, 'M54.16');
    await expectOverlay(mark).toBeVisible();
    await expectOverlay(mark).toHaveAttribute('data-count', /^[1-9]/);
    // One badge: none is left on the emptied box, and the code is not read twice (the box's and the list's).
    await expectOverlay(overlay(page).locator('.badge')).toHaveCount(1);
    if (shape === 'chips') continue; // The chips are the picker's own value: its badge stays on the picker.
    // The badge stands by the list, off the emptied box.
    // Polled: the badge is placed again once the list holds the code, a frame or more after it
    // appears (a busy machine took longer than one read; fresh-clone run, stop 53).
    await expect.poll(async () => overlaps(await boxOf(mark), await boxOf(box)), shape).toBe(false);
    expect(gap(await boxOf(mark), await boxOf(page.locator('#chosen'))), shape).toBeLessThanOrEqual(8);
  }
});
