/**
 * A date split in three controls (month, day and year selects or boxes, or a picker's spinbutton
 * sections) read as one date. Each control's part is told by its own name (an aria-label, name,
 * id, placeholder, a visually hidden `<label>`, `data-type`), else by what it offers (twelve month
 * names, the days 1 to 31, four-digit years), else by the order a shared "MM/DD/YYYY" hint gives:
 * EHR teams often label only the group ("Date of service" shared through aria-labelledby, a
 * fieldset's legend) and leave the selects themselves unnamed (stop 53). The date is named by the
 * group: its controls' shared label with the part words taken off, else its legend or its own name,
 * else the section it is in.
 */
import { sectionLabelOf } from './find-fields';

export type DatePart = 'month' | 'day' | 'year';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Part words in English, Spanish, German and French, and the letters of a format hint. */
const PART: Record<DatePart, RegExp> = {
  month: /\b(month|mm|mes|monat|mois)\b/i,
  day: /\b(day|dd|d[ií]a|tag|jour)\b/i,
  year: /\b(year|yy|yyyy|a[nñ]o|jahr|ann[ée]e)\b/i,
};
const PARTS: readonly DatePart[] = ['month', 'day', 'year'];
const PART_WORDS = new RegExp(PARTS.map((p) => PART[p].source).join('|'), 'gi');
/** A format hint's order ("MM/DD/YYYY", "dd.mm.yyyy"): the three parts in the order shown. */
const FORMAT = /\b(mm?|dd?|y{2,4})\s*[/.\- ]\s*(mm?|dd?|y{2,4})\s*[/.\- ]\s*(mm?|dd?|y{2,4})\b/i;

/** The controls a split date is made of: selects and inputs, or the sections of a date picker. */
export const DATE_PART = 'select, input, [role="spinbutton"]';
/** The controls that may start one (a box of two digits, a number box, a select, a section). */
export const DATE_PART_START =
  'select, input[inputmode="numeric" i], input[type="number" i], input[maxlength="2"], [role="spinbutton"]';

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Text of the elements an aria-labelledby names, in its tree. */
function labelledByText(element: Element): string {
  const ids = element.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  const root = element.getRootNode() as Document | ShadowRoot;
  return clean(ids.map((id) => (id ? (root.getElementById(id)?.textContent ?? '') : '')).join(' '));
}

/** A control's label as a person (or a screen reader) is told it: its `<label>`s, aria-labelledby, aria-label. */
function labelOf(control: Element): string {
  const labels =
    control instanceof HTMLSelectElement || control instanceof HTMLInputElement
      ? Array.from(control.labels ?? [])
      : [];
  return clean(
    [
      ...labels.map((l) => l.textContent),
      labelledByText(control),
      control.getAttribute('aria-label') ?? '',
    ].join(' '),
  );
}

/** A part's name: its label, name, id, placeholder or title, or the part a picker's section says it is. */
function partName(control: Element): string {
  return [
    labelOf(control),
    control.getAttribute('name'),
    control.id,
    control.getAttribute('placeholder'),
    control.getAttribute('title'),
    control.getAttribute('data-type'),
    control.getAttribute('data-segment'),
  ]
    .join(' ')
    .replace(/[_-]+/g, ' ');
}

/** The one part a name says, undefined when it says none or several (a shared "MM/DD/YYYY" label). */
function partByName(name: string): DatePart | undefined {
  const said = PARTS.filter((p) => PART[p].test(name));
  return said.length === 1 ? said[0] : undefined;
}

/** Most options a date part's select offers: the years since 1900, and a few more. */
const MAX_PART_OPTIONS = 200;

/** The part a select's options are: twelve months (names or 1-12), the days up to 28-31, or years. */
function partByOptions(control: Element): DatePart | undefined {
  // A long list (providers, a thousand codes) is no date part: never read option by option.
  if (!(control instanceof HTMLSelectElement) || control.options.length > MAX_PART_OPTIONS) return undefined;
  const texts = Array.from(control.options)
    .filter((o) => o.value !== '' || /\d|[a-z]{3}/i.test(o.text))
    .map((o) => o.text.trim())
    .filter((t) => t !== '' && !/^[-–—]+$/.test(t));
  if (texts.length < 2) return undefined;
  if (texts.length >= 12 && texts.every((t) => MONTHS.includes(t.slice(0, 3).toLowerCase()))) return 'month';
  const numbers = texts.map(Number);
  if (!numbers.every((n) => Number.isInteger(n) && n > 0)) return undefined;
  if (numbers.every((n) => n >= 1900 && n <= 2200)) return 'year';
  const max = Math.max(...numbers);
  if (max === 12 && texts.length === 12) return 'month';
  if (max >= 28 && max <= 31 && texts.length >= 28) return 'day';
  return undefined;
}

/** The numbers each part may be. */
const RANGE: Record<DatePart, [number, number]> = { month: [1, 12], day: [1, 31], year: [1900, 2200] };

