/**
 * A chiropractic visit drawn by another EHR team (stop 53; page
 * test/fixtures/pages/split-date-dash-banner.html): the date of service is three selects with no
 * name of their own, labelled only as a group (a shared aria-labelledby, a fieldset's legend, a
 * visually hidden label per select), and the patient banner states the payer with no label after a
 * spaced dash ("Jane Doe · DOB 01/02/1950 — Medicare Part B"). The selects' date is the visit's,
 * above the header's visit date and the note's copied-forward date (DateTier), and the banner's
 * Medicare turns the Medicare rules on.
 * Unit tests: src/content/split-date.test.ts, src/core/chiro/payer-statement.test.ts.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { badge, expectOverlay, finding, storedTabState } from './page-helpers';

type Probe = Pick<Page, 'evaluate'>;

const SHAPES = [
  ['emdash', 'labelledby'],
  ['dash', 'legend'],
  ['endash', 'hidden'],
  ['pipe', 'labelledby'],
] as const;

// One tab, each shape's page in turn (a test per shape loaded the same page four times, each with
// a reset after it). A navigation starts the next page's reading afresh, and every check reads the
// worker's state only once it is the current page's (its address names the shape), so no shape can
// pass on the one before it.
test(`a date of service in three unnamed selects and a payer after a spaced dash: ${SHAPES.map(([banner, date]) => `${date} and ${banner}`).join('; ')}`, async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  const probe: Probe = serviceWorker;
  for (const [banner, date] of SHAPES) {
    const shape = `${date}, ${banner}`;
    await page.goto(`${server.url}/fixtures/split-date-dash-banner.html?banner=${banner}&date=${date}`);
    await page.getByLabel('Diagnosis codes').click();
    await page.keyboard.type('M99.03');
    await expectOverlay(badge(page, 'M99.03')).toBeVisible();
    const tabId = await tabIdOf(page);
    const state = async () => {
      const stored = await storedTabState(probe, tabId);
      return stored?.url === page.url() ? stored : undefined;
    };
    // The banner's payer, read after its dash: 98940 with no modifier on a Medicare claim asks for AT.
    await expect.poll(async () => (await state())?.result.chiro?.payer.payer, shape).toBe('medicare');
    expect((await state())?.result.chiro?.payer.evidence?.text, shape).toMatch(/^Medicare Part B/);
    await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(1);
    // The selects' 11/03/2025 (FY2026), not the header's 09/20/2025 nor the note's 09/12/2024.
    await expect.poll(async () => (await state())?.result.release?.dateOfService, shape).toBe('2025-11-03');
    expect((await state())?.result.release, shape).toMatchObject({ version: 'FY2026', dateSource: 'page' });
  }
});

test('a date of service changed in its selects is read again; a part set back to its placeholder gives way to the header’s date', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  await page.goto(`${server.url}/fixtures/split-date-dash-banner.html`);
  await page.getByLabel('Diagnosis codes').click();
  await page.keyboard.type('M99.03');
  await expectOverlay(badge(page, 'M99.03')).toBeVisible();
  const tabId = await tabIdOf(page);
  const probe: Probe = serviceWorker;
  const dateOfService = async () => (await storedTabState(probe, tabId))?.result.release?.dateOfService;
  await expect.poll(dateOfService).toBe('2025-11-03');
  const selects = page.locator('.dos select');
  await selects.nth(2).selectOption('2026');
  await expect.poll(dateOfService).toBe('2026-11-03');
  // No whole date in the selects: the header's visit date is the next tier, never the note's.
  await selects.nth(1).selectOption('');
  await expect.poll(dateOfService).toBe('2025-09-20');
});
