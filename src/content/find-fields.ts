/**
 * Finds the diagnosis fields and note areas of an EHR page, in the document and in every open
 * shadow root. Same-origin iframes get their own content script (all_frames, match_about_blank),
 * so each frame only reads itself.
 *
 * Heuristics, in order (the first that applies wins):
 * 1. Pinned selectors from settings (`DiscoveryOptions`): a match is that kind, no questions asked,
 *    read in the mode the settings give its selector (field, chips, rows).
 * 2. Skipped: our own overlay, hidden inputs (read as part of a diagnosis widget instead, see
 *    read-field.ts), aria-hidden editors (TinyMCE keeps its source textarea hidden and in sync),
 *    a contenteditable nested in another one (same editor), listbox options (a dropdown's matches
 *    are not chosen codes).
 * 3. Diagnosis: an editable whose label (label elements, aria-label, aria-labelledby, placeholder,
 *    name, id, title) has a diagnosis word: dx, diag, diagnosis, icd, problem, assessment code…
 * 4. Diagnosis: a single-line field whose value is ICD-10-CM-shaped ("M99.60", "ICD10:M99.60"),
 *    whatever its label says.
 * 5. Note: any other multi-line editable (textarea, contenteditable, role=textbox) and read-only
 *    report blocks ([data-report], .imaging-report, aria-label containing "report").
 *
 * Tested on: demo/index.html, test/fixtures/pages/*.html.
 */
import type { FieldKind } from '../core/types';
import { shadowRootOf } from '../platform/shadow-root';
import type { ReadingMode } from '../protocol/settings';
import { gridAnswer, headingChildOf, labelTextsOf } from './discovery-cache';
import {
  columnOf,
  columnsOf,
  GRID_SELECTOR,
  gridOf,
  headerName,
  headersOf,
  isOutsideCellEditor,
  type Column,
} from './grid-columns';
import { chartContextOf, enteredFields } from './chart-context';
import { isEditorBoilerplate, isEditorHelper, isEditorOwnName, sourceLabelNear } from './editor-parts';
import { OPTION_LIST } from './option-lists';
import { holdsProxyEditor, proxyEditorOf, sourceOf } from './proxy-editor';
import { isProcedureTickTable } from './procedure-table';
import { isPartFindingsTable } from './part-findings-table';
import { addBoxBefore, isOfferList, isQueryBox } from './query-box';
import { isHeaderOnlyTable, splitGridOf } from './split-grid';
import { headingText } from './heading-text';
import { visibleText } from './visible-text';
import { drawnControlOf, holdsTextEntry, isShownValueInCombobox } from './widget-twins';
import { CONTENT_EDITABLE } from './editable-shapes';

/**
 * `readAs`: how a pinned element is read (absent: as a field, see read-field.ts). `grid`: the
 * element is a data grid's column header, and the field is that column's cells (grid-columns.ts).
 */
export type FieldCandidate = {
  element: HTMLElement;
  kind: FieldKind;
  label: string;
  readAs?: ReadingMode;
  grid?: Element;
  /** A read-only list named as the chart's problem list: left out when the page has the visit's own (chart-context.ts). */
  chartContext?: 'problems';
  /** A box to add or search diagnoses: what is typed in it is a query, never read (query-box.ts). */
  query?: true;
};

/**
 * Per-site pinned selectors (from settings). Each list holds CSS selectors; elements matching them
 * are taken as that kind before any heuristic runs. Invalid selectors are ignored. `reading` maps a
 * selector to how its element is read: a widget ChartLint does not know may be a row of chips
 * (`chips`) or a table (`rows`) rather than a field.
 */
export type DiscoveryOptions = {
  diagnosis?: readonly string[];
  note?: readonly string[];
  reading?: Readonly<Record<string, ReadingMode>>;
};

// Words that mark a field as the place codes are entered (in labels, names, ids, placeholders).
// Spanish too (the extension speaks it): "Diagnóstico", "Problemas", ICD-10 is "CIE-10(-MC)" there.
const DIAGNOSIS_WORDS =
  /\b(dx|ddx|diag(nos[ie]s)?|icd(-?10)?(-?cm)?|problems?|problem list|diagnosis codes?|assessment codes?|problemas|cie-?10(-?mc)?)\b|diagn[oó]s|icd-?10|_dx|dx_|dxcode/i;
// Words that mark a fee ticket or procedure-code field (CPT lines and modifiers), unless the field is a note.
const PROCEDURE_WORDS =
  /\b(cpt|hcpcs|procedure codes?|procedures?|proc codes?|fee ticket|superbill|charges?|billing codes?|services billed|procedimientos?)\b/i;
const PROCEDURE_NOTE_WORDS = /\b(notes?|narrative|report|soap|subjective|objective|assessment|plan|notas?|informe)\b/i;
/** A field named only by one of these words (a generic FHIR form's "Code", "Condition"). */
const DIAGNOSIS_LABEL =
  /^\s*(codes?|conditions?|problems?|icd[\s-]?10(?:[\s-]?cm)?(?: codes?)?|c[oó]digos?|problemas?|cie[\s-]?10(?:[\s-]?mc)?)\s*:?\s*\*?\s*$/i;
/** Sections whose single-line fields hold diagnoses (a fieldset legend, a group's name, a heading). */
const DIAGNOSIS_SECTION =
  /\b(diagnos[ie]s|dx|assessment|problems?|problem list|conditions?|icd(-?10)?(-?cm)?|diagn[oó]sticos?|problemas|cie-?10(-?mc)?)\b/i;
/** A charge line's pointer to its diagnoses (letters or numbers), not a diagnosis. */
const POINTER_WORDS = /\b(ptrs?|pointers?)\b/i;
/** Single-line fields that hold a note: named so, or in a note/comment section. */
const NOTE_WORDS =
  /\b(notes?|comments?|annotations?|remarks?|narrative|free[ -]?text|findings|impression|notas?|comentarios?|observaciones)\b/i;

/** Inline elements a page makes editable as a one-line field. */
const INLINE_EDITABLE = new Set(['SPAN', 'A', 'B', 'I', 'EM', 'STRONG', 'FONT', 'SMALL', 'CODE']);
/** A section that names codes, not a narrative: "Diagnosis codes", "ICD-10", "Dx codes". */
const CODE_SECTION = /\b(icd|codes?|c[oó]digos?|cie)\b/i;

/** True when an editor holds one paragraph at most (no second block, no line break). */
function isOneParagraph(element: HTMLElement): boolean {
  if (element.querySelector('br:not(:last-child), li, table, pre, blockquote, h1, h2, h3, h4')) return false;
  return element.querySelectorAll('p, div').length <= 1 && element.textContent.length <= 300;
}

/** A whole single-line value that is a code, optionally behind a code-system prefix. */
const CODE_VALUE = /^\s*(?:icd-?10(?:-?cm)?\s*[:|]\s*)?[A-TV-Z]\s?\d[0-9A-Z](?:\.?[0-9A-Z]{1,4})?\s*$/i;

export const EDITABLE_SELECTOR = [
  'input:not([type])',
  'input[type="text" i]',
  'input[type="search" i]',
  'textarea',
  'select',
  CONTENT_EDITABLE,
  '[role="combobox"]',
  '[role="textbox"]',
].join(',');

/**
 * A "listbox button" picker (Headless UI Listbox, a design system's select): the button shows the
 * chosen item, with no input and no role=combobox. Bootstrap's dropdown toggle used as a picker is
 * a field only when named as one (classifyElement).
 */
const LISTBOX_BUTTON = 'button[aria-haspopup="listbox" i], [role="button"][aria-haspopup="listbox" i]';
const PICKER_BUTTON = `${LISTBOX_BUTTON}, button.dropdown-toggle`;

/** True when `box`, a small group (a picker's own box), holds an editable other than `element`. */
function holdsOtherControl(box: Element | null, element: Element): boolean {
  if (!box || box === element.ownerDocument.body || !hasFewChildren(box, 4)) return false;
  for (const other of box.querySelectorAll(EDITABLE_SELECTOR)) if (other !== element) return true;
  return false;
}

/** A button that shows a picker's chosen item as its text (listbox button, dropdown toggle). */
export function isPickerButton(element: Element): boolean {
  return element.matches(PICKER_BUTTON) || isDialogPicker(element);
}

