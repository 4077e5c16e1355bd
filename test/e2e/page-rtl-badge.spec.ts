/**
 * A page written right to left (dir="rtl" on <html>, or on the form's box only): the badge stands
 * at each field's inline end, its left end, never over its text (stop 53; page
 * test/fixtures/pages/rtl-fields.html): inside a one-line box's left end while its text leaves
 * room, outside the box when the text fills it, after a select's arrow (drawn at the left), and in
 * a note's top-left corner. Screenshots in light and dark: test-results/screenshots/rtl-*.png.
 * Unit tests: src/content/badge-spots.test.ts.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { badge, expectOverlay } from './page-helpers';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x + 1 < b.x + b.width && b.x + 1 < a.x + a.width && a.y + 1 < b.y + b.height && b.y + 1 < a.y + a.height;

async function boxOf(locator: Pick<Locator, 'boundingBox'>): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not drawn');
  return box;
}

/** Where a one-line input draws its text: its left edge (right-aligned, as right to left writes it). */
async function textLeft(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no canvas');
    context.font = style.font;
    const box = input.getBoundingClientRect();
    return (
      box.right -
      parseFloat(style.paddingRight) -
      parseFloat(style.borderRightWidth) -
      context.measureText(input.value).width
    );
  });
}

// Each direction's page is loaded and typed into once and checked in light, then dark, the scheme
// switched on the loaded page as the OS switches it (a test per scheme loaded and typed it twice).
for (const dir of ['html', 'container'] as const)
  test(`right to left (${dir}, light and dark): the badge stands at each field's left end, never over its text`, async ({
    page,
    server,
    saveScreenshot,
  }) => {
    await page.goto(`${server.url}/fixtures/rtl-fields.html?dir=${dir}`);
    await expect(page.locator('#dx')).toHaveCSS('direction', 'rtl');
    await page.locator('#dx').click();
    await page.keyboard.type('M54.16');
    await page.locator('#dx-long').click();
    await page.keyboard.type('M54.2, M47.812, M48.061, M50.121, M99.01');
    await page.locator('#dx-select').selectOption('M99.03');

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const code of ['M54.16', 'M54.2', 'M99.03']) await expectOverlay(badge(page, code)).toBeVisible();
      // Placing follows each verdict: the checks wait for the badges to stand where they belong.
      // A short code: inside the box's left end, left of its text.
      await expect
        .poll(async () => {
          const mark = await boxOf(badge(page, 'M54.16'));
          const box = await boxOf(page.locator('#dx'));
          return mark.x >= box.x && mark.x + mark.width < (await textLeft(page, '#dx'));
        }, scheme)
        .toBe(true);
      // A box its text fills: beside it, outside, never over the text.
      await expect
        .poll(
          async () => overlaps(await boxOf(badge(page, 'M54.2')), await boxOf(page.locator('#dx-long'))),
          scheme,
        )
        .toBe(false);
      // A select: past its arrow at the left end, left of its chosen text.
      await expect
        .poll(async () => {
          const mark = await boxOf(badge(page, 'M99.03'));
          const select = await boxOf(page.locator('#dx-select'));
          return mark.x >= select.x + 20 && mark.x + mark.width < select.x + select.width / 2;
        }, scheme)
        .toBe(true);
      // No badge stands over the note below.
      const note = await boxOf(page.locator('#note'));
      for (const code of ['M54.16', 'M54.2', 'M99.03'])
        expect(overlaps(await boxOf(badge(page, code)), note), `${scheme}: ${code}`).toBe(false);
      await saveScreenshot(page, `rtl-${dir}-${scheme}`);
    }
  });
