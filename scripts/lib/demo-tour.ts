/**
 * A tour of ChartLint on the demo EHR that ends in screenshots of every surface at its real size,
 * after its data has loaded: the inline card, the side panel (one and three codes, 420 and 320 px,
 * Chrome's default and narrowest widths), the popup (400 px, its CSS width, sized to its content as
 * the browser sizes it, at most 600 px tall) with lookup results and an entry, and the options page.
 * Used by `npm run screenshots` / `npm start -- --screenshots-only` (scripts/screenshots.ts), by
 * `npm start` on a machine with no display, and by test/e2e/screenshots.spec.ts.
 *
 * File names: `<surface>-<lang>-<scheme>.png`, e.g. `panel-one-320-es-dark.png`; each panel also has
 * a `panel-…-full-<lang>-<scheme>.png` of the whole scrolled page, for review.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
// The overlay's shadow root is closed: it is read from the extension's world, as tests do.
import { sealedOverlay } from '../../test/e2e/sealed-overlay';

export type Scheme = 'light' | 'dark';
export type TourOptions = { lang?: string; colorScheme?: Scheme };
/** Screenshot name → path; `heights`: each panel's and popup's full content height in CSS px. */
export type TourShots = { files: Record<string, string>; heights: Record<string, number> };

/** Chrome's side panel is as tall as the window below the toolbar; 900 px is a common laptop. */
export const PANEL_HEIGHT = 900;
export const PANEL_WIDTHS = [420, 320] as const;
/** The popup's own width (src/ui/popup/popup.css) and the browser's cap on a popup's height. */
export const POPUP_WIDTH = 400;
export const POPUP_MAX_HEIGHT = 600;
export const PANEL_CASES = [
  { name: 'one', typed: 'M99.60', first: 'M99.60' },
  { name: 'three', typed: 'M99.60, M50.121, M48.02', first: 'M99.60' },
] as const;
const DX = 'Diagnosis (ICD-10-CM)';

/**
 * The id of the tab showing `url`, as the extension recorded it; `probe` is any extension page, or
 * the running service worker (Playwright's Page and Worker both evaluate there).
 */
export async function tabIdOf(probe: Pick<Page, 'evaluate'>, url: string): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const id = await probe.evaluate(async (pageUrl) => {
      const all: Record<string, { url?: string; tabId?: number }> = await chrome.storage.session.get(null);
      return Object.entries(all).find(([key, v]) => key.startsWith('tab/') && v.url === pageUrl)?.[1].tabId;
    }, url);
    if (id !== undefined) return id;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`ChartLint did not report on ${url}`);
}

/** Opens the demo EHR and types `typed` into its diagnosis field as a user does, then closes its suggestions. */
export async function openDemoWith(
  context: BrowserContext,
  demoUrl: string,
  typed: string,
  scheme: Scheme,
): Promise<Page> {
  const demo = await context.newPage();
  await demo.emulateMedia({ colorScheme: scheme });
  await demo.goto(demoUrl);
  const dx = demo.getByRole('combobox', { name: DX });
  await dx.pressSequentially(typed, { delay: 20 });
  await dx.press('Escape');
  await sealedOverlay(demo).locator('.badge[data-severity]').first().waitFor();
  return demo;
}

/** Opens the inline card as a user does (hover on the badge) and waits until it shows findings. */
export async function openInlineCard(demo: Page): Promise<void> {
  await sealedOverlay(demo).locator('.badge[data-severity]').first().hover();
  await sealedOverlay(demo).locator('.panel:not([hidden]) .finding').first().waitFor();
}

/**
 * The popup at its real size: 400 px wide and as tall as its content, capped as the browser caps
 * it. Returns the content's height (above 600, the browser would scroll the whole popup).
 */
async function fitPopup(popup: Page): Promise<number> {
  await popup.setViewportSize({ width: POPUP_WIDTH, height: 200 });
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  await popup.setViewportSize({ width: POPUP_WIDTH, height: Math.min(POPUP_MAX_HEIGHT, height) });
  return height;
}

