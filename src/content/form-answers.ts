/**
 * What a form control inside a note answers, read in its place: a template's pick-list (an
 * Epic-style SmartList drawn as a `<select>` or a listbox) by its chosen option, a checkbox or a
 * radio by a box mark the core reads as a ticked or unticked option ("[x]", "[ ]": context/
 * check-boxes.ts), a blank to fill in by its value. Skipped whole, "Neurogenic claudication:
 * <select>…absent</select>" was read as the bare label "Neurogenic claudication:" and supported
 * M48.062 (/tmp/qapages53 H1); read as text content it would name every option, the unchosen ones
 * too. So: the chosen option's text only, never an option offered.
 *
 * Tested in form-answers.test.ts and test/e2e/note-pick-list.spec.ts.
 */
import { shownChoice } from './shown-choice';

/** Inputs that hold no answer a person reads (buttons, hidden state, files). */
const NO_ANSWER = /^(?:hidden|button|submit|reset|image|file|password)$/i;

/** The mark a ticked or unticked option is written with in a note's text. */
const mark = (checked: boolean) => (checked ? '[x]' : '[ ]');

/**
 * The text a control shows as its answer, '' when it shows none, or undefined when `element` is no
 * form control (read as any other element). `<datalist>` offers only: ''.
 * @example controlAnswer(select) // 'absent' (its options were ***, present, absent)
 */
export function controlAnswer(element: Element): string | undefined {
  if (element instanceof HTMLSelectElement) return shownChoice(element);
  if (element instanceof HTMLTextAreaElement) return element.value.replace(/\s+/g, ' ').trim();
  if (element instanceof HTMLInputElement) {
    const type = element.type.toLowerCase();
    if (NO_ANSWER.test(type)) return '';
    if (type === 'checkbox' || type === 'radio') return mark(element.checked);
    return element.value.replace(/\s+/g, ' ').trim();
  }
  const tag = element.tagName.toUpperCase();
  if (tag === 'DATALIST') return '';
  if (element.getAttribute('role') === 'listbox') return shownChoice(element);
  return undefined;
}

/**
 * A box mark for an ARIA checkbox or radio drawn as an element ("[x] " before its own label text),
 * or undefined when `element` is none. aria-checked="mixed" is no tick.
 */
export function ariaCheckMark(element: Element): string | undefined {
  const role = element.getAttribute('role');
  if (role !== 'checkbox' && role !== 'radio' && role !== 'menuitemcheckbox' && role !== 'menuitemradio')
    return undefined;
  return mark(element.getAttribute('aria-checked') === 'true');
}
