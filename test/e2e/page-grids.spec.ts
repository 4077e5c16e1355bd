/**
 * Diagnoses and charge lines entered in data grids (probe of 2026-12-05): AG Grid Community (the
 * real library, served from node_modules), and Kendo UI Grid and DevExtreme DataGrid (commercial:
 * their documented markup and cell editing drawn by the fixture pages, sources cited there).
 * Each grid is used as a coder uses it: a click on a cell, the new code typed, Enter or Tab (the
 * grid draws the value as text again), a row added with the grid's add button, a row deleted.
 * Every page: a lumbar note, a diagnosis grid (ICD-10 | Dx | Diagnosis column, then Description)
 * holding M99.03 and M48.062, a charge grid (CPT, Mod 1, Mod 2, Units, Dx ptr) holding
 * 98941 AT GA and 97140 GP.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, picture, test } from './fixtures';
import { badge, expectOverlay, finding, pageMutations, showEvidence, storedTabState, watchPageDom } from './page-helpers';

type Grid = {
  path: string;
  /** The diagnosis grid's code cell of a row (0-based), as the user clicks it. */
  dxCell: (page: Page, row: number) => Locator;
  /** The charge grid's cell of a row and column (1-based, as aria-colindex counts). */
  chargeCell: (page: Page, row: number, column: number) => Locator;
  addDiagnosis: (page: Page) => Promise<void>;
  deleteDiagnosis: (page: Page, row: number) => Promise<void>;
};

const GRIDS: Record<string, Grid> = {
  'AG Grid Community': {
    path: '/fixtures/ag-grid-charges.html',
    dxCell: (page, row) =>
      page.locator(`#grid1 [role="row"][row-index="${row}"] [role="gridcell"][col-id="code"]`),
    chargeCell: (page, row, column) =>
      page.locator(`#grid2 [role="row"][row-index="${row}"] [role="gridcell"][aria-colindex="${column}"]`),
    addDiagnosis: (page) => page.getByRole('button', { name: 'Add diagnosis' }).click(),
    deleteDiagnosis: async (page, row) => {
      // Selected by a click on the row's description, then deleted with the page's button.
      await page.locator(`#grid1 [role="row"][row-index="${row}"] [role="gridcell"][col-id="title"]`).click();
      await page.getByRole('button', { name: 'Delete selected diagnosis' }).click();
    },
  },
  'Kendo UI Grid': {
    path: '/fixtures/kendo-grid.html',
    dxCell: (page, row) => page.locator('#grid1 tr.k-master-row').nth(row).locator('td').first(),
    chargeCell: (page, row, column) =>
      page
        .locator('#grid2 tr.k-master-row')
        .nth(row)
        .locator('td')
        .nth(column - 1),
    addDiagnosis: (page) => page.locator('#grid1').getByRole('button', { name: 'Add new record' }).click(),
    deleteDiagnosis: (page, row) =>
      page.locator('#grid1 tr.k-master-row').nth(row).getByRole('button', { name: 'Delete' }).click(),
  },
  'DevExtreme DataGrid': {
    path: '/fixtures/devextreme-grid.html',
    dxCell: (page, row) => page.locator('#grid1 tr.dx-data-row').nth(row).locator('td[aria-colindex="1"]'),
    chargeCell: (page, row, column) =>
      page.locator('#grid2 tr.dx-data-row').nth(row).locator(`td[aria-colindex="${column}"]`),
    addDiagnosis: (page) => page.locator('#grid1').getByRole('button', { name: 'Add a row' }).click(),
    deleteDiagnosis: (page, row) =>
      page.locator('#grid1 tr.dx-data-row').nth(row).getByRole('link', { name: 'Delete' }).click(),
  },
};

/** Clicks a cell, selects what its editor holds, types `text` key by key (or deletes it) and leaves with `key`. */
async function typeIntoCell(
  page: Page,
  cell: Locator,
  text: string,
  key: 'Enter' | 'Tab' = 'Enter',
): Promise<void> {
  await cell.click();
  const editor = page.locator(':focus');
  // AG Grid starts editing on the first key typed into the focused cell; Kendo and DevExtreme
  // open the editor on the click.
  if (await editor.evaluate((e) => e instanceof HTMLInputElement))
    await page.keyboard.press('ControlOrMeta+A');
  // Nothing to type: the value is deleted (AG Grid starts editing an emptied cell on Backspace).
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text, { delay: 20 });
  await page.keyboard.press(key);
}

