import { partColumnsOf } from '../core/chiro/part-table';
import { readEditable } from './read-editable';

/**
 * A chiropractic visit's P/A/R/T findings drawn as a table beside or inside a signed note: a
 * `<table>`, or an ARIA grid or table of divs (role=grid/table, rows and gridcells), whose header
 * names three of the four columns ("Segment | P | A | R | T", "Pain | Asymmetry | ROM | Tone").
 * It is part of the note: each row's level and the findings its cells mark are read together by
 * the core's table reader (core/chiro/part-table.ts), from the rows read one line each with their
 * cells a tab apart (read-editable.ts). QA pages stop 54: a grid of divs was read as no field.
 */
const TABLE = 'table, [role="grid"], [role="table"], [role="treegrid"]';
/** Where a table is part of something else already read: an editor, a report, a list, a widget. */
const INSIDE_READ = '[data-chartlint], [contenteditable], [role="listbox"], [role="option"], li, dd, label';
/** Columns a findings table names at least (two could be any table's "P" and "A"). */
const MIN_PART_COLUMNS = 3;

/** The header cells of a table or grid: its first row's cells (th, columnheader, or plain cells). */
function headerCells(table: Element): Element[] {
  if (table.tagName === 'TABLE') {
    const row = table.querySelector(':scope > thead > tr, :scope > tbody > tr, :scope > tr');
    return row ? [...row.children].filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH') : [];
  }
  const row = table.querySelector('[role="row"]');
  if (!row) return [];
  return [
    ...row.querySelectorAll('[role="columnheader"], [role="gridcell"], [role="cell"], [role="rowheader"]'),
  ].filter((cell) => cell.closest('[role="row"]') === row);
}

/** True when `element` is a P/A/R/T findings table a note should be read with. */
export function isPartFindingsTable(element: Element): boolean {
  if (!element.matches(TABLE) || element.parentElement?.closest(`${INSIDE_READ}, ${TABLE}`)) return false;
  const cells = headerCells(element);
  if (cells.length < MIN_PART_COLUMNS || cells.length > 12) return false;
  const letters = partColumnsOf(cells.map((cell) => readEditable(cell).text));
  const named = letters.filter((letter) => letter !== undefined);
  return named.length >= MIN_PART_COLUMNS && new Set(named).size === named.length;
}
