/**
 * Code editors that draw their own text (CodeMirror 5, Ace, Monaco) take keystrokes through a tiny
 * proxy textarea: it holds only the latest keystrokes (the editor empties it once applied), and
 * the text the user sees is the editor's rendered lines. Such a textarea is read as its editor's
 * lines, and the page's own textarea the editor replaced (hidden, synced on save only) is skipped.
 *
 * Told by what they are, not by library: a textarea kept out of sight by its inline size (a few
 * pixels wide or high, itself or the clipping box just around it, or transparent) inside a box
 * that draws line elements (a class that ends in "line": CodeMirror-line, ace_line, view-line).
 */

/** Largest size, in px, a proxy textarea or its clipping box has (CodeMirror: 3 px by 0). */
const PROXY_SIZE = 3;
/** How far up the editor's root is from its proxy (CodeMirror 5: two; Ace and Monaco: one or two). */
const EDITOR_DEPTH = 3;
/** A class token naming a rendered line. */
const LINE_CLASS = /(?:^|[-_])line$/i;

/** A width or height from an inline style, in px (undefined when not set in px). */
function inlinePx(style: CSSStyleDeclaration, property: 'width' | 'height'): number | undefined {
  const match = /^([\d.]+)px$/.exec(style.getPropertyValue(property).trim());
  return match ? Number(match[1]) : undefined;
}

function keptOutOfSight(element: HTMLElement): boolean {
  const { style } = element;
  if (style.opacity === '0') return true;
  const small = (n: number | undefined) => n !== undefined && n <= PROXY_SIZE;
  return small(inlinePx(style, 'width')) || small(inlinePx(style, 'height'));
}

/** True for a textarea that is an editor's keystroke proxy, judged by its inline style only (cheap). */
function looksLikeProxy(textarea: HTMLTextAreaElement): boolean {
  if (keptOutOfSight(textarea)) return true;
  const box = textarea.parentElement;
  return box !== null && box.style.overflow === 'hidden' && keptOutOfSight(box);
}

/** The line-class token of an element ("CodeMirror-line", "view-line", "cm-line"), or undefined. */
function lineToken(element: Element): string | undefined {
  return [...element.classList].find((token) => LINE_CLASS.test(token));
}

/**
 * The rendered lines under `root`: innermost elements with a line class, never a hidden one. Lines
 * hidden from assistive technology (a gutter) are left out, unless every line is: Monaco marks its
 * whole text layer aria-hidden (its textarea speaks for it), and then only lines that hold
 * something count (its highlight box for the cursor's line is an empty element). All lines share
 * one line class: a box drawn over one line (Ace's ace_active-line, Monaco's current-line) has
 * another, and is not text.
 */
function linesOf(root: Element): Element[] {
  const spoken: Element[] = [];
  const silent: Element[] = [];
  for (const candidate of root.querySelectorAll('[class*="line" i]')) {
    if (lineToken(candidate) === undefined) continue;
    // A measuring copy (CodeMirror's lineMeasure) is visibility:hidden; checkVisibility reads style,
    // not layout (a DOM without it, as in unit tests, counts every line).
    const check = (candidate as Partial<Pick<Element, 'checkVisibility'>>).checkVisibility;
    if (check && !check.call(candidate, { visibilityProperty: true })) continue;
    const lines = candidate.closest('[aria-hidden="true"]') ? silent : spoken;
    if (lines === silent && !candidate.hasChildNodes()) continue;
    // Innermost: a line inside another line is part of it.
    const last = lines.at(-1);
    if (last?.contains(candidate)) lines.pop();
    lines.push(candidate);
  }
  const lines = spoken.length > 0 ? spoken : silent;
  const count = new Map<string, number>();
  for (const line of lines) {
    const token = lineToken(line) ?? '';
    count.set(token, (count.get(token) ?? 0) + 1);
  }
  const [main] = [...count].sort((a, b) => b[1] - a[1])[0] ?? [];
  return lines.filter((line) => lineToken(line) === main);
}

