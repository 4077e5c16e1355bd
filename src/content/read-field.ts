/**
 * Reads what a user sees in a field. Diagnosis widgets often keep the code out of the visible text
 * (a hidden input, a chip, a select option value like "ICD10:M99.60") and show only the official
 * title: those parts are read too, one per line after the field's own value, and the bits that
 * hold no code are returned as title candidates for the service worker to resolve.
 */
import { findCodes } from '../core/find-codes';
import { shadowRootOf } from '../platform/shadow-root';
import {
  columnKind,
  gridColumnsOf,
  hintsOf,
  isDialogPicker,
  isPickerButton,
  isSearchResults,
  isTokenEntry,
  type FieldCandidate,
} from './find-fields';
import { cellsByColumn, cellValue, headerName } from './grid-columns';
import { drawnLines, gridLines } from './grid-rows-seen';
import { inOptionList, isOfferBox, optionListsIn } from './option-lists';
import { editableDrawsOnlyPart, proxyEditorOf, readProxyEditor } from './proxy-editor';
import { procedureLine } from './procedure-line';
import { isProcedureTickTable, procedureTableText } from './procedure-table';
import { addListOf, isDraftBox } from './query-box';
import { isUnticked } from './ticked-rows';
import { isEndedRow } from './ended-rows';
import { readEditable } from './read-editable';
import { TOOLTIP } from './tooltips';
import { CHIP_CONTROL, CLOSE_CONTROL, chipText, withoutCloseGlyphs, withoutControlText } from './chip-text';
import { separatedText } from './separated-text';
import { cellAt, codeColumnOf, rowsOf } from './split-grid';
import { visibleText } from './visible-text';
import { valueSelectOf } from './widget-twins';
import { CONTENT_EDITABLE } from './editable-shapes';

export type FieldReading = {
  /** The field's own text first (spans into it map onto the field), then extra widget parts. */
  text: string;
  /** Length of the field's own text at the start of `text`. */
  ownLength: number;
  /** Short texts with no code in them that may be official ICD-10-CM titles. */
  titles: string[];
  /** Set when the field shows only part of its text (an editor that draws the lines in view). */
  partial?: true;
};

/**
 * A widget's form value kept in a native input no one reaches (Shoelace's select keeps its chosen
 * values in one, aria-hidden and out of the tab order, beside the input it shows): read as a
 * hidden input is, never another editable of the widget.
 */
const VALUE_PROXY = 'input[aria-hidden="true"][tabindex="-1"]';
/** Editables a person uses: a widget around a field holds no other. */
const EDITABLE =
  `input:not([type="hidden" i]):not([aria-hidden="true"][tabindex="-1"]), select, textarea, ${CONTENT_EDITABLE}`;
const CHIP =
  '[role="listitem"], [role="row"], [data-code], .chip, .tag, .pill, .token, [class*="chip" i], [class*="tag" i], [class*="pill" i], [class*="token" i], li';
const MAX_TITLE = 300;
const MAX_PARTS = 40;

/**
 * The widget around a diagnosis field: the largest ancestor (up to 4 levels up) holding no other
 * editable. The boxes a web component draws around its input in the page's tree (Ionic's
 * ion-input: a label and a wrapper around the native input) are one level, the component's: the
 * chips row beside its item is as near as beside a plain input.
 */
function widgetOf(element: HTMLElement, query = false): Element {
  let island: Element = element;
  // The list the box's Add button fills is read as its own field: never also as the box's chips.
  const added = addListOf(element);
  for (
    let i = 0, up = element.parentElement;
    i < 4 && up && up !== up.ownerDocument.body;
    up = up.parentElement
  ) {
    if (up.querySelectorAll(EDITABLE).length > 1) break;
    if (added && up.contains(added)) break;
    // A box to add or search (query-box.ts) sits beside the list it adds to: its widget ends
    // before the box that starts a section (a heading), so the visit's list, the problem list and
    // the allergies under their headings are never its value.
    if (query && up.querySelector(SECTION_HEADING)) break;
    island = up;
    if (!insideComponent(up, element)) i++;
  }
  return island;
}

/** Headings that start a section of the page. */
const SECTION_HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** True when `box` is a plain element a web component drew around `field` (3 levels at most below it). */
function insideComponent(box: Element, field: Element): boolean {
  if (box.localName.includes('-')) return false;
  for (let at = box.parentElement, i = 0; at && i < 3; at = at.parentElement, i++)
    if (at.localName.includes('-')) return at.contains(field);
  return false;
}

/**
 * The widget around a web component whose shadow tree holds the field and nothing else to edit (a
 * design system's text field): the largest ancestor of its host (up to 4 up) holding no other
 * editable, shadow roots included, where the component's chips sit; undefined when there is none.
 */
function hostWidgetOf(island: Element, element: HTMLElement): Element | undefined {
  const root = island.getRootNode();
  if (island.parentElement || !(root instanceof ShadowRoot) || holdsOtherEditable(root, element))
    return undefined;
  let outer: Element | undefined;
  for (
    let i = 0, up = root.host.parentElement;
    i < 4 && up && up !== up.ownerDocument.body;
    i++, up = up.parentElement
  ) {
    if (holdsOtherEditable(up, element)) break;
    outer = up;
  }
  return outer;
}

/** Elements a widget's walk into shadow roots looks at, at most: past that it is no one field's widget. */
const MAX_WIDGET_ELEMENTS = 400;

/**
 * True when `top` holds an editable other than `field`, inside open shadow roots (and closed ones
 * the browser shows us) too, or more elements than a widget has.
 */
function holdsOtherEditable(top: Element | ShadowRoot, field: Element): boolean {
  const roots: Node[] = [top];
  let seen = 0;
  while (roots.length > 0) {
    const root = roots.shift() as Node;
    const walker = field.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (++seen > MAX_WIDGET_ELEMENTS) return true;
      const element = node as Element;
      if (element !== field && element.matches(EDITABLE)) return true;
      const shadow = shadowRootOf(element);
      if (shadow) roots.push(shadow);
    }
  }
  return false;
}

/** True when `inner` is `outer` or inside it, across shadow roots. */
function holdsAcrossShadows(outer: Element, inner: Element): boolean {
  for (let at: Node | null = inner; at; at = at instanceof ShadowRoot ? at.host : at.parentNode)
    if (at === outer) return true;
  return false;
}

/**
 * What the web components in a widget draw as their own text in their shadow roots: a design
 * system's input chip shows its label there and keeps nothing in the page's tree. One part per
 * component, its hidden and aria-hidden parts, popups and announcements left out; not the
 * component that holds the field (its label and supporting text), nor one whose text is in the
 * page's tree (read as a chip or shown value already).
 */
