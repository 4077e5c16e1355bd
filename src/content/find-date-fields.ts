/**
 * The date of service as the page shows it: date inputs and short labelled texts (a banner's
 * "DOS: 11/03/2026", a header's "Visit date Nov 3, 2026"), sent as fields of kind 'date' for the
 * worker to read with src/core/dates (which only trusts labelled dates and refuses ambiguous ones).
 * Cheap by design: attribute and short-text reads only, a bounded number of elements, no layout.
 */
import type { SnapshotField } from '../protocol/messages';
import { cellLabelOf, sectionLabelOf } from './find-fields';

/** Words that name the visit's date (the parser in src/core/dates has the full list). */
const VISIT_DATE = /\b(date of (service|visit|encounter)|dos|service date|visit date|encounter date|appointment date|date seen|behandlungsdatum|besuchsdatum|fecha de|date de (la )?(consultation|visite))\b/i;
const MAX_ELEMENTS = 400;
const MAX_TEXT = 160;
/** Longest banner read for a visit date: one line of a patient header, never a page's whole text. */
const MAX_BANNER = 600;
/** How much after its label a visit date is looked for (the label, a colon, the date). */
const MAX_SNIPPET = 60;
/** Where a banner's items part ("DOB 01/02/1961 | DOS 11/02/2026"). */
const ITEM_END = /[|•·;\n]|\s{3,}/;
/** Words that make a "visit date" another visit's (the last one, the next one), not this one's. */
const OTHER_VISIT = /\b(last|next|previous|prior|follow[- ]?up|return|upcoming|scheduled)\s*$/i;

function nameOf(input: HTMLInputElement): string {
  const label =
    input.labels?.[0]?.textContent ??
    input.getAttribute('aria-label') ??
    labelledBy(input) ??
    (cellLabelOf(input) || input.getAttribute('placeholder')) ??
    (input.name || input.id);
  const name = clean(label).slice(0, 80);
  // A card titled "Date of service" around a date input names it by its heading (date inputs only:
  // asking every text input of a flowsheet for its section would walk the grid for each).
  if (VISIT_DATE.test(name) || input.type !== 'date') return name;
  return clean(sectionLabelOf(input)).slice(0, 80) || name;
}

function labelledBy(input: HTMLInputElement): string | undefined {
  const ids = input.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  const root = input.getRootNode() as Document | ShadowRoot;
  const text = ids.map((id) => root.getElementById(id)?.textContent ?? '').join(' ');
  return clean(text) || undefined;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Where one element's text ends and another's begins a word ends too: "<th>DOS</th><td>11/14/2026</td>". */
const INLINE = new Set(['B', 'I', 'EM', 'STRONG', 'SPAN', 'A', 'SMALL', 'U', 'MARK', 'TIME', 'ABBR', 'SUB', 'SUP', 'FONT']);

/** The element's text with a space between its cells, items and other non-inline parts. */
function spacedText(element: Element): string {
  let text = '';
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) text += child.nodeValue ?? '';
    else if (child.nodeType === Node.ELEMENT_NODE) {
      const el = child as Element;
      text += el.tagName === 'TIME' ? timeText(el) : INLINE.has(el.tagName) ? spacedText(el) : ` ${spacedText(el)} `;
    }
  }
  return text;
}

/**
 * A `<time>`'s date as its datetime attribute says it (ISO, whatever the display shows: "Mon, Nov 2"
 * has no year), else its text.
 */
function timeText(time: Element): string {
  const iso = /^\s*(\d{4}-\d{2}-\d{2})(?:[T\s]|$)/.exec(time.getAttribute('datetime') ?? '');
  return iso ? ` ${iso[1]} ` : spacedText(time);
}

/**
 * Each visit-date label in a text with what follows it up to the end of its item: "DOS 11/02/2026"
 * out of a long banner, so the birth date and the other items beside it are never sent. A label
 * of another visit ("Next visit date") is left out.
 */
function visitDateItems(text: string): string[] {
  const items: string[] = [];
  for (const m of text.matchAll(new RegExp(VISIT_DATE.source, 'gi'))) {
    if (OTHER_VISIT.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const rest = text.slice(m.index, m.index + MAX_SNIPPET);
    const end = ITEM_END.exec(rest.slice(m[0].length));
    items.push(end ? rest.slice(0, m[0].length + end.index) : rest);
  }
  return items;
}

/** A label with no value of its own ("Date of service" in a dt, a th, a span): the text of the element after it. */
function valueAfter(label: Element): string {
  const next = label.nextElementSibling;
  if (!next || next.textContent.length > MAX_TEXT) return '';
  return next.tagName === 'TIME' ? timeText(next) : spacedText(next);
}

export function findDateFields(root: Document = document): SnapshotField[] {
  const fields: SnapshotField[] = [];
  const seen = new Set<string>();
  const add = (text: string, label: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (!clean || seen.has(clean) || fields.length >= 10) return;
    seen.add(clean);
    fields.push({ id: `date-${fields.length}`, kind: 'date', text: clean, label });
  };
  // Inputs: a labelled date input or text input holds the value; the label says what it is.
  for (const input of Array.from(root.querySelectorAll<HTMLInputElement>('input[type="date" i], input:not([type]), input[type="text" i]')).slice(0, MAX_ELEMENTS)) {
    if (!input.value || input.closest('[data-chartlint]')) continue;
    // A label that shows its own colon ("Date of Service:") is joined to the value by one colon, not two.
    const name = nameOf(input).replace(/\s*[:：]\s*$/, '');
    if (VISIT_DATE.test(name)) add(`${name}: ${input.value}`, name);
  }
  // Banners and headers: short texts that name the visit date next to its value.
  const blocks = root.querySelectorAll<HTMLElement>('header, [role="banner"], [class*="banner" i], [class*="encounter" i], [class*="visit" i], dl, dt, th, tr, li, p, span, div');
  let looked = 0;
  for (const el of Array.from(blocks)) {
    if (++looked > MAX_ELEMENTS) break;
    if (el.closest('[data-chartlint], textarea, [contenteditable]')) continue;
    const length = el.textContent.length;
    if (length > MAX_BANNER) continue;
    const text = spacedText(el);
    if (!VISIT_DATE.test(text)) continue;
    if (!/\d/.test(text)) {
      if (length <= MAX_TEXT) add(`${clean(text)} ${valueAfter(el)}`, 'Page');
      continue;
    }
    for (const item of visitDateItems(text)) add(item, 'Page');
  }
  return fields;
}
