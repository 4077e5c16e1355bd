/**
 * Widgets real EHRs use that earlier probes did not cover (probe of 2026-12-04, round 3; fixture
 * pages in test/fixtures/pages, markup as each library renders it). Used as a user would: typed
 * into by keyboard, chosen with ArrowDown+Enter at once.
 */
import { expect, test } from './fixtures';
import { badge, expectOverlay, finding } from './page-helpers';

test('a signed note shown read-only as <pre> is read, line breaks kept', async ({ page, server }) => {
  await page.goto(`${server.url}/fixtures/pre-note.html`);
  // The lumbar code against the cervical note in the <pre>.
  await expectOverlay(finding(page, 'region-mismatch', 'M99.03')).toHaveCount(1);
});

test('MUI Autocomplete: a diagnosis chosen with ArrowDown+Enter at once is read from the chip it adds', async ({ page, server }) => {
  await page.goto(`${server.url}/fixtures/mui-autocomplete.html`);
  await expectOverlay(badge(page, 'M54.50')).toBeVisible();
  const input = page.locator('#dx-ac');
  await input.click();
  await page.keyboard.type('cervical region');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('.MuiChip-root')).toHaveCount(2);
  // The cervical code against the lumbar note.
  await expectOverlay(finding(page, 'region-mismatch', 'M99.01')).toHaveCount(1);
  await expectOverlay(badge(page, 'M99.01')).toBeVisible();
});

test('Draft.js: the note is read block by block, and again as the user types into it', async ({ page, server }) => {
  await page.goto(`${server.url}/fixtures/draftjs-note.html`);
  await expectOverlay(finding(page, 'region-mismatch', 'M99.03')).toHaveCount(1);
  await page.getByText('A: Segmental dysfunction of the cervical region.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Lumbar L4-L5 subluxation, segmental dysfunction of the lumbar region.');
  await expectOverlay(finding(page, 'region-mismatch', 'M99.03')).toHaveCount(0);
  await expectOverlay(badge(page, 'M99.03')).toBeVisible();
});
