/**
 * Rows a person ticks to choose them: a superbill prints every common code with a checkbox, and
 * only the ticked rows are the visit's (athena-like checkout, /tmp/qapages50 a3: seven ICD rows,
 * two ticked, were all read as entered, two of them "unsupported"). The same list drawn with ARIA:
 * rows or items that are checkboxes themselves (`aria-checked`), or rows of a multi-select grid
 * (`aria-multiselectable`) chosen by `aria-selected`. An unticked row is an offer, like a closed
 * dropdown's items (option-lists.ts isOfferBox): never an entered code nor a billed line.
 *
 * A checkbox is the row's selection box only where a selection box stands: in the row's first or
 * last cell (or as the item's first or last checkbox), under a column header that is empty or says
 * so ("Select", "Bill", "✓"), and named, if at all, as a selection or by the row's own words. A
 * "Primary" or "Chronic" column of checkboxes in a list of entered diagnoses says something about
 * each code; it chooses none.
 *
 * A checkbox column for bulk actions is no choosing either: a problem list or a diagnosis table
 * with a "select all" box in its header, or beside a toolbar whose buttons act on the selection
 * (Delete, Resolve, Inactivate, Print selected), lists the patient's codes, ticked or not; its
 * boxes pick rows to act on, never the visit's codes (QA stop 50 follow-up: such a table read no
 * code while nothing was ticked).
 *
 * Tested on: test/fixtures/pages/superbill-ticks.html, bulk-select-table.html; unit tests in
 * ticked-rows.test.ts.
 */
import { bulkAnswer } from './discovery-cache';

/** Rows and items a list or table is made of. */
const ITEM = 'tr, [role="row"], li, [role="listitem"], [role="checkbox"], [role="menuitemcheckbox"]';
const BOX = 'input[type="checkbox" i], [role="checkbox"], [role="menuitemcheckbox"]';
const CELL = 'td, th, [role="cell"], [role="gridcell"], [role="rowheader"], [role="columnheader"]';
const ROW = 'tr, [role="row"]';
/** A selection column's header or a selection box's name ("Select", "Bill", "Include", "✓"). */
const SELECTION =
  /^(?:select(?:ed)?|choose|chosen|pick|bill(?:ed)?|incl(?:ude[ds]?)?\.?|add|use|apply|check(?:ed)?|mark|seleccionar|incluir|facturar)\b|^[✓✔☑☐x]$/iu;