/** The editor a proxy textarea types into (the nearest ancestor that draws lines), or null. */
export function proxyEditorOf(element: Element): Element | null {
  if (!(element instanceof HTMLTextAreaElement) || !looksLikeProxy(element)) return null;
  let up = element.parentElement;
  for (let i = 0; i < EDITOR_DEPTH && up && up !== up.ownerDocument.body; i++, up = up.parentElement) {
    if (linesOf(up).length > 0) return up;
  }
  return null;
}

/** True when `box` holds a proxy-typed editor (so a hidden textarea beside it is that editor's source). */
export function holdsProxyEditor(box: Element): boolean {
  for (const textarea of box.querySelectorAll('textarea')) if (proxyEditorOf(textarea)) return true;
  return false;
}

/** What a line-drawing editor holds, as far as the page shows it without running its script. */
export type EditorReading = {
  text: string;
  /** True when the editor drew only some of its lines (the rest of the note was not read). */
  partial: boolean;
};

/**
 * A proxy-typed editor's text. Editors draw only the lines near their view (CodeMirror 5 a margin
 * around it, Monaco and Ace the view itself), so a long note's rendered lines are only part of it.
 * Then the page's own textarea the editor stands for (CodeMirror.fromTextArea) is read instead
 * when it still holds every line the editor shows, in order (a page that syncs it on change);
 * a stale one (synced on submit only) is not, and the reading says it is partial.
 */
export function readProxyEditor(editor: Element, read: (line: Element) => string): EditorReading {
  const lines = linesOf(editor);
  const shown = lines.map(read);
  if (!drawsOnlyPart(editor, lines)) return { text: shown.join('\n'), partial: false };
  const source = sourceOf(editor);
  if (source instanceof HTMLTextAreaElement && holdsInOrder(source.value, shown)) return { text: source.value, partial: false };
  return { text: shown.join('\n'), partial: true };
}

/**
 * True when a contenteditable that draws its lines itself (CodeMirror 6's .cm-content: one
 * .cm-line per drawn line) shows only part of its text.
 */
export function editableDrawsOnlyPart(content: HTMLElement): boolean {
  const lines = [...content.children].filter((child) => lineToken(child) !== undefined);
  if (lines.length === 0) return false;
  // The gutter and the scroll box are beside the content, in the editor around it.
  let root: Element = content;
  for (let i = 0, up = content.parentElement; i < EDITOR_DEPTH - 1 && up && up !== up.ownerDocument.body; i++, up = up.parentElement) root = up;
  return drawsOnlyPart(root, lines, content);
}

/** Same text, whitespace (nbsp, runs of spaces) aside: how a drawn line is found in its source. */
const squeeze = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** True when every non-empty shown line is in `source`, in the order shown. */
function holdsInOrder(source: string, shown: string[]): boolean {
  const whole = squeeze(source);
  let from = 0;
  for (const line of shown.map(squeeze)) {
    if (!line) continue;
    const at = whole.indexOf(line, from);
    if (at < 0) return false;
    from = at + line.length;
  }
  return true;
}

/** An element's inline style (any element may lack one: an XML element in an HTML page). */
const styleOf = (element: Element) => (element as Partial<ElementCSSInlineStyle>).style;

/** An inline px length (top, height), or 0. */
function inlineLength(element: Element, property: string): number {
  const style = styleOf(element);
  const match = /^(-?[\d.]+)px$/.exec(style?.getPropertyValue(property).trim() ?? '');
  return match ? Number(match[1]) : 0;
}

function positionedApart(element: Element): boolean {
  const inline = styleOf(element)?.position;
  const position = inline || element.ownerDocument.defaultView?.getComputedStyle(element).position;
  return position === 'absolute' || position === 'fixed';
}

/** Controls and replaced elements: never a spacer (a proxy textarea is 1 px high). */
const CONTROL = 'textarea, input, select, button, canvas, img, svg, video, iframe';