/**
 * A part's number: a control's value or its chosen option's text, whichever is one for the part (a
 * year select's values are often its options' indexes, "2" for 2025), or a section's
 * `aria-valuenow` (a picker drawn as spinbuttons: MUI X v7, React Aria, Mantine), else the digits
 * it shows; 0 when none is.
 */
function partValue(control: Element, part: DatePart): number {
  const option = control instanceof HTMLSelectElement ? control.selectedOptions[0] : undefined;
  const own =
    control instanceof HTMLInputElement || control instanceof HTMLSelectElement
      ? control.value
      : (control.getAttribute('aria-valuenow') ?? control.textContent);
  const [low, high] = RANGE[part];
  for (const v of [own, option?.text ?? '']) {
    const n = Number(v.trim());
    if (Number.isInteger(n) && n >= low && n <= high) return n;
    if (part === 'month') {
      const i = MONTHS.indexOf(v.trim().slice(0, 3).toLowerCase());
      if (i >= 0) return i + 1;
    }
  }
  return 0;
}

const PAD = (n: number) => String(n).padStart(2, '0');
const isoOf = (year: number, month: number, day: number) =>
  month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1900 && year <= 2200
    ? `${year}-${PAD(month)}-${PAD(day)}`
    : '';

/**
 * The box a split date's controls share: a fieldset or a group, else the nearest of the start
 * control's boxes (three up at most: a design system wraps each select in its own box) that holds
 * three controls or more.
 */
export function dateGroupOf(start: Element, counted: Map<Element, number> = new Map()): Element | null {
  const group = start.closest('fieldset, [role="group"]');
  if (group) return group;
  let box = start.parentElement;
  for (let i = 0; box && i < 3; i++, box = box.parentElement) {
    // Counted once per call of the caller: the selects of one wide form share their boxes.
    let count = counted.get(box);
    if (count === undefined) counted.set(box, (count = box.querySelectorAll(DATE_PART).length));
    if (count >= 3) return box;
  }
  return start.parentElement;
}

/**
 * The label the controls share, with the part words and a format hint's letters taken off ("Date
 * of service (month)" → "Date of service"); empty when they share none.
 */
function sharedLabel(controls: readonly Element[]): string {
  const names = controls.map((c) =>
    clean(
      labelOf(c)
        .replace(PART_WORDS, ' ')
        .replace(/[([{][\s/.\-,]*[)\]}]/g, ' '),
    ).replace(/^[\s,:;/.\-–]+|[\s,:;/.\-–]+$/g, ''),
  );
  const first = names.find((n) => n !== '');
  // One named and the others only by their part (a label for the first select, "Day", "Year"),
  // or all alike: the group's name. Different names are no shared label.
  return first && names.every((n) => n === '' || n === first) ? first : '';
}

/** Which control is which part: by its own name, else by its options, else by the hint's order. */
function assignParts(controls: readonly Element[], hint: string): Map<DatePart, Element> {
  const parts = new Map<DatePart, Element>();
  const unknown: Element[] = [];
  for (const control of controls) {
    const part = partByName(partName(control)) ?? partByOptions(control);
    if (part && !parts.has(part)) parts.set(part, control);
    else if (!part) unknown.push(control);
  }
  const order = FORMAT.exec(hint);
  if (parts.size < 3 && order && controls.length === 3) {
    const shown = order.slice(1, 4).map((letters) => partByName(letters));
    if (new Set(shown).size === 3)
      for (const [i, part] of shown.entries())
        if (part && !parts.has(part)) parts.set(part, controls[i] as Element);
  }
  return parts;
}

/**
 * The date a group of split controls holds, as ISO, with the group's name; undefined when the
 * group is not three date parts or a part is empty (no date, never a wrong one).
 */
export function splitDate(group: Element): { name: string; iso: string } | undefined {
  const controls = [...group.querySelectorAll(DATE_PART)]
    .filter((c) => !(c instanceof HTMLInputElement && c.type === 'hidden'))
    .slice(0, 6);
  if (controls.length < 3) return undefined;
  const shared = sharedLabel(controls);
  const root = group.getRootNode() as Document | ShadowRoot;
  const legend = group.querySelector('legend')?.textContent ?? '';
  const labelled = group.getAttribute('aria-labelledby');
  const groupName = clean(
    legend ||
      (group.getAttribute('aria-label') ?? '') ||
      (labelled ? (root.getElementById(labelled)?.textContent ?? '') : ''),
  );
  const parts = assignParts(controls, [groupName, ...controls.map(labelOf)].join(' '));
  const [m, d, y] = [parts.get('month'), parts.get('day'), parts.get('year')];
  if (!m || !d || !y) return undefined;
  const iso = isoOf(partValue(y, 'year'), partValue(m, 'month'), partValue(d, 'day'));
  const name = clean(shared || groupName || sectionLabelOf(group)).slice(0, 80);
  return iso ? { name, iso } : undefined;
}
