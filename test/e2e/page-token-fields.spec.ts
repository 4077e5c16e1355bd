/**
 * Token fields from the blind page QA of stop 54, on a fixture page of our own
 * (token-field-layouts.html): a code typed into a token field's search box and chosen with Enter
 * becomes a chip, and the badge stands on the whole field (its chips and its box), whether the
 * chips share the box's row or sit above it in a picker; a chip's title and hover card name other
 * codes, which are never read. Each placement is pictured in the light and the dark OS scheme
 * (test-results/widget-badges/token-*-<scheme>.png). Unit tests: src/content/chip-tooltips.test.ts.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, picture, test } from './fixtures';
import { badge, expectOverlay } from './page-helpers';

type Box = { x: number; y: number; width: number; height: number };
const DIR = resolve('test-results/widget-badges');
const NOTE =
  'S: Neck and low back stiffness after yard work.\nO: C5 PRS with restricted motion and tenderness. L4 PLS, hypertonic paraspinals.\nA: Cervical and lumbar segmental dysfunction.\nP: CMT cervical and lumbar today.';

const boxOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((e) => e.getBoundingClientRect().toJSON() as Box);

/** A crop around the field and its badge, in each OS scheme. */
async function shoot(page: Page, name: string, field: Box, code: string) {
  mkdirSync(DIR, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectOverlay(badge(page, code)).toBeVisible();
    const x = Math.max(0, field.x - 24);
    const y = Math.max(0, field.y - 40);
    await picture(() =>
      page.screenshot({
        path: join(DIR, `${name}-${scheme}.png`),
        clip: { x, y, width: field.width + 80, height: field.height + 80 },
      }),
    );
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The badge stands at the field's end, over its frame or just beside it, not inside the inner search box. */
function expectOnField(mark: Box, field: Box, search: Box) {
  const inside =
    mark.x >= search.x &&
    mark.x + mark.width <= search.x + search.width &&
    mark.y >= search.y &&
    mark.y + mark.height <= search.y + search.height;
  expect(inside, 'the badge sits inside the inner search box').toBe(false);
  expect(mark.x + mark.width).toBeGreaterThan(field.x + field.width - mark.width - 16);
  expect(mark.x).toBeLessThanOrEqual(field.x + field.width + 12);
  expect(mark.y + mark.height).toBeGreaterThanOrEqual(field.y - 12);
  expect(mark.y).toBeLessThanOrEqual(field.y + field.height + 12);
}

test('a token field with a search box of its own: the badge is on the whole field, and a chip’s hover card adds no code', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/token-field-layouts.html`);
  await page.getByLabel('Visit note').fill(NOTE);
  const search = page.getByRole('combobox', { name: 'Primary diagnoses' });
  await search.pressSequentially('M99.01', { delay: 20 });
  await search.press('Enter');
  await expect(page.locator('#primary .token')).toHaveCount(1);
  await expectOverlay(badge(page, 'M99.01')).toBeVisible();
  // The user points at the chip: its hover card shows another code, which is no diagnosis entered.
  await page.locator('#primary .token').hover();
  await expect(page.locator('#primary .hover-card')).toBeVisible();
  await page.getByLabel('Visit note').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' RTC 1 week.');
  await expectOverlay(badge(page, 'M99.01')).toBeVisible();
  await expectOverlay(badge(page, 'M54.12')).toHaveCount(0);
  const field = await boxOf(page, '#primary');
  await shoot(page, 'token-inline', field, 'M99.01');
  expectOnField((await badge(page, 'M99.01').boundingBox())!, field, await boxOf(page, '#primary-q'));
});

test('a picker whose chips sit above its search box: the badge follows the framed field, not the box', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/token-field-layouts.html`);
  await page.getByLabel('Visit note').fill(NOTE);
  const search = page.getByRole('combobox', { name: 'Secondary diagnoses' });
  for (const code of ['M99.03', 'M99.01']) {
    await search.pressSequentially(code, { delay: 20 });
    await search.press('Enter');
  }
  await expect(page.locator('#secondary .token')).toHaveCount(2);
  await expectOverlay(badge(page, 'M99.03')).toBeVisible();
  // The chip's title ("Payer edit: pair with M54.16") is no code entered.
  await expectOverlay(badge(page, 'M54.16')).toHaveCount(0);
  const field = await boxOf(page, '#secondary');
  await shoot(page, 'token-picker', field, 'M99.03');
  expectOnField((await badge(page, 'M99.03').boundingBox())!, field, await boxOf(page, '.pk-box'));
});
