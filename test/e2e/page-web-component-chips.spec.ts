/**
 * Diagnosis chips drawn by web components (a page QA of 2026-12-06, /tmp/pageqa45: Material Web's
 * chip set and text field): the chips' codes are in their own shadow roots and the entry's input
 * deep in the text field's, so the page showed no badge at all. Fixture: web-component-chips.html.
 */
import { expect, test } from './fixtures';
import { badge, expectOverlay, finding } from './page-helpers';

test('chips a web component draws in its shadow root are read with the entry beside them', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/web-component-chips.html`);
  // The chip on the page at load: the head-region code against the cervical note.
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  // A code typed and added with Enter becomes a chip; the entry is empty again.
  await page.getByRole('textbox', { name: 'Add ICD-10 code' }).click();
  await page.keyboard.type('M99.61');
  await page.keyboard.press('Enter');
  await expect(page.locator('x-chip')).toHaveCount(2);
  await expect(page.getByRole('textbox', { name: 'Add ICD-10 code' })).toHaveValue('');
  await expectOverlay(badge(page, 'M99.61')).toBeVisible();
  // The head-region chip removed: its finding goes with it.
  await page.getByRole('button', { name: 'Remove M99.60' }).click();
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(0);
  await expectOverlay(badge(page, 'M99.61')).toBeVisible();
});
