/**
 * What a select or a listbox shows as chosen: its selected option, never the list it offers. A
 * `<select>`'s text content is every option in order, so a "Payer for this claim" select read as
 * text named the first option's plan (Aetna, "a commercial plan") while Medicare was selected
 * (/tmp/qapages50 a3, H2). An option in an `<optgroup>` is read with the group's label when the
 * option does not say it ("Medicare" over "Novitas JL"): the group names the program. A placeholder
 * option ("— select —", its value empty) is no choice. A listbox reads its `aria-selected` options.
 *
 * Tested on: test/fixtures/pages/superbill-ticks.html; unit tests in shown-choice.test.ts.
 */

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** True for an element whose text is a list of offers: a select, a listbox, a datalist. */
export function isChoiceList(element: Element): boolean {
  return element instanceof HTMLSelectElement || element.matches('datalist, [role="listbox"]');
}

function optionText(option: HTMLOptionElement): string {
  const text = clean(option.text || option.label);
  const group = option.parentElement instanceof HTMLOptGroupElement ? clean(option.parentElement.label) : '';
  return group && !text.toLowerCase().includes(group.toLowerCase()) ? `${group} ${text}` : text;
}

/**
 * The chosen options' text (one or more, a space apart), '' when none is chosen or only a
 * placeholder is.
 * @example shownChoice(select) // 'Medicare Part B — Novitas JL' (the list held Aetna first)
 */
export function shownChoice(element: Element): string {
  if (element instanceof HTMLSelectElement)
    // Its options' `selected` (the same as selectedOptions in a browser; happy-dom keeps that list stale).
    return [...element.options]
      .filter((option) => option.selected)
      .filter((option) => option.value !== '' || (!option.disabled && !option.hidden && option.index > 0))
      .map(optionText)
      .filter(Boolean)
      .join(' ');
  if (element.matches('[role="listbox"]'))
    return [...element.querySelectorAll('[role="option"][aria-selected="true"]')]
      .map((o) => clean(o.textContent))
      .join(' ');
  return '';
}
