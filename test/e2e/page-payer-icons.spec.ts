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

const SHAPES = [
  ['logo', 'Medicare'],
  ['icon', 'Medicare Part B'],
  ['pill', 'Coverage: Medicare'],
] as const;

// One tab, each shape's page in turn (a test per shape loaded the page three times, each with a
// reset after it). A navigation starts the next page's reading afresh, and the payer is read from
// the worker's state only once it is the current page's (its address names the shape), so no
// shape can pass on the one before it.
test(`a payer shown only by its ${SHAPES.map(([shape]) => shape).join(', ')} in the banner is read: Medicare's modifier rule runs`, async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  const probe: Probe = serviceWorker;
  for (const [shape, evidence] of SHAPES) {
    await page.goto(`${server.url}/fixtures/payer-icons.html?payer=${shape}`);
    // 98940 with no modifier on a Medicare claim for an acute visit: AT is asked for.
    await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(1);
    const tabId = await tabIdOf(page);
    const payer = async () => {
      const stored = await storedTabState(probe, tabId);
      return stored?.url === page.url() ? stored.result.chiro?.payer : undefined;
    };
    await expect.poll(async () => (await payer())?.payer, shape).toBe('medicare');
    expect((await payer())?.evidence?.text, shape).toBe(evidence);
  }
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
