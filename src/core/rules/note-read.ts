/**
 * The one condition under which ChartLint judges no code against a note: no note text was read (no
 * note field, or only empty or blank ones; diagnosis, procedure and coverage fields are not note).
 * A codes-only page (a superbill, a claim screen) or a frame whose note sits in another site's
 * frame then gets no finding that says what the note lacks, and each code that a note would have
 * been compared with is not checked, saying that no note text was read: ChartLint accuses a code
 * only on text it read, as it calls one supported only when something checked it.
 */
import { isChiroCode } from '../chiro/chiro-region-support';
import { notCheckedReason, notCheckedTemplate } from '../families-read/check-families';
import type { CodeVerdict, FieldText, RuleId } from '../types';
import { holdsSpanishPart, unreadNoteLanguage } from './note-language';
import { RULES } from './registry';
import type { RuleDefinition } from './rule';

/**
 * The rules that judge a code (or the visit) against what the note says: each rule says so in its
 * own file (RuleDefinition.readsNote). The others keep running without a note: a code that does
 * not exist or is not billable (catalog), a region digit with no spine, an Excludes1 pair, the
 * first-listed diagnosis and modifiers a Medicare claim needs, and a procedure ChartLint does not
 * know are all read from the codes and lines themselves.
 */
export const NOTE_RULES: ReadonlySet<RuleId> = new Set<RuleId>(RULES.filter((r) => r.readsNote).map((r) => r.id));

/** The registry without the note rules, in registry order: what runs when no note text was read. */
export const RULES_WITHOUT_NOTE: readonly RuleDefinition[] = RULES.filter((r) => !NOTE_RULES.has(r.id));

// Blank: white space, and the zero-width characters editors leave in a field that looks empty.
const NOT_BLANK = /[^\s\u200b-\u200d\u2060]/;
const BLANK = /[\s\u200b-\u200d\u2060]/;

/**
 * A line that is only a template's heading, a label of a few words and its colon ("Plan:", "HPI:",
 * "S:", "Assessment / Plan:"): an EHR's note template is filled with these before anyone writes.
 */
const HEADING = /^\p{L}[\p{L}\p{N} ./&()'-]{0,40}:$/u;
const HEADING_MAX = 43;

/** Whether text[start, end) (a line) holds writing: it is neither blank nor only a heading. */
function lineHoldsWriting(text: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a < b && BLANK.test(text[a] as string)) a++;
  while (b > a && BLANK.test(text[b - 1] as string)) b--;
  if (a === b) return false;
  return b - a > HEADING_MAX || text.charCodeAt(b - 1) !== 58 || !HEADING.test(text.slice(a, b));
}

/**
 * Whether a note holds writing: a line other than white space or a template's headings. Only
 * the lines up to the first written one are read (a real note's first or second line).
 */
function holdsWriting(text: string): boolean {
  const first = text.search(NOT_BLANK);
  if (first < 0) return false;
  for (let from = text.lastIndexOf('\n', first) + 1; from < text.length; ) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    if (lineHoldsWriting(text, from, end)) return true;
    from = end + 1;
  }
  return false;
}

/**
 * Whether any note field holds writing, text other than white space and a template's headings
 * ("Subjective:", "Plan:" and the like, with nothing after them): the condition every note rule and
 * the verdicts' reasons depend on (analyze.ts), and the extension's frames too (background). A
 * template nobody has written in yet is no note: judged against it, every code was "not
 * supported" before the clinician typed a word.
 *
 * @example noteTextRead([{id: 'dx', kind: 'diagnosis', text: 'M99.61'}, {id: 'n', kind: 'note', text: ' \n'}]) === false
 * @example noteTextRead([{id: 'n', kind: 'note', text: 'Subjective:\nObjective:\nPlan:'}]) === false
 */
export function noteTextRead(fields: readonly FieldText[]): boolean {
  for (const f of fields) if (f.kind === 'note' && holdsWriting(f.text)) return true;
  return false;
}

/**
 * The language of the written notes when ChartLint does not read it (note-language.ts): 'es' when
 * every note that holds writing is in Spanish. analyze() then judges no code against them, as with
 * no note text, and the verdicts say the note's language is why.
 */
