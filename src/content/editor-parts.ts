/**
 * What a rich-text editor adds around the note is not the page's: Quill's placeholder ("Write the
 * note…", `data-placeholder`) and TinyMCE's body and frame names ("Rich Text Area. Press ALT-0 for
 * help.", "Rich Text Area") named the note in the side panel's "Show in the page" instead of the
 * page's heading or label ("Progress note", "Visit note"); Quill's off-screen paste target
 * (`.ql-clipboard`, a contenteditable out of the tab order beside the editor) and its link tooltip's
 * input were read as more note fields. Pages: /tmp/qapages49 q2 (Quill), q3 (TinyMCE).
 */

/**
 * Names editors give their own editing area (TinyMCE 4–7, CKEditor 4 and 5, Froala, Jodit, Summernote),
 * said by the library whatever the page: never the note's name when the page gives one.
 */
const EDITOR_BOILERPLATE =
  /^\s*(rich text (area|editor)|editor,?\s*editing area|editing area|wysiwyg editor|text editor|editor)\b/i;

/** Attributes that hold a hint to type, not a name. */
const HINT_ATTRIBUTES = ['placeholder', 'data-placeholder', 'aria-placeholder'];

/** True when `name` is the editor's own (its placeholder or a library's boilerplate), not the page's. */
export function isEditorOwnName(element: Element, name: string): boolean {
  if (EDITOR_BOILERPLATE.test(name)) return true;
  if (element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby')) return false;
  return HINT_ATTRIBUTES.some((attr) => element.getAttribute(attr)?.trim() === name.trim());
}

const EDITABLE = '[contenteditable=""], [contenteditable="true" i]';

/**
 * An editor's helper editable, not a note: a contenteditable out of the tab order beside the
 * editor's own (Quill's paste target, kept off screen), or an entry in a tooltip (Quill's link
 * tooltip, hidden until a link is edited).
 */
export function isEditorHelper(element: HTMLElement): boolean {
  if (inTooltip(element)) return true;
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

/** True inside a tooltip: `role=tooltip`, or a box classed as one that floats over the page (absolute or fixed). */
function inTooltip(element: Element): boolean {
  if (element.closest('[role="tooltip"]')) return true;
  const box = element.closest('[class*="tooltip" i]');
  if (!box || !TOOLTIP_CLASS.test(box.getAttribute('class') ?? '')) return false;
  const position = box.ownerDocument.defaultView?.getComputedStyle(box).position;
  return position === 'absolute' || position === 'fixed';
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
