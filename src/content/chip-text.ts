/**
 * A chip's (pill's, tag's, list item's) text without its close control. Pickers draw a remove
 * control inside each chosen chip: a button, an icon, or a link with a glyph of its own ("x", "×"):
 * Chosen's `<a class="search-choice-close">x</a>`, Select2's `__choice__remove`, MUI's
 * `MuiChip-deleteIcon`, Ionic's `<ion-icon aria-label="Remove …">`. Read with the chip, that
 * glyph ends up in the code or title ("M99.03 x", "…cervical regionx"): a title that no longer
 * matches the official one, so a chip showing only a title loses its code.
 * Fixture page: test/fixtures/pages/chips-and-lines.html (e2e page-chips-and-lines.spec.ts).
 */
import { separatedText } from './separated-text';
import { TOOLTIP } from './tooltips';

/** Close controls named or classed as such (below). */
const CLOSE_PARTS = [
  '[class*="close" i]:not([class*="closed" i]), [class*="remove" i]:not([class*="removable" i])',
  '[class*="delete" i]:not([class*="deletable" i]), [class*="dismiss" i]:not([class*="dismissible" i])',
  '[class*="clear" i]:not([class*="clearfix" i])',
  '[aria-label^="remove" i], [aria-label^="delete" i], [aria-label^="clear" i], [aria-label^="close" i]',
  '[title^="remove" i], [title^="delete" i], [title^="clear" i], [title^="close" i]',
];

/**
 * A chip's close control by its name or class alone ("mat-mdc-chip-remove", aria-label "remove
 * M54.16…"): never the chip, though its class says chip. A plain `role=button` is not one: a chip
 * library's primary action (Angular Material's MDC chip) is a role=button span holding the label.
 */
export const CLOSE_CONTROL = CLOSE_PARTS.join(', ');

/**
 * Parts of a chip that are its actions or decoration, not its text: buttons, hidden and
 * aria-hidden parts, icons, and elements named or classed as a close action. Class words are
 * whole ("search-choice-close", "tag-remove", "deleteIcon"), never a state of the chip itself
 * ("closed", "removable", "deletable", "dismissible") or a layout helper ("clearfix").
 */
export const CHIP_CONTROL = [
  'button, [role="button"], [aria-hidden="true"], [hidden], svg, img, script, style, template',
  ...CLOSE_PARTS,
  // A chip's hover popup says something about the chip; it is not the chip (tooltips.ts).
  TOOLTIP,
].join(', ');

/**
 * Glyph tokens a close control draws as text, at either end of a chip's text: "×", "✕", "⨯", a
 * lone "x" (a close glyph typed as a letter); never a letter that is part of a word or code.
 */
const EDGE_CLOSE = /^(?:(?:[^\p{L}\p{N}\s]+|[xX])\s+)+|(?:\s+(?:[^\p{L}\p{N}\s]+|[xX]))+$/gu;

/**
 * `text` without the close glyphs at its ends: "M99.03 x" → "M99.03", "× M54.12 Radiculopathy,
 * cervical region" → "M54.12 Radiculopathy, cervical region". A text that is only a glyph is ''.
 */
export function withoutCloseGlyphs(text: string): string {
  const trimmed = text.trim();
  if (/^(?:[^\p{L}\p{N}\s]+|[xX])$/u.test(trimmed)) return '';
  return trimmed.replace(EDGE_CLOSE, '');
}

/**
 * `text`, read from `item` by a reader that keeps inline parts joined (a list's rows, cells tab
 * separated), without the words of the item's close controls at its ends: "…cervical regionx"
 * (Chosen's close link right after the title, no space between) → "…cervical region".
 */
export function withoutControlText(item: Element, text: string): string {
  let out = text.trim();
  for (const control of item.querySelectorAll(CHIP_CONTROL)) {
    const words = control.textContent.trim();
    if (!words || words === out) continue;
    if (out.endsWith(words)) out = out.slice(0, -words.length).trimEnd();
    else if (out.startsWith(words)) out = out.slice(words.length).trimStart();
  }
  return withoutCloseGlyphs(out);
}

/** A chip's text, its parts apart, without its close control (by element, then by glyph). */
export function chipText(chip: Element): string {
  return withoutCloseGlyphs(separatedText(chip, CHIP_CONTROL));
}
