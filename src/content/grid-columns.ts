/**
 * Data grids (AG Grid, Kendo UI Grid, DevExtreme DataGrid, any ARIA grid): a coder enters the
 * diagnoses and charge lines of a visit in a grid's rows, a code per cell. A cell shows its code as
 * text and holds an editor input only while it is edited (the grid draws the text again on Enter
 * or Tab), so the grid's cells, not its short-lived inputs, are what the grid holds.
 *
 * A column whose header names diagnoses ("ICD-10", "Dx", "Diagnosis") or procedures ("CPT") is read
 * as one field, one line per row: its header cell is the field (where the badge sits), its text the
 * column's cells (an edited cell's editor value). Everything is told by ARIA grid semantics, which
 * the three libraries all render: an element with role=grid or treegrid, role=row rows,
 * role=columnheader headers and role=gridcell cells (a native table's th/td inside a role=grid
 * element too). A cell's column is its aria-colindex (AG Grid, DevExtreme), else the header its
 * aria-describedby names (DevExtreme), else its place in its row (Kendo draws the header and the
 * rows as two tables whose columns line up, with aria-colindex only for virtual or hidden columns).
 *
 * Only grids: a plain table with a "Dx" column is as often a history of past visits, and a table
 * of inputs is read field by field (find-fields.ts, column headers name them there).
 */

export const GRID_SELECTOR = '[role="grid"], [role="treegrid"]';
import { CONTENT_EDITABLE } from './editable-shapes';
const HEADER_CELL = '[role="columnheader"], th';
const CELL = '[role="gridcell"], [role="cell"], [role="rowheader"], [role="columnheader"], td, th';
const ROW = '[role="row"], tr';
const EDITOR = `input:not([type="hidden" i]), select, textarea, ${CONTENT_EDITABLE}`;
/** Parts of a cell that are actions or decoration, not its value. */
const NOT_VALUE =
  'button, [role="button"], [aria-hidden="true"], [hidden], script, style, template, svg, [data-chartlint]';
/** Rows read per column at most: a grid of visit lines is short; a huge one is not read whole on every update. */
const MAX_ROWS = 200;
/** Longest header read as a column's name. */
const MAX_HEADER = 60;