export const unreadLanguage = (fields: readonly FieldText[]): 'es' | undefined => unreadNoteLanguage(fields, holdsWriting);

/** Whether a written note holds a line in Spanish that names a clinical finding (note-language.ts). */
export const unreadPart = (fields: readonly FieldText[]): boolean => holdsSpanishPart(fields, holdsWriting);

/** The catalogue id of the reason a code was not checked when no note text was read. */
export const NO_NOTE_REASON = 'reason_not_checked_no_note';

/**
 * Whether a note could have changed the code's verdict: M99 stenosis codes, the spine families'
 * region-specific codes and the chiropractic M99.0-/M99.1- codes are compared with a note; a code
 * outside the families, or one without a region, keeps its own reason (a note would not check it).
 */
function comparedWithNote(code: string, m99Stenosis: boolean): boolean {
  if (m99Stenosis || isChiroCode(code)) return true;
  const ordinary = notCheckedTemplate(code, false).messageId;
  return ordinary === 'reason_not_checked_nothing_to_compare';
}

/** notCheckedReason when no note text was read, or only notes in a language ChartLint does not read (`language`). */
export function noNoteReason(code: string, m99Stenosis: boolean, language?: 'es'): string {
  if (!comparedWithNote(code, m99Stenosis)) return notCheckedReason(code, m99Stenosis);
  return language
    ? `the note is written in Spanish, which ChartLint does not read, so nothing was compared with ${code}`
    : `no note text was read, so nothing was compared with ${code}`;
}

/** noNoteReason as a catalogue template and its placeholders. */
export function noNoteTemplate(
  code: string,
  m99Stenosis: boolean,
  language?: 'es',
): { messageId: string; params: Record<string, string> } {
  if (!comparedWithNote(code, m99Stenosis)) return notCheckedTemplate(code, m99Stenosis);
  return language ? { messageId: NOTE_LANGUAGE_REASON, params: { code } } : { messageId: NO_NOTE_REASON, params: { code } };
}

/** The catalogue id of the reason a code was not checked when the notes are in Spanish (unreadLanguage). */
export const NOTE_LANGUAGE_REASON = 'reason_not_checked_note_spanish';

/** The catalogue id of the reason a code was not checked when part of a note is in Spanish (unread-part.ts). */
export const NOTE_PART_LANGUAGE_REASON = 'reason_not_checked_note_part_spanish';

/**
 * Why a code is not checked when the English part of a note does not document it and another part
 * is in Spanish, which the readers do not read (unread-part.ts): in English and as a template.
 */
export function partLanguageReason(code: string): string {
  return `part of the note is written in Spanish, which ChartLint does not read, and the English part does not document ${code}, so it was not checked`;
}
export const partLanguageTemplate = (code: string): { messageId: string; params: Record<string, string> } => ({ messageId: NOTE_PART_LANGUAGE_REASON, params: { code } });

/** Whether a verdict is not checked because no note text was read (noNoteReason). */
export const notCheckedForNoNote = (v: CodeVerdict): boolean =>
  v.verdict === 'not-checked' && v.params?.reason_msg === NO_NOTE_REASON;

/**
 * A no-note verdict (notCheckedForNoNote) said for a whole page of frames (the extension): no
 * frame had note text, or the note text is in a frame from `noteSite`, another site whose frames
 * are checked apart until the user pairs the two (options, "Frames checked together").
 */
export function noNoteOnPage(v: CodeVerdict, noteSite?: string): CodeVerdict {
  const code = v.code;
  if (noteSite === undefined)
    return {
      ...v,
      reason: `no note text was found on this page, so nothing was compared with ${code}`,
      params: { code, reason_msg: 'reason_not_checked_no_note_on_page' },
    };
  return {
    ...v,
    reason: `${code} is in a frame with no note text; the note text on this page is in a frame from ${noteSite}, a site checked apart from this one. To check them together, pair the two sites in ChartLint's options under “Frames checked together”`,
    params: {
      code,
      site: noteSite,
      frames_msg: 'pairedTitle',
      reason_msg: 'reason_not_checked_note_other_site',
    },
  };
}
