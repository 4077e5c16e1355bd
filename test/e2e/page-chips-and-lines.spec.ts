/**
 * Reading from the blind page QA of stop 47 (/tmp/qapages47), on a fixture page that imitates it:
 * a Chosen chip's close link draws its own "x", which must stay out of the chip's title; an
 * Ionic-style select for the modifiers in its own item beside the CPT select's, whose modifier
 * belongs to that charge line (Medicare reads 98940 with AT as active treatment). Unit tests:
 * src/content/chip-text.test.ts, read-field-line-pickers.test.ts, procedure-line.test.ts.
 */
import { test } from './fixtures';
import { badge, CERVICAL_NOTE, expectOverlay, finding } from './page-helpers';

test('a chip of a title with a close link reads as its code; the modifiers select beside the CPT select is that line’s', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/chips-and-lines.html`);
  await page.locator('#note').fill(`${CERVICAL_NOTE} C5 subluxation with restricted motion. CMT cervical.`);
  // "Segmental and somatic dysfunction of cervical region" + its "x": the official title of M99.01.
  await expectOverlay(badge(page, 'M99.01')).toBeVisible();
  // Medicare, 98940 with AT on its line: no missing-AT finding.
  await expectOverlay(finding(page, 'medicare-primary-diagnosis', 'M99.01')).toHaveCount(0);
  await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(0);
  // The modifier taken off the line: the finding comes, so the line was read with it before.
  await page.locator('#clear-mods').click();
  await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(1);
});
