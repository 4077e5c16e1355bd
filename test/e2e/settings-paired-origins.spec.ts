/**
 * Frames of two sites checked together (settings `pairedOrigins`, issue 15): a user pairs the
 * page's site with its note frame's sibling site in the options page, and unpairs them again.
 * Frames of different origins stay apart until the user pairs them.
 */
import { expect, test } from './fixtures';
import { badge, CERVICAL_NOTE, expectOverlay, finding, openOtherSiteNote, storedTabState } from './page-helpers';

test('the options page pairs a page with its note frame from another site, and unpairs them', async ({
  page,
  server,
  serviceWorker,
  tabIdOf,
  openExtensionPage,
}) => {
  const note = await openOtherSiteNote(page, server);
  const pageSite = new URL(page.url()).origin;
  const frameSite = new URL(note.url()).origin;
  expect(frameSite).not.toBe(pageSite);
  await note.getByLabel('Progress note').fill(CERVICAL_NOTE);
  const tabId = await tabIdOf(page);
  await expect
    .poll(async () =>
      Object.values((await storedTabState(serviceWorker, tabId))?.frames ?? {}).some((f) =>
        f.fields.some((x) => (x.chars ?? 0) > 50),
      ),
    )
    .toBe(true);
  await page.getByLabel('Diagnosis code').pressSequentially('M99.60', { delay: 20 });
  await expectOverlay(badge(page, 'M99.60')).toBeVisible();
  // Apart: the other site's note does not explain (or contradict) the page's code.
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(0);

  const options = await openExtensionPage('src/ui/options/index.html');
  const section = options.getByRole('region', { name: 'Frames checked together' });
  await expect(section.getByText('No sites are paired.')).toBeVisible();
  // A site that is not one is refused, and said.
  await section.getByLabel('Page site').fill('not a site');
  await section.getByLabel('Frame site').fill(frameSite);
  await section.getByRole('button', { name: 'Pair' }).click();
  await expect(options.getByRole('status')).toContainText('Enter two different sites');
  await section.getByLabel('Page site').fill(`${pageSite}/chart/1`);
  await section.getByRole('button', { name: 'Pair' }).click();
  await expect(section.locator(`[data-pair="${pageSite} ${frameSite}"]`)).toBeVisible();
  // Paired: the page is checked as one, the cervical note against the head code.
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);

  await section.getByRole('button', { name: `Unpair ${pageSite} and ${frameSite}` }).click();
  await expect(section.getByText('No sites are paired.')).toBeVisible();
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(0);
  await expectOverlay(badge(page, 'M99.60')).toBeVisible();
});
