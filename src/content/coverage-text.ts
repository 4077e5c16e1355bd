/**
 * The text of a coverage line as a person reads it (find-coverage-fields.ts). A banner shows the
 * payer as a logo ("Primary insurance: [Medicare logo]": the name is the image's alt text), or as a
 * label and a pill side by side with no colon ("Coverage [Medicare]"). `textContent` has neither:
 * the logo is no text, and the pill's text runs on from its label. Read so, the line lost its payer,
 * or its label took the next text on the page (a member id, the next section's heading) as the
 * payer's name, and the panel said "a commercial plan" for a line that names none.
 * Here an image or icon reads as its name (alt, aria-label, title; an unnamed one as nothing, but
 * still as the value it stands for), and a label followed by a separate value element reads as
 * "label: value". Short texts only, no layout.
 */

import { isChoiceList, shownChoice } from './shown-choice';

/** Images and icons that stand for a word (a payer's logo). */
const IMAGE = 'img, svg, [role="img"], input[type="image" i], object';
/** Text never shown. */
const NEVER_TEXT = 'script, style, template, noscript, [hidden]';
/** Parts drawn for decoration only. */
const DECORATIVE = '[aria-hidden="true"], [role="presentation"], [role="none"]';
/** Blocks that are never a label's value: the next section, a form, a list, a heading. */
const NOT_A_VALUE =
  'section, article, main, aside, nav, form, fieldset, table, ul, ol, dl, textarea, h1, h2, h3, h4, h5, h6';
/** A value longer than this is a paragraph, not a payer's name. */
const MAX_VALUE = 120;
/** Elements read per text, at most (a coverage line is a few elements). */
const MAX_ELEMENTS = 60;

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * An image's or icon's name, '' for an unnamed or decorative one; undefined when `element` is not
 * an image. An empty element named by aria-label or title (an icon font's `<i>`) is an icon.
 */
export function imageName(element: Element): string | undefined {
  const named = element.hasAttribute('aria-label') || element.hasAttribute('title');
  const icon =
    element.matches(IMAGE) || (named && element.children.length === 0 && !clean(element.textContent));
  if (!icon) return undefined;
  if (element.getAttribute('aria-hidden') === 'true' || element.getAttribute('role') === 'presentation')
    return '';
  const svgTitle = element.localName === 'svg' ? element.querySelector('title')?.textContent : undefined;
  return clean(
    element.getAttribute('aria-label') ??
      element.getAttribute('alt') ??
      element.getAttribute('title') ??
      svgTitle ??
      '',
  );
}

/**
 * A node's text with images read by their names (or, with `images` false, as nothing), a space
 * between elements.
 */
export function shownText(node: Node, images = true): string {
  let out = '';
  let seen = 0;
  const walk = (at: Node): void => {
    if (at.nodeType === Node.TEXT_NODE) {
      out += at.nodeValue ?? '';
      return;
    }
    if (!(at instanceof Element) || ++seen > MAX_ELEMENTS || at.matches(NEVER_TEXT)) return;
    // A select or listbox shows its chosen option, never the list it offers (shown-choice.ts).
    if (isChoiceList(at)) {
      out += ` ${shownChoice(at)} `;
      return;
    }
    const name = imageName(at);
    if (name !== undefined) {
      out += images ? ` ${name} ` : ' ';
      return;
    }
    out += ' ';
    for (let child = at.firstChild; child; child = child.nextSibling) walk(child);
    out += ' ';
  };
  walk(node);
  return clean(out);
}

type Part = { text: string; element: boolean };

/** The element's children as parts: text nodes and elements with something to read (an image counts, named or not). */
function partsOf(element: Element): Part[] {
  const parts: Part[] = [];
  for (let child = element.firstChild; child && parts.length < MAX_ELEMENTS; child = child.nextSibling) {
    // Hidden and decorative parts (an icon beside the label, aria-hidden) are no part of the line.
    if (child instanceof Element && (child.matches(NEVER_TEXT) || child.matches(DECORATIVE))) continue;
    const text = shownText(child);
    const isElement = child instanceof Element;
    if (text || (child instanceof Element && imageName(child) !== undefined))
      parts.push({ text, element: isElement });
  }
  return parts;
}

/**
 * The element's label and the value it holds after it in an element of its own ("Coverage
 * <span>Medicare</span>", "Insurance: <img alt=Medicare>"), when its first part is a label; the
 * value is '' for an unnamed logo. Undefined when it holds no such pair.
 */
function ownPair(
  element: Element,
  isLabel: (text: string) => boolean,
): { label: string; value: string } | undefined {
  const parts = partsOf(element);
  const [first, second] = parts;
  if (!first || !second?.element || !isLabel(first.text)) return undefined;
  const label = first.text.replace(/\s*:\s*$/, '');
  // An unnamed logo right after the label is the value, naming nothing: not the text after it.
  if (!second.text) return { label, value: '' };
  return {
    label,
    value: clean(
      parts
        .slice(1)
        .map((p) => p.text)
        .join(' '),
    ),
  };
}

/**
 * A coverage block's text: "label: value" when it holds a label and then its value in an element
 * of its own, else its shown text (images by their names).
 */
export function coverageText(element: Element, isLabel: (text: string) => boolean): string {
  const pair = ownPair(element, isLabel);
  if (pair) return pair.value ? `${pair.label}: ${pair.value}` : pair.label;
  return shownText(element);
}

/**
 * The value a label element names: the value element it holds after its label (an unnamed logo
 * is a value that names nothing: ''), else the next thing shown after it (a sibling, else its
 * wrapper's when that wrapper holds only the label), read by `shownText`. An image there is the
 * value, named or not; a section, a heading, a form or a paragraph after the label is no value.
 */
export function valueBeside(label: Element, isLabel: (text: string) => boolean): string {
  const pair = ownPair(label, isLabel);
  if (pair) return pair.value.slice(0, 60);
  for (let el: Element | null = label, hops = 0; el && hops < 2; el = el.parentElement, hops++) {
    let node = el.nextSibling;
    while (node && !shownText(node) && !(node instanceof Element && imageName(node) !== undefined))
      node = node.nextSibling;
    if (node) {
      if (node instanceof Element && (node.matches(NOT_A_VALUE) || node.querySelector(NOT_A_VALUE)))
        return '';
      const text = shownText(node);
      return text.length > MAX_VALUE ? '' : text.slice(0, 60);
    }
    // Only climb out of a wrapper that holds nothing but the label.
    if (el.parentElement && shownText(el.parentElement) !== shownText(el)) break;
  }
  return '';
}
