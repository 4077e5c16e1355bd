/**
 * What a rich-text editor adds around the note is not the page's: Quill's placeholder ("Write the
 * note…", `data-placeholder`) and TinyMCE's body and frame names ("Rich Text Area. Press ALT-0 for
 * help.", "Rich Text Area") named the note in the side panel's "Show in the page" instead of the
 * page's heading or label ("Progress note", "Visit note"); Quill's off-screen paste target
 * (`.ql-clipboard`, a contenteditable out of the tab order beside the editor) and its link tooltip's
 * input were read as more note fields. Pages: /tmp/qapages49 q2 (Quill), q3 (TinyMCE). The link
 * tooltip's input was read again when the page's CSS did not float the tooltip (QA stop 51, b5):
 * a tooltip beside the editable is the editor's whatever its position, and text kept for screen
 * readers or an editable in a live region is no field either.
 */

/**
 * Names editors give their own editing area (TinyMCE 4–7, CKEditor 4 and 5, Froala, Jodit, Summernote),
 * said by the library whatever the page: never the note's name when the page gives one.
 */
const EDITOR_BOILERPLATE =
  /^\s*(rich text (area|editor)|editor,?\s*editing area|editing area|wysiwyg editor|text editor|editor)\b/i;
import { CONTENT_EDITABLE } from './editable-shapes';

/** True when `name` is what an editor library calls its own editing area ("Rich Text Area"). */
export const isEditorBoilerplate = (name: string): boolean => EDITOR_BOILERPLATE.test(name);

/** Attributes that hold a hint to type, not a name. */
const HINT_ATTRIBUTES = ['placeholder', 'data-placeholder', 'aria-placeholder'];

/** True when `name` is the editor's own (its placeholder or a library's boilerplate), not the page's. */
export function isEditorOwnName(element: Element, name: string): boolean {
  if (EDITOR_BOILERPLATE.test(name)) return true;
  if (element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby')) return false;
  return HINT_ATTRIBUTES.some((attr) => element.getAttribute(attr)?.trim() === name.trim());
}

const EDITABLE = CONTENT_EDITABLE;

/**
 * An editor's helper editable, not a note: a contenteditable out of the tab order beside the
 * editor's own (Quill's paste target, kept off screen), or an entry in a tooltip (Quill's link
 * tooltip, hidden until a link is edited).
 */
export function isEditorHelper(element: HTMLElement): boolean {
  if (inTooltip(element)) return true;
  // Text kept for screen readers, or a live region where the page announces ("Saved"), is never
  // where a note is written. Multi-line entries only: a widget keeps its own accessible input (a
  // combobox, a select's search box) in a visually hidden wrapper and draws the field around it
  // (badge-placement.ts clippedWrapperOf), and a custom checkbox its native control.
  if (isNoteEntry(element) && element.closest(`${SCREEN_READER_ONLY}, ${LIVE_REGION}`)) return true;
  if (!element.isContentEditable || element.getAttribute('tabindex') !== '-1') return false;
  const parent = element.parentElement;
  if (!parent) return false;
  for (const sibling of parent.children)
    if (sibling !== element && sibling.matches(EDITOR_EDITABLE)) return true;
  return false;
}
const EDITOR_EDITABLE = `${EDITABLE}:not([tabindex="-1"])`;

/** A class word that names a tooltip ("tooltip", "ql-tooltip"), not a box that has one ("has-tooltip" is checked by position). */
const TOOLTIP_CLASS = /(?:^|[\s_-])tooltip(?:$|\s)/i;

/**
 * True inside a tooltip: `role=tooltip`, or a box classed as one that floats over the page
 * (absolute or fixed) or that an editor draws beside its editable (Quill's `.ql-tooltip`, a
 * sibling of `.ql-editor`: hidden by a class until a link is edited, whatever the page's CSS says
 * of its position; QA stop 51, b5).
 */
function inTooltip(element: Element): boolean {
  if (element.closest('[role="tooltip"]')) return true;
  const box = element.closest('[class*="tooltip" i]');
  if (!box || !TOOLTIP_CLASS.test(box.getAttribute('class') ?? '')) return false;
  if (besideEditable(box)) return true;
  const position = box.ownerDocument.defaultView?.getComputedStyle(box).position;
  return position === 'absolute' || position === 'fixed';
}

/** True when a sibling of `box` is an editor's editable (the box is part of that editor's chrome). */
function besideEditable(box: Element): boolean {
  const parent = box.parentElement;
  if (!parent) return false;
  for (const sibling of parent.children) if (sibling !== box && sibling.matches(EDITABLE)) return true;
  return false;
}

/**
 * Text kept for screen readers only (Bootstrap's `sr-only` and `visually-hidden`, Angular CDK's
 * `cdk-visually-hidden`, WordPress's `screen-reader-text`): an announcement or a hidden copy, never
 * a field the user sees or types into.
 */
const SCREEN_READER_ONLY = [
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'cdk-visually-hidden',
  'screen-reader-text',
  'screen-reader-only',
  'a11y-hidden',
  'u-hidden-visually',
]
  .map((name) => `[class~="${name}" i]`)
  .join(', ');

/** Where a page announces changes: what is there is said to the user, not written by them. */
const LIVE_REGION =
  '[aria-live="polite" i], [aria-live="assertive" i], [role="status"], [role="alert"], [role="log"], [role="timer"], [role="marquee"]';

function isNoteEntry(element: HTMLElement): boolean {
  return element.isContentEditable || element instanceof HTMLTextAreaElement;
}

/** Boxes up from an editor to the one the page put it in. */
const MAX_UP = 5;
/** Siblings looked at before each of those boxes. */
const MAX_BACK = 3;

/**
 * The name the page gave the editor it replaced: the `<label>` of the source textarea the editor
 * hides just before its box (TinyMCE, CKEditor: `<label for="note">Visit note</label><textarea
 * id="note" hidden>` then the editor), or a `<label>` right before that box. `labelOf` names the
 * textarea as discovery does.
 */
export function sourceLabelNear(element: Element, labelOf: (e: HTMLElement) => string): string {
  let box: Element | null = element;
  for (let i = 0; box && i < MAX_UP; i++, box = box.parentElement) {
    let back = box.previousElementSibling;
    for (let j = 0; back && j < MAX_BACK; j++, back = back.previousElementSibling) {
      if (back instanceof HTMLTextAreaElement) {
        const name = labelOf(back);
        if (name && !EDITOR_BOILERPLATE.test(name)) return name;
      }
      if (back.tagName === 'LABEL') return back.textContent.replace(/\s+/g, ' ').trim();
      if (back.matches('h1, h2, h3, h4, h5, h6, [role="heading"]')) return '';
    }
  }
  return '';
}
