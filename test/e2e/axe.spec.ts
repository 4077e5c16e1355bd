/**
 * Accessibility (issue 17): axe finds nothing serious or critical on the popup (loaded, with lookup
 * results, with an entry open), the options page and the inline popover on the demo EHR, in light
 * and dark, English and Spanish, and on the release warning of the panel and the popover. The side
 * panel has the same check in panel-layout.spec.ts; the popover of a browser started in Spanish, in
 * hint-catalogue.spec.ts (which has that browser).
 */
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { analyzeWithAxe, serious, seriousOverlayViolations } from './axe-analyze';
import { expect, test } from './fixtures';
import { expectCardScheme, expectOverlay, overlay } from './page-helpers';

const SCHEMES = ['light', 'dark'] as const;
/** A message of a language's catalogue (read as a file: the test runner does not import JSON modules). */
const message = (lang: string, id: string): string =>
  (
    JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<
      string,
      { message: string }
    >
  )[id]!.message;
const LANGS = ['en', 'es'] as const;

/** Serious and critical axe violations on an extension page (empty when clean). */
async function seriousViolations(page: Page): Promise<string[]> {
  return serious((await analyzeWithAxe(page)).violations);
}

// Each page is loaded once and checked in both schemes (the scheme is switched on the loaded page,
// as the OS switches it): a page per scheme loaded the popup's code list, the options page or the
// demo EHR twice for the same checks (about 1-2 CPU-s a load on a 2-core machine).
for (const lang of LANGS) {
  test(`popup, ${lang}, light and dark: no serious axe findings once loaded, with results and with an entry, and the side panel and settings stay reachable`, async ({
    openExtensionPage,
  }) => {
    const popup = await openExtensionPage(`src/ui/popup/index.html?lang=${lang}`, {
      width: 400,
      height: 600,
    });
    await expect(popup.locator('html')).toHaveAttribute('lang', lang);
    // Loaded: the status line no longer says the code list is loading.
    await expect(popup.locator('.lookup-status')).toHaveText('', { timeout: 30_000 });
    const inEachScheme = async (state: string) => {
      for (const scheme of SCHEMES) {
        await popup.emulateMedia({ colorScheme: scheme });
        expect(await seriousViolations(popup), `${state}, ${scheme}`).toEqual([]);
      }
    };
    await inEachScheme('empty');
    await popup.getByRole('combobox').pressSequentially('foram sten head');
    await expect(popup.getByRole('option').first()).toBeVisible();
    await inEachScheme('results');
    // With results showing, the side panel and the settings are still a button away.
    await expect(popup.getByRole('button', { name: message(lang, 'openSidePanel'), exact: true })).toBeVisible();
    await expect(popup.getByRole('button', { name: message(lang, 'settings'), exact: true })).toBeVisible();
    await popup.getByRole('combobox').press('Enter');
    await expect(popup.locator('article.code-entry')).toBeVisible();
    await inEachScheme('entry');
  });
}

// One options tab, in English and then in Spanish, each language loaded once for its axe views and
// its lines, and at the Spanish page's 960 px its type size (a test of its own in
// panel-layout.spec.ts opened the same page at the same size): a tab per language and check loaded
// the page three times.
test('options page, en and es, light and dark: no serious axe findings; it reads at the theme\'s 14 px, not Chrome\'s 75% for extension pages, and keeps each rule id, each date or range and each release\'s state on one line', async ({
  openExtensionPage,
  extensionId,
}) => {
  let options: Page | undefined;
  for (const lang of LANGS) {
    const path = `src/ui/options/index.html?lang=${lang}`;
    if (options) await options.goto(`chrome-extension://${extensionId}/${path}`);
    else options = await openExtensionPage(path, { width: 960, height: 900 });
    await expect(options.locator('html')).toHaveAttribute('lang', lang);
    await expect(options.locator('[data-rule]').first()).toBeVisible();
    for (const scheme of SCHEMES) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(options), `${lang}, ${scheme}`).toEqual([]);
    }
    // In light, on the page as loaded (each language's page was loaded a second time for these):
    // no date or range breaks at its hyphens. About's narrow Release column printed
    // "del 2026-10-" / "01 al 2027-" / "09-30", a rule's help "(98925-" / "98929, …)"; and the
    // releases table's caveat squeezed "in force" onto two lines.
    await options.emulateMedia({ colorScheme: 'light' });
    expect(await brokenTokens(options), lang).toEqual([]);
    // Each cell's lines and text read in one call: a call per cell and another for its text in the
    // message cost a protocol round trip and a stack capture each (see lineCounts).
    const today = await lineCounts(options.locator('[data-release-windows] tbody td:last-child'), 'contents');
    expect(today.length).toBeGreaterThan(0);
    for (const { text, lines } of today) expect(lines, `${lang}: ${text}`).toBe(1);
  }
  // Spanish, light: its longer rule titles are what pushed non-billable-code to wrap at 960 px.
  expect(await options!.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
  // A section's intro sentence has no size of its own: it is the body's.
  expect(await options!.locator('.options section p').first().evaluate((p) => getComputedStyle(p).fontSize)).toBe('14px');
  // At that size a rule id must still be one token on one line (non-billable-code broke at its hyphen).
  for (const { text, lines } of await lineCounts(options!.locator('.rules tbody th .code'), 'boxes')) expect(lines, text).toBe(1);
});

