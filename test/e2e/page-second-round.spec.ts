/**
 * Page patterns from the EHR QA of 2026-12-06, second round (/tmp/pageqa46: PrimeVue, Shoelace,
 * Tom Select, Choices.js, Ant Design pages), each on a fixture page that imitates the library's
 * DOM. Unit tests: src/content/find-fields-second-round.test.ts.
 */
import { expect, test } from './fixtures';
import { badge, expectOverlay, finding } from './page-helpers';

test('a token field drawn as one listbox (chips and entry are its options) is read as the diagnosis field', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/token-listbox.html`);
  // The chip on the page at load: the head-region code against the cervical note.
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  // Typed, then chosen with ArrowDown+Enter: a chip, the entry empty again.
  await page.getByRole('combobox').click();
  await page.keyboard.type('M99.61');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('.chip-item')).toHaveCount(2);
  await expect(page.getByRole('combobox')).toHaveValue('');
  await expectOverlay(badge(page, 'M99.61')).toBeVisible();
  // The head-region chip removed: its finding goes with it.
  await page.locator('[data-remove="M99.60"]').click();
  await expect(page.locator('.chip-item')).toHaveCount(1);
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(0);
  await expectOverlay(badge(page, 'M99.61')).toBeVisible();
});

test('a design system’s multiple select is read by the tags it draws and the value it keeps in an aria-hidden input', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/design-system-multiselect.html`);
  // The option chosen at load: the head-region code against the cervical note.
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  // A second code chosen: drawn only as "+1" beside the first tag; its code is in the value input.
  await page.getByRole('combobox').click();
  await page.getByRole('option', { name: /^M99\.61/ }).click();
  await expect(page.getByRole('combobox')).toHaveValue('2 options selected');
  await expectOverlay(badge(page, 'M99.61')).toBeVisible();
  // The head-region code unchosen: its finding goes with it.
  await page.getByRole('option', { name: /^M99\.60/ }).click();
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(0);
  await expectOverlay(badge(page, 'M99.61')).toBeVisible();
});

test('a charge line whose selects a picker library draws over is read with its modifiers', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/picker-lines.html`);
  // Line 1 carries no modifier yet: a Medicare manipulation line without AT.
  await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(1);
  // AT chosen in line 1's modifier picker: the page's select and the drawn control both say AT.
  await page.locator('.control input[aria-label="Modifier 1"]').first().click();
  await page.getByRole('listbox').getByRole('option', { name: 'AT', exact: true }).click();
  await expect(page.locator('select[aria-label="Modifier 1"]').first()).toHaveValue('AT');
  await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(0);
});

test('a modifier multiple select that shows its modifiers as chips beside an empty input is read with the line', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/chip-modifiers.html`);
  // No modifier yet: a Medicare manipulation line without AT.
  await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(1);
  // AT chosen: drawn as a chip, the search input stays empty.
  await page.getByRole('combobox', { name: 'Modifiers line 1' }).click();
  await page.getByRole('option', { name: 'AT', exact: true }).click();
  await expect(page.locator('.item')).toHaveText(['AT×']);
  await expect(page.getByRole('combobox', { name: 'Modifiers line 1' })).toHaveValue('');
  await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(0);
});

test('a grid’s cell editor mounted outside its cells is read in the cell it edits, before it is committed', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/grid-outside-editor.html`);
  const cells = page.getByRole('gridcell');
  // 98940 typed into the CPT cell's editor, not committed: the cell still shows nothing.
  await cells.nth(0).click();
  await page.keyboard.type('98940');
  await expect(cells.nth(0)).toHaveText('');
  await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(1);
  // Committed with Enter, then AT typed into the modifier cell's editor: no missing-AT finding.
  await page.keyboard.press('Enter');
  await expect(cells.nth(0)).toHaveText('98940');
  await cells.nth(1).click();
  await page.keyboard.type('AT');
  await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(cells.nth(1)).toHaveText('AT');
  await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(0);
});
