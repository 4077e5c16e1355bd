/**
 * A signed chiropractic visit from the blind page QA of stop 54, on a fixture page of our own
 * (chiro-signed-visit.html): its P/A/R/T findings drawn as an ARIA grid of divs are read with the
 * note, each row's level kept with its marks (the Regions table names C5-C6 and T4); a running
 * visit log is read up to the date of service's entry and the panel says so in one quiet line; an
 * addendum typed into an editor with no name the page shows is named in the panel by what is near
 * it, never its id; and a negated statement is quoted with its "No". Pictures of the panel, light
 * and dark, narrow and wide: test-results/screenshots/signed-visit-panel-<width>-<scheme>.png.
 * Unit tests: src/content/part-findings-table.test.ts, note-names.test.ts,
 * src/core/chiro/finding-levels.test.ts, src/core/mentions/quote-with-cue.test.ts,
 * src/ui/side-panel/later-entries-line.test.tsx.
 */
import { join } from 'node:path';
import { expect, picture, SCREENSHOT_DIR, test } from './fixtures';
import { badge, expectOverlay } from './page-helpers';

test('a signed visit: the P/A/R/T grid keeps each row’s level, the visit log’s later entry is said unread, the addendum is named and its negation quoted', async ({
  page,
  server,
  openExtensionPage,
  tabIdOf,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`${server.url}/fixtures/chiro-signed-visit.html`);
  const dx = page.getByLabel('Visit diagnoses');
  await dx.pressSequentially('M99.01, M99.02, M99.73', { delay: 20 });
  await dx.press('Tab');
  // The addendum: the user types into the editor below the visit log.
  await page.locator('#qe').click();
  await page.keyboard.type('Addendum: outside MRI reviewed. No foraminal stenosis at L4-5.', { delay: 5 });
  await expectOverlay(badge(page, 'M99.73')).toBeVisible({ timeout: 60_000 });

  const panel = await openExtensionPage(`src/ui/side-panel/index.html?tabId=${await tabIdOf(page)}`, {
    width: 420,
    height: 1200,
  });
  const regions = panel.locator('[data-chartlint-regions]');
  await expect(regions.locator('tr[data-region="cervical"] [data-cell="levels"]')).toContainText('C5-C6');
  await expect(regions.locator('tr[data-region="thoracic"] [data-cell="levels"]')).toContainText('T4');
  await expect(panel.locator('[data-later-entries]')).toHaveText(
    'Note read up to the entry of 2026-11-20; 1 later entry was not read.',
  );
  // The negated statement is quoted with its cue, and its field is named, never by its id "qe".
  const quote = panel
    .locator('.findings [data-rule="unsupported-code"] .evidence')
    .filter({ hasText: 'foraminal stenosis' })
    .first();
  await expect(quote.locator('.evidence-text')).toContainText('No foraminal stenosis');
  await expect(quote.locator('.evidence-where')).not.toContainText(/\bqe\b/);
  await expect(panel.getByText(/\bqe\b/)).toHaveCount(0);

  for (const width of [320, 420]) {
    await panel.setViewportSize({ width, height: 1200 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme });
      await picture(() =>
        panel.screenshot({
          path: join(SCREENSHOT_DIR, `signed-visit-panel-${width}-${colorScheme}.png`),
          fullPage: true,
        }),
      );
    }
  }
  const es = await openExtensionPage(`src/ui/side-panel/index.html?tabId=${await tabIdOf(page)}&lang=es`, {
    width: 320,
    height: 1200,
  });
  await expect(es.locator('[data-later-entries]')).toHaveText(
    'Nota leída hasta la entrada del 2026-11-20; 1 entrada posterior no se leyó.',
  );
  await picture(() =>
    es.screenshot({ path: join(SCREENSHOT_DIR, 'signed-visit-panel-es-320-light.png'), fullPage: true }),
  );
  await es.close();
  await panel.close();
});
