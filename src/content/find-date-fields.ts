/**
 * The date of service as the page shows it: date inputs and short labelled texts (a banner's
 * "DOS: 11/03/2026", a header's "Visit date Nov 3, 2026"), sent as fields of kind 'date' for the
 * worker to read with src/core/dates (which only trusts labelled dates and refuses ambiguous ones).
 * Cheap by design: attribute and short-text reads only, a bounded number of elements, no layout.
 */
import type { SnapshotField } from '../protocol/messages';

/** Words that name the visit's date (the parser in src/core/dates has the full list). */
const VISIT_DATE = /\b(date of (service|visit|encounter)|dos|service date|visit date|encounter date|appointment date|date seen|behandlungsdatum|besuchsdatum|fecha de|date de (la )?(consultation|visite))\b/i;
const MAX_ELEMENTS = 400;
const MAX_TEXT = 160;

function nameOf(input: HTMLInputElement): string {
  const label = input.labels?.[0]?.textContent ?? input.getAttribute('aria-label') ?? input.getAttribute('placeholder') ?? (input.name || input.id);
  return label.replace(/\s+/g, ' ').trim().slice(0, 80);
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
    const name = nameOf(input);
    if (VISIT_DATE.test(name)) add(`${name}: ${input.value}`, name);
  }
  // Banners and headers: short texts that name the visit date next to its value.
  const blocks = root.querySelectorAll<HTMLElement>('header, [role="banner"], [class*="banner" i], [class*="encounter" i], [class*="visit" i], dl, tr, li, p, span, div');
  let looked = 0;
  for (const el of Array.from(blocks)) {
    if (++looked > MAX_ELEMENTS) break;
    if (el.closest('[data-chartlint], textarea, [contenteditable]')) continue;
    const text = el.textContent;
    if (text.length > MAX_TEXT || !VISIT_DATE.test(text)) continue;
    add(text, 'Page');
  }
  return fields;
}
