/**
 * Page shape from the blind page QA of stop 52 (/tmp/qapages52 c4, M1), on a fixture page that
 * imitates it: the patient banner is a heading, and it names the payer ("Insurance: Medicare Part
 * B"). A heading is read for the payer as a banner in a div is: 98940 with no AT on Medicare is
 * asked about.
 * Unit tests: src/content/find-coverage-fields.test.ts.
 */
import { expect, test } from './fixtures';
import { badge, expectOverlay, finding, storedTabState } from './page-helpers';

test('the payer named in a heading banner turns the Medicare rules on, as in a div', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  for (const tag of ['h1', 'h3', 'div']) {
    await page.goto(`${server.url}/fixtures/payer-heading.html?tag=${tag}`);
    await page.getByLabel('Diagnosis codes').click();
    await page.keyboard.type('M99.03');
    await expectOverlay(badge(page, 'M99.03')).toBeVisible();
    await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(1);
    const tabId = await tabIdOf(page);
    expect((await storedTabState(serviceWorker, tabId))?.result.chiro?.payer.payer, tag).toBe('medicare');
  }
});