function drawnParts(island: Element | ShadowRoot, field: HTMLElement): string[] {
  const parts: string[] = [];
  const walker = island.ownerDocument.createTreeWalker(island, NodeFilter.SHOW_ELEMENT);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_WIDGET_ELEMENTS; node = walker.nextNode(), seen++) {
    const element = node as Element;
    const shadow = element.localName.includes('-') ? shadowRootOf(element) : null;
    if (!shadow || clean(element.textContent) || holdsAcrossShadows(element, field)) continue;
    const list = element.closest('[role="listbox"], [role="option"]');
    if ((list && !isChosenList(list)) || element.closest('[hidden], [aria-hidden="true"], [data-chartlint]')) continue;
    if (inOptionList(element, field)) continue;
    let text = '';
    const texts = island.ownerDocument.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
    for (let t = texts.nextNode(); t; t = texts.nextNode()) {
      const parent = t.parentElement;
      if (parent && !parent.closest(DRAWN_NOT_VALUE)) text += ` ${t.nodeValue ?? ''}`;
    }
    const part = clean(text);
    if (part.length > 0 && part.length <= MAX_TITLE) parts.push(part);
    if (parts.length >= MAX_PARTS) break;
  }
  return parts;
}

/** Parts of a component's own drawing that are never its value: hidden text, popups, announcements, styles. */
const DRAWN_NOT_VALUE =
  '[hidden], [aria-hidden="true"], [role="listbox"], [role="option"], [role="tooltip"], [role="status"], [role="alert"], [role="log"], [aria-live], style, script, template';

