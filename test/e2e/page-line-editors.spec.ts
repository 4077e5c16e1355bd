/**
 * Code editors used as note boxes (CodeMirror 5 and 6, Monaco, Ace) draw only the lines near their
 * view. Fixture pages replicate each library's DOM (versions in each page; the libraries are not
 * dependencies). A long note is read whole where the page keeps it whole (CodeMirror 5's textarea,
 * kept in sync), and where it does not, the badge's card and the side panel say the note was
 * checked only as far as the editor shows it, never as if the whole note had been read.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { badge, expectOverlay, finding, overlay } from './page-helpers';

const PANEL = 'src/ui/side-panel/index.html';
const SHOWN_ONLY = /shows only the lines in view: ChartLint checked the lines it shows/;

// One tab and one panel for the five notes, each page in turn: a navigation starts the next page's
// reading afresh, and the panel is reloaded to read that page's state anew (five tests, each with
// its own tab and panel, opened the panel five times for the same steps).
test('CodeMirror 6, Monaco and Ace long notes are said to be checked only as far as the editor draws them; CodeMirror 5, long or short, is read whole', async ({ page, server, openExtensionPage, tabIdOf }) => {
  let panel: Page | undefined;
  /** The page loaded in the test's tab, its badge shown, and the panel reading its state. */
  const open = async (path: string, ready: () => Promise<void>): Promise<Page> => {
    await page.goto(`${server.url}/fixtures/${path}.html`);
    await ready();
    if (panel) await panel.reload();
    else panel = await openExtensionPage(`${PANEL}?tabId=${await tabIdOf(page)}`, { width: 380, height: 1100 });
    return panel;
  };
  for (const [path, code] of [
    ['codemirror6-long-note', 'M99.03'],
    ['monaco-long-note', 'M99.01'],
    ['ace-long-note', 'M99.03'],
  ] as const) {
    await test.step(path, async () => {
      const panel = await open(path, () => expectOverlay(badge(page, code)).toBeVisible());
      await expect(panel.getByText(code).first()).toBeVisible();
      await expect(panel.locator('[data-limit]')).toContainText(SHOWN_ONLY);
      await badge(page, code).locator('button').click();
      await expectOverlay(overlay(page).locator('.release-warning')).toContainText(SHOWN_ONLY);
    });
  }

  // CodeMirror 5 scrolled in a long note: the textarea the page keeps in sync is read, the lines not drawn included.
  await test.step('codemirror5-long-note', async () => {
    const panel = await open('codemirror5-long-note', async () => {
      await expectOverlay(badge(page, 'M99.01')).toBeVisible();
      // The cervical findings are on lines 36-37, which the editor does not draw (it draws 1-25,
      // lumbar): read from its lines only, M99.01 is unsupported-code; read whole, the subluxation
      // finding is about its documentation.
      await expectOverlay(finding(page, 'subluxation-documentation', 'M99.01')).toHaveCount(1);
      await expectOverlay(finding(page, 'unsupported-code', 'M99.01')).toHaveCount(0);
    });
    await expect(panel.getByText('M99.01').first()).toBeVisible();
    await expect(panel.locator('[data-limit]')).toHaveCount(0);
  });

  // A short CodeMirror 5 note drawn whole is not said to be read in part.
  await test.step('codemirror5-note', async () => {
    const panel = await open('codemirror5-note', () => expectOverlay(finding(page, 'region-mismatch', 'M99.03')).toHaveCount(1));
    await expect(panel.locator('.findings [data-rule="region-mismatch"]').first()).toBeVisible();
    await expect(panel.locator('[data-limit]')).toHaveCount(0);
  });
});
