/** An ISO date (2026-10-01), as the core and the catalogue write every date. */
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

/**
 * Splits `text` around its ISO dates, so a surface can keep each date on one line: Chrome breaks a
 * line after a date's hyphen, and "2027-" ending one line with "09-30" starting the next misreads.
 * The text itself is unchanged (copy, find and screen readers see the same hyphens).
 */
export function splitDates(text: string): { text: string; date: boolean }[] {
  const parts: { text: string; date: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(ISO_DATE)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), date: false });
    parts.push({ text: m[0], date: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), date: false });
  return parts;
}