function hasCode(text: string): boolean {
  return findCodes({ id: '', kind: 'diagnosis', text }).length > 0;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * True when `element` is a popup's or our overlay's, not a chosen value: inside a listbox or an
 * option, unless that listbox holds the field itself (a token field drawn as one listbox, its
 * chips options beside its input: find-fields isTokenEntry).
 */
function inPopup(element: Element, field: Element): boolean {
  if (element.closest('[data-chartlint]')) return true;
  // A datalist's or a suggestion menu's items are offers (option-lists.ts), never chosen.
  if (inOptionList(element, field)) return true;
  // A code search's results beside its box ("M48.061 … [Add]") are offers too (query-box.ts).
  const results = element.closest('ul, ol, [role="list"]');
  if (results && !results.contains(field) && isSearchResults(results)) return true;
  const list = element.closest('[role="listbox"], [role="option"]');
  if (!list) return false;
  const listbox = list.closest('[role="listbox"]');
  if (listbox && isChosenList(listbox)) return false;
  return !(listbox && listbox.contains(field) && isTokenEntry(field));
}

/**
 * A listbox that holds the chosen values, not the choices: named so ("Selected Options:", as
 * Salesforce Lightning's pill container is) and shown, or the token field's own chips (above).
 */
function isChosenList(listbox: Element): boolean {
  return /\b(selected|chosen)\b/i.test(listbox.getAttribute('aria-label') ?? '') && !listbox.closest('[hidden], [aria-hidden="true"]');
}

/**
 * The chips a chips box holds as web components of their own (`<ion-chip>`, a design system's
 * `*-pill`, `*-tag`): one part each; else the box itself is the one chip.
 */
function chipItems(chip: Element): Element[] {
  const items = [...chip.children].filter((c) => /-(chip|pill|tag|token|badge)$/.test(c.localName));
  return items.length > 0 ? items : [chip];
}

/**
 * True when `element` is hidden inside `top` while `top` is shown: a picker's closed dropdown
 * keeps its last results in the page (Chosen's `.chosen-drop`, hidden), and those are what could
 * be chosen, not what was. Hidden by an attribute (`hidden`, `aria-hidden`), an inline style, or
 * the page's style sheet (read through checkVisibility where the browser has it).
 */
function hiddenWithin(element: Element, top: Element): boolean {
  for (let at: Element | null = element; at && at !== top; at = at.parentElement) {
    if (at.hasAttribute('hidden') || at.getAttribute('aria-hidden') === 'true') return true;
    const style = (at as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  const check = (el: Element) =>
    typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true;
  return !check(element) && check(top);
}

/**
 * A chip's text, its parts apart ("M99.60" and "M50.121" side by side are two codes, not one), its
 * close control left out (chip-text.ts).
 */
function chipPart(chip: Element): string {
  return chip.matches(ROW) ? rowLine(chip) : chipText(chip);
}

/**
 * The chips under `scope` (those `skip` leaves out aside): only the innermost that show text of
 * their own, their close controls left out, so an outer list item never repeats its children's
 * text. A chip library's markup nests several chip-classed boxes (Angular Material's MDC chip: row
 * > gridcell > role=button action > label span, an empty focus-indicator span inside the label and
 * a classed remove button beside it): the innermost chip-classed elements were the empty indicator
 * and the remove button, and the chip's text was never read. A close control (by name or class) is
 * never a chip, whatever its class says.
 */
function chipsWithText(scope: Element | ShadowRoot, skip: (chip: Element) => boolean): Element[] {
  const shown: Element[] = [];
  for (const chip of scope.querySelectorAll(CHIP)) {
    // The chip itself only: a wrapper's class (MUI's 'MuiAutocomplete-hasClearIcon') says nothing of its chips.
    if (chip.matches(CLOSE_CONTROL) || skip(chip) || chipPart(chip) === '') continue;
    shown.push(chip);
  }
  if (shown.length < 2) return shown;
  const holders = new Set<Element>();
  const isShown = new Set(shown);
  for (const chip of shown)
    for (let up = chip.parentElement; up; up = up.parentElement) {
      if (holders.has(up)) break;
      if (isShown.has(up)) holders.add(up);
    }
  return shown.filter((chip) => !holders.has(chip));
}

/** The parts of a diagnosis widget beyond its own value: hidden inputs, chips/tags/rows, shown values. */
function widgetParts(element: HTMLElement, query = false): string[] {
  const island = widgetOf(element, query);
  const outer = hostWidgetOf(island, element);
  if (island === element && !outer) return [];
  const parts: string[] = [];
  for (const hidden of island.querySelectorAll<HTMLInputElement>(`input[type="hidden" i], ${VALUE_PROXY}`))
    if (hidden !== element) parts.push(clean(hidden.value));
  const chips = chipsWithText(island, (chip) => chip.contains(element) || inPopup(chip, element) || hiddenWithin(chip, island));
  for (const chip of chips) for (const item of chipItems(chip)) parts.push(chipPart(item));
  // A component whose shadow root holds the field and its chips (a lookup drawing its pills
  // under its input, Lightning's): that root is the widget, its other boxes are no other field's.
  const own = island.parentElement ? null : island.getRootNode();
  if (own instanceof ShadowRoot && !holdsOtherEditable(own, element)) {
    const skip = (chip: Element) => island.contains(chip) || inPopup(chip, element) || hiddenWithin(chip, own.host);
    for (const chip of chipsWithText(own, skip)) for (const item of chipItems(chip)) parts.push(chipPart(item));
    parts.push(...drawnParts(own, element));
  }
  if (isPicker(element)) parts.push(...shownValues(island, element));
  parts.push(...drawnParts(island, element));
  // Around the component: its hidden inputs, chips in the page's tree and chips drawn by components.
  if (outer) {
    for (const hidden of outer.querySelectorAll<HTMLInputElement>('input[type="hidden" i]'))
      parts.push(clean(hidden.value));
    for (const chip of chipsWithText(outer, (chip) => inPopup(chip, element) || hiddenWithin(chip, outer)))
      parts.push(chipPart(chip));
    parts.push(...drawnParts(outer, element));
  }
  return parts.filter((p) => p.length > 0 && p.length <= 1000).slice(0, MAX_PARTS);
}

/** A search box that chooses from a list (its typed text is not the chosen value). */
function isPicker(element: HTMLElement): boolean {
  return (
    element.getAttribute('role') === 'combobox' ||
    element.hasAttribute('aria-autocomplete') ||
    (element instanceof HTMLInputElement && element.hasAttribute('list'))
  );
}

/**
 * Parts of a picker that are never its chosen value: actions, menus, announcements (react-select
 * repeats the choice in a visually hidden live region), hints and messages, labels and other controls.
 */
const NOT_VALUE = [
  'button, [role="button"], [role="listbox"], [role="option"], [role="menu"], [role="tooltip"]',
  '[role="log"], [role="status"], [role="alert"], [aria-live], [aria-hidden="true"], [hidden]',
  'label, legend, h1, h2, h3, h4, h5, h6, [role="heading"], [class*="placeholder" i]',
  // Hints and messages under a field ("e.g. M54.5", "M54 is not billable") are not its value.
  'small, [role="note"], [class*="hint" i], [class*="help" i], [class*="error" i], [class*="message" i]',
  'input, select, textarea, script, style, template, [data-chartlint]',
].join(', ');

/**
 * True when `element` or an ancestor up to `top` (inclusive) matches `selector`; with `field`,
 * ancestors that hold the field (a list row around the whole widget) do not count.
 */
function insideUpTo(element: Element, top: Element, selector: string, field?: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) {
    if (!(field && at.contains(field)) && at.matches(selector)) return true;
    if (at === top) return false;
  }
  return false;
}

/** The nearest ancestor (up to `top`) laid out as a box of its own: a chip, a value line. */
function blockOf(element: Element, top: Element): Element {
  const view = element.ownerDocument.defaultView;
  for (let at: Element | null = element; at && at !== top; at = at.parentElement) {
    const display = view?.getComputedStyle(at).display ?? 'inline';
    if (display !== 'inline' && display !== 'contents' && display !== '') return at;
  }
  return top;
}

/**
 * What a picker draws beside its (often empty) input as the chosen value: react-select's single
 * value and multi-value labels, a combobox's "selected item" line. One entry per visual block, so
 * each chip is its own title candidate. Chips already read by class, the input's own hint
 * (aria-describedby, a placeholder) and its label (aria-labelledby) are left out.
 */
function shownValues(island: Element, field: HTMLElement): string[] {
  if (island.matches(NOT_VALUE)) return [];
  const ids = [field.getAttribute('aria-describedby'), field.getAttribute('aria-labelledby')]
    .join(' ')
    .split(/\s+/)
    .filter(Boolean);
  const root = field.getRootNode() as Document | ShadowRoot;
  const notes = ids.map((id) => root.getElementById(id)).filter((e): e is HTMLElement => e !== null);
  // Matched once per read, then looked up for each text node's ancestors (cheaper than matches()).
  const skipped = new Set<Element>([...island.querySelectorAll(NOT_VALUE), ...optionListsIn(island, field), ...notes]);
  for (const chip of island.querySelectorAll(CHIP)) if (!chip.contains(field)) skipped.add(chip);
  const blocks = new Map<Element, string>();
  const walker = island.ownerDocument.createTreeWalker(island, NodeFilter.SHOW_TEXT);
  // Bounded: this runs on every re-read of the field, and a widget is small.
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < 400; node = walker.nextNode(), seen++) {
    const parent = node.parentElement;
    if (!parent || !node.nodeValue?.trim()) continue;
    let skip = false;
    for (let at: Element | null = parent; at && at !== island && !skip; at = at.parentElement) skip = skipped.has(at);
    // Text the widget hides while it is shown (a closed dropdown's last matches) is no value.
    if (skip || hiddenWithin(parent, island)) continue;
    const block = blockOf(parent, island);
    blocks.set(block, (blocks.get(block) ?? '') + node.nodeValue);
    if (blocks.size > MAX_PARTS) break;
  }
  return [...blocks.values()].map(clean).filter(Boolean);
}

// A summary's definition (dd) and a standing listbox of choices are read on their own too: the
// page around them is not their widget.
const LIST_SELECTOR = 'ul, ol, table, dd, [role="list"], [role="table"], [role="grid"], [role="listbox"]';
const LIST_ITEM = '[role="listitem"], [role="row"], li, tr';

/**
 * Names that chips and rows carry only in `aria-label` or `title` (an icon pill whose accessible
 * name is the diagnosis title), when the visible text does not already say them. A button's name
 * ("Remove") is its action, not the diagnosis; an open listbox's options are not committed.
 */
/** A chip's remove icon named by its action ("Remove M99.60", an icon, not a button): not a name. */
const ACTION_NAME = /^(remove|delete|clear|close|dismiss|quitar|eliminar|borrar)\b/i;

function chipNames(scope: Element | ShadowRoot, field: HTMLElement): string[] {
  const names: string[] = [];
  const top = scope instanceof ShadowRoot ? scope.host : scope;
  for (const chip of scope.querySelectorAll(`${CHIP}, ${LIST_ITEM}`)) {
    if (chip.contains(field) && chip !== field) continue;
    if (inPopup(chip, field) || hiddenWithin(chip, top)) continue;
    const visible = chipText(chip);
    // A chip that shows its code is named by it: its title or aria-label is then a tooltip about
    // it ("Consider M99.03 if…"), never another diagnosis (QA pages stop 54).
    if (hasCode(visible)) continue;
    const own: string[] = [];
    for (const el of [chip, ...chip.querySelectorAll('[aria-label], [title]')]) {
      if (el.closest(TOOLTIP)) continue;
      // A chip that is itself a button (MUI's deletable chip, Downshift's selected item) is named
      // by its diagnosis; a button inside or around it is named by its action.
      const button = el.closest('button, [role="button"]');
      if (button && button !== chip) continue;
      for (const attribute of ['aria-label', 'title']) {
        const name = clean(el.getAttribute(attribute));
        if (name.length >= 4 && name.length <= MAX_TITLE && !visible.includes(name) && !ACTION_NAME.test(name))
          own.push(name);
      }
    }
    // One chip, one entry: its title "M99.61" beside its aria-label "M99.61 Osseous…" said the
    // code twice (QA stop 56).
    names.push(...own.filter((name) => !own.some((other) => other !== name && other.includes(name))));
    if (names.length >= MAX_PARTS) break;
  }
  return [...new Set(names)];
}
/** The chip names of the shadow root that holds a field and nothing else to edit (see widgetParts). */
function ownShadowNames(island: Element, field: HTMLElement): string[] {
  const own = island.parentElement ? null : island.getRootNode();
  return own instanceof ShadowRoot && !holdsOtherEditable(own, field) ? chipNames(own, field) : [];
}

/** A hidden textarea holding an editor's HTML (no visible editor beside it): its text, never its markup. */
const HTML_VALUE = /<\/(p|div|h[1-6]|li|ul|ol|span|strong|em|b|i|table|tr|td)>|<br\s*\/?>/i;

function htmlText(html: string): string {
  // DOMParser documents are inert: no script runs, nothing loads.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return readEditable(doc.body).text;
}

const ROW = 'tr, [role="row"]';
const CELL = 'td, th, [role="cell"], [role="gridcell"], [role="rowheader"], [role="columnheader"]';
const HEADER_CELL = 'th:not([scope="row"]), [role="columnheader"]';

/** A row of column headings only (a table's or grid's header): the names of its columns. */
function isHeaderRow(row: Element): boolean {
  if (!row.matches(ROW)) return false;
  const cells = [...row.querySelectorAll(CELL)];
  return cells.length > 0 && cells.every((cell) => cell.matches(HEADER_CELL));
}

/**
 * A chips row or problem table: one line per item (chip, row), without buttons such as "×". A
 * header row ("ICD-10 | Description") names the columns and is no entry: read as one, its words
 * went to the worker as a diagnosis line.
 */
function listText(element: HTMLElement, itemSelector = LIST_ITEM): string {
  // A grid drawn as two tables whose header names the code column: that column, one code per row
  // (its rows not ticked left out, as below).
  const codes = element instanceof HTMLTableElement ? codeColumnOf(element) : undefined;
  if (codes !== undefined && element instanceof HTMLTableElement) {
    const cells = rowsOf(element)
      .filter((row) => !isUnticked(row) && !isEndedRow(row))
      .map((row) => cellAt(row, codes));
    return cells.map((cell) => (cell ? clean(readEditable(cell).text) : '')).filter(Boolean).join('\n');
  }
  const all = [...element.querySelectorAll(itemSelector)].filter(
    (item) => !item.querySelector(itemSelector) && !isHeaderRow(item),
  );
  // A superbill's rows not ticked are offers (ticked-rows.ts): none ticked, no code.
  // Nor is a row no longer current ("Resolved", struck through: ended-rows.ts).
  const items = all.filter((item) => !isUnticked(item) && !isEndedRow(item));
  if (items.length === 0 && all.length > 0) return '';
  // No rows: its text, items drawn as checkboxes themselves (role=checkbox) only while checked.
  if (items.length === 0) return readEditable(element, isUnticked).text;
  // A remove glyph drawn as text at an item's end ("×", a link's "x") is no part of its title.
  return items
    .map((item) => withoutControlText(item, readEditable(item).text.replace(/\n+/g, '\t')))
    .filter(Boolean)
    .join('\n');
}

/**
 * A selected-item row beside a picker (a grid's code and description cells): its cells apart,
 * tab separated, as in a list's rows. Its text content would glue "M54.16" to "Radiculopathy…",
 * which reads as the header code M54.
 */
function rowLine(row: Element): string {
  return withoutCloseGlyphs(readEditable(row).text.replace(/\n+/g, '\t'));
}

/**
 * A standing listbox of chosen diagnoses (find-fields): one line per option, or, in a
 * multi-select listbox, per option selected (the others are what could be chosen).
 */
function chosenOptionsText(listbox: HTMLElement): string {
  const options = listbox.getAttribute('aria-multiselectable') === 'true'
    ? '[role="option"][aria-selected="true"]'
    : '[role="option"]';
  return [...listbox.querySelectorAll(options)].map(itemText).filter(Boolean).join('\n');
}

/**
 * One item's text on one line (its parts apart, its close control and glyphs left out), or its
 * accessible name when it shows none.
 */
function itemText(item: Element): string {
  // Its parts apart: two spans side by side ("M54.16" "Radiculopathy") are not one word.
  const text = item.matches(CHIP_CONTROL) ? '' : chipText(item);
  return text || clean(item.getAttribute('aria-label') ?? item.getAttribute('title'));
}

/**
 * The items of a widget pinned in `chips` mode: its chips when they are recognisable, else its
 * children (below wrappers that hold a single child), whatever their markup.
 */
function itemsOf(element: Element): Element[] {
  const chips = [...element.querySelectorAll(CHIP)].filter(
    (chip) => !chip.querySelector(CHIP) && !chip.closest('[role="listbox"], [role="option"], [data-chartlint]'),
  );
  if (chips.length > 0) return chips;
  let box = element;
  // A wrapper with a single child (a scroll box, a flex row) is not an item: look inside it.
  for (let only = soleChild(box); only && only.children.length > 1; only = soleChild(box)) box = only;
  return [...box.children];
}

/** The element's one child element, when it has exactly one and no text of its own. */
function soleChild(element: Element): Element | undefined {
  return element.children.length === 1 && !ownsText(element) ? (element.firstElementChild ?? undefined) : undefined;
}

/** True when the element has text of its own (not only inside its children). */
function ownsText(element: Element): boolean {
  return [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.nodeValue?.trim());
}

/**
 * A table (or grid) pinned in `rows` mode: one line per row, each cell a part of its own (tab
 * separated); header rows (column headings only) are not entries. No rows: its children, one per line.
 */
function rowsText(element: HTMLElement): string {
  const rows = [...element.querySelectorAll(ROW)].filter((row) => !row.querySelector(ROW));
  if (rows.length === 0) return itemsOf(element).map(itemText).filter(Boolean).join('\n');
  const lines: string[] = [];
  for (const row of rows) {
    if (isHeaderRow(row) || isUnticked(row)) continue;
    const cells = [...row.querySelectorAll(CELL)];
    lines.push(cells.length > 0 ? cells.map(itemText).filter(Boolean).join('\t') : itemText(row));
  }
  return lines.filter(Boolean).join('\n');
}

type OwnText = { text: string; partial?: true };

/** A grid that numbers its rows: the total it holds and each drawn row's place. */
const NUMBERED_GRID = '[role="grid"][aria-rowcount], [role="treegrid"][aria-rowcount]';

/** Items looked at for virtualisation: a drawn window is a few dozen rows. */
const MAX_VIRTUAL_ITEMS = 200;

/**
 * True when a list draws only the rows in view (a virtualised list): an item says the set is
 * larger than what is drawn (aria-setsize, aria-posinset past the drawn count), or its items are
 * placed absolutely in a taller spacer (react-window's inline top/height) and the first drawn one
 * is not at the top or the last ends before the list's scroll height. Layout is read only for a
 * list whose items are placed so.
 */
function listDrawsOnlyPart(list: HTMLElement): boolean {
  const items = [...list.querySelectorAll<HTMLElement>(LIST_ITEM)].slice(0, MAX_VIRTUAL_ITEMS);
  if (items.length === 0) return false;
  for (const item of items) {
    const size = Number(item.getAttribute('aria-setsize'));
    const at = Number(item.getAttribute('aria-posinset'));
    if (size > items.length || at > items.length) return true;
  }
  // Placed absolutely: react-window says so inline, other libraries by a class (one style read).
  const first = items[0];
  const view = list.ownerDocument.defaultView;
  if (!first || (first.style.position !== 'absolute' && view?.getComputedStyle(first).position !== 'absolute')) return false;
  let top = Infinity;
  let bottom = 0;
  let row = Infinity;
  for (const item of items) {
    const inline = parseFloat(item.style.top);
    const y = Number.isFinite(inline) ? inline : item.offsetTop;
    const height = parseFloat(item.style.height) || item.offsetHeight;
    top = Math.min(top, y);
    bottom = Math.max(bottom, y + height);
    row = Math.min(row, height);
  }
  // A row or more undrawn above the first or below the last (padding is less than a row). The
  // items' container is the list or the box inside it they share (react-window's inner div).
  const box = first.parentElement ?? list;
  const gap = Math.max(row / 2, 1);
  return top >= gap || Math.max(box.scrollHeight, box.offsetHeight, list.scrollHeight) > bottom + gap;
}

function ownText(element: HTMLElement, kind: FieldCandidate['kind'], readAs?: FieldCandidate['readAs']): OwnText {
  // A code editor's proxy textarea holds the last keystrokes only: the editor's lines are its text.
  const editor = element instanceof HTMLTextAreaElement ? proxyEditorOf(element) : null;
  if (editor) {
    // Monaco draws a space as U+00A0: read as the space it stands for (same length, same offsets).
    const reading = readProxyEditor(editor, (line) => readEditable(line).text.replace(/\n+/g, ' ').replace(/\u00a0/g, ' '));
    return reading.partial ? { text: reading.text, partial: true } : { text: visibleText(reading.text).text };
  }
  // A superbill's procedure rows chosen by ticking them: the ticked rows' lines (procedure-table.ts).
  if (kind === 'procedure' && !readAs && isProcedureTickTable(element)) return { text: procedureTableText(element) };
  // A grid named as a diagnosis or procedure list, read whole, that draws only the rows in view:
  // the rows already drawn and scrolled away are kept too (grid-rows-seen.ts).
  if ((kind === 'diagnosis' || kind === 'procedure') && !readAs && element.matches(NUMBERED_GRID)) {
    const line = (row: Element[]) => (row.some(isUnticked) || row.some(isEndedRow) ? '' : row.map(rowLine).filter(Boolean).join('\t').replace(/\t+/g, '\t'));
    const { lines, partial: inPart } = gridLines(element, `list:${kind}`, drawnLines(element, line));
    return inPart ? { text: lines.join('\n'), partial: true } : { text: lines.join('\n') };
  }
  const text = ownTextOf(element, kind, readAs);
  // An editor that draws its lines in a contenteditable (CodeMirror 6) keeps only those in view.
  if (element.isContentEditable && editableDrawsOnlyPart(element)) return { text, partial: true };
  // A virtualised list of diagnoses (react-window, vue-virtual-scroller) keeps only its rows in view.
  if (kind === 'diagnosis' && element.matches(LIST_SELECTOR) && listDrawsOnlyPart(element)) return { text, partial: true };
  return { text };
}

/**
 * A chosen option: its value (often the code: "ICD10:M99.60") and its text, the value once when
 * the text starts with it (<option>98941</option>: read twice, one charge line was two).
 */
function optionText(option: HTMLOptionElement): string {
  const text = clean(option.text);
  return option.value && text.toUpperCase().startsWith(option.value.toUpperCase())
    ? text
    : `${option.value} ${text}`;
}

function ownTextOf(element: HTMLElement, kind: FieldCandidate['kind'], readAs?: FieldCandidate['readAs']): string {
  if (element instanceof HTMLTextAreaElement && element.hidden && HTML_VALUE.test(element.value))
    return htmlText(element.value);
  if (
    element instanceof HTMLTextAreaElement &&
    element.style.display === 'none' &&
    HTML_VALUE.test(element.value)
  )
    return htmlText(element.value);
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return visibleText(element.value).text;
  // Reading modes from a pinned selector (settings): the user knows this widget better than we do.
  if (kind === 'diagnosis' && readAs === 'rows') return rowsText(element);
  if (kind === 'diagnosis' && readAs === 'chips' && !(element instanceof HTMLSelectElement))
    return itemsOf(element).map(itemText).filter(Boolean).join('\n');
  if (kind === 'diagnosis' && element.getAttribute('role') === 'listbox') return chosenOptionsText(element);
  if (kind === 'diagnosis' && element.matches(LIST_SELECTOR)) return listText(element);
  // Any other block taken as a diagnosis field (a pinned selector on a chips row, a tags box):
  // read as a list of its chips, one per line.
  if (kind === 'diagnosis' && !element.isContentEditable && element.querySelector(CHIP))
    return listText(element, CHIP);
  if (element instanceof HTMLSelectElement) return [...element.selectedOptions].map(optionText).join('\n');
  if (isDialogPicker(element)) return dialogPickerText(element);
  // A picker drawn as a box (Choices.js's `role=combobox` div) holds its closed dropdown of the
  // items not chosen: only what it shows as chosen is its text (option-lists.ts).
  if (kind === 'diagnosis' && !element.isContentEditable) return readEditable(element, isOfferBox).text;
  // A note's pick-lists, boxes and blanks are read as their answers (form-answers.ts).
  return readEditable(element, undefined, kind === 'note').text;
}

/**
 * What a select drawn as an empty button shows as chosen (ion-select: the button is the control,
 * its chosen text a part of the component's shadow root, aria-hidden since the button's name says
 * it): its own text, else the root's `part="text"`, never its placeholder (`part="placeholder"`).
 */
function dialogPickerText(button: HTMLElement): string {
  const own = clean(readEditable(button).text);
  if (own) return own;
  const root = button.getRootNode();
  const part = root instanceof ShadowRoot ? root.querySelector('[part~="text"]') : null;
  return part ? separatedText(part) : '';
}

/** A modifier column or field ("Mod 1", "Modifier", "lines[0].mod2"). */
const MODIFIER_NAME = /\bmod(?:ifiers?|s)?\s*\d*\b/i;

/** A modifier as written: two letters or digits ("AT", "GA", "59"). */
const MODIFIER_CODE = /^[A-Z0-9]{2}$/i;
/** Toggles a charge line draws its modifiers as: checkboxes, radios, pressed or checked buttons. */
const TOGGLE =
  'input[type="checkbox" i], input[type="radio" i], button[aria-pressed], [role="button"][aria-pressed], [role="checkbox"], [role="switch"], [role="radio"]';

/**
 * Controls a charge line keeps its modifiers in: fields, toggles, and pickers that show their
 * chosen item as their text (a listbox button, a select-only combobox: a design system's select,
 * whose native element, if any, is not in the page).
 */
const MODIFIER_CONTROL = `input:not([type="hidden" i]), select, ${TOGGLE}, button[aria-haspopup="listbox" i], [role="combobox"], button[aria-haspopup="dialog" i]`;
/** One or more modifiers as a picker shows them ("AT", "AT, GP"): never a placeholder ("—", "Choose…"). */
const SHOWN_MODIFIERS = /^[A-Z0-9]{2}(?:[\s,;-]+[A-Z0-9]{2})*$/i;

/**
 * The modifier a control of a charge line applies, or '' when it applies none. A checkbox or a
 * toggle button applies its modifier only while checked or pressed (an unchecked GA beside a
 * checked AT is not billed), named by its label or text when that is a modifier, else by its
 * value (never a checkbox's default value "on"). A picker that is no native field applies the item
 * it shows: its selected option (`aria-selected`), else its own text, else the text its shadow root
 * draws (a web component's select), when that is modifiers.
 */
function modifierOf(control: HTMLElement): string {
  if (control.matches(TOGGLE)) return toggleModifier(control);
  // A component's select drawn as a button (Ionic's multiple ion-select: "AT, GA"): what it shows.
  if (isDialogPicker(control)) {
    const shown = clean(dialogPickerText(control).replace(/[^\p{L}\p{N}\s,;-]/gu, ' '));
    return SHOWN_MODIFIERS.test(shown) ? shown : '';
  }
  // A multiple picker's search input is empty: its modifiers are the chips or items drawn beside it.
  if (control instanceof HTMLInputElement && isPicker(control) && !SHOWN_MODIFIERS.test(clean(control.value)))
    return pickerShows(control);
  if (
    control instanceof HTMLInputElement ||
    control instanceof HTMLSelectElement ||
    control instanceof HTMLTextAreaElement
  )
    return clean(control.value);
  const selected = control.querySelector('[role="option"][aria-selected="true" i]');
  // An arrow glyph drawn as text ("AT ▾") is no part of the value.
  const shown = [selected?.textContent, shownText(control), shadowText(control)].map((t) =>
    clean(t?.replace(/[^\p{L}\p{N}\s,;-]/gu, ' ')),
  );
  return shown.find((t) => SHOWN_MODIFIERS.test(t)) ?? '';
}

/**
 * The modifiers a picker input's widget shows beside it (Ant Design's and PrimeVue's multiple
 * selects: one chip or item per modifier, the input empty): its chips that are modifiers, else
 * its shown text when that is modifiers only ("AT GP"); never its placeholder, hints or popup.
 * A plain walk of its text, no layout: a 200-line charge page re-reads every line per update.
 */
function pickerShows(input: HTMLInputElement): string {
  const island = widgetOf(input);
  if (island === input) return '';
  const chips: string[] = [];
  for (const chip of island.querySelectorAll(CHIP))
    if (!chip.querySelector(CHIP) && !chip.contains(input) && !inPopup(chip, input) && !hiddenWithin(chip, island))
      chips.push(chipText(chip));
  const modifiers = chips.filter((t) => SHOWN_MODIFIERS.test(t));
  if (modifiers.length > 0) return modifiers.join(' ');
  let text = '';
  const walker = island.ownerDocument.createTreeWalker(island, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_WIDGET_ELEMENTS; node = walker.nextNode(), seen++) {
    const parent = node.parentElement;
    if (parent && node.nodeValue?.trim() && !insideUpTo(parent, island, NOT_VALUE, input) && !inOptionList(parent, input))
      text += ` ${node.nodeValue}`;
  }
  const shown = clean(text.replace(/[^\p{L}\p{N}\s,;-]/gu, ' '));
  return SHOWN_MODIFIERS.test(shown) ? shown : '';
}

function toggleModifier(control: HTMLElement): string {
  const input = control instanceof HTMLInputElement ? control : null;
  const on = input
    ? input.checked
    : control.getAttribute('aria-pressed') === 'true' || control.getAttribute('aria-checked') === 'true';
  if (!on) return '';
  const value = input && input.value !== 'on' ? clean(input.value) : '';
  const shown = toggleName(control);
  if (MODIFIER_CODE.test(shown)) return shown;
  return value || shown;
}

/** What a toggle says it is: a checkbox's label (else its aria-label), a button's text. */
function toggleName(control: HTMLElement): string {
  if (control instanceof HTMLInputElement)
    return clean(
      [...(control.labels ?? [])].map((l) => l.textContent).join(' ') || control.getAttribute('aria-label'),
    );
  return clean(control.textContent) || clean(control.getAttribute('aria-label'));
}

/** A picker's own text, its popup's options left out (a listbox kept inside the button or host). */
function shownText(control: HTMLElement): string {
  if (!control.querySelector('[role="listbox"], [role="option"]')) return control.textContent;
  let text = '';
  const walker = control.ownerDocument.createTreeWalker(control, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!node.parentElement?.closest('[role="listbox"], [role="option"]')) text += node.nodeValue ?? '';
  return text;
}

/** The text a control's shadow root draws (a web component's select shows its value there), slots aside. */
function shadowText(control: HTMLElement): string {
  const shadow = shadowRootOf(control);
  if (!shadow) return '';
  let text = '';
  const walker = control.ownerDocument.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !parent.closest('[role="listbox"], [role="option"], [aria-hidden="true"], label, style'))
      text += ` ${node.nodeValue ?? ''}`;
  }
  return text;
}

