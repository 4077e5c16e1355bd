/**
 * Where the badge stands on widgets from the blind page QA of stop 47 (/tmp/qapages47), on fixture
 * pages that imitate them: beside the field without covering its controls (a Vaadin-style combo
 * box's clear and toggle buttons), on the grid panel an ExtJS-style cell editor wrote into, and
 * gone with the field when the EHR swaps its whole panel for the next patient's. Each placement is
 * pictured in the light and the dark OS scheme (test-results/widget-badges/<name>-<scheme>.png).
 * From stop 50 (/tmp/qapages50 a8, a4): a MultiSelect whose combobox input is visually hidden (1 px,
 * clipped) gets its badge on the widget's box, and a badge inside a one-line box leaves it once
 * the typed text would run under it (hidden-input-picker.html).
 * Unit tests: src/content/badge-spots.test.ts.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page, Worker } from '@playwright/test';
import { expect, picture, test } from './fixtures';
import { badge, CERVICAL_NOTE, expectOverlay, finding } from './page-helpers';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x + 1 < b.x + b.width && b.x + 1 < a.x + a.width && a.y + 1 < b.y + b.height && b.y + 1 < a.y + a.height;
const DIR = resolve('test-results/widget-badges');

/** A crop around `around` and the badge of `code`, in each OS scheme. */
async function shootSchemes(page: Page, name: string, around: Box, code: string) {
  mkdirSync(DIR, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectOverlay(badge(page, code)).toBeVisible();
    const b = (await badge(page, code).boundingBox())!;
    const x = Math.max(0, Math.min(around.x, b.x) - 24);
    const y = Math.max(0, Math.min(around.y, b.y) - 24);
    const right = Math.max(around.x + around.width, b.x + b.width) + 24;
    const bottom = Math.max(around.y + around.height, b.y + b.height) + 24;
    await picture(() =>
      page.screenshot({
        path: join(DIR, `${name}-${scheme}.png`),
        clip: { x, y, width: right - x, height: bottom - y },
      }),
    );
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The box of a part of a component's open shadow root (its clear button, its input box). */
const partBox = (host: Locator, selector: string) =>
  host.evaluate((e, s) => e.shadowRoot!.querySelector(s)!.getBoundingClientRect().toJSON() as Box, selector);

test('a combo box whose input is slotted into a box with clear and toggle buttons: the badge stands beside that box, covering none of its buttons, its text or the next field', async ({
  openPage,
}) => {
  const { page, dx } = await openPage('M99.60', {
    path: '/fixtures/combo-clear-button.html',
    before: (page) => page.locator('#note').fill(CERVICAL_NOTE),
    field: (page) => page.locator('#dx1-input'),
  });
  await dx.press('Enter');
  await expect(dx).toHaveValue(/^M99\.60 Osseous/);
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  const combo = page.locator('#dx1');
  const box = await partBox(combo, '[part="input-field"]');
  const clear = await partBox(combo, '[part~="clear-button"]');
  const toggle = await partBox(combo, '[part~="toggle-button"]');
  const next = await partBox(page.locator('#dx2'), '[part="input-field"]');
  expect(clear.width).toBeGreaterThan(0);
  await shootSchemes(page, 'combo-clear-button', box, 'M99.60');
  const mark = (await badge(page, 'M99.60').boundingBox())!;
  for (const part of [clear, toggle, next]) expect(overlaps(mark, part)).toBe(false);
  // Beside the field's box (its long title fills it): at its right end, touching or within 12 px.
  expect(mark.x + mark.width).toBeGreaterThan(box.x + box.width / 2);
  expect(mark.x).toBeLessThanOrEqual(box.x + box.width + 12);
  expect(mark.y + mark.height).toBeGreaterThanOrEqual(box.y - 12);
  expect(mark.y).toBeLessThanOrEqual(box.y + box.height + 12);
  // The field's text is never under it.
  const text = await dx.evaluate((e: HTMLInputElement) => e.getBoundingClientRect().toJSON() as Box);
  expect(overlaps(mark, text)).toBe(false);
  // It follows the field: cleared, the badge goes with the code.
  await page
    .locator('#dx1')
    .evaluate((e) => (e.shadowRoot!.getElementById('clearButton') as HTMLElement).click());
  await expectOverlay(badge(page, 'M99.60')).toHaveCount(0);
});

test('a grid read whole whose cell editor floats over the grid view: once the code is committed, the badge stands on that grid panel, not on the panel above', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/grid-panel-editor.html`);
  await page.locator('#textareafield-1050-inputEl').fill(CERVICAL_NOTE);
  await page.locator('#gridpanel-1030 .x-grid-cell').first().click();
  await page.keyboard.type('M99.60', { delay: 20 });
  // While the editor is open, the badge stands on it.
  await expectOverlay(badge(page, 'M99.60')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.x-editor')).toHaveCount(0);
  await expect(page.locator('#gridpanel-1030 .x-grid-cell').first()).toHaveText('M99.60');
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  await expectOverlay(badge(page, 'M99.60')).toBeVisible();
  const panel = (await page.locator('#gridpanel-1030').boundingBox())!;
  const above = (await page.locator('#form-1010').boundingBox())!;
  await shootSchemes(page, 'grid-panel-editor', panel, 'M99.60');
  const mark = (await badge(page, 'M99.60').boundingBox())!;
  expect(overlaps(mark, above)).toBe(false);
  expect(mark.y).toBeGreaterThanOrEqual(panel.y);
  expect(mark.y + mark.height).toBeLessThanOrEqual(panel.y + panel.height);
  expect(mark.x).toBeGreaterThanOrEqual(panel.x);
  expect(mark.x + mark.width).toBeLessThanOrEqual(panel.x + panel.width);
  // The grid's title stays readable.
  const title = await page.locator('#gridpanel-1030_header-title').evaluate((e): Box => {
    const range = document.createRange();
    range.selectNodeContents(e);
    const { x, y, width, height } = range.getBoundingClientRect();
    return { x, y, width, height };
  });
  expect(overlaps(mark, title)).toBe(false);
});

/**
 * Holds the worker's reads of the tab's stored state, so that no verdict answers the page until
 * `release` (the worker reads the tab's state before it analyses a snapshot).
 */
async function holdTabStateReads(worker: Worker): Promise<{ release: () => Promise<void> }> {
  await worker.evaluate(() => {
    type Get = (...args: unknown[]) => Promise<unknown>;
    const session = chrome.storage.session as unknown as { get: Get };
    const get = session.get;
    const held: (() => void)[] = [];
    session.get = (keys, ...rest) =>
      typeof keys === 'string' && keys.startsWith('tab/')
        ? new Promise((resolve) => held.push(() => resolve(get.call(session, keys, ...rest))))
        : get.call(session, keys, ...rest);
    Object.assign(globalThis, {
      releaseTabStateReads: () => {
        session.get = get;
        for (const go of held.splice(0)) go();
      },
    });
  });
  return {
    release: () =>
      worker.evaluate(() =>
        (globalThis as unknown as { releaseTabStateReads: () => void }).releaseTabStateReads(),
      ),
  };
}

test('a panel re-rendered by innerHTML for the next patient: the previous patient’s badge goes at once, and the new one comes with its verdict', async ({
  openPage,
  serviceWorker,
}) => {
  const { page, dx } = await openPage('M99.60', {
    path: '/fixtures/panel-swap.html',
    before: (page) => page.locator('textarea').fill(CERVICAL_NOTE),
    field: (page) => page.locator('.dx'),
  });
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  await shootSchemes(page, 'panel-swap', (await dx.boundingBox())!, 'M99.60');
  const hold = await holdTabStateReads(serviceWorker);
  try {
    await page.locator('#next').click();
    await expect(page.locator('.dx')).toHaveValue('M54.16');
    // No verdict for the new patient yet: the old badge is still there, hidden, never on show
    // on the new patient's field.
    await expectOverlay(badge(page, 'M99.60')).toBeHidden();
    await expectOverlay(badge(page, 'M99.60')).toHaveCount(1);
  } finally {
    await hold.release();
  }
  await expectOverlay(badge(page, 'M54.16')).toBeVisible();
  await expectOverlay(badge(page, 'M99.60')).toHaveCount(0);
  // Back to the first patient: the field shows M99.60 again, and so does its badge.
  await page.locator('#prev').click();
  await expectOverlay(badge(page, 'M99.60')).toBeVisible();
  await expectOverlay(badge(page, 'M54.16')).toHaveCount(0);
});

/** Where the text of a one-line box ends on screen (its value measured in its font). */
const textEnd = (box: Locator) =>
  box.evaluate((e: HTMLInputElement) => {
    const style = getComputedStyle(e);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = style.font;
    const start =
      e.getBoundingClientRect().left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
    return Math.min(start + context.measureText(e.value).width, e.getBoundingClientRect().right);
  });

for (const width of [1280, 480]) {
  test(`a MultiSelect whose combobox input is visually hidden, and a one-line box typed past its badge, at ${width} px: the badge stands on the box, never across its border or over its text`, async ({
    page,
    server,
  }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto(`${server.url}/fixtures/hidden-input-picker.html`);
    await page.locator('#note').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Plan: PT.');
    await expectOverlay(badge(page, 'M48.062')).toBeVisible();
    const ms = (await page.locator('#ms').boundingBox())!;
    await shootSchemes(page, `hidden-input-multiselect-${width}`, ms, 'M48.062');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectOverlay(badge(page, 'M48.062')).toBeVisible();
      const mark = (await badge(page, 'M48.062').boundingBox())!;
      // Within the widget's height (not straddling its bottom border), at its right end, clear of its label and arrow.
      expect(mark.y).toBeGreaterThanOrEqual(ms.y - 1);
      expect(mark.y + mark.height).toBeLessThanOrEqual(ms.y + ms.height + 1);
      expect(mark.x + mark.width).toBeGreaterThan(ms.x + ms.width / 2);
      for (const part of ['#mslabel', '.p-multiselect-trigger']) {
        const text = await page.locator(part).evaluate((e): Box => {
          const range = document.createRange();
          range.selectNodeContents(e);
          return range.getBoundingClientRect().toJSON() as Box;
        });
        expect(overlaps(mark, text), `${scheme}: ${part}`).toBe(false);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });

    // A one-line box: while its text is short the badge may stand inside its right end, clear of
    // the text; typed on past it, the badge leaves the box rather than cover what is typed.
    const codes = page.locator('#codes');
    await codes.click();
    await page.keyboard.type('M51.16', { delay: 20 });
    await expectOverlay(badge(page, 'M51.16')).toBeVisible();
    const clearOfText = async () => {
      const mark = (await badge(page, 'M51.16').boundingBox())!;
      const box = (await codes.boundingBox())!;
      return !overlaps(mark, { ...box, width: (await textEnd(codes)) - box.x });
    };
    expect(await clearOfText()).toBe(true);
    await page.keyboard.type(
      ', M48.061 lumbar stenosis without claudication, and more words typed to the end',
      { delay: 10 },
    );
    await expect.poll(clearOfText).toBe(true);
    const box = (await codes.boundingBox())!;
    await shootSchemes(page, `typed-past-badge-${width}`, box, 'M51.16');
    // Outside the box now (beside it, or above or below its right end when the window is narrow).
    expect(overlaps((await badge(page, 'M51.16').boundingBox())!, box)).toBe(false);
  });
}
