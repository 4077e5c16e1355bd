/**
 * Charge lines that are no table rows (a page QA of 2026-12-06, /tmp/pageqa45: jQuery UI, Headless
 * UI, Material Web, Editor.js and Svelte pages): their modifiers are read with the line's code, so
 * a Medicare visit billed with AT gets no "missing AT" finding. Fixture: box-lines.html.
 */
import { test } from './fixtures';
import { expectOverlay, finding } from './page-helpers';

test('a charge line laid out with boxes is read with its modifiers: inputs, a listbox button, a web component’s select', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/box-lines.html`);
  // Lines 1 and 2 carry no modifier yet: a Medicare manipulation line without AT.
  await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(1);
  await expectOverlay(finding(page, 'manipulation-modifier', '98941')).toHaveCount(1);
  // Line 3's AT is drawn in its select's shadow root, its code deep in a text field's.
  await expectOverlay(finding(page, 'manipulation-modifier', '98942')).toHaveCount(0);
  // AT typed into line 1's modifier field.
  await page.getByRole('textbox', { name: 'Modifier 1' }).click();
  await page.keyboard.type('AT');
  await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(0);
  // AT chosen in line 2's listbox button.
  await page.getByRole('button', { name: 'Modifier, line 2' }).click();
  await page.getByRole('option', { name: 'AT' }).click();
  await expectOverlay(finding(page, 'manipulation-modifier', '98941')).toHaveCount(0);
  await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(0);
});