/**
 * How many elements the walk of a line laid out with boxes looks at, at most: a line is a few
 * controls, and a box past that holds more than one line. A table row is read whole, as before.
 */
const MAX_LINE_ELEMENTS = 300;

/**
 * The controls under `top`, inside open shadow roots (and closed ones the browser shows us) too,
 * in tree order; undefined when there are more than `max` elements.
 */
function lineControls(top: Element | ShadowRoot, max = Infinity): HTMLElement[] | undefined {
  const controls: HTMLElement[] = [];
  const roots: Node[] = [top];
  let seen = 0;
  while (roots.length > 0) {
    const root = roots.shift() as Node;
    const walker = top.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (++seen > max) return undefined;
      const element = node as HTMLElement;
      // A button that opens a dialog is a control only as a component's select (ion-select); a
      // page's own "…" button is none.
      if (element.matches(MODIFIER_CONTROL) && (!element.matches('button[aria-haspopup="dialog" i]') || isDialogPicker(element)))
        controls.push(element);
      const shadow = shadowRootOf(element);
      if (shadow) roots.push(shadow);
    }
  }
  return controls;
}

/**
 * Names of a line's controls, each asked once per read (hintsOf looks up labels and headers): a
 * line's walk asks about the same controls at each step up and again for their modifiers.
 */
