/**
 * A visit date printed in a page's top bar with no label ("HALL, Renee · 58y F · visit 09/20/2026",
 * QA stop 50, M1) is the date of service, while the note's "follow-up visit 12/01/2026" and other
 * visits in the page's body are not: a late-September visit checked after October 1 is checked
 * against FY2026, the release in force on its day.
 * Unit tests: src/content/find-date-fields.test.ts, src/core/dates/find-date-of-service.test.ts.
 */
import { expect, test } from './fixtures';
import { badge, expectOverlay, storedTabState } from './page-helpers';

test('a visit word before a date in the top bar is the date of service; visits named in the note and the page body are not', async ({
  page,
  server,
  tabIdOf,
  openExtensionProbe,
}) => {
  await page.goto(`${server.url}/fixtures/header-visit-date.html`);
  await page.getByLabel('Diagnosis codes').click();
  await page.keyboard.type('M54.16');
  await expectOverlay(badge(page, 'M54.16')).toBeVisible();
  const tabId = await tabIdOf(page);
  const probe = await openExtensionProbe();
  const release = async () => (await storedTabState(probe, tabId))?.result.release;
  // Had the note's or the body's dates been read too, the page would show several dates and none would be taken.
  await expect.poll(async () => (await release())?.dateOfService).toBe('2026-09-20');
  expect(await release()).toMatchObject({ version: 'FY2026', dateSource: 'page' });

  // The same bar without its visit: the note's dates never stand in for it.
  await page.locator('#who').evaluate((e) => (e.textContent = 'HALL, Renee · 58y F'));
  await page.getByLabel('Diagnosis codes').press('End');
  await page.keyboard.type(' ');
  await expect.poll(async () => (await release())?.dateSource).not.toBe('page');
});
