/**
 * Where the badge stands on the page: the control the user sees as the field (through a web
 * component's slots), the room its text and indicators leave, whether the page covers it, and
 * what a spot for the badge would cover of the page (a clear button, the next field, a label's
 * words), so that it stands beside the field without hiding any of its controls. Floating UI
 * places it (inline-badge.ts); `clearSpot` is the middleware that moves on to the next spot
 * (badge-spots.ts) while one covers something.
 * Fixture pages: test/fixtures/pages/combo-clear-button.html, grid-panel-editor.html,
 * panel-swap.html (test/e2e/page-badge-placement.spec.ts), and every widget fixture of
 * page-widget-screenshots.spec.ts.
 */
import { detectOverflow, type Middleware } from '@floating-ui/dom';
import { shadowRootOf } from '../platform/shadow-root';
import { chooseSpot, overlaps, samplePoints, type Spot, type SpotCheck } from './badge-spots';
import { gridOf } from './grid-columns';
import { CONTENT_EDITABLE } from './editable-shapes';

const EDITABLES = `input:not([type="hidden" i]), select, textarea, ${CONTENT_EDITABLE}`;

/** A table of rows, native or ARIA. */
const TABLE = 'table, [role="table"], [role="grid"], [role="treegrid"]';

/** True when the element draws a box of its own (a border or a background). */
function drawsBox(element: Element): boolean {
  const style = getComputedStyle(element);
  const border = ['Top', 'Right', 'Bottom', 'Left'].some(
    (side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
  );
  const background = style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent';
  return border || background || style.boxShadow !== 'none';
}

/**
 * The element's parent in the tree the browser draws: a slotted element's slot (a web component
 * draws its input inside a box of its own shadow tree: Vaadin's input container), a shadow root's
 * host, else its parent.
 */
export function drawnParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const parent = element.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

/** True when `ancestor` holds `node` in the drawn tree (across slots and shadow roots). */
export function drawnContains(ancestor: Element, node: Element): boolean {
  for (let at: Element | null = node; at; at = drawnParent(at)) if (at === ancestor) return true;
  return false;
}

/** True when `box` (a component's box) holds an editable other than `element`, its slotted ones too. */
function holdsOtherEditable(box: Element, element: Element): boolean {
  const other = (e: Element) => e !== element && !element.contains(e);
  if ([...box.querySelectorAll(EDITABLES)].some(other)) return true;
  for (const slot of box.querySelectorAll('slot'))
    for (const slotted of slot.assignedElements({ flatten: true }))
      if (
        !drawnContains(slotted, element) &&
        (slotted.matches(EDITABLES) ? other(slotted) : [...slotted.querySelectorAll(EDITABLES)].some(other))
      )
        return true;
  return false;
}

/**
 * The box the user sees as the field: a picker's auto-width input sits borderless inside a styled
 * container (react-select, MUI, chips inputs), a web component's input inside the box its shadow
 * tree draws around the slot it is put in (Vaadin's combo box: the box that also holds its clear
 * and toggle buttons); up to four levels up in the drawn tree (a slot is no level), the first
 * ancestor that draws a box, is on the same row, and holds no other editable.
 */
export function visualControlOf(element: Element): Element {
  const control = ownControlOf(element);
  return chipFieldAround(element, control) ?? control;
}

/** Chosen items a token field shows beside its search box (read-field.ts reads the same classes). */
const CHIP_ITEM =
  '.chip, .tag, .pill, .token, [class*="chip" i], [class*="tag" i], [class*="pill" i], [class*="token" i], [role="listitem"], [role="option"][aria-selected="true"]';
/** Tallest token field the badge takes as the field: a few rows of chips above or around the box. */
const MAX_CHIP_FIELD = 240;

/**
 * A token field (chips plus an inner search box): the box that draws the whole field around the
 * search box and its chips, whether they share a row or the chips sit above the box (a picker's
 * layout). The inner box, bordered or not, is only where the next code is searched: the badge on it
 * stood inside the field, away from the chips it judges (QA pages stop 54). Up to four levels above
 * the search box's own control, the first box drawn that holds chips shown beside the box and no
 * other editable; undefined when there is none (no chips yet, or a plain input).
 */
function chipFieldAround(element: Element, control: Element): Element | undefined {
  if (!(element instanceof HTMLInputElement)) return undefined;
  const shownChip = (box: Element, outside?: Element) =>
    [...box.querySelectorAll(CHIP_ITEM)].some(
      (chip) =>
        !chip.contains(element) &&
        !(outside && outside.contains(chip)) &&
        !chip.closest('[role="listbox"]:not([aria-multiselectable])') &&
        isDrawn(chip),
    );
  // A control that holds its chips already is the whole field (a MultiSelect's box).
  if (control !== element && shownChip(control)) return undefined;
  const body = element.ownerDocument.body;
  let up = drawnParent(control);
  for (let i = 0; i < 4 && up && up !== body; up = drawnParent(up)) {
    if (up instanceof HTMLSlotElement) continue;
    i++;
    // A card or a form row names the field (a label, a heading): it is around the field, not it.
    if (
      up.getBoundingClientRect().height > MAX_CHIP_FIELD ||
      holdsOtherEditable(up, element) ||
      up.querySelector(FIELD_NAME)
    )
      return undefined;
    if (drawsBox(up) && shownChip(up, control)) return up;
  }
  return undefined;
}

/** What names a field from outside it: a token field's own box holds none of these. */
const FIELD_NAME = 'label, legend, h1, h2, h3, h4, h5, h6, [role="heading"]';

/** The control the field draws for itself, before a token field around it is asked about. */
function ownControlOf(element: Element): Element {
  if (element instanceof HTMLSelectElement && !isDrawn(element)) return enhancedWidgetOf(element) ?? element;
  // A grid column read from its header (grid-columns.ts): the badge stands on that header, even
  // when only the header row draws a box (AG Grid), which holds every column.
  if (element.matches('th, [role="columnheader"]')) return element;
  // A table of chosen codes read whole: its rows are what the user sees as the field, not the card
  // or section around it with its title (QA stop 51, b2: the badge stood at the card's corner, away
  // from the rows). A table with its own editors (a grid being edited) is left to the rules below.
  if (element.matches(TABLE) && isDrawn(element) && !element.querySelector(EDITABLES)) return element;
  // A widget's accessible input kept in a 1 px clipped wrapper (PrimeReact's p-hidden-accessible,
  // sr-only, visually-hidden) is drawn nowhere, though it keeps its own size: the widget's box
  // around the wrapper is the field (QA stop 50, L3: the badge stood beside the unseen input,
  // across the MultiSelect's bottom border).
  const hidden = clippedWrapperOf(element);
  if (
    !hidden &&
    (drawsBox(element) || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)
  )
    return element;
  const own = (hidden ? (drawnParent(hidden) ?? element) : element).getBoundingClientRect();
  const body = element.ownerDocument.body;
  let up = drawnParent(hidden ?? element);
  for (let i = 0; i < 4 && up && up !== body; up = drawnParent(up)) {
    if (up instanceof HTMLSlotElement) continue;
    i++;
    const box = up.getBoundingClientRect();
    if (box.height > Math.max(own.height * 3, 80)) break;
    if (holdsOtherEditable(up, element)) break;
    if (drawsBox(up)) return up;
  }
  return element;
}

/**
 * The wrapper, the element itself or one of its two parents, that clips it to a pixel or two
 * (the visually-hidden pattern: 1 px, overflow hidden or a clip), or undefined when it is drawn.
 */
function clippedWrapperOf(element: Element): Element | undefined {
  let at: Element | null = element;
  for (let i = 0; i < 3 && at && at !== element.ownerDocument.body; i++, at = at.parentElement) {
    if (isDrawn(at)) continue;
    const style = getComputedStyle(at);
    // (`clip: rect(0 0 0 0)`, deprecated but what visually-hidden rules still write.)
    const clip = style.getPropertyValue('clip');
    const clipped =
      style.overflow !== 'visible' || (clip !== '' && clip !== 'auto') || style.clipPath !== 'none';
    if (clipped) return at;
  }
  return undefined;
}

/** True when the element takes more than a pixel or two on screen (a visually hidden select takes 1 px, or none). */
function isDrawn(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 2 && box.height > 2;
}

/**
 * The widget a script draws for a select it hides (Select2 and Chosen right after it, Kendo around
 * it): the user sees that, not the select.
 */
function enhancedWidgetOf(select: HTMLSelectElement): Element | undefined {
  return [select.nextElementSibling, select.parentElement].find(
    (candidate): candidate is Element =>
      candidate !== null && candidate !== select.ownerDocument.body && isDrawn(candidate),
  );
}

/** The width of a native select's arrow (drawn by the browser at the right end). */
export function arrowWidthOf(element: Element): number {
  return element instanceof HTMLSelectElement && !element.multiple ? 22 : 0;
}

let measure: CanvasRenderingContext2D | null | undefined;

/**
 * An element that draws something of its own: an icon, a button, an indicator, a chip's box, or
 * an icon drawn by style alone (an empty element with a mask or background image, or a
 * pseudo-element: Vaadin's clear and toggle buttons are such divs).
 */
function showsSelf(element: Element): boolean {
  if (element.matches('svg, img, canvas, button, [role="button"]')) return true;
  return drawsBox(element) || drawsIcon(element);
}

/** An empty element drawn as an icon by its style: a mask or background image, or a pseudo-element's. */
function drawsIcon(element: Element): boolean {
  if (element.childElementCount > 0 || element.textContent.trim()) return false;
  const imaged = (style: CSSStyleDeclaration) =>
    [style.backgroundImage, style.maskImage, style.getPropertyValue('-webkit-mask-image')].some(
      (image) => image !== '' && image !== 'none',
    );
  if (imaged(getComputedStyle(element))) return true;
  return ['::before', '::after'].some((pseudo) => {
    const style = getComputedStyle(element, pseudo);
    return (
      style.content !== 'none' && style.content !== 'normal' && (imaged(style) || style.content.length > 2)
    );
  });
}

/**
 * The edge, towards the control's inline end, of what the control shows besides the field's own
 * text: a picker's chosen value, its chips, its clear and arrow indicators (react-select draws them
 * in the control's right end). The right edge, or written right to left (`rtl`) the left edge.
 * Text is measured by its own glyphs (a block that stretches across the row is not its text).
 * `textOnly`: text alone counts (a grid header's drawn handles and separators do not). `band`: only
 * what is drawn between these heights counts, and a box stretched across the control (a panel's
 * title bar) is its background, not something it shows.
 */
function contentEnd(
  control: Element,
  field: Element,
  rtl: boolean,
  textOnly = false,
  band?: { top: number; bottom: number },
): number {
  let right = -Infinity;
  let left = Infinity;
  const doc = control.ownerDocument;
  const range = doc.createRange();
  const walker = doc.createTreeWalker(control, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const width = control.getBoundingClientRect().width;
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < 400; node = walker.nextNode(), seen++) {
    // (A select's options are not drawn in the page; a chips row's own chips are.)
    if (node === field || (field instanceof HTMLSelectElement && field.contains(node))) continue;
    let box: DOMRect | undefined;
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.nodeValue?.trim()) continue;
      range.selectNodeContents(node);
      box = range.getBoundingClientRect();
    } else if (!textOnly && !(node as Element).contains(field) && showsSelf(node as Element)) {
      box = (node as Element).getBoundingClientRect();
      if (band && box.width >= width * 0.9) continue;
    }
    if (band && box && (box.bottom <= band.top || box.top >= band.bottom)) continue;
    if (box && box.width > 0 && box.height > 0) {
      right = Math.max(right, box.right);
      left = Math.min(left, box.left);
    }
  }
  return rtl ? left : right;
}

