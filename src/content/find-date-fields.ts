/**
 * The date of service as the page shows it: date inputs and short labelled texts (a banner's
 * "DOS: 11/03/2026", a header's "Visit date Nov 3, 2026"), sent as fields of kind 'date' for the
 * worker to read with src/core/dates (which only trusts labelled dates and refuses ambiguous ones).
 * Cheap by design: attribute and short-text reads only, a bounded number of elements, no layout.
 */
import { orderShownBy } from '../core/dates/date-order';
import { HEADER_VISIT_LABEL, OTHER_VISIT, OTHER_VISIT_REACH, VISIT_DATE_LABEL } from '../core/dates/visit-date-labels';
import type { SnapshotField } from '../protocol/messages';
import { cellLabelOf, sectionLabelOf } from './find-fields';
import { separatedText, type SeparatedTextOptions } from './separated-text';
import { DATE_PART_START, dateGroupOf, splitDate } from './split-date';

/** Labels that name the visit's date: the core's own list, so what is sent is what the core reads, as written. */
const VISIT_DATE = new RegExp(`\\b(?:${VISIT_DATE_LABEL})\\b`, 'i');
const VISIT_DATES = new RegExp(VISIT_DATE.source, 'gi');
/**
 * A header's visit word right before a date ("visit 09/20/2026", "Office visit 11/30/2026"): its
 * digits or month name follow at once. Read only in a page's header region (inPageHeader).
 */
const HEADER_VISIT = new RegExp(`\\b(?:${HEADER_VISIT_LABEL})\\s*[:\\-–]?\\s*(?=\\d{1,4}[/.-]\\d|[A-Za-z]{3,9}\\.?\\s\\d{1,2}\\b)`, 'i');
const HEADER_VISITS = new RegExp(HEADER_VISIT.source, 'gi');
const MAX_ELEMENTS = 400;
const MAX_TEXT = 160;
/** Longest banner read for a visit date: one line of a patient header, never a page's whole text. */
const MAX_BANNER = 600;
/** How much after its label a visit date is looked for (the label, a colon, the date). */
const MAX_SNIPPET = 60;
/** Where a banner's items part ("DOB 01/02/1961 | DOS 11/02/2026"). */
const ITEM_END = /[|•·;\n]|\s{3,}/;

function nameOf(input: HTMLInputElement): string {
  const label =
    input.labels?.[0]?.textContent ??
    input.getAttribute('aria-label') ??
    labelledBy(input) ??
    (cellLabelOf(input) || ariaCellLabelOf(input) || input.getAttribute('placeholder')) ??
    (input.name || input.id);
  const name = clean(label).slice(0, 80);
  // A card titled "Date of service" around a date input names it by its heading (date inputs only:
  // asking every text input of a flowsheet for its section would walk the grid for each).
  if (VISIT_DATE.test(name) || input.type !== 'date') return name;
  return clean(sectionLabelOf(input)).slice(0, 80) || name;
}

/**
 * The cell before an input's own cell in a form drawn as an ARIA grid of divs ("Visit date" |
 * [12/01/2026], role=gridcell): the name the page shows it by, as a table's cell before is
 * (cellLabelOf). Unnamed, the visit date was not read and today stood in for it (QA stop 54, M2).
 */
function ariaCellLabelOf(input: HTMLInputElement): string {
  const cell = input.parentElement?.closest('[role="gridcell"], [role="cell"]');
  if (!cell || !cell.contains(input) || cell.querySelectorAll('input, select, textarea').length !== 1) return '';
  const before = cell.previousElementSibling;
  if (!before?.matches('[role="gridcell"], [role="cell"], [role="rowheader"]') || before.querySelector('input, select, textarea')) return '';
  const text = clean(before.textContent);
  return text.length <= MAX_ARIA_CELL_LABEL ? text : '';
}

/** Longest text a cell before an input is read as its name: a label, not a paragraph. */
const MAX_ARIA_CELL_LABEL = 60;

function labelledBy(input: HTMLInputElement): string | undefined {
  const ids = input.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  const root = input.getRootNode() as Document | ShadowRoot;
  const text = ids.map((id) => root.getElementById(id)?.textContent ?? '').join(' ');
  return clean(text) || undefined;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A `<time>`'s date as its datetime attribute says it (ISO, whatever the display shows: "Mon, Nov 2"
 * has no year); undefined for any other element, or a datetime with no date.
 */
function isoOfTime(element: Element): string | undefined {
  if (element.tagName !== 'TIME') return undefined;
  return /^\s*(\d{4}-\d{2}-\d{2})(?:[T\s]|$)/.exec(element.getAttribute('datetime') ?? '')?.[1];
}

/**
 * How a banner is read: "<th>DOS</th><td>11/14/2026</td>" has a word's end between its cells, a
 * `<time>` reads as its ISO date, line breaks stay (where the banner's items part), and no style is
 * asked for (hundreds of short elements per snapshot).
 */
const BANNER: SeparatedTextOptions = { own: isoOfTime, keepSpacing: true, tagsOnly: true };
const shownText = (element: Element): string => isoOfTime(element) ?? separatedText(element, undefined, BANNER);

