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
 */
import { ADD_NAME, ADD_VERBS, SEARCH_NAME } from './chart-words';

/** Text entries a query is typed into. */
const TEXT_ENTRY = /^(text|search)$/i;

/**
 * True when `element`, named `name` (its first name a person reads), is a box to add or search
 * diagnoses: a search box (`role=searchbox`), or a text entry whose name starts with an add verb
 * ("Add a visit diagnosis", "Add diagnosis:", "Añadir diagnóstico").
 *
 * An Add button beside a box named as the diagnosis ("Diagnosis (ICD-10-CM) [search] [Add]", the
 * demo EHR) does not make it one: there a code typed whole is checked as it is typed, before Add,
 * which is what the user came for; the page's name for the box is what says it only adds.
 */
export function isQueryBox(element: HTMLElement, name: string): boolean {
  if (element.getAttribute('role') === 'searchbox') return true;
  return element instanceof HTMLInputElement && TEXT_ENTRY.test(element.type) && ADD_NAME.test(name);
}

/** A control that adds the item it sits in: a button or link named with an add verb, or "+". */
const ADD_CONTROL = new RegExp(`^\\s*(?:\\+|(?:${ADD_VERBS.join('|')})(?![\\p{L}\\p{N}]))`, 'iu');

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

function hasAddControl(item: Element): boolean {
  for (const control of item.querySelectorAll('button, [role="button"], a[href]')) {
    const said = control.getAttribute('aria-label') ?? control.textContent;
    if (ADD_CONTROL.test(said)) return true;
  }
  return false;
}