/**
 * True when the field is written right to left (`dir="rtl"` on the page, a container or the field
 * itself): its inline end, where the badge stands, is its left end. A code box a right-to-left page
 * marks `dir="ltr"` is left to right.
 */
export function isRightToLeft(field: Element): boolean {
  return getComputedStyle(field).direction === 'rtl';
}

/** Where a one-line field draws its text: at its right end when right-aligned (written right to left, by default). */
function textAtRight(style: CSSStyleDeclaration, rtl: boolean): boolean {
  const align = style.textAlign;
  return (
    align === 'right' ||
    align === '-webkit-right' ||
    (rtl ? align === 'start' || align === '-webkit-auto' : align === 'end')
  );
}

/**
 * Free pixels between the end of what the control shows (the field's text, a select's arrow, a
 * picker's value, chips and indicators) and the control's inline end: its right edge, or written
 * right to left (`rtl`) its left edge, where a native select draws its arrow too.
 */
export function roomAfterText(field: Element, control: Element, rtl = false): number {
  const box = control.getBoundingClientRect();
  // The edge of what is shown nearest the badge's end: it moves towards that end as text is found.
  let end = rtl ? box.right : box.left;
  if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) {
    const text = field instanceof HTMLSelectElement ? (field.selectedOptions[0]?.text ?? '') : field.value;
    const style = getComputedStyle(field);
    measure ??= field.ownerDocument.createElement('canvas').getContext('2d');
    if (!measure) return 0;
    measure.font = style.font;
    const width = measure.measureText(text).width;
    const own = field.getBoundingClientRect();
    const left = own.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
    const right = own.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
    // A right-aligned text (right to left by default) runs from the right edge leftwards.
    const [textLeft, textRight] = textAtRight(style, rtl) ? [right - width, right] : [left, left + width];
    end = rtl ? textLeft : textRight;
    if (control === field)
      return rtl
        ? end - box.left - parseFloat(style.paddingLeft) - arrowWidthOf(field)
        : box.right - parseFloat(style.paddingRight) - arrowWidthOf(field) - end;
  }
  // A picker's box around the field, a chips row: its own content decides. A grid's column header
  // (its own control): its name's text, not the resize handle or separator a grid draws at its end,
  // and its padding is room too (outside it is the next column's name, not free space).
  const header = control === field && field.matches('th, [role="columnheader"]');
  const shown = contentEnd(control, field, rtl, header);
  const style = getComputedStyle(control);
  if (rtl) return Math.min(end, shown) - box.left - (header ? 0 : parseFloat(style.paddingLeft));
  return box.right - (header ? 0 : parseFloat(style.paddingRight)) - Math.max(end, shown);
}

