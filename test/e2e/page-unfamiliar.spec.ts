/**
 * Pages built unlike the other fixtures (probe of 2026-12-04): a multi-select whose chips are
 * buttons named by their code, a ProseMirror/Slate-like note whose words are split by spans, soft
 * hyphens and zero-width characters, and a note in a designMode iframe. Each page is used as a
 * user would (nothing typed into a field ChartLint reads but by keyboard), and what the user wrote
 * stays as it was.
 */
import { expect, test } from './fixtures';
import { badge, expectOverlay, finding } from './page-helpers';

test('a chip that is itself a button, its code only in aria-label or title, gets its badge', async ({ page, server }) => {
  await page.goto(`${server.url}/fixtures/chip-buttons.html`);
  await expectOverlay(badge(page, 'M99.03')).toBeVisible();
  await expectOverlay(badge(page, 'M54.16')).toBeVisible();
});

test('a note split into spans with soft hyphens and zero-width characters is read as it shows', async ({ page, server }) => {
  await page.goto(`${server.url}/fixtures/split-span-note.html`);
  const note = page.getByRole('textbox', { name: 'Progress note' });
  const before = await note.innerHTML();
  // "cervical" split by soft hyphens and "C5-C6" by zero-width spaces read as cervical C5-C6: the lumbar code is the wrong region.
  await expectOverlay(finding(page, 'region-mismatch', 'M99.03')).toHaveCount(1);
  expect(await note.innerHTML()).toBe(before);
});

test('a note in a designMode iframe is read, and read again as the user types', async ({ page, server }) => {
  await page.goto(`${server.url}/fixtures/design-mode-frame.html`);
  await expectOverlay(finding(page, 'region-mismatch', 'M99.03')).toHaveCount(1);
  const body = page.frameLocator('#note-frame').locator('body');
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Lumbar L4-L5 subluxation.');
  await expectOverlay(finding(page, 'region-mismatch', 'M99.03')).toHaveCount(0);
  await expect(body).toContainText('cervical region. Lumbar L4-L5 subluxation.');
});
