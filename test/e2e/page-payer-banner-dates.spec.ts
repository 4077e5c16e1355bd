/**
 * Page shapes from the blind page QA of 2026-12-06 (stop 49, /tmp/qapages49 q8), on a fixture page
 * that imitates them: the payer named by a banner with no "Insurance:" label turns the Medicare
 * rules on (a Medigap plan beside it is the secondary payer, a Medicare Advantage plan is a private
 * plan), and a date of service that reads two ways (10/02/2025) is read month first when the page's
 * other dates or its US payer say so, and the release line says how.
 * Unit tests: src/core/chiro/payer-statement.test.ts, src/core/dates/date-order.test.ts,
 * src/content/find-coverage-fields.test.ts, find-date-fields.test.ts, src/background/visit-release.test.ts.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { badge, expectOverlay, finding, overlay, storedTabState } from './page-helpers';

type Probe = Pick<Page, 'evaluate'>;

/** Types the codes as a user does and waits for their badge. */
async function enterCodes(page: Page): Promise<void> {
  await page.getByLabel('Diagnosis codes').click();
  await page.keyboard.type('M99.03, M72.2');
  await expectOverlay(badge(page, 'M72.2')).toBeVisible();
}

test('a Medicare banner with no label turns the Medicare rules on, and settles the date of service month first', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  await page.goto(`${server.url}/fixtures/payer-banner-dates.html`);
  await enterCodes(page);
  // 98940 with no modifier on a Medicare claim: AT is asked for.
  await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(1);
  const tabId = await tabIdOf(page);
  const probe: Probe = serviceWorker;
  const state = async () => storedTabState(probe, tabId);
  await expect
    .poll(async () => (await state())?.result.chiro?.payer.evidence?.text)
    .toBe('MEDICARE PART B — PRIMARY');
  // 10/02/2025 is October 2 (FY2026: M72.2 is still billable there), as 09/15/2025 beside it shows.
  await expect.poll(async () => (await state())?.result.release?.dateOfService).toBe('2025-10-02');
  const release = (await state())?.result.release;
  expect(release).toMatchObject({
    version: 'FY2026',
    dateSource: 'page',
    messageId: 'release_date_order_page',
    params: { example: '09/15/2025' },
  });
  await expectOverlay(finding(page, 'non-billable-code', 'M72.2')).toHaveCount(0);
  // The card says how the date was read, beside the release.
  await badge(page, 'M72.2').locator('button').click();
  await expectOverlay(overlay(page).locator('.panel:not([hidden]) .release')).toContainText(
    'was read month first (2025-10-02), as 09/15/2025 on the same page shows',
  );
});

test('without the other dates, the Medicare banner settles the date; a Medicare Advantage plan or a note that mentions Medicare does neither', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  await page.goto(`${server.url}/fixtures/payer-banner-dates.html?dates=none`);
  await enterCodes(page);
  const tabId = await tabIdOf(page);
  const probe: Probe = serviceWorker;
  const state = async () => storedTabState(probe, tabId);
  await expect.poll(async () => (await state())?.result.release?.messageId).toBe('release_date_order_payer');
  expect((await state())?.result.release?.dateOfService).toBe('2025-10-02');

  for (const banner of ['advantage', 'none']) {
    await page.goto(`${server.url}/fixtures/payer-banner-dates.html?dates=none&banner=${banner}`);
    await enterCodes(page);
    const id = await tabIdOf(page);
    await expect
      .poll(async () => (await storedTabState(probe, id))?.result.chiro?.payer.payer)
      .toBe(banner === 'advantage' ? 'commercial' : 'unknown');
    await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(0);
    // Nothing settles 10/02/2025: it is refused, and the release line says so.
    const after = (await storedTabState(probe, id))?.result.release;
    expect(after?.dateSource).not.toBe('page');
    expect(after?.message).toContain('could not be used');
  }
});
