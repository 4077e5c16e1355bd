/**
 * README pictures of the side panel (light and dark) and the closing-note picture: what a coder
 * sees for M99.60 on the demo note (C5-C6 foraminal stenosis from uncovertebral osteophytes).
 * CHARTLINT_SCREENSHOTS=docs writes them to docs/screenshots.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, SCREENSHOT_DIR, test } from './fixtures';

test('side panel screenshots: M99.60 with the C5-C6 osteophyte note, light and dark', async ({
  openDemo,
  openExtensionPage,
  tabIdOf,
}) => {
  const { page } = await openDemo('M99.60');
  const panel = await openExtensionPage(`src/ui/side-panel/index.html?tabId=${await tabIdOf(page)}`, { width: 400, height: 900 });
  await expect(panel.locator('.findings [data-rule="region-mismatch"]')).toBeVisible();
  await expect(panel.locator('[data-official-title]')).toBeVisible();
  await expect(panel.locator('.m99-grid')).toBeVisible();

  const shots: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    const path = join(SCREENSHOT_DIR, `side-panel-${scheme}.png`);
    await panel.screenshot({ path });
    shots.push(path);
  }
  // The whole panel, scrolled: findings, then the code tab with checklist, grid and reference.
  await panel.emulateMedia({ colorScheme: 'light' });
  const full = join(SCREENSHOT_DIR, 'side-panel-m9960-c5c6.png');
  await panel.screenshot({ path: full, fullPage: true });
  shots.push(full);
  // The code tab alone (checklist, grid, alternatives, reference), readable without zooming.
  const codes = join(SCREENSHOT_DIR, 'side-panel-m9960-codes.png');
  await panel.locator('.codes-section').screenshot({ path: codes });
  shots.push(codes);
  for (const path of shots) expect(existsSync(path), path).toBe(true);
});
