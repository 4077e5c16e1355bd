/**
 * The payer named only by a logo's alt text, an icon's aria-label or a "Coverage [Medicare]" pill
 * in the patient banner turns the Medicare rules on; the same logo in the note's text names no
 * payer (stops 48-49's QA; page test/fixtures/pages/payer-icons.html).
 * Unit tests: src/content/find-coverage-fields.test.ts.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { badge, expectOverlay, finding, storedTabState } from './page-helpers';

type Probe = Pick<Page, 'evaluate'>;

for (const [shape, evidence] of [
  ['logo', 'Medicare'],
  ['icon', 'Medicare Part B'],
  ['pill', 'Coverage: Medicare'],
] as const)
  test(`a payer shown only by its ${shape} in the banner is read: Medicare's modifier rule runs`, async ({
    page,
    server,
    tabIdOf,
    serviceWorker,
  }) => {
    await page.goto(`${server.url}/fixtures/payer-icons.html?payer=${shape}`);
    // 98940 with no modifier on a Medicare claim for an acute visit: AT is asked for.
    await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(1);
    const tabId = await tabIdOf(page);
    const probe: Probe = serviceWorker;
    const payer = async () => (await storedTabState(probe, tabId))?.result.chiro?.payer;
    await expect.poll(async () => (await payer())?.payer).toBe('medicare');
    expect((await payer())?.evidence?.text).toBe(evidence);
  });

test('the same logo in the signed note’s text names no payer', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  await page.goto(`${server.url}/fixtures/payer-icons.html?payer=note`);
  await expectOverlay(badge(page, 'M99.03')).toBeVisible();
  const tabId = await tabIdOf(page);
  const probe: Probe = serviceWorker;
  await expect
    .poll(async () => (await storedTabState(probe, tabId))?.result.chiro?.payer.payer)
    .toBe('unknown');
  await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(0);
});
