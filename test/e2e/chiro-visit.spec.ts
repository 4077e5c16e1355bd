/**
 * The chiropractic visit demo (demo/chiro.html): the badge on the diagnosis list, the side
 * panel's findings and Regions table with the payer assumed, and both cleared once the visit is
 * coded and billed the way the note documents it. Screenshots: chiro-badge.png, chiro-regions.png.
 */
import { join } from 'node:path';
import { expect, picture, PICTURES, SCREENSHOT_DIR, test } from './fixtures';
import { expectOverlay, overlay } from './page-helpers';

test('chiropractic visit: badge, findings and Regions table follow the note, fee ticket and the coverage in the banner; in Spanish the panel does not scroll sideways at 320 or 420 px and each region\'s code is in view, light and dark', async ({
  page,
  server,
  openExtensionPage,
  tabIdOf,
}) => {
  // Five views of two panels: more than the default budget on a busy machine.
  test.setTimeout(240_000);
  // The browser's kept tab (fixtures.ts, takeTab), not a new one: the reset puts its size back.
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`${server.url}/demo/chiro.html`);
  const badge = overlay(page).locator('.badge[data-severity]').first();
  await expectOverlay(badge).toHaveAttribute('data-severity', 'warning', { timeout: 60_000 });
  await picture(() => page.screenshot({ path: join(SCREENSHOT_DIR, 'chiro-badge.png') }));

  const panel = await openExtensionPage(`src/ui/side-panel/index.html?tabId=${await tabIdOf(page)}`, { width: 420, height: 1100 });
  await expect(panel.locator('.findings [data-rule="manipulation-region-count"]')).toContainText('98941');
  await expect(panel.locator('.findings [data-rule="treated-region-uncoded"]')).toHaveCount(2);
  const regions = panel.locator('[data-chartlint-regions]');
  await expect(regions.locator('[data-payer="medicare"]')).toContainText('Coverage: Medicare Part B');
  await expect(regions.locator('tr[data-region="thoracic"] [data-cell="coded"]')).toHaveText('none');
  await expect(regions.locator('tr[data-region="cervical"] [data-cell="coded"]')).toHaveText('M99.01');
  await expect(regions.locator('tbody tr')).toHaveCount(3);
  // A region's levels link to its words in the note, named for screen readers as what they do.
  await expect(regions.getByRole('button', { name: 'T6 (Show the thoracic documentation in the note)' })).toBeVisible();
  await picture(() => regions.screenshot({ path: join(SCREENSHOT_DIR, 'chiro-regions.png') }));
  await picture(() => panel.screenshot({ path: join(SCREENSHOT_DIR, 'chiro-side-panel.png'), fullPage: true }));

  // The same visit in Spanish, at the panel's narrowest and widest, before it is coded: the panel
  // never scrolls sideways (the Regions table's screen-reader-only header once widened the page by
  // 74 px at 320; the table itself may scroll inside its own box). Screenshots:
  // chiro-side-panel-es-<width>-<scheme>.png, to look at. (A test of its own loaded the visit again.)
  const es = await openExtensionPage(`src/ui/side-panel/index.html?tabId=${await tabIdOf(page)}&lang=es`, { width: 320, height: 1100 });
  const esRegions = es.locator('[data-chartlint-regions]');
  await expect(es.locator('.findings [data-rule="manipulation-region-count"]')).toContainText('98941');
  await expect(esRegions.locator('tbody tr')).toHaveCount(3);
  await expect(esRegions.locator('thead')).toContainText('Región');
  for (const width of [320, 420]) {
    await es.setViewportSize({ width, height: 1100 });
    const sideways = await es.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(sideways, `${width} px: the panel scrolls sideways`).toBeLessThanOrEqual(0);
    // Every cell is in view, not cut at the scroll box's edge ("ning|", "M99.|" at 320 px read as
    // truncated words; the P/A/R/T column, what a Medicare reviewer reads first, as "PA…": QA stop 54,
    // L5): at 320 px each region is a block of its own lines, at 420 px the table fits.
    const cut = await esRegions.locator('.regions-scroll').evaluate((box) => {
      const edge = box.getBoundingClientRect().right;
      return [...box.querySelectorAll('[data-cell]')].filter((c) => c.getBoundingClientRect().right > edge + 0.5).map((c) => c.textContent);
    });
    expect(cut, `${width} px: cells cut at the Regions table's edge`).toEqual([]);
    const hidden = await esRegions.locator('.regions-scroll').evaluate((box) => box.scrollWidth - box.clientWidth);
    expect(hidden, `${width} px: the Regions table scrolls inside its box`).toBeLessThanOrEqual(0);
    // The schemes are for the pictures only: nothing is asserted in them.
    if (PICTURES) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await es.emulateMedia({ colorScheme });
        await es.screenshot({ path: join(SCREENSHOT_DIR, `chiro-side-panel-es-${width}-${colorScheme}.png`), fullPage: true });
      }
    }
  }
  await es.close();

  // Code every treated region and bill the band the note documents: those findings go away.
  await page.locator('#chiro-dx').fill('M99.01, M99.02, M99.03');
  await page.locator('#chiro-fee').fill('98941-AT GP\n97140-59 GP');
  await expect(panel.locator('.findings [data-rule="manipulation-region-count"]')).toHaveCount(0);
  await expect(panel.locator('.findings [data-rule="treated-region-uncoded"]')).toHaveCount(0);
  await expect(regions.locator('tr[data-region="thoracic"] [data-cell="coded"]')).toHaveText('M99.02');
});
