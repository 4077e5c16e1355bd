/**
 * Lists of what could be chosen, never what was entered. An input's `<datalist>` (its `list`
 * attribute) keeps every suggestion in the page, often beside the input, options with a code as
 * value and a title as text; an autocomplete library keeps its suggestion menu in the page after it
 * closes (typeahead.js's `.tt-menu`, jQuery UI's `ul.ui-autocomplete` of plain `li` items,
 * devbridge's `.autocomplete-suggestions`, Awesomplete's `ul`, a hand-made `.autocomplete-items`
 * box). Read as a widget's parts, those options became entered codes: an empty input got a badge
 * for codes that were only offered. Only the field's value, its chips and what it shows as chosen
 * count; these lists never do.
 */

import { isUnticked } from './ticked-rows';

/**
 * Option lists by markup and by the suggestion libraries' classes. Menus are named by what they
 * are ("…-suggestions", "…-menu" of a typeahead), not by "autocomplete" alone: a widget's own box
 * is often called that (`<div class="autocomplete">` around the input).
 */
export const OPTION_LIST = [
  'datalist',
  'option',
  'optgroup',
  '[role="menu"]',
  '[role="menuitem"]',
  '.tt-menu',
  '.ui-autocomplete',
  '.ui-menu',
  '.awesomplete > ul',
  '[class*="suggestions" i]',
  '[class*="autocomplete-items" i]',
  '[class*="autocomplete-list" i]',
  '[class*="autocomplete-results" i]',
  '[class*="typeahead-menu" i]',
].join(', ');

/**
 * True when `element` is inside an option list (itself included) that does not hold `field`: a
 * list around the field is its widget's box, not a menu beside it.
 */
export function inOptionList(element: Element, field: Element): boolean {
  for (
    let at: Element | null = element.closest(OPTION_LIST);
    at;
    at = at.parentElement?.closest(OPTION_LIST) ?? null
  )
    if (!at.contains(field)) return true;
  return false;
}

/**
 * The option lists under `top` that do not hold `field`: left out, with everything in them, of
 * what a picker shows as chosen.
 */
export function optionListsIn(top: Element, field: Element): Element[] {
  return [...top.querySelectorAll(OPTION_LIST)].filter((list) => !list.contains(field));
}

/**
 * A popup's offers kept in the page while it is closed: Choices.js keeps every item not chosen in
 * `.choices__list--dropdown` (visibility:hidden until opened), a hand-made combobox keeps its
 * `role=listbox` of matches while `aria-expanded="false"`. Read with the widget's text, those
 * offers became entered codes (four false findings on a page nobody had touched). Only chosen
 * items count, so a listbox and its options (open: a menu of matches; closed: offers) and whatever
 * the widget hides are left out of a field's own text. A listbox named as the chosen ones
 * ("Selected diagnoses", Lightning's pill container) stays.
 */
const OFFER_BOX = '[role="listbox"], [role="option"]';
/** A listbox's name that says it holds the chosen ones. */
const CHOSEN = /\b(selected|chosen)\b/i;

/**
 * True when `element` itself, inside a diagnosis widget's text, is an offer box or hidden: an
 * option list (above), a listbox or option not named as the chosen ones, a row of a tick list not
 * ticked (a superbill's printed codes: ticked-rows.ts), or hidden by an attribute, its inline
 * style or the page's style sheet. Asked top-down while the widget's text is
 * read (read-field.ts), so what is inside such a box is never reached.
 */
export function isOfferBox(element: Element): boolean {
  if (element.matches(OPTION_LIST)) return true;
  if (
    element.matches(OFFER_BOX) &&
    !CHOSEN.test(element.closest('[role="listbox"]')?.getAttribute('aria-label') ?? '')
  )
    return true;
  if (isUnticked(element)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return style !== undefined && (style.display === 'none' || style.visibility === 'hidden');
}
