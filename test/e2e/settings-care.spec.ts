/**
 * The care setting (options page "Care setting"): inpatient, an uncertain diagnosis at discharge is
 * coded as if it existed (Official Guidelines II.H); outpatient, the default, it is not (IV.H). The
 * choice changes the analysis, so the worker analyses the open tab again at once: the verdict and
 * the side panel's care setting line change with no edit in the page.
 */
import { join } from 'node:path';
import { expect, picture, PICTURES, SCREENSHOT_DIR, test } from './fixtures';

const PANEL = 'src/ui/side-panel/index.html';
const NOTE = 'Discharge summary. Assessment: probable L4-5 stenosis with neurogenic claudication.';

test('switching the care setting to inpatient supports a probable diagnosis, and back to outpatient does not', async ({
  openPage,
  openExtensionPage,
  tabIdOf,
}) => {
  const { page } = await openPage('M48.062', {
    path: '/fixtures/plain-form.html',
    before: (page) => page.getByLabel('Progress note').fill(NOTE),
    field: 'Diagnosis code',
    delay: 10,
  });
  const panel = await openExtensionPage(`${PANEL}?tabId=${await tabIdOf(page)}`, { width: 400, height: 900 });
  const unsupported = panel.locator('.findings [data-rule="unsupported-code"][data-code="M48.062"]');
  const supported = panel.locator('.verdicts [data-code="M48.062"]');
  const line = panel.locator('[data-care-setting]');
  await expect(unsupported).toBeVisible();
  // Outpatient, the default, gets no line: only the inpatient setting is named in the panel.
  await expect(line).toHaveCount(0);

  const options = await openExtensionPage('src/ui/options/index.html', { width: 900, height: 900 });
  const section = options.locator('[data-care-setting-section]');
  await expect(section.getByRole('radio', { name: /Outpatient/ })).toBeChecked();
  await section.getByRole('radio', { name: /Inpatient/ }).check();
  await expect(options.getByRole('status')).toContainText('Care setting saved');

  await expect(unsupported).toHaveCount(0);
  await expect(supported).toHaveAttribute('data-verdict', 'supported');
  await expect(supported).toContainText(/inpatient rule applied/i);
  await expect(line).toHaveAttribute('data-care-setting', 'inpatient');
  await expect(page.getByLabel('Diagnosis code')).toHaveValue('M48.062');
  await picture(() => panel.screenshot({ path: join(SCREENSHOT_DIR, 'side-panel-inpatient.png') }));

  // The options section as a user sees it, in both colour schemes (pictures only: nothing is asserted in them).
  if (PICTURES) {
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await section.scrollIntoViewIfNeeded();
      await section.screenshot({ path: join(SCREENSHOT_DIR, `options-care-setting-${scheme}.png`) });
    }
  }

  await section.getByRole('radio', { name: /Outpatient/ }).check();
  await expect(unsupported).toBeVisible();
  await expect(line).toHaveCount(0);
});
