/**
 * Issue 11 item 3: settings apply where findings are read. Turning a rule off and on again, or
 * changing its severity, in the options page shows at once in the open tab's badge and side panel,
 * with no edit in the page (the stored analysis is raw; badge and panel apply the settings).
 */
import { expect, test } from './fixtures';
import { badge, expectOverlay, finding } from './page-helpers';

const PANEL = 'src/ui/side-panel/index.html';

test('a rule toggled off and on in the options page leaves and comes back in the badge and panel without typing', async ({
  openPage,
  openExtensionPage,
  tabIdOf,
}) => {
  const { page } = await openPage('M99.60');
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  const panel = await openExtensionPage(`${PANEL}?tabId=${await tabIdOf(page)}`, { width: 380, height: 900 });
  const inPanel = panel.locator('.findings [data-rule="region-mismatch"][data-code="M99.60"]');
  await expect(inPanel).toBeVisible();

  const options = await openExtensionPage('src/ui/options/index.html');
  const toggle = options.locator('[data-rule="region-mismatch"]').getByRole('checkbox');
  await toggle.uncheck();
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(0);
  await expect(inPanel).toHaveCount(0);
  await expectOverlay(badge(page, 'M99.60')).toBeVisible();

  await toggle.check();
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  await expect(inPanel).toBeVisible();

  // A severity change shows in the panel at once too.
  await options.locator('[data-rule="region-mismatch"]').getByRole('combobox').selectOption('info');
  await expect(inPanel).toHaveClass(/sev-info/);
  await expect(page.getByLabel('Diagnosis (ICD-10-CM)')).toHaveValue('M99.60');
});
