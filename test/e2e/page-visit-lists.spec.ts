/**
 * Lists of this visit's diagnoses drawn by other libraries (blind QA stop 51, qapages51 H3, H4):
 * an Epic-like Visit Diagnoses table named only by its heading, above the chart's Problem List,
 * rows removed or resolved left out; and Angular Material's chip grid, whose chips' text is
 * nested in several spans beside a remove button.
 */
import { expect, test } from './fixtures';
import { badge, expectOverlay, overlay } from './page-helpers';

test("the Visit Diagnoses table is this visit's list: its removed row, the Problem List and its resolved row are not", async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/visit-lists.html`);
  await page.getByLabel('Progress Note').press('Control+End');
  await page.getByLabel('Progress Note').pressSequentially(' Plan: PT.', { delay: 20 });
  await expectOverlay(badge(page, 'M48.062')).toBeVisible();
  await expectOverlay(overlay(page).locator('[data-verdicts]').first()).toHaveAttribute(
    'data-verdicts',
    'M48.062:supported',
  );
  // One badge, the visit table's: no code of the removed row, of the problem list or of its resolved row.
  await expectOverlay(overlay(page).locator('.badge')).toHaveCount(1);
  for (const code of ['M54.16', 'M48.06', 'M54.12']) await expectOverlay(badge(page, code)).toHaveCount(0);
});

test('Angular Material chips (mat-chip-grid) are read as the chosen diagnoses, their remove icon left out', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/mat-chip-grid.html`);
  const input = page.getByRole('combobox', { name: 'Diagnoses (ICD-10)' });
  await input.pressSequentially('M54.16', { delay: 20 });
  await input.press('Enter');
  await input.pressSequentially('M51.17', { delay: 20 });
  await input.press('Enter');
  await expect(input).toHaveValue('');
  // The chips alone hold the codes now (the input is empty): both read, one badge for the grid.
  await expectOverlay(badge(page, 'M54.16')).toHaveAttribute('data-code', 'M54.16 M51.17');
  await expectOverlay(overlay(page).locator('[data-verdicts]').first()).toHaveAttribute(
    'data-verdicts',
    'M54.16:finding M51.17:supported',
  );
});
