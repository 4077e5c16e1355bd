import type { Status } from '../types';
import { isSpace, spells } from '../text/char-scan';
import { ANSWER_HEADING, sentenceBounds } from '../text/sentence-bounds';
import { sectionRules } from './context-rules';
import { negatedLists } from './negated-list';
import { problemStatuses } from './problem-status';
import { supersededPreop } from './superseded-preop';
import { priorStudies } from './prior-study';

/**
 * A heading that sets a default status for the text after it, up to the next heading; or (name '')
 * the sentence that ends a past-history or family section by speaking of the present.
 */
export type Section = { start: number; name: string; status: Status | null };

/**
 * A heading, tried at one place (sticky). Sweeping it (/g) over a note cost as much as the stenosis
 * sweep itself: it can start at any newline, period or comma. Every match ends at the first colon
 * after its start, so `headings` goes from colon to colon instead and tries it only where a match
 * ending there could start.
 */
export const HEADING = /(?:^|\n|[.,]\s{0,3})\s{0,3}([A-Z][A-Z /&]{0,40}|[A-Z][a-z]+(?: [A-Za-z][a-z]*){0,3}):/y;
const RULES = sectionRules.map((rule) => ({ status: rule.status, sentence: rule.sentence === true, pattern: new RegExp(`^(?:${rule.pattern})$`, 'i') }));
/** The last answer, and whether any of its headings sets a status (most notes' headings set none). */
let last: { text: string; sections: readonly Section[]; anyStatus: boolean } | undefined;
/** A sentence that starts by saying it speaks of the present ("Now ...", "She currently ..."). */
const PRESENT =
  /(?:[.!?;]\s+|\n\s*)(?:(?:he|she|the\s+patient|patient|pt)\s+)?(?:now|today|currently|presently|at\s+present|at\s+this\s+time|presents|this\s+visit)\b/gi;

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
  labelColons.length = 0;
  const found = headings(text, labelColons);
  let anyStatus = false;
  for (let k = 0; k < found.length; k++) {
    const m = found[k] as RegExpExecArray;
    const name = (m[1] ?? '').trim();
    const rule = RULES.find((r) => r.pattern.test(name));
    const status = rule?.status ?? null;
    const start = m.index + m[0].length;
    sections.push({ start, name, status });
    if (status !== null && rule?.sentence === true) {
      anyStatus = true;
      // "COMPARISON: Previous MRI 10/13/2004. There is minimal curvature ...": a comparison line
      // names the earlier study in one sentence, and the findings often run on without a heading.
      const end = k + 1 < found.length ? (found[k + 1] as RegExpExecArray).index : text.length;
      const first = sentenceBounds(text, start, start).end;
      if (first < end) sections.push({ start: first, name: '', status: null });
      continue;
    }
    // "PMH: laminectomy for stenosis. Now with recurrent stenosis at L3-4": the past-history or
    // family section ends at a sentence that speaks of the present.
    if (status !== null) {
      anyStatus = true;
      const end = k + 1 < found.length ? (found[k + 1] as RegExpExecArray).index : text.length;
      // Read within the section only, so a note of many such headings is still read once.
      PRESENT.lastIndex = 0;
      const now = PRESENT.exec(text.slice(start, end));
      // It starts right after the mark that ends the sentence before, where that sentence's bounds end.
      if (now !== null) sections.push({ start: start + now.index + 1, name: '', status: null });
    }
  }
  if (copiedForward(text, sections, labelColons)) anyStatus = true;
  if (priorStudies(text, sections)) anyStatus = true;
  if (pendingQuery(text, sections)) anyStatus = true;
  if (supersededPreop(text, sections)) anyStatus = true;
  if (negatedLists(text, sections)) anyStatus = true;
  if (problemStatuses(text, sections)) anyStatus = true;
  last = { text, sections, anyStatus };
  return sections;
}

/**
 * A label that says the text after it was copied from an earlier visit, read on the line before its
 * colon: "HPI (carried forward from 03/12/2024 visit):", "HPI carried forward from 03/12/2025:",
 * "Copied forward from prior note:", "Copied over from prior note:", "Exam copied from the 03/12/2025
 * visit:", or a section's name said to be the prior visit's ("HPI from prior visit:", "Assessment
 * (per last note):"). Such labels hold brackets and digits, which HEADING does not read. "From
 * the prior visit" counts only after a section's name at the line's start, so that prose ending in
 * a colon ("Pain improved from the prior visit: now 3/10") is no label.
 */