/** The grid an element sits in (its nearest role=grid or treegrid ancestor, itself included). */
export function gridOf(element: Element): Element | null {
  return element.closest(GRID_SELECTOR);
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** True when the element belongs to `grid` itself, not to a grid nested in one of its cells. */
const inGrid = (element: Element, grid: Element) => element.parentElement?.closest(GRID_SELECTOR) === grid;

/**
 * What a column header says: its visible text, and its aria-label when that says more
 * (DevExtreme labels a header "Column Diagnosis"). Icons and menus in the header are left out.
 */
export function headerName(header: Element): string {
  const text = clean(visibleTextOf(header));
  const aria = clean(header.getAttribute('aria-label'));
  const name = aria && !aria.includes(text) ? `${text} ${aria}`.trim() : aria || text;
  return name.length <= MAX_HEADER ? name : '';
}

/** The header cells of a grid, in order (its own, not a nested grid's). */
export function headersOf(grid: Element): Element[] {
  return [...grid.querySelectorAll(HEADER_CELL)].filter(
    (h) => inGrid(h, grid) && h.getAttribute('scope') !== 'row',
  );
}

/** The cells of a row, in order (its own, not a nested row's). */
function cellsOf(row: Element): Element[] {
  return [...row.querySelectorAll(CELL)].filter((c) => c.parentElement?.closest(ROW) === row);
}

const spanOf = (cell: Element) => Math.max(1, Number(cell.getAttribute('colspan')) || 1);

/** The place of a cell in its row, spans counted (0-based). */
function placeOf(cell: Element): number {
  const row = cell.parentElement?.closest(ROW);
  if (!row) return -1;
  let at = 0;
  for (const c of cellsOf(row)) {
    if (c === cell) return at;
    at += spanOf(c);
  }
  return -1;
}

/** A grid's column, as its header tells it. */
export type Column = { header: Element; colindex: string | null; id: string; place: number };

/** The grid's columns, one per header cell, in order. */
export function columnsOf(grid: Element): Column[] {
  return headersOf(grid).map((header) => ({
    header,
    colindex: header.getAttribute('aria-colindex'),
    id: header.id,
    place: placeOf(header),
  }));
}

/**
 * The column a cell is in: by aria-colindex when the cell and the headers have it, else by the
 * header its aria-describedby names, else by its place in its row.
 */
export function columnOf<C extends Column>(
  cell: Element,
  columns: readonly C[],
  place?: number,
): C | undefined {
  const colindex = cell.getAttribute('aria-colindex');
  if (colindex) {
    const found = columns.find((c) => c.colindex === colindex);
    if (found || columns.some((c) => c.colindex)) return found;
  }
  const described = cell.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  const named = columns.find((c) => c.id && described.includes(c.id));
  if (named) return named;
  const at = place ?? placeOf(cell);
  return columns.find((c) => c.place === at);
}

/**
 * A row the grid draws. A grid that recycles a pool of row nodes as it scrolls hides the ones it has
 * no row for (display:none) and leaves their last aria-rowindex and text in place: joined by index
 * to the row now drawn with it, as a row split over pinned parts is, its line was read twice
 * ("98943-, 98943-", QA stop 53 M2).
 */
function drawnRow(row: Element): boolean {
  if (row instanceof HTMLElement && (row.hidden || row.style.display === 'none')) return false;
  return typeof row.checkVisibility !== 'function' || row.checkVisibility({ visibilityProperty: true });
}

/**
 * The data rows of a grid, one entry per row as the user sees it: a grid that splits a row over
 * pinned and scrolling containers (AG Grid) draws one row element per part, all with the same
 * aria-rowindex. Header rows (only header cells) are left out.
 */
export function dataRowsOf(grid: Element): Element[][] {
  const rows = new Map<string | Element, Element[]>();
  for (const row of grid.querySelectorAll(ROW)) {
    if (!inGrid(row, grid) || !drawnRow(row)) continue;
    const cells = cellsOf(row);
    if (cells.length === 0 || cells.every((c) => c.matches(HEADER_CELL))) continue;
    const key = row.getAttribute('aria-rowindex') ?? row;
    const parts = rows.get(key);
    if (parts) parts.push(row);
    else rows.set(key, [row]);
    if (rows.size >= MAX_ROWS) break;
  }
  return [...rows.values()];
}

/** The cells of a (possibly split) row by their column, each row's cells placed once. */
export function cellsByColumn<C extends Column>(row: Element[], columns: readonly C[]): Map<C, Element> {
  const found = new Map<C, Element>();
  for (const part of row) {
    let place = 0;
    for (const cell of cellsOf(part)) {
      const column = columnOf(cell, columns, place);
      if (column && !found.has(column)) found.set(column, cell);
      place += spanOf(cell);
    }
  }
  return found;
}

/** A cell's value: the editor's text while it is edited, else its text without buttons and icons. */
export function cellValue(cell: Element): string {
  const editor = cell.querySelector(EDITOR);
  if (editor instanceof HTMLInputElement || editor instanceof HTMLTextAreaElement) return clean(editor.value);
  if (editor instanceof HTMLSelectElement)
    return clean([...editor.selectedOptions].map((o) => o.text).join(' '));
  if (editor) return clean(editor.textContent);
  const outside = outsideEditorOf(cell);
  return outside ? clean(outside.value) : clean(visibleTextOf(cell));
}

/**
 * An editor a grid mounts outside its cells (Handsontable: one textarea, laid over the cell being
 * edited, beside the grid's tables): true for a text field in a grid that is in none of its cells.
 */
export function isOutsideCellEditor(element: Element, grid: Element): boolean {
  return (
    (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) &&
    element.type !== 'hidden' &&
    grid.contains(element) &&
    !element.closest(CELL)
  );
}

/**
 * The editor the grid mounted outside its cells for this cell while the user types in it: the
 * focused editor, and this cell the grid's only selected one (aria-selected). The cell shows the
 * old value until the edit is committed (Enter, Tab, a click elsewhere).
 */
function outsideEditorOf(cell: Element): HTMLInputElement | HTMLTextAreaElement | null {
  const active = cell.ownerDocument.activeElement;
  if (!(active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement)) return null;
  if (cell.getAttribute('aria-selected') !== 'true') return null;
  const grid = gridOf(cell);
  if (!grid || !isOutsideCellEditor(active, grid)) return null;
  return grid.querySelectorAll('[aria-selected="true"]').length === 1 ? active : null;
}

function visibleTextOf(element: Element): string {
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.nodeValue?.trim()) continue;
    const skip = parent.closest(NOT_VALUE);
    if (skip && element.contains(skip)) continue;
    text += ` ${node.nodeValue}`;
  }
  return text;
}
