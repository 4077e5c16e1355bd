/**
 * Only what the page draws is this visit's. An EHR keeps the prior encounter in a tab panel it
 * hides (`hidden`, display:none, visibility:hidden), in a closed `<details>`, or parked off screen
 * and aria-hidden; its codes, note and date of service were read as this visit's: findings on codes
 * the user could not see, and two dates of service (QA stop 52, H1). A field counts while it is
 * rendered, and leaves the snapshot when its panel is hidden (a tab switched), and comes back with it.
 *
 * A picker library's own value select (Select2, Tom Select, Chosen, Choices.js hide the page's
 * select and draw chips for it) is rendered when the widget drawn for it is: its codes are what
 * the chips show (widget-twins.ts).
 */
import { drawnControlOf, isHiddenValueSelect } from './widget-twins';

/** True when the element is drawn: not under display:none, visibility:hidden, a closed `<details>`, nor parked off screen aria-hidden. */
export function isRendered(element: Element): boolean {
  // A hidden input is never drawn: it belongs to what holds it (a date picker's ISO copy).
  if (element instanceof HTMLInputElement && element.type === 'hidden')
    return element.parentElement === null || isRendered(element.parentElement);
  if (element instanceof HTMLSelectElement && isHiddenValueSelect(element)) return widgetRendered(element);
  if (!drawn(element)) return false;
  return !parkedOffScreen(element);
}

/** The widget drawn for a hidden value select: its control, else the box beside it, else its parent. */
function widgetRendered(select: HTMLSelectElement): boolean {
  const widget =
    drawnControlOf(select) ??
    select.nextElementSibling ??
    select.previousElementSibling ??
    select.parentElement;
  return widget === null || (drawn(widget) && !parkedOffScreen(widget));
}

/**
 * The browser's own answer (checkVisibility: display:none and `hidden` above it, a closed
 * `<details>`, `hidden=until-found`, visibility:hidden). An element drawn as its children only
 * (display:contents) has no box of its own: its parent answers.
 */
function drawn(element: Element): boolean {
  if (typeof element.checkVisibility !== 'function') return true;
  if (element.checkVisibility({ visibilityProperty: true })) return true;
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return style?.display === 'contents' && element.parentElement !== null && drawn(element.parentElement);
}

/**
 * A box hidden from assistive technology and placed where no scrolling reaches (left:-10000px):
 * a kept copy, not what the user sees. Off screen alone is the screen-reader pattern, and
 * aria-hidden alone is what a modal dialog does to the page behind it: both stay.
 */
function parkedOffScreen(element: Element): boolean {
  if (!element.closest('[aria-hidden="true"]')) return false;
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const box = element.getBoundingClientRect();
  const root = element.ownerDocument.documentElement;
  // A right-to-left page scrolls to the left of its origin (scrollX is negative there).
  const rtl = view.getComputedStyle(root).direction === 'rtl';
  const leftmost = rtl ? -(root.scrollWidth - root.clientWidth) : 0;
  const x = box.right + view.scrollX;
  const y = box.bottom + view.scrollY;
  return x < leftmost || y < 0 || box.left + view.scrollX > (rtl ? root.clientWidth : root.scrollWidth);
}

/** Matches walked per query before giving up (the date and payer finders look at 400 at most). */
const MAX_MATCHES = 2000;

/**
 * The date and payer finders' view of a tree: the same tree, whose `querySelectorAll` answers only
 * rendered elements (a hidden subtree is skipped whole, one check for it). Everything else is the
 * tree's own. Those finders read a bounded number of matches in document order, so this stops
 * after MAX_MATCHES rendered ones.
 */
export function renderedView<T extends Document | ShadowRoot>(root: T): T {
  return new Proxy(root, {
    get(target, property) {
      if (property === 'querySelectorAll') return (selectors: string) => renderedMatches(target, selectors);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function renderedMatches(root: Document | ShadowRoot, selectors: string): Element[] {
  const out: Element[] = [];
  let hidden: Element | undefined;
  for (const element of root.querySelectorAll(selectors)) {
    if (hidden?.contains(element)) continue;
    if (!isRendered(element)) {
      // Not displayed at all: nothing under it is. (Under visibility:hidden a child may be visible again.)
      if (typeof element.checkVisibility === 'function' && !element.checkVisibility()) hidden = element;
      continue;
    }
    out.push(element);
    if (out.length >= MAX_MATCHES) break;
  }
  return out;
}