const EARLIER = String.raw`(?:the[ \t]+)?(?:(?:prior|previous|last|earlier|preceding)|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})[ \t]+(?:office[ \t]+)?(?:visit|note|encounter|exam|examination|appointment|consult(?:ation)?)s?\b`;
const SECTION_NAME = String.raw`(?:hpi|history(?:[ \t]+of[ \t]+present[ \t]+illness)?|interval[ \t]+history|subjective|ros|review[ \t]+of[ \t]+systems|(?:physical[ \t]+)?exam(?:ination)?|pe|assessment(?:[ \t]+and[ \t]+plan)?|a/p|a&p|impression|plan|problem[ \t]+list|pmh|past[ \t]+medical[ \t]+history|imaging|findings|narrative)`;
const COPIED_LABEL = new RegExp(
  String.raw`(?:\b(?:(?:carried|copied|brought|pulled|imported)(?:\s+and\s+pasted)?\s+forward|(?:carried|copied)(?:\s+and\s+pasted)?\s+over)\b|\b(?:copied|pasted|imported)[ \t]+from[ \t]+${EARLIER}|^[ \t]*(?:[-*\u2022][ \t]*)?${SECTION_NAME}[ \t]*[([]?[ \t]*(?:(?:copied|pasted|taken|pulled|imported)[ \t]+)?(?:from|per)[ \t]+${EARLIER})(?:[^:\n.;]|\.(?=\d)){0,60}:$`,
  'i',
);

/**
 * Where a copied block ends, when no heading ends it first: a blank line, or a line that opens with
 * a label of its own ("Interval history (today):").
 */
const BLOCK_END = /\n[ \t]*(?:\r?\n|[A-Z][A-Za-z0-9 ()/&-]{0,40}:)/g;

/**
 * Adds the copied-forward blocks of a note to its sections, keeping them in order: each is
 * historical from its label's colon to the next heading or blank line. What an earlier visit said
 * is that visit's finding, not today's ("HPI (carried forward from 03/12/2024 visit): \"... disc
 * herniation with left S1 radiculopathy\""). Returns whether it added any.
 */
function copiedForward(text: string, sections: Section[], colons: readonly number[]): boolean {
  let added = false;
  const scan = resetLabelLineScan();
  for (const colon of colons) {
    // Read on its line, a little way back (see labelLineBefore): most label colons of a note
    // ("HISTORY OF PRESENT ILLNESS:") hold neither word the label ends with, told before the slice
    // and the RegExp.
    const from = labelLineBefore(scan, text, colon);
    if (from < 0) continue;
    if (!COPIED_LABEL.test(text.slice(from, colon + 1))) continue;
    const start = colon + 1;
    BLOCK_END.lastIndex = start;
    const blank = BLOCK_END.exec(text);
    let end = blank === null ? text.length : blank.index + 1;
    // A heading after the label ends the block (the label may itself be read as one: it ends at its colon).
    for (const s of sections) if (s.start > start && s.start < end) end = s.start;
    const copied: Section = { start, name: 'copied forward', status: 'historical' };
    // What follows the block: the section the block interrupted, or the heading that ends it.
    let after: Status | null = null;
    for (const s of sections) if (s.start <= end) after = s.status;
    const i = sections.findIndex((s) => s.start > start);
    const rest = i < 0 ? [] : sections.splice(i);
    sections.push(copied);
    if (end < text.length && !rest.some((s) => s.start === end))
      sections.push({ start: end, name: '', status: after });
    sections.push(...rest);
    added = true;
  }
  return added;
}

/**
 * A documentation query to the provider (CDI): its title, and where the provider's answer starts.
 * Its options and question are the query writer's words, not the provider's: nothing in it is
 * documented until the answer, which counts by what it says ("Provider response: lumbar stenosis
 * with neurogenic claudication"; "(pending)" documents nothing). QA stop 48, class F; AHIMA/ACDIS
 * "Guidelines for Achieving a Compliant Query Practice" (2022 update): a query asks, it does not
 * document, and the answer is documented by the provider in the record.
 */
const QUERY_TITLE =
  /\b(?:CDI|clinical[ \t]+documentation(?:[ \t]+(?:integrity|improvement|specialist))?|documentation|physician|provider)[ \t]+(?:clarification[ \t]+)?query\b/gi;
