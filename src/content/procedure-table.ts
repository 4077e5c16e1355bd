/**
 * A superbill's procedure table: every common CPT printed as a row with a checkbox, the code as
 * text, and the line's fields beside it ("CPT | Description | Mod 1 | Mod 2 | Units"), filled once
 * the row is ticked. Its fields are no procedure fields of their own (a modifier field holds no
 * code), and the code is no field at all, so the table was no procedure field and a ticked 98940
 * with no modifier on a Medicare claim went unchecked (/tmp/qapages50 a3, H3). Read as one
 * procedure field, one line per ticked row (ticked-rows.ts): its code, then its modifiers, then its
 * units ("98940 AT x1", where the core reads a line's modifiers: right after its code; "x1" is a
 * count, never a modifier). Rows not ticked are not billed.
 *
 * Tested on: test/fixtures/pages/superbill-ticks.html; unit tests in procedure-table.test.ts.
 */
import { isSelectionBox, tickOf } from './ticked-rows';
import { CONTENT_EDITABLE } from './editable-shapes';

const ROW = 'tr, [role="row"]';
const CELL = 'td, th, [role="cell"], [role="gridcell"], [role="rowheader"], [role="columnheader"]';
const HEADER = 'th, [role="columnheader"]';
const CONTROL = `input:not([type="hidden" i]), select, textarea, [role="checkbox"], [role="combobox"], ${CONTENT_EDITABLE}`;
/** The code column: "CPT", "HCPCS", "Code", "Procedure", "Proc". */
const CODE_HEADER = /\b(?:cpt|hcpcs|codes?|procedures?|proc)\b/i;
const MODIFIER_HEADER = /^\s*mod(?:ifiers?|s)?\.?\s*\d*\s*$/i;
const UNITS_HEADER = /^\s*(?:units?|qty|quantity|days\s*(?:\/|or)\s*units|unidades)\s*$/i;
/** A CPT/HCPCS code as a cell shows it (a Category II/III code ends in a letter). */
const CPT = /(?<![\p{L}\p{N}])(?:\d{4}[0-9A-Z]|[A-V]\d{4})(?![\p{L}\p{N}])/u;
const MODIFIER = /^[A-Z0-9]{2}$/i;
/** Rows read at most: a superbill prints a few dozen. */
const MAX_ROWS = 200;

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

type Columns = { code: number; modifiers: number[]; units: number; width: number };

const ownCells = (row: Element) =>
  [...row.querySelectorAll(CELL)].filter((c) => c.parentElement?.closest(ROW) === row);

function rowsOf(table: Element): Element[] {
  return [...table.querySelectorAll(ROW)]
    .filter(
      (r) => r.parentElement?.closest('table, [role="table"], [role="grid"], [role="treegrid"]') === table,
    )
    .slice(0, MAX_ROWS);
}

const isHeaderRow = (row: Element) => {
  const cells = ownCells(row);
  return cells.length > 0 && cells.every((c) => c.matches(HEADER));
};

/** The columns by the header row's names, or undefined when it names no code column. */
function columnsOf(rows: readonly Element[]): Columns | undefined {
  const header = rows.find(isHeaderRow);
  if (!header) return undefined;
  const names = ownCells(header).map((c) => clean(c.textContent) || clean(c.getAttribute('aria-label')));
  const code = names.findIndex((n) => CODE_HEADER.test(n) && !MODIFIER_HEADER.test(n));
  if (code < 0) return undefined;
  const modifiers = names.flatMap((n, i) => (MODIFIER_HEADER.test(n) ? [i] : []));
  return { code, modifiers, units: names.findIndex((n) => UNITS_HEADER.test(n)), width: names.length };
}

/**
 * True for a table of procedure rows chosen by ticking them: a header naming the code column, rows
 * with selection boxes, and no other control than those boxes and the fields of the line's
 * modifier and units columns (a table of code inputs is read field by field, find-fields.ts).
 */
export function isProcedureTickTable(table: Element): boolean {
  const rows = rowsOf(table);
  const columns = columnsOf(rows);
  if (!columns) return false;
  let ticks = 0;
  for (const row of rows) {
    if (isHeaderRow(row)) continue;
    if (tickOf(row) !== undefined) ticks++;
    const cells = ownCells(row);
    if (cells.length !== columns.width) continue;
    const lineColumns = new Set([...columns.modifiers, columns.units]);
    for (const control of row.querySelectorAll(CONTROL)) {
      if (isSelectionBox(control) || control.getAttribute('aria-hidden') === 'true') continue;
      const at = cells.findIndex((c) => c.contains(control));
      if (!lineColumns.has(at)) return false;
    }
  }
  return ticks > 0;
}

/** A cell's value: its field's (an input's value, a select's chosen option), else its text. */
function cellValue(cell: Element | undefined): string {
  if (!cell) return '';
  const field = cell.querySelector(
    'input:not([type="hidden" i]):not([type="checkbox" i]):not([type="radio" i]), select, textarea',
  );
  if (field instanceof HTMLSelectElement)
    return clean(
      [...field.selectedOptions]
        .filter((o) => o.value !== '')
        .map((o) => o.value || o.text)
        .join(' '),
    );
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) return clean(field.value);
  return clean(cell.textContent);
}

/** One ticked row's line: its code, its modifiers, its units ("98941 AT GP x1"); '' for a row with no code. */
function lineOf(row: Element, columns: Columns): string {
  const cells = ownCells(row);
  const code =
    CPT.exec(clean(cells[columns.code]?.textContent))?.[0] ??
    CPT.exec(cells.map((c) => clean(c.textContent)).join(' '))?.[0];
  if (!code) return '';
  const modifiers = columns.modifiers
    .flatMap((at) => cellValue(cells[at]).split(/[\s,;]+/))
    .filter((m) => MODIFIER.test(m))
    .map((m) => m.toUpperCase());
  const units = columns.units >= 0 ? cellValue(cells[columns.units]) : '';
  return [code, ...new Set(modifiers), /^\d{1,3}$/.test(units) ? `x${units}` : ''].filter(Boolean).join(' ');
}

/** The table's procedure lines, one per ticked row (none ticked: '', nothing billed). */
export function procedureTableText(table: Element): string {
  const rows = rowsOf(table);
  const columns = columnsOf(rows);
  if (!columns) return '';
  return rows
    .filter((row) => !isHeaderRow(row) && tickOf(row) === 'ticked')
    .map((row) => lineOf(row, columns))
    .filter(Boolean)
    .join('\n');
}