/**
 * An empty box with a height, in the flow beside the lines: what a virtualising editor puts where
 * lines are not drawn (CodeMirror 6's .cm-gap, a virtual list's padding box). A box positioned
 * apart (CodeMirror 5's height forcer under its lines) only sizes the scroll.
 */
function isSpacer(element: Element): boolean {
  return (
    !element.matches(CONTROL) &&
    element.firstElementChild === null &&
    !element.textContent.trim() &&
    inlineLength(element, 'height') > 1 &&
    !positionedApart(element)
  );
}

/** Line numbers a gutter draws beside the lines (a measuring copy hidden by style left out). */
function smallestLineNumber(root: Element): number | undefined {
  let smallest: number | undefined;
  for (const cell of root.querySelectorAll('[class*="gutter" i], [class*="linenumber" i], [class*="line-number" i]')) {
    if (styleOf(cell)?.visibility === 'hidden') continue;
    let own = '';
    for (const node of cell.childNodes) if (node.nodeType === Node.TEXT_NODE) own += node.nodeValue ?? '';
    if (!/^\s*\d{1,7}\s*$/.test(own)) continue;
    const n = Number(own);
    if (smallest === undefined || n < smallest) smallest = n;
  }
  return smallest;
}

/** Something stands for lines not drawn before `line` (or after it), up to `root`. */
function undrawnBeside(line: Element, root: Element, side: 'before' | 'after'): boolean {
  for (let at: Element | null = line; at && at !== root; at = at.parentElement) {
    // Lines placed past their layer's top (CodeMirror 5's mover, Monaco's first drawn line) stand
    // below lines that are not drawn.
    if (side === 'before' && inlineLength(at, 'top') > 0) return true;
    for (let sibling = side === 'before' ? at.previousElementSibling : at.nextElementSibling; sibling; sibling = side === 'before' ? sibling.previousElementSibling : sibling.nextElementSibling) {
      if (isSpacer(sibling)) return true;
    }
  }
  return false;
}

/**
 * The box the editor shows its lines in: the clipping boxes from the lines up to `root`
 * (CodeMirror 5 scrolls a box 50 px taller than the one that clips it), or undefined without layout.
 */
function viewOf(line: Element, root: Element): DOMRect | undefined {
  const view = line.ownerDocument.defaultView;
  let top = -Infinity;
  let bottom = Infinity;
  for (let at = line.parentElement; at; at = at.parentElement) {
    const overflow = view?.getComputedStyle(at).overflowY;
    if (overflow && overflow !== 'visible') {
      const box = at.getBoundingClientRect();
      top = Math.max(top, box.top);
      bottom = Math.min(bottom, box.bottom);
    }
    if (at === root) break;
  }
  if (!Number.isFinite(top) || bottom - top <= 0) return undefined;
  return new DOMRect(0, top, 0, bottom - top);
}

/**
 * True when the editor drew only some of its lines. Told by what every such editor keeps beside
 * its lines: a gutter whose first drawn number is past 1, a spacer or an offset standing for lines
 * not drawn, or drawn lines that run past the editor's view (an editor draws at least what is in
 * view, so lines cut off by its edge may go on undrawn; a note that fits in view is drawn whole).
 */
function drawsOnlyPart(root: Element, lines: Element[], layer: Element = root): boolean {
  const first = lines[0];
  const last = lines.at(-1);
  if (!first || !last) return false;
  const number = smallestLineNumber(root);
  if (number !== undefined && number > 1) return true;
  if (undrawnBeside(first, layer, 'before') || undrawnBeside(last, layer, 'after')) return true;
  const view = viewOf(first, root);
  if (!view) return false;
  const top = first.getBoundingClientRect().top;
  const bottom = last.getBoundingClientRect().bottom;
  return top < view.top - 1 || bottom > view.bottom + 1;
}

/** The page's own textarea the editor stands for (CodeMirror.fromTextArea puts the editor right after it). */
export function sourceOf(editor: Element): HTMLElement | null {
  const before = editor.previousElementSibling;
  return before instanceof HTMLTextAreaElement ? before : null;
}
