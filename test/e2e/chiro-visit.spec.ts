/**
 * The chiropractic visit demo (demo/chiro.html): the badge on the diagnosis list, the side
 * panel's findings and Regions table with the payer assumed, and both cleared once the visit is
 * coded and billed the way the note documents it. Screenshots: chiro-badge.png, chiro-regions.png.
 */
import { join } from 'node:path';
import { expect, SCREENSHOT_DIR, test } from './fixtures';
import { expectOverlay, overlay } from './page-helpers';

test('chiropractic visit: badge, findings and Regions table follow the note, fee ticket and the coverage in the banner', async ({
  context,
  server,
  openExtensionPage,
  tabIdOf,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`${server.url}/demo/chiro.html`);
  const badge = overlay(page).locator('.badge[data-severity]').first();
  await expectOverlay(badge).toHaveAttribute('data-severity', 'warning', { timeout: 60_000 });
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'chiro-badge.png') });

  const panel = await openExtensionPage(`src/ui/side-panel/index.html?tabId=${await tabIdOf(page)}`, { width: 420, height: 1100 });
  await expect(panel.locator('.findings [data-rule="manipulation-region-count"]')).toContainText('98941');
  await expect(panel.locator('.findings [data-rule="treated-region-uncoded"]')).toHaveCount(2);
  const regions = panel.locator('[data-chartlint-regions]');
  await expect(regions.locator('[data-payer="medicare"]')).toContainText('Coverage: Medicare Part B');
  await expect(regions.locator('tr[data-region="thoracic"] [data-cell="coded"]')).toHaveText('none');
  await expect(regions.locator('tr[data-region="cervical"] [data-cell="coded"]')).toHaveText('M99.01');
  await expect(regions.locator('tbody tr')).toHaveCount(3);
  await regions.screenshot({ path: join(SCREENSHOT_DIR, 'chiro-regions.png') });
  await panel.screenshot({ path: join(SCREENSHOT_DIR, 'chiro-side-panel.png'), fullPage: true });

  // Code every treated region and bill the band the note documents: those findings go away.
  await page.locator('#chiro-dx').fill('M99.01, M99.02, M99.03');
  await page.locator('#chiro-fee').fill('98941-AT GP\n97140-59 GP');
  await expect(panel.locator('.findings [data-rule="manipulation-region-count"]')).toHaveCount(0);
  await expect(panel.locator('.findings [data-rule="treated-region-uncoded"]')).toHaveCount(0);
  await expect(regions.locator('tr[data-region="thoracic"] [data-cell="coded"]')).toHaveText('M99.02');
});
