/** Fields that appear later: a route change in a single-page app, and a modal dialog. */
import { expect, test } from './fixtures';
import { badge, CERVICAL_NOTE, expectOverlay, finding, overlay } from './page-helpers';

test('a note shown by a route change and a code typed in a modal dialog are read together', async ({ openPage }) => {
  const { page, dx } = await openPage('M99.60', {
    path: '/fixtures/spa-modal.html',
    before: async (page) => {
      await page.getByRole('link', { name: 'Encounter note' }).click();
      // The note entered at once, as pasted (typed, its 113 keys cost 0.3-0.8 CPU-s more); the code is typed.
      await page.getByLabel('Progress note').fill(CERVICAL_NOTE);
      await page.getByRole('button', { name: 'Add diagnosis' }).click();
    },
    field: (page) => page.getByRole('dialog').getByLabel('Diagnosis code'),
    delay: 25,
  });
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  // Shown in the top layer above the modal, next to the field. (A modal dialog makes everything
  // outside it inert, and our host stays outside the EHR's markup, so there the findings are read
  // in the side panel: the badge is a visible status, not a button.)
  const status = badge(page, 'M99.60');
  await expectOverlay(status).toBeVisible();
  expect(
    await status.evaluate((e) =>
      (e.getRootNode() as ShadowRoot).querySelector('.anchor')!.matches(':popover-open'),
    ),
  ).toBe(true);
  if (process.env.CHARTLINT_SCREENSHOTS)
    await page.screenshot({ path: 'test-results/screenshots/spa-modal.png' });
  await expect(dx).toBeFocused();

  // Saving closes the dialog and removes the field: the badge goes with it.
  await dx.press('Enter');
  await expectOverlay(overlay(page).locator('.badge')).toHaveCount(0);
});
