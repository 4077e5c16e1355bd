import { expect, test } from './fixtures';
import { badge, expectOverlay, finding } from './page-helpers';

const PANEL = 'src/ui/side-panel/index.html';
const DX = { name: 'Diagnosis (ICD-10-CM)' } as const;

test('a finding dismissed on the badge is dismissed in the panel and after a reload; restoring in the panel brings it back', async ({
  openPage,
  openExtensionPage,
  tabIdOf,
}) => {
  const { page } = await openPage('M99.60');
  const status = badge(page, 'M99.60');
  await expectOverlay(status).toBeVisible();
  const count = Number(await status.getAttribute('data-count'));

  await status.locator('button').click();
  await finding(page, 'region-mismatch', 'M99.60').getByRole('button', { name: /^Dismiss/ }).click();
  await expectOverlay(status).toHaveAttribute('data-count', String(count - 1));

  // The panel shows the badge's dismissal (one shared record, in storage.session).
  const panel = await openExtensionPage(`${PANEL}?tabId=${await tabIdOf(page)}`);
  await expect(panel.locator('.dismissed summary')).toHaveText('Dismissed on this page (1)');
  await expect(panel.locator('.findings [data-rule="region-mismatch"][data-code="M99.60"]')).toHaveCount(0);

  // It outlives a reload of the page.
  await page.bringToFront();
  await page.reload();
  await page.getByRole('combobox', DX).pressSequentially('M99.60', { delay: 20 });
  await expectOverlay(status).toHaveAttribute('data-count', String(count - 1));

  // Restoring it in the panel updates the badge on the page without any typing.
  await panel.bringToFront();
  await panel.reload();
  await panel.locator('.dismissed summary').click();
  await panel.locator('.dismissed-list').getByRole('button', { name: 'Restore' }).click();
  await expectOverlay(status).toHaveAttribute('data-count', String(count));
});
