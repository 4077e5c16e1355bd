/**
 * Editors with no name of their own (a page QA of 2026-12-06, /tmp/pageqa45: Editor.js, Jodit in
 * iframe mode): the side panel named their notes "" (Trix's was named by its toolbar's "Bold").
 * Each is now named by the heading just before it or its boxes. Fixture: unnamed-editors.html.
 */
import { expect, test } from './fixtures';
import { finding, expectOverlay, storedTabState } from './page-helpers';

test('a block editor’s paragraphs and an iframe editor are named by the heading above them', async ({
  page,
  server,
  serviceWorker,
  tabIdOf,
}) => {
  await page.goto(`${server.url}/fixtures/unnamed-editors.html`);
  await page.locator('.ce-paragraph').nth(1).click();
  await page.keyboard.press('End');
  await page.keyboard.type('C5 subluxation with restricted rotation.');
  await page.frameLocator('iframe').locator('body').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' moderate left C5-6 foraminal stenosis due to uncovertebral osteophyte.');
  // The iframe's note is read with the page's diagnosis: the head-region code against it.
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  const tabId = await tabIdOf(page);
  const notes = async () => {
    const state = await storedTabState(serviceWorker, tabId);
    return Object.values(state?.frames ?? {})
      .flatMap((frame) => frame.fields)
      .filter((field) => field.kind === 'note')
      .map((field) => field.label)
      .sort();
  };
  await expect.poll(notes).toEqual(['Findings', 'SOAP note', 'SOAP note']);
});