const LETTER = /\p{L}/u;
/** A code in a box's name ("Select M99.01", "98940"), the row's when its text shows it. */
const CODE = /[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?|\d{4}[0-9A-Z]/i;

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * True when `item` is a row or item of a tick list that is not ticked (nor checked, nor selected
 * in a multi-select grid). False for every other element, and for rows that carry no selection
 * box: a plain list's items are all entered, as before.
 */
export function isUnticked(item: Element): boolean {
  return tickOf(item) === 'unticked';
}

/**
 * Whether a row or item of a tick list is ticked; undefined for an element that is none (no
 * selection box, `aria-checked`, or `aria-selected` in a multi-select list).
 */
export function tickOf(item: Element): 'ticked' | 'unticked' | undefined {
  if (!item.matches(ITEM)) return undefined;
  const checked = item.getAttribute('aria-checked');
  if (checked !== null) return checked === 'true' ? 'ticked' : 'unticked';
  const selected = item.getAttribute('aria-selected');
  const list = selected !== null ? item.parentElement?.closest('[aria-multiselectable="true"]') : null;
  if (list && !isBulkSelection(list)) return selected === 'true' ? 'ticked' : 'unticked';
  const box = selectionBoxOf(item);
  if (!box) return undefined;
  return isTicked(box) ? 'ticked' : 'unticked';
}

/** True for a row's selection box (a procedure table's editables are these and its line's fields). */
export function isSelectionBox(box: Element): boolean {
  const item = box.parentElement?.closest(ITEM);
  return item !== null && item !== undefined && selectionBoxOf(item) === box;
}

function isTicked(box: Element): boolean {
  return box instanceof HTMLInputElement ? box.checked : box.getAttribute('aria-checked') === 'true';
}

/** The row's own checkboxes (not a nested list's), in order. */
function boxesOf(item: Element): Element[] {
  return [...item.querySelectorAll(BOX)].filter((box) => box.parentElement?.closest(ITEM) === item);
}

/** The item's selection box, when it has one (see the file's comment). */
function selectionBoxOf(item: Element): Element | undefined {
  const boxes = boxesOf(item);
  if (boxes.length === 0) return undefined;
  if (!item.matches(ROW)) {
    const list = item.parentElement?.closest(LIST);
    if (list && isBulkSelection(list)) return undefined;
    const first = boxes[0];
    const last = boxes[boxes.length - 1];
    return [first, last].find((box) => box !== undefined && nameOfBox(box, item) !== 'other');
  }
  const table = item.closest(TABLE);
  if (table && isBulkSelection(table)) return undefined;
  const cells = [...item.querySelectorAll(CELL)].filter((cell) => cell.parentElement?.closest(ROW) === item);
  for (const at of new Set([0, cells.length - 1])) {
    const cell = cells[at];
    const box = cell ? boxes.find((b) => cell.contains(b)) : undefined;
    const name = box ? nameOfBox(box, item) : 'other';
    // A box labelled by the row's own words is its row's, whatever its column says.
    if (box && (name === 'row' || (name === 'selection' && headedAsSelection(item, at)))) return box;
  }
  return undefined;
}

/**
 * What a box's name says: the row's own words (a label around the code and its title, "Select
 * M99.01", a list of labelled checkboxes: "☐ Cervicalgia"), a selection or nothing, or something
 * of its own ("Primary", "Chronic": an attribute of the row, no selection).
 */
function nameOfBox(box: Element, item: Element): 'row' | 'selection' | 'other' {
  const labels =
    box instanceof HTMLInputElement ? [...(box.labels ?? [])].map((l) => l.textContent).join(' ') : '';
  const name = clean(box.getAttribute('aria-label') ?? (clean(labels) || box.getAttribute('title')));
  if (!name || !LETTER.test(name)) return 'selection';
  const text = clean(item.textContent);
  const code = CODE.exec(name)?.[0];
  if ((code && text.includes(code)) || (text.includes(name) && name.length * 2 >= text.length)) return 'row';
  return SELECTION.test(name) ? 'selection' : 'other';
}

const TABLE = 'table, [role="grid"], [role="treegrid"], [role="table"]';
/** A list whose items carry their own checkboxes. */
const LIST = 'ul, ol, [role="list"], [role="listbox"]';

/** A table's or grid's header row: every cell a header. */
function headerRowOf(table: Element): Element | undefined {
  return [...table.querySelectorAll(ROW)].find((r) => {
    const cells = [...r.querySelectorAll(CELL)];
    return cells.length > 0 && cells.every((c) => c.matches('th, [role="columnheader"]'));
  });
}

/**
 * What a bulk action's button says: a verb that changes or outputs the rows chosen (Delete,
 * Remove selected, Resolve, Mark inactive, Archive, Print selected, Export). "Print" and "Export"
 * alone count only with "selected", as a superbill may print itself.
 */
const BULK_ACTION =
  /^(?:delete|remove|resolve|inactivate|deactivate|archive|discontinue|reconcile|mark\s+(?:as\s+)?(?:resolved|inactive|active|chronic|reviewed)|(?:print|export|copy|move)\s+(?:the\s+)?(?:selected|checked|chosen)|eliminar|resolver|borrar|inactivar)\b/i;
const BUTTON = 'button, [role="button"], input[type="button" i], input[type="submit" i]';
/** How many parents up from a table its toolbar is looked for (the table's card or section). */
const TOOLBAR_REACH = 3;

/**
 * True when a table's or list's checkboxes pick rows for bulk actions (see the file's comment):
 * a checkbox in its header row (select all), or a button of a bulk action beside it, outside its
 * rows, in the card around it. Answered once per table and discovery stretch.
 */
function isBulkSelection(table: Element): boolean {
  return bulkAnswer(table, () => {
    const header = headerRowOf(table);
    if (header?.querySelector(BOX)) return true;
    const body = table.ownerDocument.body;
    let box = table.parentElement;
    for (let i = 0; i < TOOLBAR_REACH && box && box !== body; i++, box = box.parentElement) {
      // The card stops where another list or table starts: its buttons are that one's.
      if (
        [...box.querySelectorAll(TABLE)].some(
          (other) => other !== table && !other.contains(table) && !table.contains(other),
        )
      )
        break;
      for (const button of box.querySelectorAll(BUTTON)) {
        // A row's own button (a chip's "Remove", a line's "Delete") acts on that row alone.
        if (table.contains(button)) continue;
        const name = clean(
          button.getAttribute('aria-label') ??
            (button instanceof HTMLInputElement ? button.value : button.textContent),
        );
        if (BULK_ACTION.test(name)) return true;
      }
    }
    return false;
  });
}

/** The header over the row's cell at `at` (a table's or grid's header row) is empty or a selection. */
function headedAsSelection(row: Element, at: number): boolean {
  const table = row.closest(TABLE);
  if (!table) return true;
  const header = headerRowOf(table);
  if (!header || header === row) return true;
  const cells = [...header.querySelectorAll(CELL)];
  // The header's place for the row's last cell is its last header (a row may span less).
  const cell = at === 0 ? cells[0] : cells[cells.length - 1];
  const text = clean(cell?.textContent) || clean(cell?.getAttribute('aria-label'));
  return !LETTER.test(text) || SELECTION.test(text);
}