class LineNames {
  private readonly hints = new Map<HTMLElement, string>();
  of(control: HTMLElement): string {
    let hints = this.hints.get(control);
    if (hints === undefined) {
      hints = hintsOf(control);
      this.hints.set(control, hints);
    }
    return hints;
  }
  /** A control that applies a modifier: named as one, or a toggle named by the modifier itself ("AT"). */
  isModifier(control: HTMLElement): boolean {
    if (MODIFIER_NAME.test(this.of(control))) return true;
    return control.matches(TOGGLE) && MODIFIER_CODE.test(toggleName(control));
  }
}

/** A native select or input a picker library keeps its value in, out of the tab order (tabindex=-1). */
function isValueCopy(control: HTMLElement): boolean {
  return (
    control.getAttribute('tabindex') === '-1' &&
    (control instanceof HTMLSelectElement || control instanceof HTMLInputElement)
  );
}

/**
 * The modifier controls of the line a procedure field belongs to: its table or grid row, else (a
 * line laid out with boxes: flex or grid rows, `role="group"`) the nearest ancestor, out of shadow
 * roots to their hosts, that holds modifier controls and no other line's code field (another
 * procedure-named control, or one named as this field is: the list of lines, not one line).
 */
function lineModifierControls(element: HTMLElement): HTMLElement[] {
  const names = new LineNames();
  const modifiersOf = (controls: HTMLElement[]) =>
    controls.filter((c) => c !== element && !c.contains(element) && names.isModifier(c));
  const row = element.closest(ROW);
  if (row) return modifiersOf(lineControls(row) ?? []);
  const own = names.of(element);
  let at: Node = element;
  // Four steps up in the page's boxes; a step out of a component (below) is not counted.
  for (let hops = 0; hops < 4;) {
    // Inside a web component (a design system's text field draws its input five levels down in
    // its shadow root): the component is one control of the line unless its shadow tree holds
    // modifiers itself, so the walk goes on from its host.
    const root = at.getRootNode();
    if (root instanceof ShadowRoot && at.parentNode !== root) {
      const inside = lineControls(root, MAX_LINE_ELEMENTS);
      if (!inside) return [];
      if (modifiersOf(inside).length === 0) {
        at = root.host;
        continue;
      }
    }
    const up: Node | null = at.parentNode instanceof ShadowRoot ? at.parentNode.host : at.parentNode;
    if (!(up instanceof HTMLElement) || up === up.ownerDocument.body || up.matches('form, main')) return [];
    const controls = lineControls(up, MAX_LINE_ELEMENTS);
    if (!controls) return [];
    const modifiers = modifiersOf(controls);
    for (const c of controls) {
      if (c === element || c.contains(element) || modifiers.includes(c)) continue;
      // The page's own select a picker library keeps out of the tab order and draws a control for
      // (Tom Select, Choices.js, Select2): one widget with that control, named the same, and no
      // line of its own. Either may be the field: the select holds the value, the control shows it.
      if (isValueCopy(c) || (isValueCopy(element) && element.parentElement?.contains(c))) continue;
      const hints = names.of(c);
      if (hints === own || columnKind(hints) === 'procedure') return [];
    }
    if (modifiers.length > 0) return modifiers;
    at = up;
    hops++;
  }
  return [];
}