/**
 * The answer's heading, with up to three of a date, a time, a note in brackets and who answered
 * before its colon ("PROVIDER RESPONSE (11/10/2026):", "Physician response 11/10/26 -", "PROVIDER
 * RESPONSE 11/17/2026 (addendum to the 11/14 note):", "Provider response from Dr. Ng 11/17 09:40:"),
 * or a bare "Response:", "Answer:", "Attestation:"
 * at a line's start, or the provider's signature line ("Electronically signed by ..."): the
 * query's hypothetical scope ends there (QA stop 49, class C2). A dash counts with a space on
 * either side ("Answer - ", "Answer -lumbar", "Reply- "), as text/sentence-bounds.ts's ANSWER_LINE
 * reads the same headings as a line's own sentence.
 */
const QUERY_ANSWER = new RegExp(
  String.raw`(?:\b${ANSWER_HEADING.who}${ANSWER_HEADING.word}|(?:^|\n)[ \t]*${ANSWER_HEADING.word}|(?:^|\n)[ \t]*(?:electronically[ \t]+)?signed[ \t]+by\b)${ANSWER_HEADING.details}(?:[ \t]*(?::|[\u2013\u2014-][ \t]|(?<=by))|[ \t]+[\u2013\u2014-])`,
  'gi',
);

/**
 * Where the answer's section starts: at its heading, not after it, so a sentence the heading
 * begins ("Provider response 12/01 - lumbar stenosis …") takes the answer's status, not the
 * query's. A heading at a line's start takes the line break before it too, as a sentence's bounds
 * do (sentence-bounds.ts).
 */
function answerStart(text: string, index: number): number {
  let at = index;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  if (text[at] === '\n') return at;
  return at > 0 && text[at - 1] === '\n' ? at - 1 : index;
}

/**
 * Adds a documentation query's block to the sections, keeping them in order: hypothetical from its
 * title to the provider's answer (or the note's end), the answer and what follows read as before.
 * Returns whether it added one. Two indexOf calls spare the notes that hold no "query".
 */
function pendingQuery(text: string, sections: Section[]): boolean {
  if (text.indexOf('uery') < 0 && text.indexOf('UERY') < 0) return false;
  QUERY_TITLE.lastIndex = 0;
  const title = QUERY_TITLE.exec(text);
  if (title === null) return false;
  const start = title.index + title[0].length;
  QUERY_ANSWER.lastIndex = start;
  const answer = QUERY_ANSWER.exec(text);
  const end = answer === null ? text.length : answerStart(text, answer.index);
  // What follows the block: the section it interrupted (a heading inside the query is the query's).
  let after: Status | null = null;
  for (const s of sections) if (s.start <= start) after = s.status;
  const kept = sections.filter((s) => s.start <= start || s.start >= end);
  sections.length = 0;
  for (const s of kept) if (s.start <= start) sections.push(s);
  sections.push({ start, name: 'query', status: 'hypothetical' });
  if (end < text.length && !kept.some((s) => s.start === end)) sections.push({ start: end, name: '', status: after });
  for (const s of kept) if (s.start > start) sections.push(s);
  return true;
}

/**
 * What labelLineBefore has read of a note: up to `read`, where its last line break is and where its
 * last label word ("forward", "over", "from", "per", in any case, inside a word too) starts.
 */
export type LabelLineScan = { read: number; newline: number; word: number };

export const newLabelLineScan = (): LabelLineScan => ({ read: 0, newline: -1, word: -1 });

/**
 * The one scan the analysis reuses, reset for a note: a scan made per note died with its
 * analysis, and the optimized labelLineBefore that had checked it was thrown away at the next full
 * collection ("weak objects", the analyze bench's shapes check; docs/architecture.md, "Stable
 * object shapes"). copiedForward reads one note at a time, to its end, so one scan serves all.
 */
const scanOfNote = newLabelLineScan();
function resetLabelLineScan(): LabelLineScan {
  scanOfNote.read = 0;
  scanOfNote.newline = -1;
  scanOfNote.word = -1;
  return scanOfNote;
}

/** Whether a label word starts at `at` (its first character `c`, lower-cased by | 32). */
function labelWordAt(text: string, at: number, c: number): boolean {
  // "f" (102), "o" (111), "p" (112): the words' first letters.
  if (c === 102) return spells(text, at, 'forward') || spells(text, at, 'from');
  if (c === 111) return spells(text, at, 'over');
  return c === 112 && spells(text, at, 'per');
}