/** A select that opens its options in a dialog or popover (Ionic's ion-select): a button so marked. */
const DIALOG_PICKER = 'button[aria-haspopup="dialog" i]';

/**
 * A design system's select drawn as a button in its component's shadow root that opens a dialog
 * or popover of options (ion-select): its chosen item is its value. A page's own "…" button that
 * opens a dialog is no field.
 */
export function isDialogPicker(element: Element): boolean {
  if (!element.matches(DIALOG_PICKER)) return false;
  const root = element.getRootNode();
  return root instanceof ShadowRoot && root.host.localName.includes('-');
}
/** Read-only text that holds findings, such as an imaging report shown in the chart. */
export const REPORT_SELECTOR =
  '[data-report], [aria-label*="report" i]:not(input, textarea, button, a, [role="button"]), .report, .imaging-report';
const ANY_SELECTOR = `${EDITABLE_SELECTOR},${PICKER_BUTTON},${DIALOG_PICKER},${REPORT_SELECTOR}`;

/**
 * True when the element could be a field by its own tag and attributes (an editable, a picker
 * button, a report): cheap, for deciding whether a change of its naming attributes is worth
 * classifying it again (field-registry.ts).
 */
export function mayBeField(element: Element): boolean {
  return element.matches(ANY_SELECTOR);
}

/**
 * The texts a page uses to name a field, most human first: aria, <label>, its table cell or
 * column, placeholder, title (else what it borrows, below), then name and id. `shown`: the first
 * of them is one a person sees, not a name or id attribute.
 */
function namesOf(element: HTMLElement): { names: string[]; shown: boolean } {
  const parts = ownNamesOf(element);
  if (parts.length === 0) parts.push(...borrowedNamesOf(element));
  const shown = parts.length > 0;
  for (const attr of ['name', 'id']) {
    const value = element.getAttribute(attr);
    if (value) parts.push(clean(value));
  }
  return { names: parts.filter(Boolean), shown };
}

/** The names the page gives the field itself, as a person reads them (never its name or id attribute). */
function ownNamesOf(element: HTMLElement): string[] {
  const parts: string[] = [];
  const aria = element.getAttribute('aria-label');
  if (aria) parts.push(aria);
  parts.push(...labelledByTexts(element).filter(Boolean));
  // `labels` exists on labelable elements only (inputs, selects, textareas…); read once per scope.
  if ('labels' in element) parts.push(...labelTextsOf(element));
  const cell = cellOf(element);
  if (cell) parts.push(cellLabelIn(cell), columnHeaderIn(cell));
  for (const attr of ['placeholder', 'title', 'data-placeholder']) {
    const value = element.getAttribute(attr);
    if (value) parts.push(value);
  }
  return parts.map(clean).filter(Boolean);
}

/**
 * Names a field with none of its own takes from what stands for it on screen: the icon beside it
 * (an input group's button tooltip, an icon's aria-label), or, for a control inside a web
 * component, the names the page gave the component's host (a `<label for>` the host, its
 * aria-label). Its name and id attributes are a framework's, not the user's.
 */
function borrowedNamesOf(element: HTMLElement): string[] {
  const root = element.getRootNode();
  // A shadow root, told by node type and host (a frame's ShadowRoot is another realm's class).
  const host = root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root ? (root as ShadowRoot).host : null;
  if (host instanceof HTMLElement) {
    const names = ownNamesOf(host);
    if (names.length === 0 && host.id) {
      const scope = host.getRootNode() as Document | ShadowRoot;
      const label = scope.querySelector(`label[for="${CSS.escape(host.id)}"]`);
      if (label) names.push(clean(label.textContent));
    }
    if (names.length > 0) return names.filter(Boolean);
  }
  const icon = adornmentNameOf(element);
  return icon ? [icon] : [];
}

/**
 * True when the element has at most `max` child elements, counted no further than that (Chromium
 * counts childElementCount by walking every child: a flowsheet grid's 5,000, for each of its cells).
 */
function hasFewChildren(element: Element, max: number): boolean {
  let child = element.firstElementChild;
  for (let i = 0; i < max && child; i++) child = child.nextElementSibling;
  return child === null;
}

/** An icon's name that is an action on the field, not the field's name. */
const ACTION_NAME = /^\s*(clear|remove|delete|close|cancel|reset|submit|save|edit|add|ok|search|open|toggle|more|menu|[×x✕])\s*$/i;
/** Icons and icon buttons whose name stands for the field beside them. */
const ICON = 'button, [role="button"], [role="img"], img[alt], i, svg';

/**
 * The name of the icon a field sits beside (a Bootstrap input group's addon button, an icon font
 * glyph with an aria-label or title), in its own small group only: the field's siblings, or its
 * parent's when the parent is a small box of its own (a flowsheet's cells are never asked about
 * their many siblings).
 */
function adornmentNameOf(element: HTMLElement): string {
  for (let box: Element | null = element, i = 0; box && i < 2; box = box.parentElement, i++) {
    const group: Element | null = box.parentElement;
    if (!group || !hasFewChildren(group, 4)) return '';
    for (let sibling: Element | null = group.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
      if (sibling === box || sibling.matches(EDITABLE_SELECTOR) || sibling.querySelector(EDITABLE_SELECTOR)) continue;
      // An editor's toolbar (Bold, Italic, Link…) is a row of actions, not the icon that names it.
      if (isToolbar(sibling)) continue;
      for (const icon of [sibling, ...sibling.querySelectorAll(ICON)]) {
        if (!icon.matches(ICON)) continue;
        const name = clean(icon.getAttribute('aria-label') ?? icon.getAttribute('title') ?? icon.getAttribute('alt'));
        if (name && name.length <= MAX_CELL_LABEL && !ACTION_NAME.test(name)) return name;
      }
    }
  }
  return '';
}

/** A toolbar: said so (`role="toolbar"`), or a box of two buttons or more. */
function isToolbar(element: Element): boolean {
  return (
    element.matches('[role="toolbar"]') || element.querySelectorAll('button, [role="button"]').length > 1
  );
}

/** Longest text of a cell read as the name of the field beside it. */
const MAX_CELL_LABEL = 60;

/** A cell that names something has a letter in it (a line number "1" or "#" is not a name). */
const NAMING = /\p{L}/u;

/** The field's own cell, when it sits in one no more than three levels up (a layout table around a form is not). */
function cellOf(element: Element): HTMLTableCellElement | null {
  // One native closest() first: every field of a 5,000-input flowsheet asks this twice, and a
  // walk up in script cost a tenth of its discovery there.
  const cell = element.parentElement?.closest('td, th');
  if (!cell) return null;
  let up = element.parentElement;
  for (let i = 0; i < 3 && up !== cell; i++) up = up?.parentElement ?? null;
  return up === cell ? (cell as HTMLTableCellElement) : null;
}

/**
 * The cell before a field's own cell, in a form laid out as a table ("Diagnosis | [input]", a th
 * or a td): what the page shows as the field's name there. A cell holding a control, a long text
 * or no word (a line number), is not a name; nor is a cell more than three levels up.
 */
export function cellLabelOf(element: Element): string {
  const cell = cellOf(element);
  return cell ? cellLabelIn(cell) : '';
}

function cellLabelIn(cell: HTMLTableCellElement): string {
  const before = cell.previousElementSibling;
  if (!before?.matches('td, th') || before.textContent.length > MAX_CELL_LABEL || before.querySelector(EDITABLE_SELECTOR))
    return '';
  const text = clean(before.textContent);
  return NAMING.test(text) ? text : '';
}

/**
 * The header of a field's column, in a grid of fields under a header row (a charge grid's "CPT",
 * "Mod 1", "Units"): the only name such a field shows. Columns are counted with their spans.
 */
function columnHeaderIn(cell: HTMLTableCellElement): string {
  const row = cell.parentElement;
  const table = row?.closest('table');
  if (row?.tagName !== 'TR' || !table) return '';
  const header = table.querySelector(':scope > thead > tr') ?? table.querySelector('tr');
  if (!header || header === row) return '';
  const headers = cellsOf(header);
  if (!headers.every((c) => c.tagName === 'TH')) return '';
  let column = 0;
  for (const before of cellsOf(row)) {
    if (before === cell) break;
    column += spanOf(before);
  }
  let at = 0;
  for (const th of headers) {
    if (column < at + spanOf(th)) {
      const text = clean(th.textContent);
      return text.length <= MAX_CELL_LABEL && NAMING.test(text) ? text : '';
    }
    at += spanOf(th);
  }
  return '';
}

