/**
 * Page shapes from the blind page QA of stop 52 (/tmp/qapages52 c6: H2, L1, L2), on a fixture page
 * that imitates them: a signed note shown read-only as text (a <pre>, a pre-wrap div, a <p> per
 * line) under a heading that names it and holds an Edit button, with no labelled box around it; a
 * Select2 picker whose hidden select shares its section with the note's editor.
 * Unit tests: src/content/note-text-blocks.test.ts, src/content/rendered.test.ts (one picker, one field).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { badge, expectOverlay, finding, overlay, storedTabState } from './page-helpers';

type Probe = Pick<Page, 'evaluate'>;

test('a read-only note under its heading is read, each code of a Select2 picker once, and the note is named by its own heading', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  const probe: Probe = serviceWorker;
  for (const view of ['pre', 'div', 'p']) {
    await page.goto(`${server.url}/fixtures/note-under-heading.html?view=${view}`);
    // The note's L5 radiculopathy against a code that says without it.
    await expectOverlay(finding(page, 'qualifier-mismatch', 'M47.816')).toHaveCount(1);
    const tabId = await tabIdOf(page);
    const result = (await storedTabState(probe, tabId))?.result;
    expect(
      result?.codes.map((c) => c.code),
      view,
    ).toEqual(['M47.816']);
    const fields = Object.values((await storedTabState(probe, tabId))?.frames ?? {}).flatMap((f) => f.fields);
    expect(
      fields.filter((f) => f.kind === 'note').map((f) => f.label),
      view,
    ).toContain('Note / الملاحظة');
  }

  // Edit, then Done: the editor is named by its own heading while it shows, and the text after.
  await page.goto(`${server.url}/fixtures/note-under-heading.html`);
  await expectOverlay(finding(page, 'qualifier-mismatch', 'M47.816')).toHaveCount(1);
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Plan: PT.');
  const tabId = await tabIdOf(page);
  const noteLabels = async () =>
    Object.values((await storedTabState(probe, tabId))?.frames ?? {})
      .flatMap((f) => f.fields)
      .filter((f) => f.kind === 'note')
      .map((f) => f.label);
  await expect.poll(noteLabels).toEqual(['Note / الملاحظة']);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect.poll(noteLabels).toEqual(['Note / الملاحظة']);
  await expectOverlay(finding(page, 'qualifier-mismatch', 'M47.816')).toHaveCount(1);
});

// QA stop 52, M3: at 480 px the right-to-left page is wider than the viewport and scrolls left of its
// origin (scrollX < 0). The QA screenshot showed the card cut at the right edge; headless Chromium
// draws such a page's screenshot shifted by its negative scroll range (a fixed box at left:0 shows
// 94 px in), so the card's box is read here, not a picture.
test('on a right-to-left page wider than the viewport the open card stays inside the viewport, scrolled or not', async ({
  page,
  server,
}) => {
  await page.setViewportSize({ width: 480, height: 900 });
  await page.goto(`${server.url}/fixtures/note-under-heading.html`);
  await expectOverlay(finding(page, 'qualifier-mismatch', 'M47.816')).toHaveCount(1);
  for (const scrollX of [0, -60]) {
    expect(await page.evaluate((x) => (window.scrollTo(x, 0), window.scrollX), scrollX)).toBe(scrollX);
    await badge(page, 'M47.816').locator('button').click();
    const card = overlay(page).locator('.panel:not([hidden])');
    await expectOverlay(card).toBeVisible();
    const box = (await card.boundingBox())!;
    expect(box.x, `scrollX ${scrollX}`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `scrollX ${scrollX}`).toBeLessThanOrEqual(480);
    await page.keyboard.press('Escape');
  }
});