/**
 * The modifiers a charge line keeps beside its code: in the code field's line (a charge grid's
 * "Mod 1", "Mod 2" columns, a "Modifiers" cell of checkboxes or toggle buttons, a flex row's
 * modifier pickers), the modifiers of the other controls named as modifiers, in line order.
 * Without them "98941" reads as billed with no modifier although the line says AT and GA.
 */
function rowModifiers(element: HTMLElement, own: string): string[] {
  const written = new Set(own.toUpperCase().split(/[^A-Z0-9]+/));
  const modifiers: string[] = [];
  for (const control of lineModifierControls(element)) {
    for (const value of modifierOf(control).split(/[\s,;]+/)) {
      // A modifier shown twice (a select and the picker drawn over it) is billed once.
      if (value && value.length <= 12 && !written.has(value.toUpperCase())) {
        written.add(value.toUpperCase());
        modifiers.push(value);
      }
    }
  }
  return modifiers.slice(0, 8);
}

/**
 * A data grid's diagnosis or procedure column (find-fields gridColumnField): one line per row, the
 * row's cells of that kind (an edited cell's editor value); a procedure line with the row's
 * modifier columns after its code ("98941 AT GA"), a diagnosis line's cells tab separated (a
 * second Dx column, a description column named as diagnoses). Empty rows (a new row not yet
 * typed into) are left out.
 */