const cellsOf = (row: Element) => [...row.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
const spanOf = (cell: Element) => Math.max(1, Number(cell.getAttribute('colspan')) || 1);

/**
 * The element an aria-labelledby id names: in the field's own tree scope, else in the scopes
 * around it. A design system's input in a shadow root often points at a label the page drew
 * outside it; no accessibility tree joins them, but the user reads that label as the field's name.
 */
function labelledByElement(element: Element, id: string): Element | null {
  for (let root = element.getRootNode(); ; root = root.host.getRootNode()) {
    const found = 'getElementById' in root ? (root as Document | ShadowRoot).getElementById(id) : null;
    if (found) return found;
    if (!(root instanceof ShadowRoot)) return null;
  }
}

/** Every naming word of a field together, for classification ("dx", "icd", "diagnosis"…). */
export function hintsOf(element: HTMLElement): string {
  return namesOf(element).names.join(' ').slice(0, 200);
}

/**
 * The field's name as a person reads it ("Objective"), shown beside evidence in the side panel:
 * its own name, else the title of the section or card it sits in (a generated id such as
 * "ember1432" is no name), else its name or id attribute.
 */
export function labelOf(element: HTMLElement): string {
  return shownLabelOf(element, namesOf(element));
}

function shownLabelOf(element: HTMLElement, { names, shown }: { names: string[]; shown: boolean }): string {
  return ((shown ? names[0] : sectionLabelOf(element) || names[0]) ?? '').slice(0, 120);
}

/** The first of `selectors` that element matches. */
function matchingSelector(element: Element, selectors: readonly string[] | undefined): string | undefined {
  if (!selectors) return undefined;
  return selectors.find((selector) => {
    try {
      return element.matches(selector);
    } catch {
      return false; // a bad selector from settings must not break discovery
    }
  });
}

/** A pinned element's candidate, with its reading mode when the settings give it one. */
function pinned(
  element: HTMLElement,
  kind: FieldKind,
  label: string,
  selector: string,
  options: DiscoveryOptions,
): FieldCandidate {
  const reading = options.reading?.[selector];
  return reading && reading !== 'field' ? { element, kind, label, readAs: reading } : { element, kind, label };
}

/** True for elements ChartLint must never read as a field of their own. */
function isSkipped(element: HTMLElement): boolean {
  if (element.closest('[data-chartlint]')) return true;
  if (element.closest('[role="listbox"], [role="option"]') && !isTokenEntry(element)) return true;
  if (element instanceof HTMLInputElement && element.type === 'hidden') return true;
  // An editor's paste target or tooltip entry is the editor's, no note of its own (editor-parts.ts).
  if (isEditorHelper(element)) return true;
  // An aria-hidden select is not an editor's mirror but the data of the widget drawn for it
  // (Select2 hides the page's select so): its chosen options are what that widget shows.
  if (element.getAttribute('aria-hidden') === 'true' && !(element instanceof HTMLSelectElement)) return true;
  // A contenteditable inside another one is part of the same editor.
  return element.isContentEditable && element.parentElement?.closest('[contenteditable]') != null;
}

/** Input types a person types a search or a code into. */
const TEXT_ENTRY = /^(text|search)$/i;

/**
 * The text entry of a token field drawn as one listbox (PrimeVue's multiple AutoComplete: its
 * chips and its input are options of one horizontal listbox): a search box with a popup of its
 * own (a combobox), so the listbox around it is not that popup but its chosen values. A plain
 * input in a dropdown's option stays the dropdown's.
 */
export function isTokenEntry(element: Element): boolean {
  return (
    element instanceof HTMLInputElement &&
    TEXT_ENTRY.test(element.type) &&
    !element.readOnly &&
    (element.getAttribute('role') === 'combobox' || element.hasAttribute('aria-autocomplete')) &&
    element.closest('[role="listbox"]') !== null
  );
}

/**
 * Decides whether one element is a diagnosis field, a note, or neither (undefined).
 * Cheap: reads attributes and labels only, never layout.
 */
export function classifyElement(
  element: Element,
  options: DiscoveryOptions = {},
): FieldCandidate | undefined {
  if (!(element instanceof HTMLElement)) return undefined;
  const pinnedDiagnosis = matchingSelector(element, options.diagnosis);
  if (pinnedDiagnosis !== undefined) return pinned(element, 'diagnosis', labelOf(element), pinnedDiagnosis, options);
  const pinnedNote = matchingSelector(element, options.note);
  if (pinnedNote !== undefined) return pinned(element, 'note', labelOf(element) || 'Note', pinnedNote, options);
  // A P/A/R/T findings table (a <table> or a grid of divs) is the visit's note text, never a list of codes.
  if (isPartFindingsTable(element) && !element.closest(REPORT_SELECTOR))
    return {
      element,
      kind: 'note',
      label:
        (namesOf(element).shown ? labelOf(element) : '') ||
        clean((element as HTMLTableElement).caption?.textContent) ||
        headingBeforeList(element) ||
        sectionLabelOf(element) ||
        'P/A/R/T findings',
    };
  if (isChosenListbox(element)) return diagnosisField(element, labelOf(element), true);
  if (isChosenList(element))
    return diagnosisField(
      element,
      // A name the page shows, else its section's or the heading before it, before an id.
      (namesOf(element).shown ? labelOf(element) : '') || sectionLabelOf(element) || headingBeforeList(element) || labelOf(element) || 'Diagnoses',
      true,
    );
  const procedures = procedureListName(element);
  if (procedures) return { element, kind: 'procedure', label: procedures };
  if (element.tagName === 'TH' || element.getAttribute('role') === 'columnheader')
    return gridColumnField(element);
  if (element.tagName === 'DD') {
    // In a note or a report, a definition list is part of that text, not a field of its own.
    if (element.closest(`[data-chartlint], [contenteditable], [role="listbox"], ${REPORT_SELECTOR}`)) return undefined;
    const term = diagnosisTermOf(element);
    if (term) return diagnosisField(element, term, true);
    // A signed note shown as a definition list of its parts (`<dt>Objective</dt><dd>…</dd>`): each
    // part's text is note text, named by its term, as a paragraph under a part's heading is.
    const part = notePartTermOf(element);
    return part ? { element, kind: 'note', label: part } : undefined;
  }
  if (isEditedDocumentBody(element)) return { element, kind: 'note', label: frameLabelOf(element) || 'Note' };
  if (element.tagName === 'P') {
    const name = noteParagraphName(element);
    return name === undefined ? undefined : { element, kind: 'note', label: name };
  }
  if (TEXT_BOXES.has(element.tagName)) {
    const name = textBlockNoteName(element);
    if (name !== undefined) return { element, kind: 'note', label: name };
  }
  if (element.tagName === 'PRE') {
    const name = preformattedNoteName(element);
    return name === undefined ? undefined : { element, kind: 'note', label: name || 'Note' };
  }
  if (!element.matches(ANY_SELECTOR) || isSkipped(element)) return undefined;
  // One widget, one field (widget-twins.ts): the chosen item inside a picker's combobox, and the
  // hidden select a picker draws its own control for, are that control's.
  if (isShownValueInCombobox(element)) return undefined;
  if (element instanceof HTMLSelectElement) {
    const drawn = drawnControlOf(element);
    // A diagnosis picker's control reads the select's chosen options with its own (read-field.ts);
    // a charge line's empty search input bills nothing, so its select stays the line's field.
    if (drawn && (classifyElement(drawn, options)?.kind === 'diagnosis' || entryOfBox(drawn, options) !== undefined)) return undefined;
  }
  // A picker's box drawn as a combobox around its own search entry (Select2's multiple selection):
  // the entry is the field, and reads the box's chips as its widget (one widget, one field).
  if (entryOfBox(element, options) !== undefined) return undefined;
  if (element.matches(DIALOG_PICKER) && !element.matches(REPORT_SELECTOR) && !isPickerButton(element)) return undefined;
  if (!element.matches(EDITABLE_SELECTOR) && !isPickerButton(element))
    return { element, kind: 'note', label: noteLabelOf(element, namesOf(element)) || 'Report' };
  // An editable that says it holds one line (aria-multiline="false": a tags input's entry, where
  // the query is typed before it becomes a tag) is read as an input is, never as a note.
  const isSingleLine =
    element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    (!(element instanceof HTMLTextAreaElement) && element.getAttribute('aria-multiline') === 'false') ||
    // An inline element made editable (a SmartText field: `<span contenteditable>` in a line of
    // text) holds one line as an input does.
    (element.isContentEditable && INLINE_EDITABLE.has(element.tagName));
  if (isHiddenMirror(element)) return undefined;
  // A grid cell's editor, in a column read whole from its header (gridColumnField).
  if (inGridColumnRead(element)) return undefined;
  const pickerButton = isPickerButton(element);
  // The toggle of a picker that has its own input (Downshift's "toggle menu", MUI Select's button
  // beside its native input): that input is the field.
  if (pickerButton && holdsOtherControl(element.parentElement, element)) return undefined;
  const named = namesOf(element);
  // `first` names the field for the word tests below; what the side panel shows is asked for only
  // once the element is a field (a section title is a walk up, not worth it for every input).
  const first = (named.names[0] ?? '').slice(0, 120);
  const hints = named.names.join(' ').slice(0, 200);
  const label = () => shownLabelOf(element, named);
  // A charge line's diagnosis pointer ("Dx ptr": A, 1,2) points at diagnoses; it holds none.
  if (POINTER_WORDS.test(hints)) return undefined;
  if (PROCEDURE_WORDS.test(hints) && !PROCEDURE_NOTE_WORDS.test(hints) && !DIAGNOSIS_WORDS.test(hints))
    return { element, kind: 'procedure', label: label() };
  if (isSingleLine && NOTE_WORDS.test(first) && !DIAGNOSIS_WORDS.test(first))
    return { element, kind: 'note', label: label() };
  if (DIAGNOSIS_WORDS.test(hints) || ((isSingleLine || pickerButton) && DIAGNOSIS_LABEL.test(first)))
    return diagnosisField(element, label(), false, isQueryBox(element, first));
  // A dropdown toggle without a listbox popup is as often a menu ("Actions"): only its own name counts.
  if (pickerButton && !/listbox/i.test(element.getAttribute('aria-haspopup') ?? '')) return undefined;
  const pickerLike = isSingleLine || pickerButton || element.getAttribute('role') === 'combobox';
  if (pickerLike) {
    // Recognised by where it is, not by what it holds now: a field in a Diagnosis/Problem section
    // is one even while empty or showing words (choosing by title, ArrowDown+Enter at once).
    const section = sectionLabelOf(element);
    const shown = named.shown ? first : section || first;
    if (
      section &&
      NOTE_WORDS.test(section) &&
      !DIAGNOSIS_SECTION.test(section) &&
      element instanceof HTMLInputElement
    )
      return { element, kind: 'note', label: shown };
    if (section && DIAGNOSIS_SECTION.test(section))
      return diagnosisField(element, shown, false, isQueryBox(element, first));
  }
  if (isSingleLine) {
    const value =
      element instanceof HTMLInputElement || element instanceof HTMLSelectElement
        ? element.value
        : element.textContent;
    return CODE_VALUE.test(visibleText(value).text) ? { element, kind: 'diagnosis', label: label() } : undefined;
  }
  // A combobox that is not a text box (a div showing the chosen item) is a picker, not a note.
  if ((pickerButton || element.getAttribute('role') === 'combobox') && !element.isContentEditable) return undefined;
  // An editor under "Diagnosis codes" / "ICD-10" holding one paragraph (a one-line rich-text
  // editor: TipTap with a one-paragraph document) is where codes are typed, not a note.
  if (element.isContentEditable && isOneParagraph(element)) {
    const section = sectionLabelOf(element);
    if (section && DIAGNOSIS_WORDS.test(section) && CODE_SECTION.test(section))
      return { element, kind: 'diagnosis', label: named.shown ? first : section };
  }
  return { element, kind: 'note', label: editorSourceLabelOf(element) || noteLabelOf(element, named) };
}

/**
 * A diagnosis field named `label`, unless the name says chart history (chart-context.ts): a
 * read-only list named as the problem list is marked so, a box to add or search as a query box.
 */
function diagnosisField(element: HTMLElement, label: string, readOnly: boolean, query = false): FieldCandidate | undefined {
  const context = chartContextOf(label);
  if (context === 'history') return undefined;
  const field: FieldCandidate = { element, kind: 'diagnosis', label };
  if (context === 'problems' && readOnly) field.chartContext = 'problems';
  if (query) field.query = true;
  return field;
}

/**
 * A note's name as the side panel shows it (shownLabelOf): its own, else its section's, else (no
 * name a person sees around it) its frame's for an editor's body, or the heading just before it,
 * and only then its name or id attribute.
 */
function noteLabelOf(element: HTMLElement, { names, shown }: { names: string[]; shown: boolean }): string {
  // An editor's placeholder or its library's name for itself is no name the page gave (editor-parts.ts).
  const own = shown && names[0] && !isEditorOwnName(element, names[0]) ? names[0] : '';
  if (own) return own.slice(0, 120);
  const around =
    sectionLabelOf(element) ||
    (element === element.ownerDocument.body ? frameLabelOf(element) : headingNear(element) || sourceLabelNear(element, labelOf)) ||
    headingInBoxBefore(element);
  // Then the editor's placeholder ("Type the visit note…"), never a library's boilerplate. A name
  // or id attribute ("qe", "ember1432") is a framework's, never shown: with no name at all the
  // side panel calls the note a clinical note in the user's language (QA pages stop 54).
  const hint = shown && names[0] && !isEditorBoilerplate(names[0]) ? names[0] : '';
  return (around || hint).slice(0, 120);
}

/**
 * A heading inside one of the boxes just before the note or one of its nearest boxes (a card's
 * header box drawn as `<div class="card-top"><span><h4>Visit note</h4></span></div>` beside the
 * box that holds the editor), when that box holds little more than the heading.
 */
function headingInBoxBefore(element: Element): string {
  let at: Element | null = element;
  for (let i = 0; i < 6 && at && at !== at.ownerDocument.body; i++, at = at.parentElement) {
    let before = at.previousElementSibling;
    for (let j = 0; j < 3 && before; j++, before = before.previousElementSibling) {
      if (before.matches(EDITABLE_SELECTOR) || before.querySelector(EDITABLE_SELECTOR)) break;
      const headings = before.querySelectorAll(HEADING);
      const last = headings[headings.length - 1];
      if (last && before.textContent.trim().length <= 120) return headingText(last).slice(0, 120);
    }
  }
  return '';
}

/**
 * The name of the section a field sits in: its fieldset's legend, a named group/region, or the
 * heading (or label-like first child) that starts one of its four nearest ancestors.
 */
export function sectionLabelOf(element: Element): string {
  let up = parentAcrossShadow(element);
  // The child of `up` the element is in: its section starts at the heading nearest before it.
  let branch: Element = element;
  for (let i = 0; i < 5 && up && up !== element.ownerDocument.body; i++, branch = up, up = parentAcrossShadow(up)) {
    if (up instanceof HTMLFieldSetElement) {
      const legend = up.querySelector(':scope > legend')?.textContent;
      if (legend) return clean(legend);
    }
    const role = up.getAttribute('role');
    if (role === 'group' || role === 'region' || up.tagName === 'SECTION') {
      const named = namesOf(up as HTMLElement).names[0];
      if (named) return named.slice(0, 120);
    }
    const heading = headingChildOf(up);
    if (heading && !heading.contains(element)) {
      const title = heading.matches(HEADING) ? nearestHeadingBefore(branch, heading) : heading;
      if (title) return headingText(title).slice(0, 120);
    }
  }
  return '';
}

/**
 * The heading a box's section starts with, when its container holds several (`first` is the
 * container's first): the nearest one before the box among its siblings, a few back at most, else
 * `first` when it comes before the box. A note under "Note" after a "Diagnoses" heading and its
 * picker was named "Diagnoses" (QA stop 52, L2); a heading after the box titles what follows it.
 */
function nearestHeadingBefore(branch: Element, first: Element): Element | null {
  let at = branch.previousElementSibling;
  for (let i = 0; at && i < MAX_BACK_TO_HEADING; i++, at = at.previousElementSibling) {
    if (at.matches(HEADING)) return at;
    if (at === first) return first;
  }
  if (branch.parentNode !== first.parentNode) return first;
  return (first.compareDocumentPosition(branch) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 ? first : null;
}

/** The parent element, or the host of the shadow root the element is the top of (a component sits in the page's section). */
function parentAcrossShadow(element: Element): Element | null {
  const parent = element.parentNode;
  // Told by node type: a frame's ShadowRoot is another realm's class.
  if (parent?.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in parent) return (parent as ShadowRoot).host;
  return element.parentElement;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * A list of chosen diagnoses with no editable of its own: the chips/pills row a picker leaves once
 * its search input is gone, or a problem table. Named (aria, a <caption>, its section) with a
 * diagnosis word, and made of items (role=list/listitem, ul/ol, table rows).
 */
function isChosenList(element: HTMLElement): boolean {
  const tag = element.tagName;
  const role = element.getAttribute('role');
  const isList =
    role === 'list' || role === 'table' || role === 'grid' || tag === 'UL' || tag === 'OL' || tag === 'TABLE';
  if (!isList || element.closest('[data-chartlint], [role="listbox"], [role="option"], [contenteditable]'))
    return false;
  // A suggestion menu left in the page (jQuery UI's `ul.ui-autocomplete`) offers codes; none is chosen.
  if (element.closest(OPTION_LIST)) return false;
  // A chip grid around its own text entry (Angular Material): the entry is the field. A data grid
  // (with column headers) holding a cell editor while the user types is still the list (ExtJS).
  if (holdsTextEntry(element) && headersOf(element).length === 0) return false;
  // A grid drawn as two tables: its header table names columns and holds no row (split-grid.ts).
  if (element instanceof HTMLTableElement && isHeaderOnlyTable(element)) return false;
  // Innermost only: a list inside another chosen list (or inside a grid's own box: Kendo's two
  // tables in its role=grid element) is read with it.
  if (
    element.parentElement?.closest('[role="list"], ul, ol, table, [role="table"], [role="grid"], [role="treegrid"]') &&
    !element.hasAttribute('aria-label') &&
    !element.hasAttribute('aria-labelledby')
  )
    return false;
  const caption = tag === 'TABLE' ? clean((element as HTMLTableElement).caption?.textContent) : '';
  const named = namesOf(element);
  const name = [named.names.join(' ').slice(0, 200), caption].join(' ');
  if (DIAGNOSIS_WORDS.test(name) || DIAGNOSIS_SECTION.test(name)) return !isSearchResults(element, name);
  // Named otherwise, by a name a person sees (aria, a caption): not a list of diagnoses.
  if (caption || named.shown) return false;
  // Unnamed (an id or name attribute is a framework's, no name: Epic's Visit Diagnoses table
  // `<table id="vdx">` under its heading had been dropped for its id, and the Problem List below
  // judged instead): only a list right inside a diagnosis section (the picker's own box), or right
  // after a heading that names one (a signed note's "Assessment" heading and its numbered list), or
  // the list a diagnosis box's Add button adds to, whatever its id says (query-box.ts).
  if (element.closest('nav, menu, header, footer')) return false;
  const section = sectionLabelOf(element);
  const heading = headingBeforeList(element);
  const chosen = DIAGNOSIS_SECTION.test(section) || DIAGNOSIS_SECTION.test(heading) || fedByDiagnosisBox(element);
  // A table's rows are read by its columns; one "Add row" button in its body offers nothing.
  return chosen && !(tag !== 'TABLE' && isOfferList(element, `${name} ${section} ${heading}`));
}

/** True when `list` is what a diagnosis box's Add button adds to ("ICD-10 code [____] [Add]"). */
function fedByDiagnosisBox(list: Element): boolean {
  const box = addBoxBefore(list);
  return box !== undefined && classifyElement(box)?.kind === 'diagnosis';
}

/**
 * Whether `list` is a code search's results, however they are named (query-box.ts), by its name,
 * its section's and the heading before it. Asked only of a list that would otherwise be a chosen
 * one, and of the lists around a widget's chips (read-field.ts), so a page's other lists cost no
 * section walk. A table's rows are read by its columns (gridColumnField), not here.
 */
export function isSearchResults(list: Element, name = list instanceof HTMLElement ? hintsOf(list) : ''): boolean {
  if (list.tagName === 'TABLE') return false;
  return isOfferList(list, `${name} ${sectionLabelOf(list)} ${headingBefore(list)}`);
}

/**
 * The heading right before a list, or before the box of the grid it is the rows of (a grid drawn
 * as two tables: its heading stands before the grid, not before its content table).
 */
function headingBeforeList(element: Element): string {
  const own = headingBefore(element);
  if (own || !(element instanceof HTMLTableElement)) return own;
  const box = splitGridOf(element)?.box;
  return box ? headingBefore(box) : '';
}

/**
 * What a data grid's column holds, by its header's name: diagnoses ("ICD-10", "Dx", "Diagnosis"),
 * procedures ("CPT"), or neither (a "Dx ptr" column points at diagnoses; "Description", "Units").
 */
export function columnKind(name: string): 'diagnosis' | 'procedure' | undefined {
  if (!name || POINTER_WORDS.test(name)) return undefined;
  if (DIAGNOSIS_WORDS.test(name)) return 'diagnosis';
  if (PROCEDURE_WORDS.test(name) && !PROCEDURE_NOTE_WORDS.test(name)) return 'procedure';
  return undefined;
}

/** A data grid's columns with what each holds, and whether the grid is read whole already. */
type GridColumns = { columns: (Column & { kind: 'diagnosis' | 'procedure' | undefined })[]; whole: boolean };

/**
 * What a data grid holds, by its column headers (kept for the discovery stretch: every header and
 * every editor in its cells asks). A grid named as a list of diagnoses or of procedures is read
 * whole already (isChosenList, procedureListName), not by column.
 */
export function gridColumnsOf(grid: Element): GridColumns {
  return gridAnswer(grid, () => {
    const columns = columnsOf(grid).map((column) => ({ ...column, kind: columnKind(headerName(column.header)) }));
    // A superbill grid named as a whole ("Superbill", "Charges") that has a diagnosis column
    // holds the visit's diagnoses too: read by column, or its ICD-10 column is lost in a
    // procedure line.
    const procedures = !columns.some((c) => c.kind === 'diagnosis') && namedProcedureList(grid) !== '';
    return { columns, whole: grid instanceof HTMLElement && (isChosenList(grid) || procedures) };
  });
}

/**
 * A data grid's column header whose column holds diagnoses or procedures (grid-columns.ts): the
 * field that reads the column's cells, one line per row, whether they show text or an editor.
 * One field per kind and grid, on the first such column (a second "Dx 2" column is read with it),
 * so one badge stands for the grid's codes.
 */
function gridColumnField(header: HTMLElement): FieldCandidate | undefined {
  const grid = gridOf(header);
  if (!grid || grid.closest('[data-chartlint], [role="listbox"], [contenteditable]')) return undefined;
  const { columns, whole } = gridColumnsOf(grid);
  const kind = columns.find((c) => c.header === header)?.kind;
  if (!kind || whole || columns.find((c) => c.kind === kind)?.header !== header) return undefined;
  return { element: header, kind, label: clean(header.textContent) || headerName(header), grid };
}

/** True for an editor in a grid cell whose column is read whole from its header (gridColumnField). */
function inGridColumnRead(element: HTMLElement): boolean {
  // The grid first: one ancestor lookup answers for every field outside grids.
  const grid = gridOf(element);
  if (!grid) return false;
  // The editor a grid mounts outside its cells (Handsontable) stands for the cell being edited:
  // read in that cell's column (grid-columns cellValue), never a note of its own.
  if (isOutsideCellEditor(element, grid)) {
    const { columns, whole } = gridColumnsOf(grid);
    return !whole && columns.some((c) => c.kind !== undefined);
  }
  const cell = element.closest('[role="gridcell"], td');
  if (!cell || !grid.contains(cell)) return false;
  const { columns, whole } = gridColumnsOf(grid);
  return !whole && columnOf(cell, columns)?.kind !== undefined;
}

/**
 * The name of a read-only list of procedure lines (a signed encounter's "Procedures billed" table,
 * its code and modifier columns side by side), or '': a table or list named (aria, a <caption>)
 * with procedure words, holding no field of its own (an editable grid's fields are read one by one).
 */
function procedureListName(element: HTMLElement): string {
  const name = namedProcedureList(element);
  // A data grid with a diagnosis column is read by column (gridColumnsOf).
  if (name && gridOf(element) === element && gridColumnsOf(element).columns.some((c) => c.kind === 'diagnosis')) return '';
  return name;
}

function namedProcedureList(element: Element): string {
  if (!(element instanceof HTMLElement)) return '';
  const tag = element.tagName;
  const role = element.getAttribute('role');
  const isList = tag === 'TABLE' || tag === 'UL' || tag === 'OL' || role === 'table' || role === 'grid' || role === 'list';
  if (!isList) return '';
  const caption = tag === 'TABLE' ? clean((element as HTMLTableElement).caption?.textContent) : '';
  let name = clean([element.getAttribute('aria-label'), ...labelledByTexts(element), caption].join(' ')).slice(0, 120);
  // Unnamed: the heading right before it ("Procedures" over a signed note's list or table). Not a
  // data grid's: an unnamed grid is read by its columns (gridColumnsOf).
  if (!name && !element.matches(GRID_SELECTOR)) name = headingBefore(element);
  if (!PROCEDURE_WORDS.test(name) || PROCEDURE_NOTE_WORDS.test(name) || DIAGNOSIS_WORDS.test(name)) return '';
  if (element.closest(`[data-chartlint], [contenteditable], [role="listbox"], nav, ${REPORT_SELECTOR}`)) return '';
  // A superbill's table of rows ticked to bill them holds their boxes and line fields: still the list.
  return element.querySelector(EDITABLE_SELECTOR) && !isProcedureTickTable(element) ? '' : name;
}

/** Names of a picker's popup: its options are matches, not choices. */
const POPUP_NAME = /\b(suggest\w*|results?|matches|search\w*|options?|available)\b/i;

/**
 * A standing listbox of chosen diagnoses ("Selected diagnoses" beside a picker, the right-hand
 * list of a dual list box): named with a diagnosis word, and not a combobox's popup (no combobox
 * controls, owns or holds it, and its name does not say suggestions or results).
 */
function isChosenListbox(element: HTMLElement): boolean {
  if (element.getAttribute('role') !== 'listbox') return false;
  if (element.closest('[hidden], [aria-hidden="true"]') || element.parentElement?.closest('[role="listbox"], [role="combobox"], [data-chartlint]'))
    return false;
  const name = [element.getAttribute('aria-label'), ...labelledByTexts(element)].join(' ');
  if (!DIAGNOSIS_WORDS.test(name) || POPUP_NAME.test(name)) return false;
  if (isListboxButtonPopup(element, name)) return false;
  if (!element.id) return true;
  const root = element.getRootNode() as Document | ShadowRoot;
  const id = CSS.escape(element.id);
  return root.querySelector(`[aria-controls~="${id}"], [aria-owns~="${id}"]`) === null;
}

/**
 * A listbox button's popup drawn beside it in the picker's own small box (Headless UI's Listbox:
 * the button, then its options, no aria-controls while closed): what could be chosen, not what
 * was. Told by where it sits, never by whether it is open: discovery may meet it either way (it
 * walks a popup again when its `hidden` changes), and an open popup read once as chosen stayed a
 * field with every option. A listbox named as the chosen ones ("Selected diagnoses") stays one.
 */
function isListboxButtonPopup(listbox: Element, name: string): boolean {
  if (/\b(selected|chosen)\b/i.test(name)) return false;
  for (let box: Element = listbox, i = 0; i < 2; i++) {
    const group = box.parentElement;
    if (!group || group === listbox.ownerDocument.body || !hasFewChildren(group, 4)) return false;
    for (let sibling = group.firstElementChild; sibling; sibling = sibling.nextElementSibling)
      if (sibling !== box && (sibling.matches(LISTBOX_BUTTON) || sibling.querySelector(LISTBOX_BUTTON))) return true;
    box = group;
  }
  return false;
}

function labelledByTexts(element: Element): string[] {
  const ids = element.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  return ids.map((id) => labelledByElement(element, id)?.textContent ?? '');
}

/**
 * A read-only summary's diagnosis (`<dt>Diagnosis</dt><dd>M99.03 …</dd>`): the term a
 * definition names, when it names diagnoses. Later definitions of the same term count too.
 */
function diagnosisTermOf(definition: Element): string | undefined {
  let term = definition.previousElementSibling;
  while (term?.tagName === 'DD') term = term.previousElementSibling;
  if (term?.tagName !== 'DT') return undefined;
  const name = clean(term.textContent).slice(0, 120);
  return DIAGNOSIS_WORDS.test(name) || DIAGNOSIS_LABEL.test(name) ? name : undefined;
}

/**
 * The body of a document in designMode: an older editor (or an EHR's note widget) makes a whole
 * iframe document editable that way, with no contenteditable attribute to find it by.
 */
export function isEditedDocumentBody(element: Element): boolean {
  return element === element.ownerDocument.body && element.ownerDocument.designMode === 'on';
}

/**
 * The name of the frame a document is shown in (its title or label, else the heading just before
 * it or its editor's box), when the frame is same-origin.
 */
function frameLabelOf(element: Element): string {
  // The frame element belongs to the parent's realm: told by node type, not instanceof.
  const frame = element.ownerDocument.defaultView?.frameElement;
  if (frame?.nodeType !== Node.ELEMENT_NODE) return '';
  const name = labelOf(frame as HTMLElement);
  // TinyMCE titles its frame "Rich Text Area": the page's label is on the textarea it replaced.
  if (name && !isEditorOwnName(frame, name)) return name;
  return headingNear(frame) || sourceLabelNear(frame, labelOf) || name;
}

/**
 * The heading just before an editor or one of its five nearest boxes: an editor that draws its
 * note in several boxes (Editor.js: each paragraph five boxes below the holder the page gave it;
 * an iframe in an editor's frame) sits under a "SOAP note" heading that starts none of them.
 */
function headingNear(element: Element): string {
  let at: Element | null = element;
  for (let i = 0; i < 6 && at && at !== at.ownerDocument.body; i++, at = at.parentElement) {
    const heading = headingBefore(at);
    if (heading) return heading;
  }
  return '';
}

/**
 * A textarea kept hidden and in sync (on submit only) by a rich-text editor beside it (CKEditor 5
 * hides its source element with an inline display:none): the visible editor is the note.
 */
export function isHiddenMirror(element: HTMLElement): boolean {
  if (!(element instanceof HTMLTextAreaElement)) return false;
  if (!element.hidden && element.style.display !== 'none' && element.style.visibility !== 'hidden')
    return false;
  const around = element.parentElement;
  if (!around) return false;
  return around.querySelector(`${CONTENT_EDITABLE}, iframe`) != null || holdsProxyEditor(around);
}

/**
 * A signed note shown read-only as the text that was dictated: a `<pre>` named, or in a section
 * named, as a note (Progress note, SOAP, Assessment and plan). Returns its name ('' when only its
 * section says so), or undefined when it is not a note (a code sample, a log) or is part of text
 * read already (an editor, a report).
 */
function preformattedNoteName(element: HTMLElement): string | undefined {
  if (element.parentElement?.closest(`[data-chartlint], [contenteditable], pre, ${REPORT_SELECTOR}`)) return undefined;
  const own = labelOf(element);
  if (NOTE_WORDS.test(own) || PROCEDURE_NOTE_WORDS.test(own)) return own;
  const section = sectionLabelOf(element);
  if (NOTE_WORDS.test(section) || PROCEDURE_NOTE_WORDS.test(section)) return section;
  return noteTitleBefore(element) || undefined;
}

/** Elements that title what follows them, whatever they hold. */
const TITLE = 'h1, h2, h3, h4, h5, h6, [role="heading"], summary, dt, label, legend';
/** Longest text of a box read as a title ("Progress note", "Visit notes (2) [Print]"), or skipped as a line between a title and its text. */
const MAX_TITLE_CHARS = 80;
/** Boxes walked up from a note's text to the one its title stands before (a card's body, a definition's dd). */
const MAX_UP_TO_TITLE = 3;
/** Short lines between a title and the note's text ("Signed by Dr. A, 11/20/2026", a toolbar). */
const MAX_LINES_BETWEEN = 2;

/**
 * The title a read-only note's text follows, when it names a note: a heading, or anything a page
 * draws as a title (a card header's span, a `<strong>`, a `<summary>`, a `<dt>`, a `<label>`)
 * whose whole text names one ("Visit notes", "Progress note (signed)"). It stands right before the
 * text or one of its boxes (the text first in a card's body), a signer's line or a toolbar between
 * them at most. Only a heading tag was asked before, so a `<pre>` or a pre-wrap block under a card
 * header or a bold title was no note (QA stop 55). '' when none.
 */
function noteTitleBefore(element: Element): string {
  let at: Element | null = element;
  for (let up = 0; at && up <= MAX_UP_TO_TITLE && at !== at.ownerDocument.body; up++, at = at.parentElement) {
    // A box that holds controls around the text is a form or an editor's frame, not a note view.
    if (up > 0 && at.querySelector(CONTROLS)) return '';
    let lines = 0;
    for (let before = at.previousElementSibling; before; before = before.previousElementSibling) {
      if (before.matches(NOT_A_LINE)) continue;
      const title = titleText(before);
      if (title === undefined) return '';
      if (namesNote(title) || NOTE_BOX_NAME.test(title)) return title;
      // A title of something else (Patient instructions) starts another section.
      if (before.matches(TITLE) || lines++ >= MAX_LINES_BETWEEN) return '';
    }
  }
  return '';
}

const CONTROLS = 'button, input:not([type="hidden"]), select, textarea, iframe, [role="button"], [role="textbox"], [contenteditable]';

/** What a page puts between parts of a section and draws no line of text with. */
const NOT_A_LINE = 'script, style, template, hr, br, input[type="hidden"], [hidden]';

/** A short box's text as a title (controls left out), or undefined when it holds more than a line: text of its own. */
function titleText(box: Element): string | undefined {
  if (box.childElementCount > 4 || box.querySelector('pre, p, li, tr, textarea, [contenteditable], [role="textbox"]')) return undefined;
  const raw = box.textContent;
  if (raw.length > MAX_TITLE_CHARS * 4) return undefined;
  const text = headingText(box);
  return text.length > MAX_TITLE_CHARS ? undefined : text.replace(/:$/, '').trim();
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/** Boxes a read-only note's text is shown in. */
const TEXT_BOXES = new Set(['DIV', 'SECTION', 'ARTICLE', 'SPAN']);
/** Siblings looked back over for a heading: a section's few paragraphs or lists, not a page. */
const MAX_BACK_TO_HEADING = 12;

/** Terms of a definition list asked whether it is a note's parts: a note has a few, a flowsheet's summary many. */
const MAX_TERMS = 40;

/**
 * The note part a definition belongs to (`<dt>Assessment</dt><dd>…</dd>`): its term, when that is
 * a whole note-part heading and the list has another (a note view has several parts: "Plan" alone
 * in a coverage summary names an insurance plan). Undefined otherwise.
 */
function notePartTermOf(definition: Element): string | undefined {
  let term = definition.previousElementSibling;
  while (term?.tagName === 'DD') term = term.previousElementSibling;
  if (term?.tagName !== 'DT') return undefined;
  const name = clean(term.textContent).slice(0, 120);
  if (!namesNote(name)) return undefined;
  const list = definition.closest('dl');
  if (!list) return undefined;
  let parts = 0;
  let seen = 0;
  for (const other of list.querySelectorAll('dt')) {
    if (++seen > MAX_TERMS) break;
    if (other !== term && namesNote(clean(other.textContent))) parts++;
    if (parts > 0) return name;
  }
  return undefined;
}

/**
 * The heading a block follows as its sibling (`<h4>Objective</h4><p>…</p>` with no section
 * wrapper, as many signed-note views print it), a few siblings back at most; '' when none.
 */
function headingBefore(element: Element): string {
  let at = element.previousElementSibling;
  for (let i = 0; at && i < MAX_BACK_TO_HEADING; i++, at = at.previousElementSibling) {
    if (at.matches(HEADING)) return headingText(at).slice(0, 120);
    // A heading inside a box of its own (a title bar) before the block.
    if (i === 0 && at.children.length <= 2) {
      const inner = at.querySelector(HEADING);
      if (inner && at.textContent.trim().length <= 80) return headingText(inner).slice(0, 120);
    }
  }
  return '';
}

/**
 * Headings of a note's parts (SOAP, a progress note's sections), in English and Spanish: a
 * paragraph under one is note text. Whole short headings only ("Plan", "Assessment:"), never
 * "Insurance plan".
 */
const NOTE_HEADING =
  /^(?:subjective|objective|assessment(?:\s*(?:&|and|\/)\s*plan)?|plan(?:\s+of\s+care)?|(?:hpi|history of present illness)|chief complaints?|review of systems|(?:physical\s+)?exam(?:ination)?|findings|impression|(?:progress|visit|clinical|office|soap|daily|treatment)\s+notes?|notes?|narrative|treatment|subjetivo|objetivo|evaluaci[oó]n|plan de tratamiento|nota(?:s)?(?: de evoluci[oó]n)?|exploraci[oó]n(?: f[ií]sica)?)\s*:?$/i;

/** Where text is part of something else: an editor, a list item, a cell, a label or a control. */
const NOT_NOTE_TEXT = `[data-chartlint], [contenteditable], pre, label, button, a, li, td, th, dd, dt, caption, figcaption, [role="listbox"], [role="option"], [role="tooltip"]`;

/**
 * A paragraph of a read-only note view (a signed note printed as headings and paragraphs): a `<p>`
 * under a note heading, as its sibling or first in its section. Returns the heading (the field's
 * name), or undefined. Each paragraph is its own field, so each is capped like any field and
 * evidence maps into it; a paragraph in an editor, a report or a form's label is read there.
 */
function noteParagraphName(element: HTMLElement): string | undefined {
  if (element.isContentEditable || !element.textContent.trim()) return undefined;
  // In a list item or a cell, a paragraph is part of that list or table (read as one when named).
  if (element.closest(`${NOT_NOTE_TEXT}, ${REPORT_SELECTOR}`))
    return undefined;
  const heading = headingBefore(element) || sectionHeadingOf(element);
  if (heading && namesNote(heading)) return heading;
  // A box of paragraphs named as the note (a signed note's body, a note preview pane): by its own
  // name (aria-label, aria-labelledby: role="document" aria-label="Progress note (signed)") or
  // the heading right before it ("Assessment / Note" over `<div><p>HPI…</p><p>Exam…</p></div>`).
  // Not read, it left the page's note "not found" (QA stop 54, H1).
  for (let box = element.parentElement, i = 0; box && i < MAX_UP_TO_NOTE_BOX && box !== element.ownerDocument.body; box = box.parentElement, i++) {
    const name = noteBoxName(box);
    if (name) return name;
  }
  return undefined;
}

/** Boxes looked up through from a paragraph for the one named as the note: its box and the box around it. */
const MAX_UP_TO_NOTE_BOX = 2;

/**
 * The name of a box that holds a note, when its own name (aria-label, aria-labelledby; never a
 * title, which is a tooltip) or the heading right before it names one; '' otherwise.
 */
function noteBoxName(box: Element): string {
  const own = [box.getAttribute('aria-label') ?? '', ...labelledByTexts(box)].map((n) => n.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const named = own.find((n) => namesNote(n) || NOTE_BOX_NAME.test(n));
  if (named) return named.slice(0, 120);
  if (own.length > 0) return '';
  const heading = headingBefore(box);
  return heading && (namesNote(heading) || NOTE_BOX_NAME.test(heading)) ? heading : '';
}

/**
 * A box's name that says it shows the visit's note, besides a note part's heading: "Note preview",
 * "Signed note", "Progress notes (read-only)". A note kept for the office (billing, scheduling,
 * an internal remark) is no clinical note.
 */
const NOTE_BOX_NAME =
  /^(?!.*\b(?:billing|admin(?:istrative)?|internal|scheduling|appointment|sticky|insurance|claim|payment|front desk|staff|message)\b).*\b(?:(?:progress|visit|clinical|office|soap|signed|daily|treatment|encounter|physician|provider)\s+)?notes?\b(?:\s+(?:preview|view|viewer|body|text))?.{0,30}$/i;

/** The heading that starts one of the element's three nearest ancestors (its section's title). */
function sectionHeadingOf(element: Element): string {
  let up = element.parentElement;
  let branch: Element = element;
  for (let i = 0; i < 3 && up && up !== element.ownerDocument.body; i++, branch = up, up = up.parentElement) {
    const heading = headingChildOf(up);
    if (heading && !heading.contains(element) && heading.matches(HEADING)) {
      const title = nearestHeadingBefore(branch, heading);
      if (title) return headingText(title).slice(0, 120);
    }
  }
  return '';
}

/**
 * True when a heading names a note or one of its parts: the whole heading, or one side of a
 * bilingual one ("Note / الملاحظة", "Progress note | Nota de evolución"), a remark in brackets
 * left out ("Progress note (signed)").
 */
function namesNote(heading: string): boolean {
  return heading.split(/\s+[/|–—-]\s+/).some((part) => NOTE_HEADING.test(part.replace(/\s*\([^)]*\)\s*:?$/, '').trim()));
}

/** What a run of note text may hold besides its words: line breaks and inline formatting. */
const INLINE_TEXT = new Set(['BR', 'SPAN', 'B', 'I', 'EM', 'STRONG', 'U', 'A', 'MARK', 'SMALL', 'SUB', 'SUP', 'FONT', 'ABBR', 'TIME', 'WBR']);
/** Shortest text block read as a note: a line, not a caption or a status word. */
const MIN_NOTE_BLOCK = 20;

/**
 * A signed note shown as one block of text (a `white-space: pre-wrap` div, what a read-only
 * note view prints) right after a heading that names a note: its name, else undefined. Only a
 * block of text (words, line breaks and inline formatting; no boxes, lists or controls) that is
 * the heading's next sibling: any other text of the page is not a note (QA stop 52, H2).
 */
function textBlockNoteName(element: HTMLElement): string | undefined {
  const role = element.getAttribute('role');
  if (element.isContentEditable || (role !== null && !DOCUMENT_ROLES.has(role))) return undefined;
  // A block the page names itself (role="document" aria-label="Progress note"), else its title.
  const named = element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby');
  const own = named ? noteBoxName(element) : undefined;
  if (!own && role !== null) return undefined;
  if (!isTextOrLines(element)) return undefined;
  const text = element.textContent;
  if (text.trim().length < MIN_NOTE_BLOCK) return undefined;
  // An inline box is a block of text only when it holds lines (pre-wrap, <br>): else a subtitle, a signer's name.
  if (element.tagName === 'SPAN' && !text.trim().includes('\n') && !element.querySelector('br')) return undefined;
  // Text inside a paragraph or another block of text is read with it.
  const parent = element.parentElement;
  if (parent && (parent.tagName === 'P' || INLINE_TEXT.has(parent.tagName))) return undefined;
  if (parent && TEXT_BOXES.has(parent.tagName) && isTextOrLines(parent) && textBlockNoteName(parent) !== undefined) return undefined;
  // Text kept from assistive technology (an editor's line numbers, a copy parked for printing) is no one's note.
  if (element.closest(`${NOT_NOTE_TEXT}, ${REPORT_SELECTOR}, [aria-hidden="true"]`)) return undefined;
  if (own) return own;
  if (isLineBeforeText(element, text)) return undefined;
  const before = element.previousElementSibling;
  if (before?.matches(HEADING)) {
    const heading = headingText(before).slice(0, 120);
    return namesNote(heading) ? heading : undefined;
  }
  return noteTitleBefore(element) || undefined;
}

/**
 * A short line between a note's title and its text ("Signed by Dr. A, 11/20/2026"): the text that
 * follows is the note, this line says who wrote it (noteTitleBefore steps over it the same way).
 */
function isLineBeforeText(element: Element, text: string): boolean {
  const line = text.trim();
  if (line.length > MAX_TITLE_CHARS || line.includes('\n')) return false;
  const next = element.nextElementSibling;
  return next !== null && (next.tagName === 'PRE' || next.textContent.trim().length > MAX_TITLE_CHARS);
}

/**
 * A box of text: words, line breaks and inline formatting, or lines of them each in its own
 * `<div>` (a note view that renders a line per box). No lists, tables, controls or deeper boxes.
 */
function isTextOrLines(box: Element): boolean {
  for (let child = box.firstElementChild; child; child = child.nextElementSibling) {
    if (INLINE_TEXT.has(child.tagName)) continue;
    if (child.tagName !== 'DIV' || child.hasAttribute('role')) return false;
    for (let inner = child.firstElementChild; inner; inner = inner.nextElementSibling) if (!INLINE_TEXT.has(inner.tagName)) return false;
  }
  return true;
}

/** Roles a block of read-only text may carry and still be a note's text. */
const DOCUMENT_ROLES = new Set(['document', 'article', 'region']);

/** A code editor's proxy textarea has no name: the page's textarea the editor replaced has. */
function editorSourceLabelOf(element: HTMLElement): string {
  const editor = proxyEditorOf(element);
  const source = editor && sourceOf(editor);
  return source ? labelOf(source) : '';
}

/** True when a single-line field the heuristics passed over might become a diagnosis field by its value. */
export function mayHoldCode(element: Element): boolean {
  return (
    ((element instanceof HTMLInputElement || element instanceof HTMLSelectElement) &&
      element.matches(EDITABLE_SELECTOR)) ||
    // A one-line editable span (SmartText's fields) is an input the page drew: empty at load.
    (element instanceof HTMLElement && element.isContentEditable && INLINE_EDITABLE.has(element.tagName))
  );
}

/**
 * Every element under root, descending into shadow roots (pre-order): open ones, and closed ones
 * where the browser lets the extension see them (an app shell's closed root, src/platform).
 * Our own overlay's closed root is not the page.
 */
export function* walk(root: Document | ShadowRoot | Element): Generator<Element> {
  for (const child of root.children) {
    yield child;
    const shadow = child.hasAttribute('data-chartlint') ? null : shadowRootOf(child);
    if (shadow) yield* walk(shadow);
    yield* walk(child);
  }
}

/**
 * Discovery: every diagnosis field and note under root (a document, a shadow root or a subtree).
 * The one entry point for discovery; settings pass per-site pinned selectors through `options`.
 *
 * @example findFields(document, { diagnosis: ['#problem-search'], note: ['.soap-note'] })
 */
export function findFields(
  root: Document | ShadowRoot | Element = document,
  options: DiscoveryOptions = {},
): FieldCandidate[] {
  const found: FieldCandidate[] = [];
  if (root instanceof Element) {
    const self = classifyElement(root, options);
    if (self) found.push(self);
  }
  for (const element of walk(root)) {
    const candidate = classifyElement(element, options);
    if (candidate) found.push(candidate);
  }
  return enteredFields(found);
}

/** A text entry a person types a search into. */
const BOX_ENTRY = 'input:not([type]), input[type="text" i], input[type="search" i]';

/**
 * The search entry inside a picker's box drawn as a `role=combobox` that is no editor itself
 * (Select2's multiple selection: the box holds the chips and the inline search input), when that
 * entry is a diagnosis field: undefined otherwise.
 */
function entryOfBox(element: HTMLElement, options: DiscoveryOptions): HTMLElement | undefined {
  if (element.getAttribute('role') !== 'combobox' || element.matches(`${BOX_ENTRY}, textarea, select`) || element.isContentEditable) return undefined;
  // A box that holds the page's select too (Choices.js) is that select's control: the box is the field.
  if (element.querySelector('select')) return undefined;
  const entries = element.querySelectorAll<HTMLElement>(BOX_ENTRY);
  const [entry] = entries;
  return entries.length === 1 && entry && classifyElement(entry, options)?.kind === 'diagnosis' ? entry : undefined;
}