export async function takeTourScreenshots(
  context: BrowserContext,
  extensionId: string,
  demoUrl: string,
  dir: string,
  options: TourOptions = {},
): Promise<TourShots> {
  return (await takeTours(context, extensionId, demoUrl, dir, [options]))[0]!;
}

/** A page's findings frame (the open card's), once it shows `scheme`: it follows the OS scheme by a message. */
async function cardInScheme(demo: Page, scheme: Scheme): Promise<void> {
  const hint = demo.frames().find((f) => f.url().includes('/src/ui/hint/'));
  if (!hint) throw new Error('the inline card has no findings frame');
  await hint.locator(`html[data-scheme="${scheme}"]`).waitFor({ state: 'attached' });
}

/**
 * The tour in several languages and schemes at once: the demo EHR's pages are opened and typed
 * into once, and each surface is shot in each variant (the card re-worded and re-coloured in place,
 * as the options and the OS change them; the extension's pages loaded per language). One tour per
 * variant typed the same codes into the same pages again: about 3.5 CPU-s a variant on a 2-core machine.
 */
export async function takeTours(
  context: BrowserContext,
  extensionId: string,
  demoUrl: string,
  dir: string,
  variants: readonly TourOptions[],
): Promise<TourShots[]> {
  await mkdir(dir, { recursive: true });
  type Tour = TourShots & { lang: string; scheme: Scheme };
  const tours: Tour[] = variants.map((v) => ({ lang: v.lang ?? 'en', scheme: v.colorScheme ?? 'light', files: {}, heights: {} }));
  const ext = (tour: Tour, path: string, query = '') => `chrome-extension://${extensionId}/${path}?lang=${tour.lang}${query}`;
  const shot = async (
    tour: Tour,
    page: Page,
    name: string,
    how: { fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } } = {},
  ) => {
    const path = join(dir, `${name}-${tour.lang}-${tour.scheme}.png`);
    await page.screenshot({ path, ...how });
    tour.files[name] = path;
  };

  // The inline card speaks the options' language, else the browser's: the tour's language is set
  // for it (a browser started in English, as the e2e tests' is, shot an English card as "es"), and
  // the previous choice is put back at the end.
  // The probe is the bare manifest: extension origin and APIs, none of ChartLint's pages to load.
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/manifest.json`);
  const LANGUAGE_KEY = 'chartlint.language';
  const before = await probe.evaluate(async (key) => (await chrome.storage.local.get(key))[key], LANGUAGE_KEY);

  // The inline card, cut to the diagnosis field and the card under it (the page around is the EHR's).
  const demo = await openDemoWith(context, demoUrl, 'M99.60', tours[0]!.scheme);
  for (const [i, tour] of tours.entries()) {
    await probe.evaluate(async ([key, value]) => chrome.storage.local.set({ [key]: value }), [LANGUAGE_KEY, tour.lang] as const);
    await demo.emulateMedia({ colorScheme: tour.scheme });
    if (i === 0) await openInlineCard(demo);
    else await cardInScheme(demo, tour.scheme);
    // The card says the tour's language before it is shot (its "Open panel" button, from the catalogue).
    const catalogue = new URL(`../../public/_locales/${tour.lang}/messages.json`, import.meta.url);
    if (existsSync(catalogue)) {
      const openPanel = (JSON.parse(readFileSync(catalogue, 'utf8')) as Record<string, { message: string }>).badgeOpenPanel?.message ?? '';
      await sealedOverlay(demo).locator('.panel:not([hidden]) [data-action="open-panel"]').filter({ hasText: openPanel }).waitFor();
    }
    const field = (await demo.getByRole('combobox', { name: DX }).boundingBox())!;
    const card = (await sealedOverlay(demo).locator('.panel:not([hidden])').boundingBox())!;
    const pad = 16;
    const x = Math.max(0, Math.min(field.x, card.x) - pad);
    // From the field's label down to below the card.
    const label = (await demo.locator('label', { hasText: DX }).first().boundingBox()) ?? field;
    const y = Math.max(0, Math.min(label.y, card.y) - pad / 2);
    await shot(tour, demo, 'inline', {
      clip: {
        x,
        y,
        width: Math.max(field.x + field.width, card.x + card.width) + pad - x,
        height: Math.max(field.y + field.height, card.y + card.height) + pad - y,
      },
    });
  }

  // The side panel, for one and three codes, at Chrome's default and narrowest widths.
  for (const c of PANEL_CASES) {
    // Its own address per case: tabIdOf finds a tab by address.
    const page =
      c.name === 'one' ? demo : await openDemoWith(context, `${demoUrl}?codes=${c.name}`, c.typed, tours[0]!.scheme);
    const tabId = await tabIdOf(probe, page.url());
    for (const tour of tours) {
      // One panel per case, opened at the first width and narrowed as a user drags the panel's edge
      // (a panel per width cost a tab, its load and its data read again: 2 of the tour's 7 tabs).
      const panel = await context.newPage();
      await panel.emulateMedia({ colorScheme: tour.scheme });
      for (const [i, width] of PANEL_WIDTHS.entries()) {
        await panel.setViewportSize({ width, height: PANEL_HEIGHT });
        if (i === 0) {
          await panel.goto(ext(tour, 'src/ui/side-panel/index.html', `&tabId=${tabId}`));
          await panel.locator('.findings .finding').first().waitFor();
          await panel.locator('[data-official-title]').first().waitFor();
        }
        await shot(tour, panel, `panel-${c.name}-${width}`);
        await shot(tour, panel, `panel-${c.name}-${width}-full`, { fullPage: true });
        tour.heights[`panel-${c.name}-${width}`] = await panel.evaluate(() => document.documentElement.scrollHeight);
      }
      await panel.close();
    }
    if (page !== demo) await page.close();
  }
  await demo.close();

  for (const tour of tours) {
    // The options page shows the language choice: the tour's own, as for the card.
    await probe.evaluate(async ([key, value]) => chrome.storage.local.set({ [key]: value }), [LANGUAGE_KEY, tour.lang] as const);
    await probe.emulateMedia({ colorScheme: tour.scheme });
    // The popup once the code list has loaded: results for a coder's shorthand, then an entry.
    await probe.setViewportSize({ width: POPUP_WIDTH, height: POPUP_MAX_HEIGHT });
    await probe.goto(ext(tour, 'src/ui/popup/index.html'));
    const box = probe.getByRole('combobox');
    // The popup keeps the last query; start from an empty box as a new lookup does.
    await box.fill('');
    await box.pressSequentially('foram sten head', { delay: 10 });
    await probe.locator('[role="option"]').first().waitFor();
    tour.heights.popup = await fitPopup(probe);
    await shot(tour, probe, 'popup');
    await box.press('Enter');
    await probe.locator('article.code-entry').first().waitFor();
    tour.heights['popup-entry'] = await fitPopup(probe);
    await shot(tour, probe, 'popup-entry');

    // The options page opens in a tab of its own; its content is at most 760 px wide.
    await probe.setViewportSize({ width: 960, height: 900 });
    await probe.goto(ext(tour, 'src/ui/options/index.html'));
    await probe.locator('main, .options').first().waitFor();
    await probe.locator('[data-rule]').first().waitFor();
    await shot(tour, probe, 'options');
    await shot(tour, probe, 'options-full', { fullPage: true });
  }
  await probe.evaluate(async ([key, value]) => (value === undefined ? chrome.storage.local.remove(key) : chrome.storage.local.set({ [key]: value })), [LANGUAGE_KEY, before] as const);
  await probe.close();
  return tours.map(({ files, heights }) => ({ files, heights }));
}
