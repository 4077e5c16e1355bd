/**
 * Page patterns a blind QA of EHR pages found misread (2026-12-05, /tmp/ehrqa): modifiers drawn as
 * checkboxes or toggle buttons, a listbox-button picker, a superbill grid named as a whole, a form
 * inside a closed app shell. Fixture pages in test/fixtures/pages; each is driven as a user would.
 */
import { expect, test } from './fixtures';
import { badge, expectOverlay, finding, storedTabState } from './page-helpers';

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

test('a signed note view is read from the paragraphs under its headings, its lists named by their headings', async ({
  page,
  server,
  serviceWorker,
  tabIdOf,
}) => {
  await page.goto(`${server.url}/fixtures/signed-note-view.html`);
  // The cervical code of the Assessment list against the lumbar findings of the Objective paragraph.
  await expectOverlay(finding(page, 'region-mismatch', 'M99.01')).toHaveCount(1);
  // Each part read by its heading: the paragraphs as the note, the lists as diagnosis and procedures;
  // the signature line above the headings is no part.
  const tabId = await tabIdOf(page);
  const fields = async () =>
    Object.values((await storedTabState(serviceWorker, tabId))?.frames ?? {})
      .flatMap((frame) => frame.fields.map((f) => `${f.kind}:${f.label}`))
      .sort();
  await expect
    .poll(fields)
    .toEqual([
      'diagnosis:Assessment',
      'note:Objective',
      'note:Plan',
      'note:Subjective',
      'procedure:Procedures',
    ]);
  await expectOverlay(finding(page, 'unsupported-code', 'M99.01')).toHaveCount(0);
  await expectOverlay(badge(page, 'M99.01')).toBeVisible();
  // An addendum paragraph documenting the cervical findings is read as the user adds it.
  await page.getByRole('button', { name: 'Add addendum' }).click();
  await expect(page.getByText('Addendum: C5 PRS listing')).toBeVisible();
  await expectOverlay(finding(page, 'region-mismatch', 'M99.01')).toHaveCount(0);
});

test('a virtualised diagnosis list is marked as read only in part, wherever it is scrolled', async ({
  page,
  server,
  serviceWorker,
  tabIdOf,
}) => {
  await page.goto(`${server.url}/fixtures/virtual-list.html`);
  const tabId = await tabIdOf(page);
  const diagnosisField = async () =>
    Object.values((await storedTabState(serviceWorker, tabId))?.frames ?? {})
      .flatMap((frame) => frame.fields)
      .find((f) => f.kind === 'diagnosis');
  await expect.poll(async () => (await diagnosisField())?.partial).toBe(true);
  expect((await storedTabState(serviceWorker, tabId))?.limits?.partialFields).toBe(1);
  // Scrolled to its end, the first rows are the undrawn ones: still in part.
  await page.getByRole('listitem').first().hover();
  await page.mouse.wheel(0, 400);
  await expect(page.getByRole('listitem').filter({ hasText: 'M99.03' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'M54.2 ' })).toHaveCount(0);
  await expect
    .poll(async () => (await storedTabState(serviceWorker, tabId))?.result.codes.map((c) => c.code))
    .toContain('M99.03');
  expect((await diagnosisField())?.partial).toBe(true);
});

test("a grid column's badge shows over the grid's own cloned header layer", async ({ page, server }) => {
  await page.goto(`${server.url}/fixtures/grid-cloned-header.html`);
  await page.getByLabel('Visit note').click();
  await page.keyboard.type('C5 PRS listing and C6 subluxation. CMT to cervical spine.');
  await expectOverlay(finding(page, 'region-mismatch', 'M99.03')).toHaveCount(1);
  await expectOverlay(badge(page, 'M99.03')).toBeVisible();
});
