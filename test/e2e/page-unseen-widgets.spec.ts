/**
 * Widget shapes from the blind page QA of 2026-12-06 (/tmp/qapages47), on a fixture page that
 * imitates them. Unit tests: src/content/find-fields-unseen-widgets.test.ts.
 */
import { expect, test } from './fixtures';
import { badge, expectOverlay, finding } from './page-helpers';

test('chips drawn side by side with no whitespace are separate codes; a closed dropdown’s results are no codes; "Cvg:" names the payer', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/unseen-widgets.html`);
  // The payer from the banner's "Cvg:": a Medicare manipulation line without AT.
  await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(1);
  await expectOverlay(badge(page, 'M99.61')).toBeVisible();
  // A second chip appended right after the first: two codes, never "M99.61M50.121" (M99).
  await page.locator('#dx-entry').click();
  await page.keyboard.type('M50.121');
  await page.keyboard.press('Enter');
  await expect(page.locator('x-chip')).toHaveCount(2);
  await expectOverlay(badge(page, 'M50.121')).toBeVisible();
  await expectOverlay(badge(page, 'M99')).toHaveCount(0);
  await expectOverlay(finding(page, 'non-billable-code', 'M99')).toHaveCount(0);
  // Searched in the picker, then closed with Escape: its results stay in the page, hidden.
  await page.locator('#more-dx-search').click();
  await page.keyboard.type('M54');
  await expect(page.locator('.chosen-results li')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.locator('.chosen-drop')).toBeHidden();
  await expectOverlay(badge(page, 'M54.12')).toHaveCount(0);
  await expectOverlay(badge(page, 'M50.121')).toBeVisible();
});
