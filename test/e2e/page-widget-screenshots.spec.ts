/**
 * Pictures of the badge on each widget fixture (issue 14), in light and dark OS schemes, for a
 * person to look at: test-results/widget-badges/<widget>-<scheme>.png, each cropped around the
 * control so the badge's place against the text, the arrow and the box can be seen. Each also
 * checks what a picture alone cannot prove: the badge is shown, inside the viewport, and clear of
 * the control's text and indicators.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, picture, test } from './fixtures';
import { badge, CERVICAL_NOTE, expectCardScheme, expectOverlay, overlay } from './page-helpers';

const DIR = resolve('test-results/widget-badges');
type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** A crop around the control and its badge, 24 px of margin. */
async function shoot(page: Page, name: string, control: Locator, code: string) {
  const a = (await control.boundingBox())!;
  const b = (await badge(page, code).boundingBox())!;
  const x = Math.max(0, Math.min(a.x, b.x) - 24);
  const y = Math.max(0, Math.min(a.y, b.y) - 24);
  const right = Math.max(a.x + a.width, b.x + b.width) + 24;
  const bottom = Math.max(a.y + a.height, b.y + b.height) + 24;
  mkdirSync(DIR, { recursive: true });
  await picture(() =>
    page.screenshot({
      path: join(DIR, `${name}.png`),
      clip: { x, y, width: right - x, height: bottom - y },
    }),
  );
}

/** The badge is visible, in the viewport, and covers none of `clear` (text, arrows, indicators). */
async function expectClear(page: Page, code: string, clear: Box[]) {
  await expectOverlay(badge(page, code)).toBeVisible();
  const box = (await badge(page, code).boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  for (const part of clear) expect(overlaps(box, part)).toBe(false);
}

/** The box of an input's or select's text (padding-left to the end of the glyphs). */
const textBox = (field: Locator) =>
  field.evaluate((e: HTMLInputElement | HTMLSelectElement) => {
    const style = getComputedStyle(e);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = style.font;
    const text = e instanceof HTMLSelectElement ? (e.selectedOptions[0]?.text ?? '') : e.value;
    const r = e.getBoundingClientRect();
    const x = r.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
    return { x, y: r.top, width: Math.min(ctx.measureText(text).width, r.right - x), height: r.height };
  });

const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

/**
 * Runs `check` in the light, then the dark OS scheme, switched on the page as it is: each widget's
 * state is reached once and pictured and checked in both (a test per scheme loaded the fixtures and
 * typed into them twice for the same checks).
 */
async function inEachScheme(page: Page, check: (scheme: Scheme) => Promise<void>) {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await check(scheme);
  }
}

test('pills picker, code field, select, narrow input, linked controls, app bar (light and dark)', async ({ page, server }) => {
  await page.goto(`${server.url}/fixtures/fhir-picker.html`);
  await page.getByLabel('Text').fill(CERVICAL_NOTE);
  await page.getByRole('combobox', { name: 'Find a diagnosis' }).pressSequentially('m9960');
  await page.keyboard.press('Enter');
  await inEachScheme(page, async (scheme) => {
    await expectClear(
      page,
      'M99.60',
      await page.locator('.pill').evaluateAll((pills) => pills.map((p) => p.getBoundingClientRect().toJSON() as Box)),
    );
    await shoot(page, `pills-picker-${scheme}`, page.locator('.pills-box'), 'M99.60');
  });

  await page.goto(`${server.url}/fixtures/widget-controls.html`);
  await page.getByLabel('Progress note').fill(CERVICAL_NOTE);
  const pick = page.getByLabel('Diagnosis', { exact: true });
  await pick.selectOption({
    label: 'Osseous and subluxation stenosis of intervertebral foramina of head region',
  });
  await inEachScheme(page, async (scheme) => {
    const select = (await pick.boundingBox())!;
    await expectClear(page, 'M99.60', [await textBox(pick), { ...select, x: select.x + select.width - 24, width: 24 }]);
    await shoot(page, `native-select-${scheme}`, pick, 'M99.60');
  });

  const short = page.getByLabel('ICD-10', { exact: true });
  await short.pressSequentially('M99.61');
  await inEachScheme(page, async (scheme) => {
    await expectClear(page, 'M99.61', [await textBox(short)]);
    await shoot(page, `input-89px-${scheme}`, short, 'M99.61');
  });

  await page.getByLabel('Problem', { exact: true }).selectOption('ICD10:M99.62');
  await expectOverlay(overlay(page).locator('.badge[data-code~="M99.62"]')).toHaveCount(1);
  await inEachScheme(page, async (scheme) => {
    await expectClear(page, 'M99.62', []);
    await shoot(page, `linked-controls-${scheme}`, page.locator('fieldset').filter({ hasText: 'Linked controls' }), 'M99.62');
  });

  // Scrolled so the narrow input sits half under the fixed app bar: its badge hides.
  const bar = (await page.locator('.app-bar').boundingBox())!;
  const shortBox = (await short.boundingBox())!;
  await page.evaluate((y) => window.scrollTo(0, y), shortBox.y - bar.height / 2 - 10);
  mkdirSync(DIR, { recursive: true });
  await inEachScheme(page, async (scheme) => {
    await expectOverlay(badge(page, 'M99.61')).toBeHidden();
    await picture(() => page.screenshot({ path: join(DIR, `app-bar-${scheme}.png`), clip: { x: 0, y: 0, width: 700, height: 160 } }));
  });
});

