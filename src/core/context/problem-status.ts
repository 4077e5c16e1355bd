import type { Status } from '../types';
import type { Section } from './find-sections';
import { overlaySection } from './section-overlay';
import { statusWords, wordsSource } from './status-values';

/**
 * A problem list's status field, read for the problem it belongs to (QA stop 51, H2: "Problem:
 * Cervical radiculopathy, right C6    Status: Resolved" was read as a current radiculopathy). Three
 * shapes: the field on the problem's line, the field alone on the line under the problem, and a
 * table (pipes, tabs, or columns two spaces apart) whose header names a Status column. The values
 * are those of problem lists (FHIR Condition.clinicalStatus: active, recurrence, relapse, inactive,
 * remission, resolved) and the words EHRs print beside them, kept in status-values.json with the
 * page's ended diagnosis rows (src/content/ended-rows.ts). A ruled-out or refuted problem is
 * negated; a resolved, healed, inactive, historical or remitted one is history (QA stop 53, L2: a
 * "Resolved" row was reported as "negated", though the condition was there and is over; Official
 * Guidelines I.B / IV.J: code conditions that exist at the encounter). Active, chronic, ongoing and
 * the like say nothing new: the row reads as before.
 */
const VALUE_STATUS: ReadonlyArray<readonly [RegExp, Status]> = (['negated', 'historical'] as const).map(
  (status) =>
    [
      new RegExp(`^(?:${wordsSource(statusWords('field', status))})(?![\\p{L}\\p{N}])`, 'iu'),
      status,
    ] as const,
);

/** The status a field's value sets, or null (active, chronic, or anything else). */
export function valueStatus(value: string): Status | null {
  const v = value.replace(/^[\s:*-]+/, '');
  for (const [pattern, status] of VALUE_STATUS) if (pattern.test(v)) return status;
  return null;
}

/**
 * "Status:", "Problem status:", "Clinical status:", "Dx status -": a status field's label, then its
 * value. The word before a bare "Status" must not make it another field ("Mental status:",
 * "Smoking status: former", "Code status:", "Work status:").
 */
const FIELD =
  /\b(?:(?:problem|clinical|dx|diagnosis|condition)[ \t]+)?status[ \t]*(?::|[\u2013\u2014-][ \t])[ \t]*([A-Za-z][A-Za-z \t/-]{0,30})/gi;
const OTHER_FIELD =
  /\b(?:mental|smoking|tobacco|code|work|functional|marital|performance|vaccination|immunization|insurance)[ \t]*$/i;
/** Short fields a problem's entry may hold between its name and its status ("Onset: 2021"). */
const ENTRY_FIELD =
  /^[ \t]*(?:onset|noted|date|priority|icd(?:-10)?|code|diagnosed|since|entered|updated|added|severity|laterality|comments?)\b[^:\n]{0,20}:/i;
/** Lines of such fields walked over, at most. */
const MAX_FIELDS = 3;

/** A table header cell naming the status column. */
const STATUS_CELL = /^(?:(?:problem|clinical|dx|diagnosis|condition)[ \t]+)?status$/i;
/** Rows a problem table holds at most (a bound on the work per header). */
const MAX_ROWS = 200;

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}
function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}
const isBlankLine = (line: string) => line.trim() === '';

/** How a table line splits into cells: by pipes, by tabs, or by runs of two spaces or more. */
type Splitter = 'pipe' | 'tab' | 'space';
function cells(line: string, by: Splitter): string[] {
  const parts =
    by === 'pipe' ? line.split('|') : by === 'tab' ? line.split('\t') : line.trim().split(/ {2,}|\t/);
  return parts.map((c) => c.trim());
}

/**
 * Status fields on a problem's line or under it. The row is the line (from the end of an earlier
 * field's value on the same line, for problems run together on one line); a field alone on its
 * line speaks of the problem above it (a few short entry fields, "Onset: 2021", walked over).
 */
function fieldRows(text: string, sections: Section[]): boolean {
  let added = false;
  let lastEnd = -1;
  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(text); m !== null; m = FIELD.exec(text)) {
    const valueEnd = m.index + m[0].length;
    const status = valueStatus(m[1] ?? '');
    const start0 = lineStart(text, m.index);
    const before = text.slice(start0, m.index);
    const previous = lastEnd;
    lastEnd = valueEnd;
    if (status === null || OTHER_FIELD.test(before)) continue;
    let start = Math.max(start0, previous);
    if (/^[\s|*\u2022-]*$/.test(before)) {
      // Alone on its line: the problem is the line above (not a blank one), past its entry fields.
      if (start0 === 0) continue;
      start = lineStart(text, start0 - 1);
      for (let k = 0; k < MAX_FIELDS && start > 0 && ENTRY_FIELD.test(text.slice(start, start0)); k++)
        start = lineStart(text, start - 1);
      if (isBlankLine(text.slice(start, start0))) continue;
    }
    overlaySection(sections, start, lineEnd(text, valueEnd), 'problem status', status, text.length);
    added = true;
  }
  return added;
}

/** A header cell "Status" (a table's header line holds it). */
const STATUS_WORD = /status/gi;

/** Tables whose header holds a Status column: each row takes the status its cell sets. */
function tableRows(text: string, sections: Section[]): boolean {
  let added = false;
  let done = -1;
  STATUS_WORD.lastIndex = 0;
  for (let hit = STATUS_WORD.exec(text); hit !== null; hit = STATUS_WORD.exec(text)) {
    if (hit.index < done) continue;
    const at0 = lineStart(text, hit.index);
    const end = lineEnd(text, hit.index);
    done = end;
    const header = text.slice(at0, end);
    const by: Splitter = header.includes('|') ? 'pipe' : header.includes('\t') ? 'tab' : 'space';
    const head = cells(header, by);
    const column = head.length >= 2 ? head.findIndex((c) => STATUS_CELL.test(c)) : -1;
    if (column < 0) continue;
    let at = end + 1;
    for (let rows = 0; at < text.length && rows < MAX_ROWS; rows++) {
      const rowEnd = lineEnd(text, at);
      const line = text.slice(at, rowEnd);
      if (isBlankLine(line)) break;
      const row = cells(line, by);
      if (by !== 'space' ? row.length < 2 : row.length !== head.length) break;
      const status = valueStatus(row[column] ?? '');
      if (status !== null) {
        overlaySection(sections, at, rowEnd, 'problem status', status, text.length);
        added = true;
      }
      at = rowEnd + 1;
    }
    done = at;
    STATUS_WORD.lastIndex = Math.max(STATUS_WORD.lastIndex, at);
  }
  return added;
}

/** Adds the problem rows a status field or column marks as resolved or past. Returns whether it added any. */
export function problemStatuses(text: string, sections: Section[]): boolean {
  // Most notes hold no status field: told before any line is read.
  if (text.indexOf('tatus') < 0 && text.indexOf('TATUS') < 0) return false;
  const fields = fieldRows(text, sections);
  const tables = tableRows(text, sections);
  return fields || tables;
}
