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

/** How a reader wants the parts read; every field may be left out. */
export type SeparatedTextOptions = {
  /**
   * An element's own text, read as a part of its own in place of what it holds (a `<time>`'s
   * ISO datetime over "Mon, Nov 2"); undefined reads the element as usual.
   */
  own?: (element: Element) => string | undefined;
  /**
   * Keep the page's line breaks and runs of spaces instead of collapsing them: a banner's items
   * part there ("DOB 01/02/1961\n DOS 11/02/2026"), and a reader that cuts items needs them.
   */
  keepSpacing?: boolean;
  /**
   * Tell parts apart by tag and inline style only, never by computed style: for readers that
   * look at hundreds of elements per snapshot and promise no style work (find-date-fields).
   */
  tagsOnly?: boolean;
};

/**
 * True when `element` is a part of its own: anything but an inline formatting element, and an
 * inline one drawn as a box (a span styled as a pill: inline-block, inline-flex).
 */
function separates(element: Element, tagsOnly: boolean): boolean {
  if (!INLINE.has(element.tagName)) return true;
  const display = element instanceof HTMLElement ? element.style.display : '';
  if (display) return display !== 'inline' && display !== 'contents';
  if (tagsOnly) return false;
  const view = element.ownerDocument.defaultView;
  const computed = view?.getComputedStyle(element).display ?? 'inline';
  return computed !== '' && computed !== 'inline' && computed !== 'contents';
}

/**
 * `element`'s text, whitespace collapsed (unless `options.keepSpacing`), a space between separate
 * parts; elements matching `skip` (buttons, hidden parts) left out.
 *
 * @example separatedText(chipRow) === 'M99.60 M50.121' // two chips, no whitespace between them
 */
export function separatedText(element: Element, skip?: string, options: SeparatedTextOptions = {}): string {
  const { own, keepSpacing = false, tagsOnly = false } = options;
  let out = '';
  let pending = false;
  let seen = 0;
  const append = (value: string): void => {
    if (!value) return;
    if (pending && out && !/\s$/.test(out) && !/^\s/.test(value)) out += ' ';
    pending = false;
    out += value;
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) append(child.nodeValue ?? '');
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (++seen > MAX_ELEMENTS) return;
        if (NEVER_TEXT.has(el.tagName) || (skip && el.matches(skip))) continue;
        const replaced = own?.(el);
        if (replaced !== undefined) {
          pending = true;
          append(replaced);
          pending = true;
          continue;
        }
        const part = separates(el, tagsOnly);
        if (part) pending = true;
        walk(el);
        if (part) pending = true;
      }
    }
  };
  walk(element);
  return keepSpacing ? out : out.replace(/\s+/g, ' ').trim();
}
