/**
 * The text of an element whose parts are separate elements (chips, pills, tags, list items,
 * cells, a web component's labels), with a space where one part ends and the next begins.
 * `textContent` glues adjacent chips with no whitespace between them into one token
 * ("M99.60" + "M50.121" → "M99.60M50.121", which reads as another code); inline formatting
 * inside one part (`<b>M99</b>.60`) stays joined, as a person reads it.
 */

/** Phrasing elements that format text inside one part: no separator around them. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
]);

/** Elements whose text is never shown. */
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Elements read, at most: a chip row or a list item is small. */
const MAX_ELEMENTS = 400;

/**
 * True when `element` is a part of its own: anything but an inline formatting element, and an
 * inline one drawn as a box (a span styled as a pill: inline-block, inline-flex).
 */
function separates(element: Element): boolean {
  if (!INLINE.has(element.tagName)) return true;
  const display = element instanceof HTMLElement ? element.style.display : '';
  if (display) return display !== 'inline' && display !== 'contents';
  const view = element.ownerDocument.defaultView;
  const computed = view?.getComputedStyle(element).display ?? 'inline';
  return computed !== '' && computed !== 'inline' && computed !== 'contents';
}

/**
 * `element`'s text, whitespace collapsed, a space between separate parts; elements matching
 * `skip` (buttons, hidden parts) left out.
 */
export function separatedText(element: Element, skip?: string): string {
  let out = '';
  let pending = false;
  let seen = 0;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const value = child.nodeValue ?? '';
        if (!value) continue;
        if (pending && out && !/\s$/.test(out) && !/^\s/.test(value)) out += ' ';
        pending = false;
        out += value;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (++seen > MAX_ELEMENTS) return;
        if (NEVER_TEXT.has(el.tagName) || (skip && el.matches(skip))) continue;
        const own = separates(el);
        if (own) pending = true;
        walk(el);
        if (own) pending = true;
      }
    }
  };
  walk(element);
  return out.replace(/\s+/g, ' ').trim();
}
