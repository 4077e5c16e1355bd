/**
 * An ISO date (2026-10-01), as the core and the catalogue write every date. Chrome breaks a line
 * after a date's hyphen, and "2027-" ending one line with "09-30" starting the next misreads.
 */
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

/**
 * A range joined by a hyphen, as the catalogue and the core write them: CPT codes (98925-98929),
 * ICD-10-CM codes or blocks (M99.00-M99.05, M40-M54, P04-P96) and spinal levels (C5-C6, L5-S1,
 * C0-C1). Chrome breaks after the hyphen as after a date's: "(98925-" / "98929, …)" misreads.
 * A code's trailing dash (M47.2-) and names (ICD-10-CM, FY2022-FY2026) are not ranges.
 */
const RANGE =
  /\b(?:\d{5}-\d{5}|[A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?-[A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?|[CTLS]\d{1,2}-[CTLS]?\d{1,2})\b/g;
/** A date (group 1) or a range. */
const DATE_OR_RANGE = new RegExp(`(${ISO_DATE.source})|${RANGE.source}`, 'g');

/**
 * Splits `text` around its ISO dates and its ranges (see RANGE), each a part a surface keeps on one
 * line; `kind` says which ('date' | 'range'), undefined for the text between. Text unchanged.
 */
export function splitWhole(text: string): { text: string; kind?: 'date' | 'range' }[] {
  const parts: { text: string; kind?: 'date' | 'range' }[] = [];
  let at = 0;
  for (const m of text.matchAll(DATE_OR_RANGE)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    parts.push({ text: m[0], kind: m[1] !== undefined ? 'date' : 'range' });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