function gridColumnText(grid: Element, kind: FieldCandidate['kind']): { text: string; partial: boolean } {
  const { columns } = gridColumnsOf(grid);
  const own = columns.filter((c) => c.kind === kind);
  const modifiers =
    kind === 'procedure' ? columns.filter((c) => MODIFIER_NAME.test(headerName(c.header))) : [];
  const lineOf = (row: Element[]) => {
    // A row not ticked in a grid of checkbox rows is offered, not entered (ticked-rows.ts).
    if (row.some(isUnticked) || row.some(isEndedRow)) return '';
    const cells = cellsByColumn(row, columns);
    const value = (column: (typeof columns)[number]) => {
      const cell = cells.get(column);
      return cell ? cellValue(cell) : '';
    };
    const values = own.map(value).filter(Boolean);
    if (values.length === 0) return '';
    if (kind !== 'procedure') return values.join('\t');
    return [...values, ...modifiers.map(value).filter(Boolean)].join(' ');
  };
  // A grid that draws only the rows in view: the lines of rows scrolled away are kept (grid-rows-seen.ts).
  const { lines, partial } = gridLines(grid, kind, drawnLines(grid, lineOf));
  return { text: lines.join('\n'), partial };
}

/** The codes written in a text, dotted and upper case. */
function codesOf(text: string): string[] {
  return findCodes({ id: '', kind: 'diagnosis', text }).map((c) => c.code);
}