/** Tallest box of one row of text, chips or a value; a taller control is placed by its top band. */
const ONE_ROW = 48;
/** Tallest control drawn around one row with padding and a floating label (Material's outlined field: 56 px). */
const PADDED_ROW = 64;

/**
 * True when the control is tall enough for its top band to be the badge's spot: more than one row
 * of text, chips or rows. A padded box around a one-row field is not (Angular Material's outlined
 * chip grid, 51-56 px around its chips and entry: the badge stood on its top border, QA stop 51 b3).
 */
export function isTall(field: Element, control: Element): boolean {
  const height = control.getBoundingClientRect().height;
  if (height <= ONE_ROW) return false;
  if (control === field || isTextEditor(field) || height > PADDED_ROW) return true;
  return field.getBoundingClientRect().height > ONE_ROW;
}

/**
 * How far below a tall control's top edge the badge stands: 6 px, or in a table, centred on its
 * first row (its header), so that it sits on that row and not across the rule under it.
 */
export function topInset(control: Element, height: number): number {
  if (!control.matches(TABLE)) return 6;
  const row = control.querySelector('tr, [role="row"]')?.getBoundingClientRect();
  if (!row || row.height < height) return 6;
  return Math.max(0, row.top - control.getBoundingClientRect().top) + (row.height - height) / 2;
}

