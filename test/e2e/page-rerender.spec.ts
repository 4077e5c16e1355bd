/** A page that rebuilds its whole form (new elements) on every keystroke. */
import { expect, test } from './fixtures';
import { badge, CERVICAL_NOTE, expectOverlay, finding, overlay } from './page-helpers';

test('the badge follows a field that is re-created on every keystroke, and typing is unaffected', async ({ openPage }) => {
  const { page } = await openPage('M99.60', {
    path: '/fixtures/rerender-form.html',
    before: (page) => page.locator('#note').pressSequentially(CERVICAL_NOTE.slice(0, 90), { delay: 5 }),
    field: (page) => page.locator('#dx'),
    delay: 40,
    badge: false,
  });
  await expect(page.locator('#dx')).toHaveValue('M99.60');
  await expect(page.locator('#note')).toHaveValue(CERVICAL_NOTE.slice(0, 90));
  await expectOverlay(badge(page, 'M99.60')).toBeVisible();
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  // One badge, anchored on the field now in the page (the earlier elements are gone).
  await expectOverlay(overlay(page).locator('.badge')).toHaveCount(1);
  const field = (await page.locator('#dx').boundingBox())!;
  const box = (await badge(page, 'M99.60').boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(field.y - 1);
  expect(box.y + box.height).toBeLessThanOrEqual(field.y + field.height + 1);

  await page.locator('#dx').press('End');
  await page.locator('#dx').press('Backspace');
  await expectOverlay(badge(page, 'M99.6')).toBeVisible();
  await expectOverlay(overlay(page).locator('.badge')).toHaveCount(1);
});
