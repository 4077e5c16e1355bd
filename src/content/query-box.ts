/**
 * A box to add or look up a diagnosis is not where one is entered: Epic's "Add a visit diagnosis"
 * search and Cerner's "Add diagnosis: [Code or term] [Add]" keep what is typed as a query until
 * the user picks or presses Add, and the chosen code then goes into the visit's list beside them
 * (a field of its own). Read as a diagnosis field, a half-typed query was judged as entered with
 * its own badge, and the box took its container's text (the whole sidebar, allergies included) as
 * its value. Such a box stays a field (a tags input's entry is one: the chips around it are its
 * widget's values), but what is typed in it is never read, and its widget ends at the first box
 * that starts a section of the page (read-field.ts).
 * Pages: /tmp/qapages49 q6 (Epic-like) and q7 (Cerner-like); e2e page-chart-context.spec.ts.
 *
 * A box named as the diagnosis itself ("ICD-10 code [____] [Add]", stop 50) is one too when the
 * page shows it is only a draft of the list beside it: a plain text entry (no picker that shows a
 * chosen value) with an Add / + / Insert button beside it and a list of shown items beside that
 * (told before the first Add, so "M99.6" on the way to "M99.61" never flashes findings); or any
 * box with such a button whose value was emptied as that value joined the list (told at the
 * first Add: a picker that clears itself on Add). The demo EHR's picker keeps its value after Add
 * and is checked as it is typed (README's demo; e2e fixtures type into it and wait for its badge).
 * Pages: test/fixtures/pages/add-box.html; e2e page-add-box.spec.ts.
 */
import { ADD_NAME, SEARCH_NAME } from './chart-words';
import { CONTENT_EDITABLE } from './editable-shapes';

/** Text entries a query is typed into. */
const TEXT_ENTRY = /^(text|search)$/i;

/** A button that adds what is typed to a list: "Add", "+", "Insert", "Add code", "Añadir". */
const ADD_BUTTON =
  /^\s*(?:\+|＋|add|insert|añadir|agregar|insertar)(?:\s+(?:code|dx|diagnosis|icd(?:-?10)?(?:\s*code)?|c[oó]digo|diagn[oó]stico))?\s*$/iu;
const BUTTON = 'button, [role="button"], input[type="button" i], input[type="submit" i]';
/** Lists a box adds to: items shown, not fields. */
const LIST = 'ul, ol, table, [role="list"], [role="table"], [role="grid"], [role="listbox"]';
/** Entries a person types or picks in (an `<input type=button>` is the Add button itself). */
const ENTRY = `input:not([type="hidden" i]):not([type="button" i]):not([type="submit" i]):not([type="reset" i]):not([type="image" i]), select, textarea, ${CONTENT_EDITABLE}`;
/** Ancestors looked at for the button (the box's own row) and then for the list (its card). */
const BUTTON_LEVELS = 2;
const LIST_LEVELS = 3;

/**
 * True when `element`, named `name` (its first name a person reads), is a box to add or search
 * diagnoses: a search box (`role=searchbox`), a text entry whose name starts with an add verb
 * ("Add a visit diagnosis", "Add diagnosis:", "Añadir diagnóstico"), or a plain text entry whose
 * Add button adds to a list beside it.
 *
 * An Add button beside a picker named as the diagnosis ("Diagnosis (ICD-10-CM) [search] [Add]",
 * the demo EHR) does not make it one: the picker shows the chosen value, and there a code typed
 * whole is checked as it is typed, before Add, unless the box empties itself on Add (isDraftBox).
 */
export function isQueryBox(element: HTMLElement, name: string): boolean {
  if (element.getAttribute('role') === 'searchbox') return true;
  if (!(element instanceof HTMLInputElement) || !TEXT_ENTRY.test(element.type)) return false;
  if (ADD_NAME.test(name)) return true;
  if (!isPlainEntry(element)) return false;
  const row = addRowOf(element);
  return row !== undefined && listBeside(element, row) !== undefined;
}

/** No picker: no combobox role, no autocomplete list, no datalist. */
function isPlainEntry(input: HTMLInputElement): boolean {
  const autocomplete = input.getAttribute('aria-autocomplete');
  return (
    input.getAttribute('role') !== 'combobox' &&
    (!autocomplete || autocomplete === 'none') &&
    !input.hasAttribute('list')
  );
}

function buttonName(button: Element): string {
  const value = button instanceof HTMLInputElement ? button.value : '';
  return (
    button.getAttribute('aria-label') ??
    (button.textContent.trim() || value || button.getAttribute('title') || '')
  ).trim();
}

/** The box's row: its nearest ancestor (two at most) holding an Add button and no other entry. */
function addRowOf(box: HTMLElement): Element | undefined {
  for (
    let up = box.parentElement, i = 0;
    up && i < BUTTON_LEVELS && up !== up.ownerDocument.body;
    up = up.parentElement, i++
  ) {
    if ([...up.querySelectorAll(ENTRY)].some((e) => e !== box)) return undefined;
    for (const button of up.querySelectorAll(BUTTON)) if (ADD_BUTTON.test(buttonName(button))) return up;
  }
  return undefined;
}

/**
 * The list the box's row adds to: the list that comes right after the row (one of the next two
 * boxes after the row or one of its wrappers, three levels up at most: the box's card, never a
 * list further down the page), holding shown items and no entry of its own (a list of inputs is a
 * form that repeats rows, not a list of added items), and not the box's own popup of suggestions.
 */