/**
 * Each visit-date label in a text with what follows it up to the end of its item: "DOS 11/02/2026"
 * out of a long banner, so the birth date and the other items beside it are never sent. A label
 * of another visit ("Next visit date") is left out.
 */
function visitDateItems(text: string): string[] {
  return itemsAfter(text, VISIT_DATES);
}

/**
 * Each header visit word with the date after it, up to the end of its item ("visit 09/20/2026" out
 * of "HALL, Renee · 58y F · visit 09/20/2026"); another visit's ("Next appt 12/01/2026") is left out.
 */
function headerVisitItems(text: string): string[] {
  return itemsAfter(text, HEADER_VISITS);
}

/** Each match of `words` with the text after it, up to the end of its item; another visit's is left out. */
function itemsAfter(text: string, words: RegExp): string[] {
  const items: string[] = [];
  for (const m of text.matchAll(words)) {
    if (OTHER_VISIT.test(text.slice(Math.max(0, m.index - OTHER_VISIT_REACH), m.index))) continue;
    const rest = text.slice(m.index, m.index + MAX_SNIPPET);
    const end = ITEM_END.exec(rest.slice(m[0].length));
    items.push(end ? rest.slice(0, m[0].length + end.index) : rest);
  }
  return items;
}

/**
 * Class or id words EHRs give the patient banner and page header when no role marks it
 * ("patient-banner", "pt-header", "demographics", "chart-header", "PatientInfoBar").
 */
const HEADER_WORDS = /banner|demographic|(?:patient|pt|chart|encounter|enc|visit|page|app|top)[-_]?(?:header|head|bar|info|summary|context|strip)|^(?:header|topbar|masthead)$/i;
/** A page's main region: a banner is what comes before it, outside it. */
const MAIN = 'main, [role="main" i]';
const SIDEBAR = 'nav, aside, [role="navigation" i], [role="complementary" i]';

function namesHeader(element: Element): boolean {
  const words = `${element.id} ${element.getAttribute('class') ?? ''}`.trim();
  return words !== '' && words.split(/\s+/).some((word) => HEADER_WORDS.test(word));
}

/**
 * Whether an element is in the page's header region, where a visit word before a date names the
 * visit's date: a banner landmark (role=banner, or a <header> not inside an article, section or
 * main), an element whose class or id names a patient banner or page header, or the top bar drawn
 * before the page's <main>, outside it (not a sidebar). A note's body and a visit history are none
 * of these.
 */
function inPageHeader(element: Element): boolean {
  for (let el: Element | null = element; el && el !== el.ownerDocument.body; el = el.parentElement) {
    if (el.getAttribute('role') === 'banner' || namesHeader(el)) return true;
    if (el.tagName === 'HEADER' && !el.parentElement?.closest('article, aside, main, nav, section, [role="main" i]')) return true;
  }
  // A sidebar before <main> (today's appointments, each with its visit) is no header.
  if (element.closest(SIDEBAR)) return false;
  const main = (element.getRootNode() as Document | ShadowRoot).querySelector(MAIN);
  return !!main && !main.contains(element) && !!(main.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING);
}

/** A label with no value of its own ("Date of service" in a dt, a th, a span): the text of the element after it. */
function valueAfter(label: Element): string {
  const next = label.nextElementSibling;
  if (!next || next.textContent.length > MAX_TEXT) return '';
  return shownText(next);
}

/** An ISO date at the start of a value (a date picker's hidden input, a `<time>`'s datetime). */
const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)/;
/** A typed date in the order its mask or placeholder states ("MM/DD/YYYY", "dd.mm.yyyy"). */
const TYPED = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;
const MONTH_FIRST = /^\s*mm?[/.-]dd?[/.-]y{2,4}\s*$/i;
const DAY_FIRST = /^\s*dd?[/.-]mm?[/.-]y{2,4}\s*$/i;

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (year: number, month: number, day: number) =>
  month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1900 && year <= 2200 ? `${year}-${pad(month)}-${pad(day)}` : '';

/**
 * A typed date's value as ISO when the field says its order (its placeholder or mask "MM/DD/YYYY"):
 * "12/03/2026" alone is refused as ambiguous by the core, but a field that asks for the month
 * first has it month first. Else the value as typed.
 */
function orderedValue(input: HTMLInputElement): string {
  const typed = TYPED.exec(input.value);
  if (!typed) return input.value;
  const format = [input.placeholder, input.getAttribute('data-inputmask-inputformat'), input.getAttribute('data-date-format'), input.title].find(
    (f) => f && (MONTH_FIRST.test(f) || DAY_FIRST.test(f)),
  );
  if (!format) return input.value;
  const [a, b, year] = [Number(typed[1]), Number(typed[2]), Number(typed[3])];
  return (MONTH_FIRST.test(format) ? isoOf(year, a, b) : isoOf(year, b, a)) || input.value;
}

