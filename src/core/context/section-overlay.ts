import type { Status } from '../types';
import type { Section } from './find-sections';

/**
 * Lays a span of one status over a note's sections, keeping them in order: `status` from `start`
 * to `end`, the headings inside the span dropped (a "Problem:" label inside a problem-list row
 * is the row's own), and from `end` on whatever was in force there before (so nothing past the
 * span reads differently). Sections that start at `end` are kept as they were.
 */
export function overlaySection(
  sections: Section[],
  start: number,
  end: number,
  name: string,
  status: Status,
  textLength: number,
): void {
  let after: Status | null = null;
  for (const s of sections) if (s.start <= end) after = s.status;
  const kept = sections.filter((s) => s.start < start || s.start >= end);
  sections.length = 0;
  for (const s of kept) if (s.start < start) sections.push(s);
  sections.push({ start, name, status });
  if (end < textLength && !kept.some((s) => s.start === end))
    sections.push({ start: end, name: '', status: after });
  for (const s of kept) if (s.start >= end) sections.push(s);
}
