/**
 * A field of chips or rows gets its badge on the box that draws them (QA stop 51, class L1): an
 * outlined chip field's badge stands on its chips' row, not on the outline's top border (Angular
 * Material's chip grid, 51-56 px around one row), and a table's badge on the table's own rows,
 * not at the corner of the card around it with its title. Light and dark, 480 and 1280 px.
 */
import type { Page } from '@playwright/test';
import { expect, picture, test } from './fixtures';
import { badge, expectOverlay } from './page-helpers';

const rectOf = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!;

// Each width's page is loaded once and checked in light, then dark, the scheme switched on the
// loaded page as the OS switches it (a test per scheme loaded the same page twice).
for (const width of [480, 1280])
  test(`${width} px, light and dark: the chip field's badge is on its chips' row, the table's on its rows`, async ({
    page,
    server,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${server.url}/fixtures/badge-on-rows.html`);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectOverlay(badge(page, 'M54.16')).toBeVisible();
      await expectOverlay(badge(page, 'M99.03')).toBeVisible();

      await picture(() => page.screenshot({ path: `test-results/badge-on-rows-${width}-${scheme}.png` }));
      const chip = await badge(page, 'M54.16').boundingBox();
      const outline = await rectOf(page, '#chip-field');
      const row = await rectOf(page, '#chip-1');
      const middle = chip!.y + chip!.height / 2;
      // On the chips' row (its middle within the chip's height), clear of the outline's top border.
      expect(middle, scheme).toBeGreaterThanOrEqual(row.y);
      expect(middle, scheme).toBeLessThanOrEqual(row.y + row.height);
      expect(chip!.y, scheme).toBeGreaterThan(outline.y + 2);

      const mark = await badge(page, 'M99.03').boundingBox();
      const table = await rectOf(page, '#dx-table');
      // On the table's box: in its header row's right end, or (no room there, 480 px) right above
      // that end, touching it; never at the card's corner by its title, as before.
      expect(mark!.y + mark!.height, scheme).toBeGreaterThanOrEqual(table.y - 8);
      expect(mark!.y + mark!.height, scheme).toBeLessThanOrEqual(table.y + table.height + 1);
      expect(mark!.x + mark!.width, scheme).toBeLessThanOrEqual(table.x + table.width + 1);
    }
  });