/**
 * Each element's text and the number of lines it takes, read in one call for all of them: two calls
 * an element (its lines, then its text for the message) were 38 protocol round trips, each with its
 * stack capture, for the 19 rule ids alone. `contents`: the lines of its contents' text (a table
 * cell); `boxes`: of its own boxes (an inline element).
 */
function lineCounts(elements: Locator, measure: 'contents' | 'boxes'): Promise<{ text: string; lines: number }[]> {
  return elements.evaluateAll(
    (all, how) =>
      all.map((el) => {
        let rects: DOMRect[];
        if (how === 'contents') {
          const range = document.createRange();
          range.selectNodeContents(el);
          rects = [...range.getClientRects()].filter((r) => r.width > 0);
        } else rects = [...el.getClientRects()];
        return { text: el.textContent, lines: new Set(rects.map((r) => Math.round(r.top))).size };
      }),
    measure,
  );
}

/**
 * ISO dates ("2026-10-01") and ranges of codes or levels ("98925-98929", "M99.00-M99.05", "C5-C6",
 * as split-dates.ts reads them) whose characters sit on more than one line, anywhere on the page.
 */
async function brokenTokens(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const tokens = /\b(?:\d{4}-\d{2}-\d{2}|\d{5}-\d{5}|[A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?-[A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?|[CTLS]\d{1,2}-[CTLS]?\d{1,2})\b/g;
      for (const m of (node.textContent ?? '').matchAll(tokens)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        );
        if (tops.size > 1) found.push(`${m[0]} in "${node.parentElement?.textContent.trim().slice(0, 40)}"`);
      }
    }
    return found;
  });
}

// axe does not see focus rings: the card's is checked against the card too, in each scheme.
test('inline popover on the demo EHR, light and dark: no serious axe findings, and its focus ring stands out from the card at 3:1 or more', async ({ openPage }) => {
  const { page, dx } = await openPage('M99.60');
  await dx.press('Escape');
  await overlay(page).locator('.badge[data-severity]').first().hover();
  const card = overlay(page).locator('.panel:not([hidden])');
  await expectOverlay(card.locator('.finding').first()).toBeVisible();
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectCardScheme(page, scheme);
    expect(await seriousOverlayViolations(page), scheme).toEqual([]);
    const { ring, background } = await card.evaluate((el) => {
      const root = el.ownerDocument.documentElement;
      return { ring: getComputedStyle(root).getPropertyValue('--focus-ring').trim(), background: getComputedStyle(el.ownerDocument.body).backgroundColor };
    });
    expect(contrast(ring, background), `${scheme}: ${ring} on ${background}`).toBeGreaterThanOrEqual(3);
  }
});

// A release warning is drawn on an amber fill of its own, so it is checked where it shows: its text
// once kept dark mode's light grey on a light amber fill (about 1.5:1 in the card, "· date of service"
// 1.6:1 in the panel), which no view above has (they are all in the release in force).
test('a release warning (a date of service before the oldest release) reads in light and dark: no serious axe findings in the side panel or the inline card', async ({
  openPage,
  openExtensionPage,
  tabIdOf,
}) => {
  const { page, dx } = await openPage('M99.60');
  const panel = await openExtensionPage(`src/ui/side-panel/index.html?tabId=${await tabIdOf(page)}`, {
    width: 320,
    height: 900,
  });
  await panel.locator('.visit-date summary').click();
  await panel.locator('#visit-date').fill('2019-05-01');
  await panel.locator('.visit-date button[type="submit"]').click();
  await expect(panel.locator('.release-line.release-warning')).toBeVisible();
  for (const scheme of SCHEMES) {
    await panel.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(panel), `panel, ${scheme}`).toEqual([]);
  }
  await page.bringToFront();
  await dx.press('Escape');
  await overlay(page).locator('.badge[data-severity]').first().hover();
  const card = overlay(page).locator('.panel:not([hidden])');
  await expectOverlay(card.locator('.release-warning')).toBeVisible();
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectCardScheme(page, scheme);
    expect(await seriousOverlayViolations(page), `card, ${scheme}`).toEqual([]);
  }
});

/** WCAG's contrast ratio of two CSS colours ("#rrggbb" or "rgb(r, g, b)"). */
function contrast(a: string, b: string): number {
  const rgb = (c: string) => (c.startsWith('#') ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) : c.match(/\d+/g)!.slice(0, 3).map(Number));
  const lum = (c: string) => {
    const [r, g, bl] = rgb(c).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