for (const [name, grid] of Object.entries(GRIDS)) {
  test(`${name}: the diagnosis column and the charge lines are read from the cells, and follow edits, added and deleted rows`, async ({
    page,
    server,
    tabIdOf,
    openExtensionProbe,
  }) => {
    await page.goto(`${server.url}${grid.path}`);
    await expect(grid.dxCell(page, 1)).toHaveText('M48.062');
    const before = await page.evaluate(() => (window as unknown as { gridRows: () => unknown[] }).gridRows());
    await watchPageDom(page);
    // Codes shown as cell text only (no editor anywhere), under a column named ICD-10, Dx or Diagnosis.
    await expectOverlay(badge(page, 'M99.03')).toBeVisible();
    await expectOverlay(badge(page, 'M48.062')).toBeVisible();
    // The charge line is read with its modifier columns: 98941 AT GA.
    await expectOverlay(finding(page, 'manipulation-modifier', '98941')).toHaveCount(1);
    // Reading the grid changed nothing in it.
    expect(await pageMutations(page)).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { gridRows: () => unknown[] }).gridRows()),
    ).toEqual(before);
    // The badge stands inside the diagnosis column's header (not at the header row's far end, nor
    // over the next column's name).
    const header = (await page.locator('#grid1').getByRole('columnheader').first().boundingBox())!;
    const mark = (await badge(page, 'M99.03').boundingBox())!;
    expect(mark.y + mark.height / 2).toBeGreaterThan(header.y);
    expect(mark.y + mark.height / 2).toBeLessThan(header.y + header.height);
    expect(mark.x).toBeGreaterThan(header.x);
    expect(mark.x + mark.width).toBeLessThanOrEqual(header.x + header.width);
    // A picture of the badge on the grid, for a person to look at (test-results/grid-badges); taken
    // after the checks above, as Playwright hides the textarea's caret through its style attribute.
    const box = (await page.locator('#grid1').boundingBox())!;
    mkdirSync(resolve('test-results/grid-badges'), { recursive: true });
    await picture(() =>
      page.screenshot({
        path: resolve(`test-results/grid-badges/${grid.path.slice(10, -5)}-light.png`),
        clip: { x: 0, y: Math.max(0, box.y - 24), width: 1000, height: box.height + 48 },
      }),
    );

    // A code replaced in its cell: the cervical code against the lumbar note.
    await typeIntoCell(page, grid.dxCell(page, 1), 'M99.01');
    await expect(grid.dxCell(page, 1)).toHaveText('M99.01');
    await expectOverlay(finding(page, 'region-mismatch', 'M99.01')).toHaveCount(1);
    await expectOverlay(badge(page, 'M99.01')).toBeVisible();
    await expectOverlay(badge(page, 'M48.062')).toHaveCount(0);
    // The side panel's evidence for the code is shown in its cell (the field stands on the header).
    const tabId = await tabIdOf(page);
    const probe = await openExtensionProbe();
    const codeSpan = async () => {
      const state = await storedTabState(probe, tabId);
      const mismatch = state?.result.findings.find(
        (f) => f.rule === 'region-mismatch' && f.code === 'M99.01',
      );
      return mismatch?.evidence.find((e) => e.text === 'M99.01');
    };
    await expect.poll(codeSpan).toBeDefined();
    const shown = await showEvidence(probe, tabId, (await codeSpan())!);
    expect(shown).toEqual({ ok: true, value: true });
    const highlighted = await page.evaluate(() => {
      const h = CSS.highlights.get('chartlint-evidence');
      return h
        ? [...h].map(
            (r) =>
              `${(r as Range).toString()} in ${(r as Range).startContainer.parentElement?.closest('[role="gridcell"]') ? 'a cell' : 'no cell'}`,
          )
        : [];
    });
    expect(highlighted).toEqual(['M99.01 in a cell']);
    await probe.close();

    // A row added with the grid's own button, its code typed and left with Tab.
    await grid.addDiagnosis(page);
    await page.keyboard.type('M99.04', { delay: 20 });
    await page.keyboard.press('Tab');
    await expectOverlay(badge(page, 'M99.04')).toBeVisible();

    // The cervical row deleted: its code leaves the analysis.
    const rows = await page.evaluate(() =>
      (window as unknown as { gridRows: () => { code?: string }[] })
        .gridRows()
        .filter((r) => r.code !== undefined)
        .map((r) => r.code),
    );
    await grid.deleteDiagnosis(page, rows.indexOf('M99.01'));
    await expectOverlay(badge(page, 'M99.01')).toHaveCount(0);
    await expectOverlay(finding(page, 'region-mismatch', 'M99.01')).toHaveCount(0);
    await expectOverlay(badge(page, 'M99.03')).toBeVisible();

    // GA taken off the 98941 line in the charge grid: AT alone fits the acute visit.
    await typeIntoCell(page, grid.chargeCell(page, 0, 3), '', 'Enter');
    await expect(grid.chargeCell(page, 0, 3)).toHaveText('');
    await expectOverlay(finding(page, 'manipulation-modifier', '98941')).toHaveCount(0);
    // What the grids hold is what the user entered, nothing else.
    const after = await page.evaluate(() =>
      (window as unknown as { gridRows: () => Record<string, string>[] }).gridRows(),
    );
    expect(after.map((r) => r.code ?? r.cpt)).toEqual(
      expect.arrayContaining(['M99.03', 'M99.04', '98941', '97140']),
    );
  });
}
