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

/** The rendered lines under `root`: innermost elements with a line class, never a hidden one. */
function linesOf(root: Element): Element[] {
  const lines: Element[] = [];
  for (const candidate of root.querySelectorAll('[class*="line" i]')) {
    if (![...candidate.classList].some((token) => LINE_CLASS.test(token))) continue;
    if (candidate.closest('[aria-hidden="true"]')) continue;
    // A measuring copy (CodeMirror's lineMeasure) is visibility:hidden; checkVisibility reads style,
    // not layout (a DOM without it, as in unit tests, counts every line).
    const check = (candidate as Partial<Pick<Element, 'checkVisibility'>>).checkVisibility;
    if (check && !check.call(candidate, { visibilityProperty: true })) continue;
    // Innermost: a line inside another line is part of it.
    const last = lines.at(-1);
    if (last?.contains(candidate)) lines.pop();
    lines.push(candidate);
  }
  return lines;
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

/** The editor's text as it shows it: one line per rendered line. */
export function editorText(editor: Element, read: (line: Element) => string): string {
  return linesOf(editor).map(read).join('\n');
}

/** The page's own textarea the editor stands for (CodeMirror.fromTextArea puts the editor right after it). */
export function sourceOf(editor: Element): HTMLElement | null {
  const before = editor.previousElementSibling;
  return before instanceof HTMLTextAreaElement ? before : null;
}
