/**
 * A grid drawn as two tables (Kendo UI Grid, and grids built like it without ARIA roles): a header
 * table that holds only the column names, and below it, in a scrolling box of its own, a content
 * table whose rows line up with those columns. Read as two lists, the header table was an empty
 * diagnosis field ("Code | Description" and no row) and the content table, whose nearest "title"
 * was the grid's header box, was no field at all (stop 49's page QA). Here the header table is no
 * list, the content table is the grid's list (named by the section around the grid), and when a
 * header names the code column, that column is what the list holds, one code per row.
 * Pages: test/fixtures/pages/split-grid.html; e2e page-split-grid.spec.ts.
 */

/** A grid's header box is at most this many levels above its header table (Kendo: three). */
const LEVELS = 3;
const HEADER_CELL = 'th:not([scope="row"]), [role="columnheader"]';
/** A table's own rows and a row's own cells (not a nested table's), by selector: DOMs without the table API read the same. */
const ROWS = ':scope > tr, :scope > thead > tr, :scope > tbody > tr, :scope > tfoot > tr';
/** A table's own rows, header rows included. */
export const rowsOf = (table: Element) => [...table.querySelectorAll(ROWS)];
const cellsOf = (row: Element) => [...row.querySelectorAll(':scope > td, :scope > th')];
const spanOf = (cell: Element) => Math.max(1, Number(cell.getAttribute('colspan')) || 1);
/** A column of codes: named as codes ("Code", "ICD-10", "Dx code"), not a description or a pointer. */
const CODE_COLUMN =
  /^\s*(?:(?:icd(?:-?10)?(?:-?cm)?|dx|diagnosis|cie-?10)\s*)?(?:codes?|icd(?:-?10)?(?:-?cm)?|c[oó]digo)\s*$/i;

/**
 * True when `table` holds only header rows and no body to add rows to: the header half of a grid
 * drawn as two tables, or a header drawn alone. An empty `<tbody>` is a list waiting for rows.
 */
export function isHeaderOnlyTable(table: HTMLTableElement): boolean {
  for (const body of table.querySelectorAll(':scope > tbody'))
    if (!body.querySelector(':scope > tr')) return false;
  const rows = rowsOf(table);
  return (
    rows.length > 0 &&
    rows.every((row) => {
      const cells = cellsOf(row);
      return cells.length > 0 && cells.every((cell) => cell.matches(HEADER_CELL));
    })
  );
}

/** The table after the header table in the grid's box, when it holds the rows (not another header). */
function contentTableAfter(header: HTMLTableElement): HTMLTableElement | undefined {
  for (let at: Element = header, i = 0; i < LEVELS && at.parentElement; at = at.parentElement, i++) {
    for (let next = at.nextElementSibling; next; next = next.nextElementSibling) {
      const table = next instanceof HTMLTableElement ? next : next.querySelector('table');
      if (table) return isHeaderOnlyTable(table) ? undefined : table;
    }
  }
  return undefined;
}

type SplitGrid = { header: HTMLTableElement; box: Element };

/**
 * The header table of a content table drawn apart from it, and the grid's box that holds both
 * (where its heading stands before), if it has one.
 */
export function splitGridOf(content: HTMLTableElement): SplitGrid | undefined {
  for (let at: Element = content, i = 0; i < LEVELS && at.parentElement; at = at.parentElement, i++) {
    for (let before = at.previousElementSibling; before; before = before.previousElementSibling) {
      const tables = before instanceof HTMLTableElement ? [before] : [...before.querySelectorAll('table')];
      const header = tables.at(-1);
      if (!header) continue;
      const joined =
        header instanceof HTMLTableElement &&
        isHeaderOnlyTable(header) &&
        contentTableAfter(header) === content;
      return joined ? { header, box: at.parentElement } : undefined;
    }
  }
  return undefined;
}

/**
 * The place of the code column of a grid drawn as two tables (0-based, spans counted), when its
 * header table names one; undefined otherwise (the rows are then read whole).
 */
export function codeColumnOf(content: HTMLTableElement): number | undefined {
  const header = splitGridOf(content)?.header;
  const row = header ? rowsOf(header).at(-1) : undefined;
  if (!row) return undefined;
  let place = 0;
  for (const cell of cellsOf(row)) {
    if (CODE_COLUMN.test(cell.textContent)) return place;
    place += spanOf(cell);
  }
  return undefined;
}

/** The cell of `row` at `place` (spans counted). */
export function cellAt(row: Element, place: number): Element | undefined {
  let at = 0;
  for (const cell of cellsOf(row)) {
    const span = spanOf(cell);
    if (place < at + span) return cell;
    at += span;
  }
  return undefined;
}
