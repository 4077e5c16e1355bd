import type { Status } from '../types';
import { sectionRules } from './context-rules';

/** A heading that sets a default status for the text after it, up to the next heading. */
export type Section = { start: number; name: string; status: Status | null };

const HEADING = /(?:^|\n|[.,]\s{0,3})\s{0,3}([A-Z][A-Z /&]{1,40}|[A-Z][a-z]+(?: [a-z]+){0,3}):/g;
const RULES = sectionRules.map((rule) => ({ status: rule.status, pattern: new RegExp(`^(?:${rule.pattern})$`, 'i') }));
let last: { text: string; sections: readonly Section[] } | undefined;

/**
 * Headings in a note ("PAST MEDICAL HISTORY:", "Family history:"), in order, each with the status
 * it implies. "History:" alone is a radiology indication, not the past history, so it sets nothing.
 *
 * @example findSections('PAST MEDICAL HISTORY: lumbar stenosis.')[0].status === 'historical'
 */
export function findSections(text: string): readonly Section[] {
  // The mention, procedure, condition and chiropractic readers all ask for the same note's
  // headings in one analysis: the last answer is kept (callers only read it).
  if (last && last.text === text) return last.sections;
  const sections: Section[] = [];
  // exec on the shared pattern: matchAll would clone the RegExp on every call.
  HEADING.lastIndex = 0;
  for (let m = HEADING.exec(text); m !== null; m = HEADING.exec(text)) {
    const name = (m[1] ?? '').trim();
    const status = RULES.find((r) => r.pattern.test(name))?.status ?? null;
    sections.push({ start: m.index + m[0].length, name, status });
  }
  last = { text, sections };
  return sections;
}

/** The status implied by the section that contains `position` (binary search: notes have many headings). */
export function sectionStatusAt(sections: readonly Section[], position: number): Status | null {
  let low = 0;
  let high = sections.length - 1;
  let found: Section | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const section = sections[mid];
    if (section && section.start <= position) {
      found = section;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found?.status ?? null;
}