/**
 * The name of a date picker's hidden input (flatpickr's altInput keeps the ISO date in the
 * labelled input, hidden, and shows a read-only copy): a hidden input is no labelable element,
 * so its `<label for>` is looked up by id, else its name ("visit_date") read as words.
 */
function hiddenName(input: HTMLInputElement): string {
  const root = input.getRootNode() as Document | ShadowRoot;
  const label = input.id ? root.querySelector(`label[for="${CSS.escape(input.id)}"]`) : null;
  return clean(label?.textContent ?? input.name.replace(/[_-]+/g, ' ')).slice(0, 80);
}

/** Elements read per call, across the document and the shadow roots: short reads, no layout. */
const MAX_SHADOW_ELEMENTS = 400;

/**
 * Date fields in `root` and in the shadow roots the registry watches (a design system's date input
 * and a record form drawn in closed roots): the shadow roots share one budget.
 */
export function findDateFields(root: Document = document, shadowRoots: readonly ShadowRoot[] = []): SnapshotField[] {
  const fields: SnapshotField[] = [];
  const seen = new Set<string>();
  const add = (raw: string, label: string) => {
    const clean = raw.replace(/\s+/g, ' ').trim();
    if (!clean || seen.has(clean) || fields.length >= 10) return;
    seen.add(clean);
    fields.push({ id: `date-${fields.length}`, kind: 'date', text: clean, label });
  };
  let budget = MAX_SHADOW_ELEMENTS;
  const examples = new Set<string>();
  findIn(root, MAX_ELEMENTS, add, examples);
  for (const shadow of shadowRoots) {
    if (budget <= 0) break;
    budget -= findIn(shadow, budget, add, examples);
  }
  // The page's other dates that show which number comes first ("Referral date 09/15/2026"): only
  // the dates, which settle an ambiguous date of service written the same way (core/dates/date-order.ts).
  if (examples.size > 0) add([...examples].slice(0, MAX_EXAMPLES).join(' '), 'Page dates');
  return fields;
}

/** Dates kept as the page's date-format examples, at most. */
const MAX_EXAMPLES = 4;

/** The dates of a short text that can be read one way only, month or day first ("09/15/2026"). */
function orderExamples(text: string, examples: Set<string>): void {
  if (examples.size >= MAX_EXAMPLES || !/\d[/-]\d/.test(text)) return;
  for (const separator of ['/', '-']) {
    const shown = orderShownBy([text], separator);
    if (shown) examples.add(shown.example);
  }
}

/** Date fields in one tree; returns how many elements it looked at. */
function findIn(root: Document | ShadowRoot, limit: number, add: (text: string, label: string) => void, examples: Set<string>): number {
  let looked = 0;
  // Inputs: a labelled date input or text input holds the value; the label says what it is.
  for (const input of Array.from(root.querySelectorAll<HTMLInputElement>('input[type="date" i], input:not([type]), input[type="text" i], input[type="hidden" i]')).slice(0, limit)) {
    looked++;
    if (!input.value || input.closest('[data-chartlint]')) continue;
    if (input.type === 'hidden') {
      const name = ISO.test(input.value) ? hiddenName(input) : '';
      if (VISIT_DATE.test(name)) add(`${name}: ${input.value.trim().slice(0, 10)}`, name);
      continue;
    }
    // A label that shows its own colon ("Date of Service:") is joined to the value by one colon, not two.
    const name = nameOf(input).replace(/\s*[:：]\s*$/, '');
    if (VISIT_DATE.test(name)) add(`${name}: ${orderedValue(input)}`, name);
  }
  // A date split in month, day and year controls under one visit-date label (split-date.ts): each
  // box holding such controls is read once.
  const groups = new Set<Element>();
  const counted = new Map<Element, number>();
  for (const start of Array.from(root.querySelectorAll(DATE_PART_START)).slice(0, limit)) {
    looked++;
    const group = dateGroupOf(start, counted);
    if (!group || groups.has(group)) continue;
    groups.add(group);
    const split = splitDate(group);
    if (split && VISIT_DATE.test(split.name)) add(`${split.name}: ${split.iso}`, split.name);
  }
  // Banners and headers: short texts that name the visit date next to its value.
  const blocks = root.querySelectorAll<HTMLElement>('header, [role="banner"], [class*="banner" i], [class*="encounter" i], [class*="visit" i], dl, dt, th, tr, li, p, span, div');
  for (const el of Array.from(blocks)) {
    if (++looked > limit) break;
    if (el.closest('[data-chartlint], textarea, [contenteditable]')) continue;
    const length = el.textContent.length;
    if (length > MAX_BANNER) continue;
    const text = shownText(el);
    if (el.childElementCount === 0 && length <= MAX_TEXT) orderExamples(text, examples);
    if (HEADER_VISIT.test(text) && inPageHeader(el)) for (const item of headerVisitItems(text)) add(item, 'Page');
    if (!VISIT_DATE.test(text)) continue;
    if (!/\d/.test(text)) {
      if (length <= MAX_TEXT) add(`${clean(text)} ${valueAfter(el)}`, 'Page');
      continue;
    }
    for (const item of visitDateItems(text)) add(item, 'Page');
  }
  return looked;
}
