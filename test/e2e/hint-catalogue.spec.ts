/**
 * QA stop 55: the findings frame (one per page that shows a badge) parsed both message catalogues,
 * about 147 KB, to say one language's few lines; it loads its UI language's only. And a note in
 * Spanish, which ChartLint's readers do not read, is said to be unread in either UI language: the
 * card and the panel never call its code supported, nor say that no note text was there.
 * A browser started in Spanish also has its inline card checked by axe here (its one such browser).
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { openDemoWith, openInlineCard } from '../../scripts/lib/demo-tour';
import { launchExtension, type LaunchedExtension } from '../../scripts/lib/launch-extension';
import { seriousOverlayViolations } from './axe-analyze';
import { DIST, expect, test } from './fixtures';
import { badge, expectCardScheme, expectOverlay, overlay } from './page-helpers';

/** A message of a language's catalogue (read as a file: the test runner does not import JSON modules). */
const message = (lang: string, id: string): string =>
  (
    JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<
      string,
      { message: string }
    >
  )[id]!.message;
const SPANISH_REASON = 'reason_not_checked_note_spanish';
const SCHEMES = ['light', 'dark'] as const;
/** The words of a message before its first placeholder: what a script holding the catalogue carries. */
const fixedPart = (lang: string, id: string) => message(lang, id).split('$')[0]!;

/** The source of every script the findings frame parsed, through the debugger of the frame's own target. */
async function hintScripts(page: Page): Promise<string[]> {
  const hint = page.frames().find((f) => /\/src\/ui\/hint\/index\.html/.test(f.url()));
  if (!hint) throw new Error('no findings frame');
  const cdp = await page.context().newCDPSession(hint);
  const ids: string[] = [];
  cdp.on('Debugger.scriptParsed', (event: { scriptId: string; url: string }) => {
    if (/^(chrome|moz)-extension:/.test(event.url)) ids.push(event.scriptId);
  });
  await cdp.send('Debugger.enable');
  const sources: string[] = [];
  for (const scriptId of ids)
    sources.push((await cdp.send('Debugger.getScriptSource', { scriptId })).scriptSource);
  await cdp.detach();
  return sources;
}

async function openCard(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Diagnóstico (CIE-10)').click();
  await page.keyboard.type('M99.63');
  await expectOverlay(badge(page, 'M99.63')).toBeVisible();
  await overlay(page).locator('.badge[data-code~="M99.63"] button').click();
  await expectOverlay(overlay(page).locator('.panel:not([hidden])')).toBeVisible();
}

test('an English card loads the English messages only, and says the Spanish note was not read', async ({
  page,
  server,
  tabIdOf,
  openExtensionPage,
}) => {
  await openCard(page, `${server.url}/fixtures/spanish-note.html`);
  const card = overlay(page).locator('.panel:not([hidden])');
  await expectOverlay(card).toContainText(fixedPart('en', SPANISH_REASON));
  const scripts = await hintScripts(page);
  expect(scripts.some((s) => s.includes(fixedPart('en', SPANISH_REASON)))).toBe(true);
  expect(scripts.filter((s) => s.includes(fixedPart('es', SPANISH_REASON)))).toHaveLength(0);

  // The panel says the same, for the code and for its checklist, in English and in Spanish.
  for (const lang of ['en', 'es'] as const) {
    const panel = await openExtensionPage(
      `src/ui/side-panel/index.html?tabId=${await tabIdOf(page)}&lang=${lang}`,
      { width: 320, height: 900 },
    );
    const verdict = panel.locator('.verdicts [data-code="M99.63"]');
    await expect(verdict).toHaveAttribute('data-verdict', 'not-checked');
    await expect(verdict).toContainText(
      fixedPart(lang, SPANISH_REASON)
        .replace(/^./, (c) => c.toUpperCase())
        .slice(1),
    );
    await expect(panel.locator('.checklist-none')).toHaveText(message(lang, 'checklistNoteSpanish'));
    await expect(panel.locator('.m99-grid [data-supported]')).toHaveCount(0);
    for (const [width, scheme] of [
      [320, 'dark'],
      [480, 'light'],
    ] as const) {
      await panel.setViewportSize({ width, height: 900 });
      await panel.emulateMedia({ colorScheme: scheme });
      if (process.env.CHARTLINT_SHOT)
        await panel.screenshot({
          path: `${process.env.CHARTLINT_SHOT}-${lang}-${width}-${scheme}.png`,
          fullPage: true,
        });
    }
    await panel.close();
  }
});

// chrome.i18n speaks the browser's UI language, set at its start: these tests share one browser
// started in Spanish, launched by the first (the file's other tests use the worker's English one).
// A browser each cost a launch and a first catalog read: the second test's 7.9 CPU-s of 10.7 went there.
test.describe('a browser started in Spanish', () => {
  // One after the other, on one browser; a failed test ends the Playwright worker, and the next
  // test launches a new one.
  test.describe.configure({ mode: 'default' });
  let spanish: Promise<LaunchedExtension> | undefined;
  const spanishBrowser = () => (spanish ??= launchExtension({ dist: DIST, headless: true, locale: 'es-ES' }));
  test.afterEach(async () => {
    // Each test starts with the launch's own blank tab only, as a new browser does.
    const browser = await spanish?.catch(() => undefined);
    for (const page of browser?.context.pages().slice(1) ?? []) await page.close();
  });
  test.afterAll(async () => {
    const browser = await spanish?.catch(() => undefined);
    if (!browser) return;
    await browser.context.close();
    await rm(browser.profile, { recursive: true, force: true });
  });

  test('a Spanish card loads the Spanish messages only, and says in Spanish that the note was not read', async ({
    server,
  }) => {
    const { context } = await spanishBrowser();
    const page = await context.newPage();
    await openCard(page, `${server.url}/fixtures/spanish-note.html`);
    await expectOverlay(overlay(page).locator('.panel:not([hidden])')).toContainText(
      fixedPart('es', SPANISH_REASON),
    );
    const scripts = await hintScripts(page);
    expect(scripts.some((s) => s.includes(fixedPart('es', SPANISH_REASON)))).toBe(true);
    expect(scripts.filter((s) => s.includes(fixedPart('en', SPANISH_REASON)))).toHaveLength(0);
    if (process.env.CHARTLINT_SHOT)
      await page.screenshot({ path: `${process.env.CHARTLINT_SHOT}-card-es.png` });
  });

  // axe on the inline card in Spanish (the other languages' and pages' axe checks: axe.spec.ts).
  test('inline popover in a Spanish browser, light and dark: no serious axe findings', async ({ server }) => {
    const { context } = await spanishBrowser();
    const page = await openDemoWith(context, `${server.url}/`, 'M99.60', SCHEMES[0]);
    await openInlineCard(page);
    await expectOverlay(overlay(page).locator('.panel:not([hidden])')).toHaveAttribute(
      'aria-label',
      message('es', 'badgePanelLabel').replace('$codes$', 'M99.60'),
    );
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectCardScheme(page, scheme);
      expect(await seriousOverlayViolations(page), scheme).toEqual([]);
    }
  });
});