/** A multi-line text editor: a tall one gets the badge inside its top-right corner. */
export function isTextEditor(element: Element): boolean {
  return (
    element instanceof HTMLTextAreaElement ||
    (element instanceof HTMLElement && element.isContentEditable) ||
    element.getAttribute('role') === 'textbox'
  );
}

/**
 * True when the control is out of sight at the badge's spot: scrolled (almost) out of the viewport
 * (the badge would otherwise be shifted into view, onto the page's fixed header), or covered there
 * by something of the page that is not the control (a fixed app bar, a dialog).
 */
export function isCovered(
  control: Element,
  x: number,
  y: number,
  width: number,
  height: number,
  host: Element,
): boolean {
  const root = control.getRootNode() as Document | ShadowRoot;
  const box = control.getBoundingClientRect();
  const view = control.ownerDocument.defaultView;
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, view?.innerHeight ?? box.bottom);
  // Less than 8 px of the control in view (half of a smaller one): no badge for what the user cannot see.
  if (bottom - top < Math.min(8, box.height / 2)) return true;
  // The point of the control's visible part nearest to the badge's centre (the badge itself is in our overlay).
  const px = Math.min(Math.max(x + width / 2, box.left + 1), box.right - 1);
  const py = Math.min(Math.max(y + height / 2, top + 1), bottom - 1);
  const hit = root.elementFromPoint(px, py);
  if (!hit || hit === host) return false;
  if (control.contains(hit) || hit.contains(control)) return false;
  // A data grid's own layers drawn over its master table (Handsontable's cloned header, frozen
  // rows and columns) show the same header: the grid is not covered by itself.
  const grid = gridOf(control);
  return !(grid && grid.contains(hit));
}

/**
 * Free pixels at the inline end (the right end; written right to left, the left end) of a tall
 * control's top band (as high as the badge): a list's or grid panel's title bar with its title at
 * its start has room; a chips row full to its end has none.
 */
export function roomInTopBand(field: Element, control: Element, height: number, rtl = false): number {
  const box = control.getBoundingClientRect();
  const band = { top: box.top, bottom: box.top + height + 6 };
  // A table's cells draw their rules across its width: its text, not its cells, fills the band.
  const shown = contentEnd(control, field, rtl, control.matches(TABLE), band);
  const style = getComputedStyle(control);
  if (rtl) return Math.min(box.right, shown) - box.left - parseFloat(style.paddingLeft);
  return box.right - parseFloat(style.paddingRight) - Math.max(box.left, shown);
}