/**
 * The start of the colon's line, looked for no further back than 100 characters, when the line
 * from there to the colon holds a label word; else -1. Asked for a note's label colons in text
 * order, with one `scan` per note: the note is read at most once, forward, to each colon in turn
 * (a word that starts before a colon ends before it: a colon is no letter). Read back from every colon
 * (its line start, then its words), a note written without line breaks (MTSamples
 * transcriptions, a label's answer list run on) had each stretch read again for every later
 * colon within 100 characters of it. find-sections.test.ts holds it to that reading.
 */
export function labelLineBefore(scan: LabelLineScan, text: string, colon: number): number {
  const reach = colon > 100 ? colon - 100 : 0;
  // Nothing before the reach is asked for: a note whose label colons stand far apart is read only
  // near each (a line break or a word skipped there would stand before `from` anyway).
  for (let i = scan.read > reach ? scan.read : reach; i < colon; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) scan.newline = i;
    else if (labelWordAt(text, i, c | 32)) scan.word = i;
  }
  if (colon > scan.read) scan.read = colon;
  const from = scan.newline >= reach ? scan.newline + 1 : reach;
  return scan.word >= from ? from : -1;
}

/**
 * The colons headings() saw that may end a copied-forward label: a bracket right before ("HPI
 * (carried forward from 03/12/2024 visit):"), a date ("HPI carried forward from 03/12/2025:"), or
 * a long run of words ("Copied forward from prior note:", "from 03/12/2025 visit:"). Most colons
 * of a note are none of these ("L4-5:", "Impression:"), and cost a test or two each.
 */
const labelColons: number[] = [];
/** The shortest run of words before a colon that may be a copied-forward label ("Copied forward:"). */
const LABEL_WORDS = 14;

/** A digit, or a character a date is written with between its digits ("/", "-", "."). */
const isDateChar = (c: number) => (c >= 48 && c <= 57) || c === 47 || c === 45 || c === 46;

/**
 * Whether a date of four characters or more ends right before the colon, after a space ("from
 * 03/12/2025:", "from 2025:"): "L4-5:" and "T11-12:" have a letter before their digits.
 */
function endsWithDate(text: string, colon: number): boolean {
  let i = colon - 1;
  while (i >= 0 && isDateChar(text.charCodeAt(i))) i--;
  return colon - 1 - i >= 4 && (i < 0 || isSpace(text.charCodeAt(i)));
}

/** Whether a date of four characters or more ends right before `start`, after a space ("from 03/12/2025 visit:"). */
function afterDate(text: string, start: number): boolean {
  // The walk back to `start` stopped at a character no heading holds: a date's last digit, here.
  const c = text.charCodeAt(start - 1);
  return c >= 48 && c <= 57 && endsWithDate(text, start);
}

/**
 * Can this character sit between a heading's start and its colon? A superset of what HEADING reads
 * there: its name's ASCII letters, space, "/" and "&", and everything `\s` matches.
 */
function mayPrecedeColon(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 38 || isSpace(c);
}

/**
 * The matches a global sweep of HEADING finds, in order (exported for its property test). A match
 * holds no colon before its last character, so the next match ends at the next colon or a later
 * one, and starts after the colon before it. Walking back from a colon over the characters a
 * heading may hold bounds where a match ending there can start; HEADING is tried, leftmost first,
 * at each newline, period or comma there (and at 0, where "^" matches). Most of a note is never
 * read by the RegExp.
 */
export function headings(text: string, labels?: number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', from)) {
    let start = colon;
    while (start > from && mayPrecedeColon(text.charCodeAt(start - 1))) start--;
    // (`labels`: the colons that may end a copied-forward label, see labelColons.)
    if (labels !== undefined && (text.charCodeAt(colon - 1) === 41 || colon - start >= LABEL_WORDS || endsWithDate(text, colon) || afterDate(text, start))) labels.push(colon);
    // The character that stopped the walk may be the period or comma a heading starts with.
    if (start > from) start--;
    for (let at = start; at < colon; at++) {
      const c = text.charCodeAt(at);
      if (at !== 0 && c !== 10 && c !== 46 && c !== 44) continue;
      HEADING.lastIndex = at;
      const m = HEADING.exec(text);
      if (m !== null) {
        out.push(m);
        break;
      }
    }
    from = colon + 1;
  }
  return out;
}

/** The status implied by the section that contains `position` (binary search: notes have many headings). */
export function sectionStatusAt(sections: readonly Section[], position: number): Status | null {
  // Asked once a sentence: where no heading of the note sets a status, no search is needed.
  if (last !== undefined && last.sections === sections && !last.anyStatus) return null;
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