/**
 * The parts that add a choice to `read`: a part whose every code is read already (Choices.js's
 * chips, then its hidden select holding the same choices) is the same choice read twice, and is
 * left out. A part with no code (a title to resolve) stays.
 */
function notReadYet(read: string, parts: string[]): string[] {
  const seen = new Set(codesOf(read));
  return parts.filter((part) => {
    const codes = codesOf(part);
    if (codes.length > 0 && codes.every((code) => seen.has(code))) return false;
    for (const code of codes) seen.add(code);
    return true;
  });
}

export function readField(candidate: FieldCandidate): FieldReading {
  if (candidate.grid) {
    const { text, partial } = gridColumnText(candidate.grid, candidate.kind);
    const titles = new Set<string>();
    if (candidate.kind === 'diagnosis')
      for (const cell of text.split(/[\n\t]/).map(clean))
        if (cell.length >= 4 && cell.length <= MAX_TITLE && !hasCode(cell)) titles.add(cell);
    // No offset of this text is in the header cell the field stands on: ownLength 0.
    return { text, ownLength: 0, titles: [...titles], ...(partial ? { partial: true as const } : {}) };
  }
  const read = ownText(candidate.element, candidate.kind, candidate.readAs);
  // What is typed in a box to add or search is a query until it is added, and so is a draft typed
  // in a box its page empties into the list beside it on Add (query-box.ts).
  const query = candidate.query === true || (candidate.kind === 'diagnosis' && isDraftBox(candidate.element));
  const own = query ? '' : read.text;
  const partial = read.partial;
  if (partial && candidate.kind !== 'diagnosis') return { text: own, ownLength: own.length, titles: [], partial };
  if (candidate.kind === 'procedure') {
    // An empty code field bills nothing: its line's modifiers are not looked up (the search input a
    // picker library draws beside the page's select is one on every line, re-read per update).
    if (!own.trim()) return { text: own, ownLength: own.length, titles: [] };
    // A ticked superbill table's lines carry their own modifiers already.
    if (isProcedureTickTable(candidate.element)) return { text: own, ownLength: own.length, titles: [] };
    return { ...procedureLine(own, rowModifiers(candidate.element, own)), titles: [] };
  }
  if (candidate.kind !== 'diagnosis') return { text: own, ownLength: own.length, titles: [] };
  const isList = candidate.element.matches(LIST_SELECTOR) || candidate.readAs !== undefined;
  // A list or chips block is its own scope; a single control is read with the widget around it.
  const listLike = isList || (!candidate.element.isContentEditable && candidate.element.querySelector(CHIP) !== null);
  // A picker button's text is its chosen item; what is around it is its menu (a Bootstrap
  // dropdown's items are plain list items) or the page, not more choices.
  const pickerButton = isPickerButton(candidate.element);
  const island = listLike || pickerButton ? candidate.element : widgetOf(candidate.element, query);
  const named = [
    ...(island === candidate.element && !listLike ? [] : chipNames(island, candidate.element)),
    // A component whose shadow root holds the field and its chips (widgetParts): a chip there named
    // only by its aria-label or title (its visible text a short name, aria-hidden) is read by that
    // name too (QA stop 56: a design system's diagnosis tokens).
    ...(listLike || pickerButton ? [] : ownShadowNames(island, candidate.element)),
  ];
  // The hidden select a picker's control stands for holds its chosen values (widget-twins.ts).
  const backing = isList || pickerButton ? undefined : valueSelectOf(candidate.element);
  const parts = isList || pickerButton ? [] : widgetParts(candidate.element, query);
  const extras = [
    ...new Set([
      ...[
        ...parts,
        // The hidden select repeats the chips: only the choices the control does not show.
        ...(backing ? notReadYet([own, ...parts].join('\n'), [...backing.selectedOptions].map(optionText)) : []),
      ].filter((p) => p !== clean(own)),
      ...named.filter((n) => !own.includes(n)),
    ]),
  ];
  const titles: string[] = [];
  const maybeTitle = (text: string) => {
    if (text.length >= 4 && text.length <= MAX_TITLE && !hasCode(text)) titles.push(text);
  };
  if (candidate.element instanceof HTMLSelectElement) {
    for (const option of candidate.element.selectedOptions) {
      // The value often holds the code ("ICD10:M99.60"); only a bare title needs resolving.
      if (!hasCode(option.value)) maybeTitle(clean(option.text));
    }
  } else if (own.includes('\n') || own.includes('\t')) {
    // A list: each chip or row (and each cell of a row) may be a title on its own.
    for (const line of own.split('\n')) {
      maybeTitle(clean(line));
      for (const cell of line.split('\t')) maybeTitle(clean(cell));
    }
  } else {
    maybeTitle(clean(own));
  }
  for (const part of extras) {
    maybeTitle(clean(part));
    if (part.includes('\t')) for (const cell of part.split('\t')) maybeTitle(clean(cell));
  }
  const text = [own, ...extras].join('\n');
  return { text, ownLength: own.length, titles: [...new Set(titles)], ...(partial ? { partial } : {}) };
}
