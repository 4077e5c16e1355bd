/**
 * One diagnosis widget, one field. A picker library keeps the page's native `<select>` as its form
 * value, hidden and out of the tab order, and draws its own control beside it (Tom Select, Select2,
 * Chosen, Choices.js); Select2 draws its chosen item as a `role=textbox` inside its
 * `role=combobox`; Angular Material's chip grid (a `role=grid` named as the diagnoses) holds its
 * own text entry. Each part was read as a field of its own: one code judged two or three times,
 * the side panel listing the hidden select ("Coding") or the search box beside the real field,
 * and "Show in the page" aimed at a hidden element. The visible control is the field; its widget's
 * chips and shown value are read with it (read-field.ts), so nothing it holds is lost.
 */
import { CONTENT_EDITABLE, TYPED_INTO } from './editable-shapes';

/** Controls a person types into or picks with. */
const CONTROL = `input:not([type]), input[type="text" i], input[type="search" i], textarea, select, ${CONTENT_EDITABLE}, [role="combobox"], [role="textbox"], button[aria-haspopup="listbox" i]`;
/** Text entries a list of chips can hold (a chip grid's own input). */
const TEXT_ENTRY = `input:not([type]), input[type="text" i], input[type="search" i], textarea, ${CONTENT_EDITABLE}, [role="combobox"]`;
/** Class names a library hides its native select with (Select2, Tom Select, Bootstrap's sr-only). */
const HIDDEN_CLASS = /hidden-accessible|\bsr-only\b|visually-hidden|\bhidden\b|choices__input/i;
/** An element a person types into (a combobox that is one is not a box drawn around a select). */
const EDITOR = TYPED_INTO;

/** True when `box` is at most MAX_UP steps above `element`. */
function isNear(box: Element, element: Element): boolean {
  let at = element.parentElement;
  for (let i = 0; at && i < MAX_UP; i++, at = at.parentElement) if (at === box) return true;
  return false;
}

/** Steps up from a hidden select to the box that holds the control drawn for it. */
const MAX_UP = 3;

/** True when a select is kept out of sight and out of reach: a picker library's value, not a control. */
export function isHiddenValueSelect(select: HTMLSelectElement): boolean {
  const unreachable: boolean =
    select.getAttribute('tabindex') === '-1' ||
    select.getAttribute('aria-hidden') === 'true' ||
    select.hasAttribute('hidden') ||
    select.style.display === 'none';
  const unseen: boolean =
    select.getAttribute('aria-hidden') === 'true' ||
    select.hasAttribute('hidden') ||
    select.style.display === 'none' ||
    HIDDEN_CLASS.test(select.className);
  return unreachable && unseen;
}

/**
 * The control a picker draws for a hidden select: in the nearest box around the select (3 steps
 * up at most) that holds another control, that control, when it is the only one there and no
 * other select. Undefined when there is none or more than one (a form, not a widget).
 */
export function drawnControlOf(select: HTMLSelectElement): HTMLElement | undefined {
  if (!isHiddenValueSelect(select)) return undefined;
  // Choices.js keeps the select inside the combobox box it draws: that box is the control,
  // whatever else the section holds (an add bar beside it made the select a field of its own).
  const box = select.parentElement?.closest('[role="combobox"]');
  if (box instanceof HTMLElement && !box.matches(EDITOR) && isNear(box, select)) return box;
  // Select2, Tom Select and Chosen draw their box right after the select: one control in it is
  // the select's, whatever else the section holds (the note's textarea below it made the select a
  // field of its own, and its codes were read twice: QA stop 52, L1).
  for (const beside of [select.nextElementSibling, select.previousElementSibling]) {
    // A box drawn for it, not a control of the page's own form beside it.
    if (!beside || beside.matches(`label, ${CONTROL}`) || beside.querySelector('select')) continue;
    const drawn = onlyControlIn(beside, select);
    if (drawn) return drawn;
  }
  let up = select.parentElement;
  for (let i = 0; i < MAX_UP && up && up !== up.ownerDocument.body; i++, up = up.parentElement) {
    const others = controlsIn(up, select);
    if (others.length === 0) continue;
    const [only] = others;
    return others.length === 1 && only && !(only instanceof HTMLSelectElement) ? only : undefined;
  }
  return undefined;
}

/** The controls in `box` other than `select` and the parts of a combobox (its popup, its own entry). */
function controlsIn(box: Element, select: HTMLSelectElement): HTMLElement[] {
  return [...box.querySelectorAll<HTMLElement>(CONTROL)].filter(
    (c) =>
      c !== select &&
      !c.closest('[role="listbox"], [role="option"]') &&
      !c.parentElement?.closest('[role="combobox"]'),
  );
}

/** The one control in `box`, when there is exactly one. */
function onlyControlIn(box: Element, select: HTMLSelectElement): HTMLElement | undefined {
  const controls = controlsIn(box, select);
  return controls.length === 1 ? controls[0] : undefined;
}

/**
 * True for a chosen item shown as a read-only `role=textbox` inside a `role=combobox` that is not
 * an editor (Select2's rendered selection): the combobox is the field and its text is this.
 */
export function isShownValueInCombobox(element: Element): boolean {
  if (element.getAttribute('role') !== 'textbox' || element.matches(TYPED_INTO)) return false;
  const combobox = element.parentElement?.closest('[role="combobox"]');
  return combobox != null && !combobox.matches(TYPED_INTO);
}

/**
 * True when a list of chips holds its own text entry (Angular Material's chip grid around its
 * chip input): the entry is the field, and reads the chips as its widget.
 */
export function holdsTextEntry(list: Element): boolean {
  return list.querySelector(TEXT_ENTRY) !== null;
}

/** Steps up from a drawn control to look for the hidden select it stands for. */
const MAX_DOWN_FROM = MAX_UP + 4;

/**
 * The hidden select a picker's control stands for (drawnControlOf, the other way): its chosen
 * options are the control's value, read with it.
 */
export function valueSelectOf(control: HTMLElement): HTMLSelectElement | undefined {
  let up = control.parentElement;
  for (let i = 0; i < MAX_DOWN_FROM && up && up !== up.ownerDocument.body; i++, up = up.parentElement) {
    const selects = up.querySelectorAll('select');
    if (selects.length > 3) return undefined;
    for (const select of selects) if (drawnControlOf(select) === control) return select;
  }
  return undefined;
}
