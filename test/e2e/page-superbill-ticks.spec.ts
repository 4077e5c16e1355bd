/**
 * Page shapes from the blind page QA of stop 50 (/tmp/qapages50 a3, classes A, B, C), on a
 * fixture page of our own: a superbill whose printed code rows are chosen by ticking them (a table
 * with the box in its first cell, a list of ARIA checkboxes), a procedure table ticked in its last
 * cell with Mod 1, Mod 2 and Units fields, and the payer chosen in a select with optgroups, then
 * in one without. Only ticked rows are entered or billed; the payer is the chosen option.
 * Unit tests: src/content/ticked-rows.test.ts, procedure-table.test.ts, shown-choice.test.ts.
 */
import { join } from 'node:path';
import type { TabState } from '../../src/protocol/messages';
import { expect, picture, PICTURES, SCREENSHOT_DIR, test } from './fixtures';
import { badge, expectOverlay, storedTabState } from './page-helpers';

const codesOf = (state: TabState | undefined) => (state?.result.codes ?? []).map((c) => c.code);
const proceduresOf = (state: TabState | undefined) =>
  (state?.result.chiro?.procedures ?? []).map((p) => [p.code, ...p.modifiers].join('-'));
const rulesOf = (state: TabState | undefined) =>
  (state?.result.findings ?? []).map((f) => `${f.rule} ${f.code}`);
const payerOf = (state: TabState | undefined) => {
  const payer = state?.result.chiro?.payer;
  return payer ? `${payer.payer}: ${payer.evidence?.text ?? ''}` : '';
};

test('a superbill is read by its ticked rows: entered diagnoses, billed procedures with their modifiers, and the payer chosen', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
  openExtensionPage,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.url}/fixtures/superbill-ticks.html`);
  const tabId = await tabIdOf(page);
  const probe = serviceWorker;
  const state = () => storedTabState(probe, tabId);

  // Nothing ticked, no payer chosen: no code, no procedure, and no payer from the option list.
  await expect
    .poll(async () =>
      Object.values((await state())?.frames ?? {})
        .flatMap((f) => f.fields)
        .some((f) => f.kind === 'note'),
    )
    .toBe(true);
  expect(codesOf(await state())).toEqual([]);
  expect(proceduresOf(await state())).toEqual([]);
  expect((await state())?.result.chiro?.payer.payer ?? 'unknown').toBe('unknown');

  // Tick two diagnoses, bill 98940 (the page fills 1 unit), choose Medicare, as a user does.
  const dxBox = (code: string) => page.locator('#dx tr', { hasText: code }).locator('input[type="checkbox"]');
  await dxBox('M99.01').check();
  await dxBox('M99.03').check();
  await page.locator('#cpt tr', { hasText: '98940' }).locator('input[type="checkbox"]').check();
  await page.selectOption('#payer', 'mcb');
  await expect.poll(async () => codesOf(await state())).toEqual(['M99.01', 'M99.03']);
  await expect.poll(async () => proceduresOf(await state())).toEqual(['98940']);
  await expect
    .poll(async () => payerOf(await state()))
    .toBe('medicare: Primary payer: Medicare Part B — Noridian JF');
  // 98940 with no modifier on a Medicare claim: the AT finding, as for a typed CPT line.
  await expect.poll(async () => rulesOf(await state())).toContain('manipulation-modifier 98940');
  expect(rulesOf(await state()).filter((r) => /unsupported-code/.test(r))).toEqual([]);
  await expectOverlay(badge(page, 'M99.01')).toBeVisible();
  await expectOverlay(badge(page, 'M99.02')).toHaveCount(0);

  // Screenshots to look at: the page with its badge, the side panel light and dark.
  await picture(() => page.screenshot({ path: join(SCREENSHOT_DIR, 'superbill-ticks-badge.png') }));
  const panel = await openExtensionPage(`src/ui/side-panel/index.html?tabId=${tabId}`, {
    width: 420,
    height: 1100,
  });
  await expect(panel.locator('.findings [data-rule="manipulation-modifier"]')).toContainText('98940');
  // The schemes are for the pictures only: nothing is asserted in them.
  if (PICTURES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme });
      await panel.screenshot({
        path: join(SCREENSHOT_DIR, `superbill-ticks-panel-${colorScheme}.png`),
        fullPage: true,
      });
    }
  }
  await panel.close();

  // The modifier typed into the row's Mod 1 field is billed with its line.
  await page.locator('#cpt tr', { hasText: '98940' }).locator('input[type="text"]').first().fill('AT');
  await page.locator('#note').click();
  await expect.poll(async () => proceduresOf(await state())).toEqual(['98940-AT']);
  await expect.poll(async () => rulesOf(await state())).not.toContain('manipulation-modifier 98940');

  // An ARIA checkbox ticked is entered; a row unticked is no longer.
  await page.locator('#more [role="checkbox"]', { hasText: 'M62.830' }).click();
  await dxBox('M99.03').uncheck();
  await expect.poll(async () => codesOf(await state())).toEqual(['M99.01', 'M62.830']);

  // The payer select drawn again without optgroups, a commercial plan chosen: the quote is that
  // option, never the list; the Medicare rule has nothing to say.
  await page.evaluate(() => {
    const select = document.querySelector<HTMLSelectElement>('#payer')!;
    select.innerHTML =
      '<option value="">Choose a payer…</option><option value="mcb">Medicare Part B — Noridian JF</option><option value="uhc">UnitedHealthcare Choice Plus</option>';
    select.value = 'uhc';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect
    .poll(async () => payerOf(await state()))
    .toBe('commercial: Primary payer: UnitedHealthcare Choice Plus');
});
