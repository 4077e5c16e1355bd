/**
 * Shows an evidence span in the page, only when the user asked for it (a click on evidence in the
 * side panel). In a contenteditable or a read-only report the span is highlighted with the CSS
 * Custom Highlight API, which changes no DOM; in a textarea or input the range is selected and
 * scrolled into view (the only way to point at text inside a form control).
 */
import type { Span } from '../core/types';
import type { TrackedField } from './field-registry';
import { positionOf, readEditable } from './read-editable';
import { visibleText } from './visible-text';

const HIGHLIGHT = 'chartlint-evidence';
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT}) { background-color: rgb(255 213 79 / 75%); color: inherit; }`;
/** How long the highlight stays: long enough to find it, short enough not to linger in the chart. */
const HIGHLIGHT_MS = 6000;

const styled = new WeakSet<Document | ShadowRoot>();
let clearTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Where the span's text is now. The user may have typed since the analysis, so when the offsets no
 * longer hold the span's text, the nearest occurrence of that text is used instead.
 */
export function locate(
  text: string,
  span: Pick<Span, 'start' | 'end' | 'text'>,
): { start: number; end: number } | undefined {
  if (text.slice(span.start, span.end) === span.text) return { start: span.start, end: span.end };
  if (span.text.length === 0) return undefined;
  let best: number | undefined;
  for (let at = text.indexOf(span.text); at !== -1; at = text.indexOf(span.text, at + 1)) {
    if (best === undefined || Math.abs(at - span.start) < Math.abs(best - span.start)) best = at;
  }
  return best === undefined ? undefined : { start: best, end: best + span.text.length };
}

/** The ::highlight rule must live in the tree the text is in: add it as an adopted sheet (no DOM node). */
function ensureHighlightStyle(root: Document | ShadowRoot): void {
  if (styled.has(root)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  styled.add(root);
}

function highlightRange(range: Range, root: Document | ShadowRoot): boolean {
  if (typeof Highlight === 'undefined' || !('highlights' in CSS)) return false;
  ensureHighlightStyle(root);
  CSS.highlights.set(HIGHLIGHT, new Highlight(range));
  if (clearTimer !== undefined) clearTimeout(clearTimer);
  clearTimer = setTimeout(() => CSS.highlights.delete(HIGHLIGHT), HIGHLIGHT_MS);
  return true;
}

/** Shows the span in its field; false when the field or the text is gone. */
export function showEvidence(field: TrackedField, span: Span): boolean {
  const element = field.element;
  if (!element.isConnected) return false;
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
    // Spans are offsets into the value as read (invisible characters left out): back to the value's own.
    const read = visibleText(element.value);
    const where = locate(read.text, span);
    if (!where) return false;
    const start = read.valueOffset(where.start);
    element.focus({ preventScroll: true });
    element.setSelectionRange(start, read.valueOffset(where.end, true), 'forward');
    element.scrollIntoView({ block: 'center', inline: 'nearest' });
    if (element instanceof HTMLTextAreaElement) scrollTextareaTo(element, start);
    return true;
  }
  if (element instanceof HTMLSelectElement) {
    element.scrollIntoView({ block: 'center' });
    return true;
  }
  // A grid column's field stands on its header; its text is in the grid's cells (grid-columns.ts),
  // found there by the span's text (the column's lines are not the grid's text offsets).
  const box = field.grid ?? element;
  // Read as read-field.ts read it: a note with its form controls' answers in place.
  const read = readEditable(box, undefined, field.kind === 'note' && !field.grid);
  const where = locate(read.text, field.grid ? { ...span, start: 0, end: 0 } : span);
  if (!where) return false;
  const start = positionOf(read, where.start);
  const end = positionOf(read, where.end, true);
  if (!start || !end) return false;
  const range = box.ownerDocument.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  start.node.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
  return highlightRange(range, box.getRootNode() as Document | ShadowRoot);
}

/** Textareas do not scroll to a selection made by script: estimate the line and scroll there. */
function scrollTextareaTo(textarea: HTMLTextAreaElement, offset: number): void {
  const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 18;
  const line = textarea.value.slice(0, offset).split('\n').length - 1;
  textarea.scrollTop = Math.max(0, line * lineHeight - textarea.clientHeight / 2);
}
