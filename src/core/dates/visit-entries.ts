import type { AnalyzeInput, FieldText, LaterEntriesUnread } from '../types';
import { orderShownBy } from './date-order';
import { parseDate, type DateOrder } from './parse-date';

/**
 * A cumulative note (one note holding several visits, each under its own dated heading: "Visit
 * 09/25/2026:", "11/20/2026 - follow-up", "DOS 2026-11-20") read for one date of service (blind QA
 * stop 51, H5: the 09/25 claim for M48.061 was sent to M48.062 by the 11/20 entry's "with
 * neurogenic claudication"). A claim documents its own encounter: the entries dated after the date
 * of service did not exist when it was seen, so they are left out of the reading; the entry of
 * that date and those before it (the history it was written on) are read as before. Only when the
 * note has two or more dated visit headings and one of them is the date of service: any other note,
 * and any note without the date, is read whole, as before.
 *
 * Left out means blanked: every character of a later entry but its line breaks becomes a space, so
 * every span of the rest of the note keeps its offsets (the surfaces quote and mark the user's own
 * text). Pure; the CLI and the extension pass the date they check the codes for
 * (AnalyzeInput.dateOfService).
 */

/** A date as a visit heading writes it: 09/25/2026, 25.09.2026, 2026-09-25, Sep 25, 2026, 25 Sep 2026. */
const DATE = String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}`;

/**
 * Words that make a dated line a visit's heading ("Visit", "Office visit", "Encounter", "DOS", "Date
 * of service", "Progress note"). Not "Follow-up visit", "Return visit" or "Appointment": a plan's
 * next visit ("Follow-up visit: 12/18/2026") is no entry of the note.
 */
const LABEL = String.raw`(?:(?:office|clinic|progress|chiropractic|treatment|therapy)\s+)?(?:visit|encounter|note|entry|session|date\s+of\s+(?:service|visit)|DOS|date\s+seen|seen)(?:\s+(?:date|on|of))?`;

/**
 * A visit heading at a line's start: a label and a date ("Visit 09/25/2026:", "DOS: 11/20/2026"),
 * or a date alone on its line ("09/25/2026" or "09/25/2026:" and nothing after it). A date that
 * starts a line of text ("10/30/2026 - L4-5 TFESI") is an item of a list, not a visit's heading.
 */
const HEADING = new RegExp(
  String.raw`^[ \t]*(?:[-*•#>]+[ \t]*)?(?:(?:${LABEL})[ \t]*[:#-]?[ \t]*(${DATE})\b[ \t]*(?:[:)\u2013-]|$)|(${DATE})[ \t]*:?[ \t]*$)`,
  'gim',
);

/** Where a visit's entry starts and the date its heading names (ISO). */
export type VisitEntry = { start: number; iso: string };

/**
 * The dated visit headings of a note, in order, with their dates read; undefined when a heading's
 * date cannot be read for certain (even with the order the other headings show), as a wrong date
 * would leave the wrong entries out. Most notes have none or one.
 */
export function visitEntries(text: string): VisitEntry[] | undefined {
  const found: { start: number; date: string }[] = [];
  HEADING.lastIndex = 0;
  for (let m = HEADING.exec(text); m !== null; m = HEADING.exec(text)) {
    const date = m[1] ?? m[2];
    if (date !== undefined) found.push({ start: m.index, date });
    if (m[0].length === 0) HEADING.lastIndex++;
  }
  if (found.length < 2) return [];
  let order: DateOrder | undefined;
  const entries: VisitEntry[] = [];
  for (const f of found) {
    let parsed = parseDate(f.date, order ? { order } : {});
    if (!parsed.ok && parsed.reason === 'ambiguous' && order === undefined) {
      const separator = /[/.-]/.exec(f.date)?.[0] ?? '/';
      order = orderShownBy(
        found.map((x) => x.date),
        separator,
      )?.order;
      if (order) parsed = parseDate(f.date, { order });
    }
    if (!parsed.ok) return undefined;
    entries.push({ start: f.start, iso: parsed.iso });
  }
  return entries;
}

/**
 * The note's text with the entries dated after `dateOfService` blanked, when the note holds two or
 * more dated visit entries of different dates and one of them is of that date; else the text itself.
 */
export function textForVisit(text: string, dateOfService: string): string {
  return readForVisit(text, dateOfService).text;
}

/** textForVisit's text and how many dated entries it left out (0 when it is the text itself). */
function readForVisit(text: string, dateOfService: string): { text: string; left: number } {
  const entries = visitEntries(text);
  if (!entries || entries.length < 2) return { text, left: 0 };
  if (!entries.some((e) => e.iso === dateOfService) || entries.every((e) => e.iso === dateOfService))
    return { text, left: 0 };
  let out = '';
  let copied = 0;
  let left = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as VisitEntry;
    if (e.iso <= dateOfService) continue;
    const end = entries[i + 1]?.start ?? text.length;
    out += text.slice(copied, e.start) + text.slice(e.start, end).replace(/[^\n\r]/g, ' ');
    copied = end;
    left++;
  }
  return copied === 0 ? { text, left: 0 } : { text: out + text.slice(copied), left };
}

/**
 * The input with each note field read for its date of service (textForVisit); the input itself when
 * it has no date or no note changes. A field that changes is a new object; the others are the same.
 */
export function scopeToVisit(input: AnalyzeInput): AnalyzeInput {
  return visitScope(input).input;
}

/**
 * scopeToVisit's input, and what it left out: the later entries were left out silently before
 * stop 53, so a reader of the result could not tell that part of the note was never read (the
 * result's `laterEntriesUnread`, which the surfaces can show: "2 later entries not read").
 * `unread` is undefined when nothing was left out.
 */
export function visitScope(input: AnalyzeInput): {
  input: AnalyzeInput;
  unread: LaterEntriesUnread | undefined;
} {
  const date = input.dateOfService;
  if (date === undefined) return { input, unread: undefined };
  let fields: FieldText[] | undefined;
  let entries = 0;
  const fieldIds: string[] = [];
  for (let i = 0; i < input.fields.length; i++) {
    const f = input.fields[i] as FieldText;
    if (f.kind !== 'note') continue;
    const read = readForVisit(f.text, date);
    if (read.left === 0) continue;
    fields ??= input.fields.slice();
    fields[i] = { id: f.id, kind: f.kind, text: read.text };
    entries += read.left;
    fieldIds.push(f.id);
  }
  if (!fields) return { input, unread: undefined };
  return { input: { ...input, fields }, unread: { dateOfService: date, entries, fieldIds } };
}
