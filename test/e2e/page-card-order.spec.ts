/**
 * From the blind page QA of stop 54 (/tmp/qapages54 card: M4, L7), on the demo's chiropractic
 * visit (Medicare in the banner): the badge turns red for an error, but its card listed that error
 * third, below the card's fold, under a warning and a note. The card reads in the side panel's
 * order (errors first), and quotes the note, never only the code the user typed.
 * Unit tests: src/core/finding-order.test.ts, src/ui/hint/render-hint.test.ts.
 */
import { expect, test } from './fixtures';
import { expectOverlay, overlay } from './page-helpers';

test('the card opened from a red badge shows the error first, and no quote that only repeats the typed code', async ({
  page,
  server,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${server.url}/demo/chiro.html`);
  const dx = page.getByLabel('Diagnosis codes (ICD-10-CM), first-listed first');
  // A stenosis code first-listed on a Medicare chiropractic visit: the subluxation code must lead.
  await dx.fill('');
  await dx.pressSequentially('M99.63, M99.01');
  const badge = overlay(page).locator('.badge[data-code~="M99.63"]');
  await expectOverlay(badge).toHaveAttribute('data-severity', 'error', { timeout: 60_000 });
  await badge.click();
  const items = overlay(page).locator('.panel:not([hidden]) .finding');
  await expectOverlay(items.first()).toBeVisible();
  expect(await items.count()).toBeGreaterThan(1);
  await expectOverlay(items.first()).toHaveAttribute('data-severity', 'error');
  // Each quote is the note's words, never the code alone.
  const quotes = overlay(page).locator('.panel:not([hidden]) .evidence');
  for (let i = 0; i < (await quotes.count()); i++)
    expect((await quotes.nth(i).textContent())?.replace(/[“”\s]/g, '')).not.toBe('M99.63');
});
