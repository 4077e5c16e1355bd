/**
 * Answers discovery asks of the same containers again and again, kept for one stretch of
 * uninterrupted work (a discovery slice) and dropped whenever the page may have run.
 *
 * Why: on a flowsheet of 5,000 inputs in one grid, every input asked its grid "which heading do you
 * start with?" (`querySelector(':scope > h1, …')` walks all 10,000 descendants) and asked for its
 * `labels` (Chromium looks through the whole tree scope for labels); both are linear in the page,
 * so classifying the page was quadratic: 12 s of main-thread script before the page's `load` event,
 * against 0.9 s at 1,000 inputs (probe of 2026-12-03). Asked once per container or tree scope per
 * slice, the same answers cost one walk each.
 *
 * The answers are exact for the DOM as it stands while no page script runs: the registry opens a
 * stretch (`beginDiscoveryStretch`) after every yield to the page and closes it before the next, so a
 * heading or label the page adds is seen in the next slice. Outside a stretch nothing is kept and
 * every ask reads the DOM afresh (findFields, classifyElement from elsewhere).
 */
let headings: WeakMap<Element, Element | null> | undefined;
let labelsByScope: WeakMap<Node, Map<Element, string[]>> | undefined;
let grids: WeakMap<Element, unknown> | undefined;
let bulk: WeakMap<Element, boolean> | undefined;

/** Starts keeping answers: call when the page cannot run until `endDiscoveryStretch`. */
export function beginDiscoveryStretch(): void {
  headings = new WeakMap();
  labelsByScope = new WeakMap();
  grids = new WeakMap();
  bulk = new WeakMap();
}

/** Forgets every answer: call before yielding to the page. */
export function endDiscoveryStretch(): void {
  headings = undefined;
  labelsByScope = undefined;
  grids = undefined;
  bulk = undefined;
}

/**
 * What discovery knows of a data grid (its columns and what they hold, find-fields.ts), computed
 * once per grid and stretch: every header and every editor in its cells asks it, and a grid of
 * inputs (an ARIA-grid flowsheet) would otherwise read all its headers once per input.
 */
export function gridAnswer<T>(grid: Element, compute: () => T): T {
  if (grids?.has(grid)) return grids.get(grid) as T;
  const answer = compute();
  grids?.set(grid, answer);
  return answer;
}

/**
 * Whether a table's checkboxes pick rows for bulk actions (ticked-rows.ts), once per table and
 * stretch: every row of a long problem list asks it.
 */
export function bulkAnswer(table: Element, compute: () => boolean): boolean {
  const known = bulk?.get(table);
  if (known !== undefined) return known;
  const answer = compute();
  bulk?.set(table, answer);
  return answer;
}

const HEADING = 'h1, h2, h3, h4, h5, h6, legend, [role="heading"]';
/** A box that starts a card with its title: Bootstrap's `.card-header`, MUI's CardHeader, a `<header>`. */
const HEADER_BOX = 'header, [class*="header" i], [class*="heading" i], [class*="title" i]';
const CONTROL = 'input, textarea, select, [contenteditable]';
/**
 * What an app bar holds and a card's title does not: its words are links and actions, not a name;
 * and a grid's header box (Kendo's `.k-grid-header`) holds column names, not the grid's title.
 */
const NOT_TITLE =
  'a, button, nav, [role="button"], [role="link"], [role="navigation"], [role="menubar"], [role="tab"], table, [role="columnheader"], [role="row"]';
/** Longest header box read as a title when it holds no heading element. */
const MAX_HEADER_TEXT = 80;

/**
 * The first child of `container` that is a heading or legend (document order), else the header box
 * its first child is (the heading inside it, or the box itself when it is short and holds no
 * control, link or button: a toolbar or an app bar's "Problems" tab is not a title), or null.
 */
export function headingChildOf(container: Element): Element | null {
  let found = headings?.get(container);
  if (found === undefined) {
    found = null;
    for (let child = container.firstElementChild; child; child = child.nextElementSibling) {
      if (child.matches(HEADING)) {
        found = child;
        break;
      }
    }
    const first = container.firstElementChild;
    if (!found && first?.matches(HEADER_BOX) && !first.querySelector(CONTROL)) {
      found =
        first.querySelector(HEADING) ??
        (first.textContent.trim().length <= MAX_HEADER_TEXT && !first.querySelector(NOT_TITLE) ? first : null);
    }
    headings?.set(container, found);
  }
  return found;
}

/**
 * The text of every label of a labelable element, as `element.labels` gives it: the labels of its
 * tree scope whose labelled control is this element, in document order.
 */
export function labelTextsOf(element: HTMLElement): string[] {
  const scope = element.getRootNode();
  let byControl = labelsByScope?.get(scope);
  if (!byControl) {
    byControl = new Map();
    // A document or a shadow root (told by node type: a frame's or test DOM's classes are other objects).
    if (scope.nodeType === Node.DOCUMENT_NODE || scope.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      const tree = scope as Document | ShadowRoot;
      for (const label of tree.querySelectorAll('label')) {
        const control = controlOf(label, tree);
        if (!control) continue;
        const texts = byControl.get(control);
        if (texts) texts.push(label.textContent);
        else byControl.set(control, [label.textContent]);
      }
    }
    labelsByScope?.set(scope, byControl);
  }
  return byControl.get(element) ?? [];
}

const LABELABLE = 'button, input:not([type="hidden" i]), meter, output, progress, select, textarea';

/**
 * The control a label labels, as HTML defines `label.control`: the element its `for` names (when
 * labelable), else its first labelable descendant. Written out because not every DOM the tests run
 * in has `control`. Chromium also counts form-associated custom elements as labelable; namesOf never
 * asks for those, since a custom element has no `labels` of its own (it is on its ElementInternals).
 */
function controlOf(label: HTMLLabelElement, scope: Document | ShadowRoot): Element | null {
  if (label.hasAttribute('for')) {
    const target = scope.getElementById(label.htmlFor);
    return target?.matches(LABELABLE) ? target : null;
  }
  return label.querySelector(LABELABLE);
}
