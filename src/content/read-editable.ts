/**
 * Reads a contenteditable (or any read-only block) as plain text with the line breaks a user
 * sees: one line per paragraph, list item, table row or <br>. Unlike innerText it needs no layout,
 * so reading a 20 KB editor never forces a reflow, and it remembers which text node each stretch
 * came from so an evidence span can be turned back into a DOM Range (show-evidence.ts).
 */
import { TOOLTIP } from './tooltips';
import { ariaCheckMark, controlAnswer } from './form-answers';
import { HAS_INVISIBLE, INVISIBLE, INVISIBLE_CHARS, visibleText } from './visible-text';

/** Elements that start and end a line. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
]);
/** Elements whose text is never shown as text. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SVG',
  'IFRAME',
  'OBJECT',
  'BUTTON',
]);
/**
 * An editor's placeholder drawn as an element inside its editable, not as CSS: Slate and Plate put
 * "Start typing…" in a `contenteditable="false"` span marked `data-slate-placeholder` while the note
 * is empty, and hand-built editors do the same with a `placeholder` class. It is a hint the user
 * never wrote ("e.g. M54.16 lumbar radiculopathy" once supported M54.16 on an empty note: page
 * a1 of /tmp/qapages50). Only an island the user cannot edit or that is hidden from assistive
 * technology counts, so a template field or a note section classed "placeholder-filled" that the
 * user typed into is still read.
 */
function isPlaceholderIsland(element: Element): boolean {
  const island = element.getAttribute('contenteditable') === 'false' || element.getAttribute('aria-hidden') === 'true';
  if (!island) return false;
  for (const name of element.getAttributeNames()) if (name.startsWith('data-') && name.endsWith('placeholder')) return true;
  return /(?:^|[\s_-])placeholder(?:$|\s)/i.test(element.getAttribute('class') ?? '');
}

/** Table cells sit on one line, separated by a tab. */
const CELL = new Set(['TD', 'TH']);
/** Cells of an ARIA grid or table, whatever their tag (a grid's spans are cells as much as a td is). */
const CELL_ROLES = new Set(['cell', 'gridcell', 'rowheader', 'columnheader']);

/** A text node that shows nothing: space and the invisible characters visible-text.ts leaves out. */
const BLANK = new RegExp(`^[\\s${INVISIBLE_CHARS}]+$`);

/** One stretch of the text that came from one text node, from `offset` in that node (invisible characters cut it). */
export type TextPiece = { node: Text; start: number; length: number; offset: number };
export type EditableText = { text: string; pieces: TextPiece[] };

/**
 * The text under `root` with a line per block; `skip` leaves an element out with everything in it
 * (a diagnosis widget's closed dropdown: option-lists.ts). With `answers` (a note's text), a form
 * control in it reads as its answer (form-answers.ts); otherwise controls are left out, as a
 * list's row selection boxes and status pickers are no part of its codes.
 */