function listBeside(box: HTMLElement, row: Element): Element | undefined {
  const popups = `${box.getAttribute('aria-controls') ?? ''} ${box.getAttribute('aria-owns') ?? ''}`
    .split(/\s+/)
    .filter(Boolean);
  // A search's results ("M48.061 … [Add]" per item) are offers, not what was added (isOfferList).
  const isAddedList = (list: Element) =>
    !list.querySelector(ENTRY) &&
    !isOfferList(list, '') &&
    !(list.id && popups.includes(list.id)) &&
    !list.closest('[hidden], [aria-hidden="true"], nav, menu, [role="menu"]');
  for (
    let at: Element | null = row, i = 0;
    at && at !== at.ownerDocument.body && i < LIST_LEVELS;
    at = at.parentElement, i++
  ) {
    let next = at.nextElementSibling;
    for (let j = 0; next && j < 2; j++, next = next.nextElementSibling) {
      // Another entry between the row and a list: that list is another form's.
      if (!next.matches(LIST) && (next.matches(ENTRY) || next.querySelector(ENTRY))) return undefined;
      const list = next.matches(LIST) ? next : next.querySelector(LIST);
      if (list && isAddedList(list)) return list;
    }
  }
  return undefined;
}

/** Boxes a code is typed into. */
const TEXT_INPUT = 'input:not([type]), input[type="text" i], input[type="search" i]';

/**
 * The text entry whose Add button adds to `list`: its row stands just before the list (two
 * siblings back at most, at the list's level or its parent's), and the list is the one beside it.
 * The page's words for the list ("codes-list", no name at all) do not matter: what the box adds
 * to is the list of what was added (find-fields.ts asks whether that box is a diagnosis's).
 */
export function addBoxBefore(list: Element): HTMLInputElement | undefined {
  for (let at: Element | null = list, i = 0; at && i < 2; at = at.parentElement, i++) {
    let before = at.previousElementSibling;
    for (let j = 0; before && j < 2; j++, before = before.previousElementSibling) {
      // The first entry only (a box before a form's worth of inputs is not walked whole): its own
      // row must hold the Add button and no other entry (addRowOf).
      const box = before.matches(TEXT_INPUT) ? before : before.querySelector(TEXT_INPUT);
      if (!(box instanceof HTMLInputElement)) continue;
      const row = addRowOf(box);
      if (row && listBeside(box, row) === list) return box;
    }
  }
  return undefined;
}

/**
 * The list a text entry's Add button fills, when it stands right after the entry's row (listBeside):
 * that list is a field of its own (find-fields.ts `fedByDiagnosisBox`), so the entry's widget ends
 * before it (read-field.ts) and a code moved there on Add is read once, from the list.
 */
export function addListOf(box: HTMLElement): Element | undefined {
  if (!(box instanceof HTMLInputElement) || !TEXT_ENTRY.test(box.type)) return undefined;
  const row = addRowOf(box);
  return row && listBeside(box, row);
}

type Seen = { value: string; items: number };
const SEEN = new WeakMap<HTMLInputElement, Seen>();
const DRAFT_BOXES = new WeakSet<HTMLInputElement>();
const ITEM = 'li, tr, [role="listitem"], [role="row"], [role="option"]';
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim().toUpperCase();

/**
 * True when `box` is known to be a draft of the list beside it: a text entry with an Add button
 * whose value, once read, was emptied while the list grew by an item holding that value (the page
 * moved it there). Called at every read of a diagnosis field, it remembers what it saw and learns
 * at the first Add. Before that the box is read as any field: the demo EHR's picker keeps its
 * value after Add, and a box the user empties by hand beside an unchanged list is no draft.
 */
export function isDraftBox(element: HTMLElement): boolean {
  if (!(element instanceof HTMLInputElement) || !TEXT_ENTRY.test(element.type)) return false;
  if (DRAFT_BOXES.has(element)) return true;
  const value = squeeze(element.value);
  const before = SEEN.get(element);
  // Most fields are empty and stay so: nothing to remember, no walk.
  if (!value && !before) return false;
  const row = addRowOf(element);
  const list = row && listBeside(element, row);
  const items = list ? list.querySelectorAll(ITEM).length : 0;
  if (value) SEEN.set(element, { value, items });
  else SEEN.delete(element);
  if (!before || value || !list || items <= before.items) return false;
  if (!squeeze(list.textContent).includes(before.value)) return false;
  DRAFT_BOXES.add(element);
  return true;
}

/** Items looked at: a result list shows a page of them; a few say what the list is. */
const MAX_ITEMS = 8;

/**
 * True when a list offers codes rather than holding the chosen ones: it is named, or headed, as a
 * search or its results (`name`: the list's own name, its section's or the heading before it), or
 * each of its items carries its own add control ("M48.062 Spinal stenosis … [Add]"), which a list
 * of chosen codes never does (its items carry a remove control, if any). An ICD-10 search drawer's
 * results were read as a second diagnosis field, with five false findings (QA stop 50, class E).
 */
export function isOfferList(list: Element, name: string): boolean {
  if (SEARCH_NAME.test(name)) return true;
  let items = 0;
  for (const item of list.children) {
    if (items >= MAX_ITEMS) break;
    if (item.tagName === 'SCRIPT' || item.tagName === 'TEMPLATE') continue;
    items++;
    if (!hasAddControl(item)) return false;
  }
  return items > 0;
}

/**
 * Whether the item carries a control that adds it: an Add button as a box's is named (ADD_BUTTON:
 * "Add", "+", "Insert"), or a button or link whose name starts with an add verb ("Add to visit").
 */
function hasAddControl(item: Element): boolean {
  for (const control of item.querySelectorAll(`${BUTTON}, a[href]`)) {
    const name = buttonName(control);
    if (ADD_BUTTON.test(name) || ADD_NAME.test(name)) return true;
  }
  return false;
}
