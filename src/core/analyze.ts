import { noteInpatientFindings, noteInpatientVerdicts } from './care-setting/inpatient-note';
import { withoutAgreements } from './families-read/axis-agreement';
import { notCheckedReason, notCheckedTemplate } from './families-read/check-families';
import { codeVerdicts } from './families-read/code-verdicts';
import { buildRuleContext } from './rules/build-context';
import { visitScope } from './dates/visit-entries';
import { noNoteReason, noNoteTemplate, noteTextRead, partLanguageReason, partLanguageTemplate, RULES_WITHOUT_NOTE, unreadLanguage, unreadPart } from './rules/note-read';
import { checklistAsRead, withdrawAbsenceFindings } from './rules/unread-part';
import { runRules } from './rules/run-rules';
import { quotesWithCues } from './mentions/quote-with-cue';
import { RULES } from './rules/registry';
import { readFullWidth, restoreQuotes } from './text/full-width';
import type { AnalyzeInput, AnalyzeResult, CodeLookup } from './types';
import { quotesOnOneLine } from './text/one-line-quotes';

export type AnalyzeOptions = {
  /** Official code data from the knowledge base; without it, only M99's structure is judged. */
  lookup?: CodeLookup;
};

/**
 * Reads codes and stenosis documentation from page text and returns findings: codes from every
 * field, mentions from notes, and the registered rules (rules/registry.ts) applied to the codes
 * entered in diagnosis fields (or, when there are none, to the codes the note names as current:
 * rules/note-codes-judged.ts). Pure: the same input always gives the same output.
 *
 * @example
 * analyze({fields: [
 *   {id: 'dx', kind: 'diagnosis', text: 'M99.60'},
 *   {id: 'note', kind: 'note', text: 'Moderate left C5-6 foraminal narrowing due to uncovertebral osteophytes.'},
 * ]}).findings.map((f) => f.rule) // ['region-mismatch', 'classified-elsewhere', ...]
 */
export function analyze(given: AnalyzeInput, options: AnalyzeOptions = {}): AnalyzeResult {
  // A cumulative note is read up to the date of service's entry (dates/visit-entries.ts).
  // Later entries left unread are said so in the result (laterEntriesUnread), never silently.
  const { input, unread } = visitScope(given);
  // Full-width forms ("L３-L４") are read as ASCII; the result then quotes what the user wrote.
  const read = readFullWidth(input);
  const result = read.originals
    ? restoreQuotes(analyzeRead(read.input, options), read.originals, codeFieldIds(input))
    : analyzeRead(input, options);
  if (unread) result.laterEntriesUnread = unread;
  return result;
}

/** The fields that hold codes, not prose: a code quoted from them is named as read (text/full-width.ts). */
const codeFieldIds = (input: AnalyzeInput) =>
  new Set(input.fields.filter((f) => f.kind !== 'note').map((f) => f.id));

function analyzeRead(input: AnalyzeInput, options: AnalyzeOptions): AnalyzeResult {
  const { ctx, findings, comparisons, limits, mentions } = buildRuleContext(input, options.lookup);
  // No note text read: no rule judges a code against the note, and the verdicts say why (note-read.ts).
  // The checklist is empty too: with nothing read, no item is missing from the note.
  // Notes written only in a language ChartLint does not read (Spanish), from which the readers took
  // nothing, are no note text either: a code is not called "not documented" by a note nobody read
  // (note-language.ts). A Spanish note whose levels and segments were read ("Subluxacion C5-C6")
  // is judged as read.
  const readNothing = ctx.mentions.length === 0 && (ctx.chiro?.visit.segments.length ?? 0) === 0;
  const language = readNothing && ctx.notes.length > 0 ? unreadLanguage(ctx.notes) : undefined;
  const noNote = language !== undefined || !noteTextRead(ctx.notes);
  runRules(noNote ? RULES_WITHOUT_NOTE : RULES, ctx, findings, comparisons);
  // One honest verdict per judged code, from what the rules compared (never supported by default).
  const isM99Stenosis = (code: string) => ctx.entered.find((c) => c.code === code)?.m99 !== undefined;
  const codes: string[] = [];
  for (const c of ctx.entered) codes.push(c.code);
  // A note partly in Spanish: a code the English part does not document may be documented in the
  // part nobody read; it is not checked rather than unsupported (rules/unread-part.ts).
  const unread = !noNote && findings.length > 0 ? withdrawAbsenceFindings(codes, ctx.notes, findings, comparisons, unreadPart) : undefined;
  // Inpatient: the findings and verdicts that quote an uncertain statement counted as documented say so (II.H).
  if (ctx.inpatient) noteInpatientFindings(findings, ctx.inpatient);
  const verdicts = codeVerdicts(
    codes,
    findings,
    comparisons,
    (code) => (noNote ? noNoteReason(code, isM99Stenosis(code), language) : unread?.has(code) ? partLanguageReason(code) : notCheckedReason(code, isM99Stenosis(code))),
    (code) => (noNote ? noNoteTemplate(code, isM99Stenosis(code), language) : unread?.has(code) ? partLanguageTemplate(code) : notCheckedTemplate(code, isM99Stenosis(code))),
  );
  if (ctx.inpatient) noteInpatientVerdicts(verdicts, ctx.inpatient, ctx.mentions);
  // A quoted statement the note negates or hedges keeps the words that say so ("No …").
  quotesWithCues(findings, [...mentions, ...(ctx.procedureEvidence ?? []), ...(ctx.chiro?.visit.segments ?? [])], input.fields);
  // Words quoted from a note wrapped over lines read on one line.
  quotesOnOneLine(findings, verdicts, comparisons);
  const result: AnalyzeResult = { codes: [...ctx.codes], mentions: [...mentions], findings, checklist: noNote ? [] : checklistAsRead(ctx.checklist, ctx.notes, unreadPart), comparisons: withoutAgreements(comparisons), verdicts, ...(limits ? { limits } : {}) };
  if (ctx.chiro) result.chiro = ctx.chiro.visit;
  if (ctx.inpatient) result.setting = 'inpatient';
  if (ctx.procedureEvidence && ctx.procedureEvidence.length > 0) result.procedureEvidence = [...ctx.procedureEvidence];
  return result;
}