export function readEditable(root: Element, skip?: (element: Element) => boolean, answers = false): EditableText {
  let text = '';
  const pieces: TextPiece[] = [];
  // Inside <pre> (a signed note shown as dictated) a line break in the text is one the user sees.
  let preformatted = root.tagName.toUpperCase() === 'PRE' ? 1 : 0;
  const newline = () => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  };
  const keepsBreaks = new Map<Element, boolean>();
  const addPiece = (node: Text, value: string, offset: number) => {
    if (value.length === 0) return;
    pieces.push({ node, start: text.length, length: value.length, offset });
    const kept = preformatted > 0 || (value.includes('\n') && showsLineBreaks(node.parentElement, keepsBreaks));
    text += value.replace(kept ? /\r/g : /[\r\n\t]/g, ' ');
  };
  const addAnswer = (answer: string, element: Element) => {
    const shown = visibleText(answer).text;
    if (shown.length === 0) return;
    if (text.length > 0 && !/\s$/.test(text)) text += ' ';
    text += shown;
    // "Pain: <select/>bilateral" would glue the answer to the next word.
    const next = element.nextSibling;
    const glued =
      next?.nodeType === Node.TEXT_NODE
        ? /^[^\s.,;:)]/.test((next as Text).data)
        : next instanceof Element && next.tagName !== 'BR' && !BLOCK.has(next.tagName.toUpperCase());
    if (glued) text += ' ';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const value = (node as Text).data;
      if (value.length === 0) return;
      // Collapse runs of layout whitespace (source indentation) but keep the offsets exact per node.
      if (BLANK.test(value) && (text.length === 0 || text.endsWith('\n'))) return;
      if (!HAS_INVISIBLE.test(value)) return addPiece(node as Text, value, 0);
      let from = 0;
      for (const cut of value.matchAll(INVISIBLE)) {
        addPiece(node as Text, value.slice(from, cut.index), from);
        from = cut.index + cut[0].length;
      }
      return addPiece(node as Text, value.slice(from), from);
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIP.has(tag) || element.hasAttribute('data-chartlint') || skip?.(element) || isPlaceholderIsland(element)) return;
    // A tooltip or hover popup in the text is the page's comment on it, never what was written (tooltips.ts).
    if (element.matches(TOOLTIP)) return;
    if (answers) {
      // A form control in the text (a template's pick-list, box or blank) reads as its answer, in
      // place: never its option list (form-answers.ts). Its text has no text node of its own.
      const answer = controlAnswer(element);
      if (answer !== undefined) return addAnswer(answer, element);
      // An ARIA box is its mark, then its own words ("[x] left").
      const check = ariaCheckMark(element);
      if (check !== undefined) {
        if (text.length > 0 && !/\s$/.test(text)) text += ' ';
        text += `${check} `;
      }
    } else if (tag === 'SELECT') return;
    if (tag === 'BR') {
      // Editors (ProseMirror, Quill) put a <br> in empty paragraphs so they have height: not a line.
      if (element.nextSibling !== null || element.parentNode?.childNodes.length === 1) text += '\n';
      return;
    }
    // An ARIA grid drawn with divs reads as a table does: a row per line, its cells a tab apart
    // (a cell's div is no line of its own; QA pages stop 54).
    const role = element.getAttribute('role') ?? '';
    const block = role === 'row' || (BLOCK.has(tag) && !CELL_ROLES.has(role));
    if (block) newline();
    if (tag === 'PRE') preformatted++;
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (tag === 'PRE') preformatted--;
    if ((CELL.has(tag) || CELL_ROLES.has(role)) && element.nextElementSibling) text += '\t';
    if (block) newline();
  };
  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
  return { text: text.replace(/\n+$/, ''), pieces };
}

/**
 * True when the page draws the line breaks in its element's text (`white-space: pre-wrap`,
 * `pre-line`, `pre`, `break-spaces`: a signed note printed as one block of text). Read as spaces,
 * its headings and list lines ran together into one sentence (QA stop 55). Asked only of a text
 * node that holds a line break, once per element per read: no layout, one style lookup.
 */
function showsLineBreaks(element: Element | null, known: Map<Element, boolean>): boolean {
  if (!element) return false;
  let keeps = known.get(element);
  if (keeps === undefined) {
    const style = element.ownerDocument.defaultView?.getComputedStyle(element);
    const collapse = style?.getPropertyValue('white-space-collapse') || '';
    keeps = collapse
      ? collapse !== 'collapse' && collapse !== 'discard'
      : /^(?:pre|pre-wrap|pre-line|break-spaces)$/.test(style?.whiteSpace ?? '');
    known.set(element, keeps);
  }
  return keeps;
}

/** The DOM position of a text offset, or undefined when the offset falls on a line break we added. */
export function positionOf(
  read: EditableText,
  offset: number,
  preferEnd = false,
): { node: Text; offset: number } | undefined {
  for (const piece of read.pieces) {
    const end = piece.start + piece.length;
    if (offset < piece.start) return { node: piece.node, offset: piece.offset };
    if (offset < end || (offset === end && preferEnd))
      return { node: piece.node, offset: piece.offset + offset - piece.start };
  }
  const last = read.pieces.at(-1);
  return last ? { node: last.node, offset: last.offset + last.length } : undefined;
}