/** Elements that draw another document or a plugin's content. */
const EMBEDDED = 'iframe, frame, embed, object';

/** What a person acts on: fields, buttons, links, and anything the page draws a hand cursor over. */
const INTERACTIVE = [
  `a[href], button, input:not([type="hidden" i]), select, textarea, summary, ${CONTENT_EDITABLE}`,
  '[role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="switch"], [role="tab"], [role="menuitem"]',
  '[role="combobox"], [role="textbox"], [role="searchbox"], [role="slider"], [role="spinbutton"], [tabindex]:not([tabindex="-1"])',
].join(', ');

function isInteractive(element: Element): boolean {
  return element.matches(INTERACTIVE) || getComputedStyle(element).cursor === 'pointer';
}

/** The topmost element of the page at a point, inside shadow roots (ours left out). */
function pageElementAt(doc: Document, x: number, y: number, host: Element): Element | undefined {
  let hit = doc.elementsFromPoint(x, y).find((e) => e !== host && !host.contains(e));
  for (let depth = 0; hit && depth < 8; depth++) {
    const root = shadowRootOf(hit);
    const inner = root?.elementsFromPoint(x, y).find((e) => e !== hit && root.contains(e));
    if (!inner) break;
    hit = inner;
  }
  return hit;
}

/** True when one of `element`'s own words is drawn under `rect`. */
function textUnder(element: Element, rect: { x: number; y: number; width: number; height: number }): boolean {
  const range = element.ownerDocument.createRange();
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== Node.TEXT_NODE || !node.nodeValue?.trim()) continue;
    range.selectNodeContents(node);
    for (const line of range.getClientRects()) if (overlaps(line, rect)) return true;
  }
  return false;
}

/**
 * True when the badge at `rect` would cover something of the page: a control (a combo box's clear
 * button, the next field, a link), or words (a label, a title). The field itself and what holds
 * it (its row, its panel) are no obstacle: its own text was measured (roomAfterText).
 */
export function spotCovers(
  rect: { x: number; y: number; width: number; height: number },
  field: Element,
  control: Element,
  host: Element,
): boolean {
  const doc = field.ownerDocument;
  const seen = new Set<Element>();
  for (const [x, y] of samplePoints(rect)) {
    const hit = pageElementAt(doc, x, y, host);
    if (!hit || seen.has(hit)) continue;
    seen.add(hit);
    if (drawnContains(field, hit)) continue;
    // Another document drawn in the page (a frame, an embedded object): what it shows there (the
    // next pane's heading, its fields) is out of this document's reach, so the badge keeps off it.
    if (hit.matches(EMBEDDED)) return true;
    for (let at: Element | null = hit; at; at = drawnParent(at)) {
      if (at === control || drawnContains(at, field)) break;
      if (isInteractive(at)) return true;
    }
    if (!drawnContains(control, hit) && textUnder(hit, rect)) return true;
  }
  return false;
}

/** What `clearSpot` keeps between its runs for one placing. */
type ClearSpotData = { index: number; checks: SpotCheck[]; settled: boolean };

/**
 * Floating UI middleware: keeps the badge at the first of `spots` that fits the viewport and
 * covers nothing (`covers`), resetting to the next spot's placement while one does; when none
 * is, the least bad (badge-spots.ts chooseSpot). Place it after `offset` (which reads the spot
 * tried, `middlewareData.clearSpot.index`, to sit inside or outside the control) and before
 * `shift` and `hide`.
 */
export function clearSpot(
  spots: readonly Spot[],
  covers: (rect: { x: number; y: number; width: number; height: number }) => boolean,
): Middleware {
  return {
    name: 'clearSpot',
    async fn(state) {
      const data = state.middlewareData.clearSpot as ClearSpotData | undefined;
      if (data?.settled) return {};
      const index = data?.index ?? 0;
      const overflow = await detectOverflow(state, { padding: 4 });
      const fits = Math.max(overflow.top, overflow.right, overflow.bottom, overflow.left) <= 0;
      const { width, height } = state.rects.floating;
      const clear = !covers({ x: state.x, y: state.y, width, height });
      const checks = [...(data?.checks ?? []), { fits, clear }];
      if (fits && clear) return { data: { index, checks, settled: true } };
      const next = index + 1 < spots.length ? index + 1 : chooseSpot(checks);
      const settled = index + 1 >= spots.length;
      const spot = spots[next];
      if (!spot || (settled && next === index)) return { data: { index, checks, settled: true } };
      return { data: { index: next, checks, settled }, reset: { placement: spot.placement } };
    },
  };
}
