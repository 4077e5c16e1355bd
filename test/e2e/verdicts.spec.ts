/**
 * Issue 13: every code gets a verdict in words, and no all-clear for a code nothing compared.
 * Pictures (looked at by the author, taken unless pictures are off: fixtures.ts PICTURES): a
 * not-checked code and a qualifier-mismatch in the panel.
 */
import { join } from 'node:path';
import { expect, picture, SCREENSHOT_DIR, test } from './fixtures';
import { expectOverlay, overlay } from './page-helpers';

const PANEL = 'src/ui/side-panel/index.html';

test('a code outside the families is "not checked" in the panel and on the badge, with no all-clear', async ({ openPage, openExtensionPage, tabIdOf }) => {
  const { page } = await openPage('E11.9', {
    path: '/fixtures/plain-form.html',
    before: (page) => page.getByLabel('Progress note').fill('Type 2 diabetes, stable. Blood sugar log reviewed.'),
    field: 'Diagnosis code',
    delay: 10,
  });
  await expectOverlay(overlay(page).locator('[data-verdicts]').first()).toHaveAttribute('data-verdicts', 'E11.9:not-checked');
  const panel = await openExtensionPage(`${PANEL}?tabId=${await tabIdOf(page)}`, { width: 400, height: 700 });
  const line = panel.locator('.verdicts [data-code="E11.9"]');
  await expect(line).toHaveAttribute('data-verdict', 'not-checked');
  // The tag says "Not checked"; the line after it gives the reason without saying it again.
  await expect(line).toContainText('Not checked E11.9 is outside the spine families ChartLint reads');
  await expect(line).not.toContainText('Not checked by ChartLint');
  await expect(panel.locator('.all-clear')).toHaveCount(0);
  await expect(panel.locator('[data-state="not-all-clear"]')).toContainText('did not check E11.9');
  await picture(() => panel.screenshot({ path: join(SCREENSHOT_DIR, 'side-panel-not-checked.png') }));
});

test('M48.061 against a note with neurogenic claudication: a qualifier finding that names M48.062', async ({ openPage, openExtensionPage, tabIdOf }) => {
  const { page } = await openPage('M48.061', {
    path: '/fixtures/plain-form.html',
    before: (page) => page.getByLabel('Progress note').fill('MRI lumbar spine: L4-5 severe central canal stenosis. She has to sit after one block: neurogenic claudication.'),
    field: 'Diagnosis code',
    delay: 10,
  });
  const panel = await openExtensionPage(`${PANEL}?tabId=${await tabIdOf(page)}`, { width: 400, height: 900 });
  const card = panel.locator('.findings [data-rule="qualifier-mismatch"][data-code="M48.061"]');
  await expect(card).toBeVisible();
  await expect(card).toContainText('M48.062');
  // The card says M48.061 has a finding: no verdict line repeats it.
  await expect(panel.locator('.verdicts [data-code="M48.061"]')).toHaveCount(0);
  await expect(panel.locator('.all-clear')).toHaveCount(0);
  await picture(() => panel.screenshot({ path: join(SCREENSHOT_DIR, 'side-panel-qualifier-mismatch.png') }));

  // The fix: M48.062 is checked and supported, and the all-clear names what was checked.
  await page.getByLabel('Diagnosis code').fill('M48.062');
  await expect(panel.locator('.all-clear')).toContainText('M48.062');
  await expect(panel.locator('.verdicts [data-code="M48.062"]')).toHaveAttribute('data-verdict', 'supported');
});

test('two entered codes whose Excludes1 note forbids the pair: the extension finds it too, not only the CLI', async ({ openPage, openExtensionPage, tabIdOf }) => {
  const { page } = await openPage('M43.07, M43.17', {
    path: '/fixtures/plain-form.html',
    before: (page) => page.getByLabel('Progress note').fill('Findings: bilateral L5 pars defects (spondylolysis) with grade 2 anterolisthesis of L5 on S1.'),
    field: 'Diagnosis code',
    delay: 10,
    badge: 'M43.07',
  });
  const panel = await openExtensionPage(`${PANEL}?tabId=${await tabIdOf(page)}`, { width: 400, height: 900 });
  // M43.0 (spondylolysis) has Excludes1: spondylolisthesis (M43.1): the worker loads the official notes with the code data.
  const card = panel.locator('.findings [data-rule="excludes1-pair"][data-code="M43.07"]');
  await expect(card).toBeVisible();
  await expect(card).toContainText('M43.17');
});
