/**
 * Page patterns a blind QA of EHR pages found misread (2026-12-05, /tmp/ehrqa): modifiers drawn as
 * checkboxes or toggle buttons, a listbox-button picker, a superbill grid named as a whole, a form
 * inside a closed app shell. Fixture pages in test/fixtures/pages; each is driven as a user would.
 */
import { expect, test } from './fixtures';
import { badge, expectOverlay, finding } from './page-helpers';

test('modifiers drawn as checkboxes or toggle buttons count only while checked or pressed', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/modifier-toggles.html`);
  // Checking GA beside AT on the first line is read at once.
  await page.getByRole('checkbox', { name: 'GA' }).first().click();
  await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(1);
  // Same verdict: the pressed AT button and the checked AT box without a value ("on") are AT.
  await expectOverlay(finding(page, 'manipulation-modifier', '98941')).toHaveCount(0);
  await expectOverlay(finding(page, 'manipulation-modifier', '98942')).toHaveCount(0);
  // Unchecked again, GA is no longer billed.
  await page.getByRole('checkbox', { name: 'GA' }).first().click();
  await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(0);
  // Un-pressing AT on the second line leaves 98941 with no modifier on a Medicare visit.
  await page.getByRole('button', { name: 'AT', pressed: true }).click();
  await expectOverlay(finding(page, 'manipulation-modifier', '98941')).toHaveCount(1);
  await page.getByRole('button', { name: 'AT', pressed: false }).click();
  await expectOverlay(finding(page, 'manipulation-modifier', '98941')).toHaveCount(0);
  // Unchecking the value-less AT box leaves 98942 with none either.
  await page.getByRole('checkbox', { name: 'AT' }).last().click();
  await expectOverlay(finding(page, 'manipulation-modifier', '98942')).toHaveCount(1);
});

test('a listbox-button picker is read by the chosen item it shows; a menu toggle is not', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/listbox-button.html`);
  await page.getByRole('button', { name: /Diagnosis/ }).click();
  await page.getByRole('option', { name: /M99\.03/ }).click();
  await expect(page.locator('#dx-button')).toHaveText(/M99\.03/);
  // The lumbar code against the cervical note, badged on the button.
  await expectOverlay(finding(page, 'region-mismatch', 'M99.03')).toHaveCount(1);
  await expectOverlay(badge(page, 'M99.03')).toBeVisible();
  // The "Actions" dropdown's menu item is no chosen diagnosis.
  await expectOverlay(finding(page, 'region-mismatch', 'M99.05')).toHaveCount(0);
  await expectOverlay(badge(page, 'M99.05')).toHaveCount(0);
  // Choosing the cervical code clears the mismatch.
  await page.getByRole('button', { name: /Diagnosis/ }).click();
  await page.getByRole('option', { name: /M99\.01/ }).click();
  await expectOverlay(finding(page, 'region-mismatch', 'M99.03')).toHaveCount(0);
});

test('a superbill grid named with a procedure word still has its ICD-10 column read as diagnoses', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/superbill-grid.html`);
  const icd = page.getByRole('gridcell', { name: 'M99.01' });
  await icd.dblclick();
  await page.keyboard.type('M99.03');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('gridcell', { name: 'M99.03' })).toBeVisible();
  // The lumbar code in the ICD-10 column against the cervical note.
  await expectOverlay(finding(page, 'region-mismatch', 'M99.03')).toHaveCount(1);
  await expectOverlay(badge(page, 'M99.03')).toBeVisible();
});

test('fields inside a closed app shell (open components within) are read as the user types', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/closed-shell.html`);
  // Nothing outside the closed root reaches its fields: the user tabs into them.
  await page.keyboard.press('Tab');
  await page.keyboard.type('M99.03');
  await page.keyboard.press('Tab');
  await page.keyboard.type('C5 PRS listing and C6 subluxation. CMT to cervical spine.');
  await expectOverlay(finding(page, 'region-mismatch', 'M99.03')).toHaveCount(1);
  await expectOverlay(badge(page, 'M99.03')).toBeVisible();
});
