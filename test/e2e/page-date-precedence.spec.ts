/**
 * Which date of service chooses the release (stop 52, the lead's precedence): the date the user sets
 * in the panel, then the page's labelled date field, then a visit date in the page's header region,
 * and only then a label in the note's text. A copied-forward note's old "Date of service" never
 * conflicts with the page's field (QA stop 51, H2), and a banner's encounter date never outranks
 * the panel's date (the stop-51 revert 6e6a0ab).
 * Unit tests: src/core/dates/find-date-of-service.test.ts, src/kb/releases.test.ts, src/background/visit-release.test.ts.
 */
import { expect, test } from './fixtures';
import { badge, expectOverlay, storedTabState } from './page-helpers';

const PANEL = 'src/ui/side-panel/index.html';

test("the page's date field wins over the banner and the note's old date; the panel's date wins over all", async ({
  page,
  server,
  tabIdOf,
  openExtensionProbe,
  openExtensionPage,
}) => {
  await page.goto(`${server.url}/fixtures/dos-precedence.html`);
  await page.getByLabel('Diagnosis codes').click();
  await page.keyboard.type('M54.16');
  await expectOverlay(badge(page, 'M54.16')).toBeVisible();
  const tabId = await tabIdOf(page);
  const probe = await openExtensionProbe();
  const release = async () => (await storedTabState(probe, tabId))?.result.release;
  // The field's 09/28/2026 (FY2026), not "more than one date of service" beside the note's 09/12/2025.
  await expect.poll(async () => (await release())?.dateOfService).toBe('2026-09-28');
  expect(await release()).toMatchObject({ version: 'FY2026', dateSource: 'page' });
  expect((await release())?.message ?? '').not.toMatch(/more than one date/);

  // With the field emptied, the banner's encounter date is the visit's (FY2027), still not the note's.
  await page.getByLabel('Date of service').fill('');
  await page.getByLabel('Diagnosis codes').press('End');
  await page.keyboard.type(' ');
  await expect.poll(async () => (await release())?.dateOfService).toBe('2026-11-24');

  // A date set in the panel outranks the banner.
  const panel = await openExtensionPage(`${PANEL}?tabId=${tabId}`, { width: 380, height: 900 });
  await panel.getByText('Date of service', { exact: true }).click();
  await panel.locator('#visit-date').fill('2026-09-15');
  await panel.getByRole('button', { name: 'Set' }).click();
  await expect.poll(async () => (await release())?.dateOfService).toBe('2026-09-15');
  expect(await release()).toMatchObject({ version: 'FY2026', dateSource: 'user' });
});