test('react-select single and multi (light and dark)', async ({ page, server }) => {
  await page.goto(`${server.url}/fixtures/react-select.html`);
  await page.getByLabel('Progress note').fill(CERVICAL_NOTE);
  await page.getByRole('combobox', { name: 'Diagnosis', exact: true }).pressSequentially('m9960');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const single = page.locator('div[class*="-control"]').filter({ has: page.locator('#dx') });
  const parts = async (control: Locator) =>
    control
      .locator('div[class*="-singleValue"], div[class*="-multiValue"], div[class*="-indicatorContainer"]')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Box));
  await inEachScheme(page, async (scheme) => {
    await expectClear(page, 'M99.60', await parts(single));
    await shoot(page, `react-select-${scheme}`, single, 'M99.60');
  });

  const others = page.getByRole('combobox', { name: 'Other diagnoses' });
  await others.pressSequentially('M99.61');
  await page.keyboard.press('Enter');
  await others.pressSequentially('m5412');
  await page.keyboard.press('Enter');
  const multi = page.locator('div[class*="-control"]').filter({ has: page.locator('#others') });
  await inEachScheme(page, async (scheme) => {
    await expectClear(page, 'M99.61', await parts(multi));
    await shoot(page, `react-select-multi-${scheme}`, multi, 'M99.61');
  });

  // Typing over the chosen value (menu open): the typed header code M99.7 gets the badge, off
  // the typed text and the menu; Escape brings the chosen title back, and its code.
  const dx = page.getByRole('combobox', { name: 'Diagnosis', exact: true });
  await dx.pressSequentially('M99.7');
  const menu = page.locator('div[class*="-menu"]').filter({ has: page.getByRole('listbox') });
  await inEachScheme(page, async (scheme) => {
    await expect(menu).toBeVisible();
    await expectOverlay(badge(page, 'M99.60')).toHaveCount(0);
    await expectClear(page, 'M99.7', [await textBox(dx), ...(await parts(single)), (await menu.boundingBox())!]);
    await shoot(page, `react-select-typing-${scheme}`, single, 'M99.7');
  });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expectOverlay(badge(page, 'M99.60')).toBeVisible();

  // The findings popover of the single select, in each scheme: its findings frame follows the OS
  // scheme by a message from the content script, so it is shot once it says the scheme.
  await badge(page, 'M99.60').locator('button').click();
  const panel = overlay(page).getByRole('dialog', { name: 'ChartLint findings for M99.60' });
  await expectOverlay(panel).toBeVisible();
  mkdirSync(DIR, { recursive: true });
  await inEachScheme(page, async (scheme) => {
    await expectCardScheme(page, scheme);
    const p = (await panel.boundingBox())!;
    await picture(() =>
      page.screenshot({
        path: join(DIR, `react-select-popover-${scheme}.png`),
        clip: { x: Math.max(0, p.x - 300), y: Math.max(0, p.y - 80), width: p.width + 330, height: p.height + 100 },
      }),
    );
  });
});
