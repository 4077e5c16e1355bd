import { documentedMentions } from '../care-setting/documented-view';
import type { CountedUncertain } from '../care-setting/counts-as-documented';
import { parseFamilyCode } from '../families';
import { findCodes } from '../find-codes';
import { m99Structure, parseM99Code } from '../m99/m99-axes';
import { mentionLimits, scanMentions, type MentionScan } from '../mentions/find-mentions';
import { ANCHOR_WORD, findProcedureEvidence } from '../mentions/find-procedures';
import { spineCodeAddedAfter } from '../spine-families/code-history';
import type { AnalyzeInput, ChecklistItem, CodeInfo, CodeLookup, Comparison, FieldText, Finding, FoundCode, Mention, Span } from '../types';
import { chiroChecklist } from '../chiro/chiro-checklist';
import { isChiroVisit, type ChiroContext } from '../chiro/chiro-context';
import { readVisit } from '../chiro/read-visit';
import { buildChecklist, mechanismForCodes } from './build-checklist';
import { noteCodesJudged } from './note-codes-judged';
import type { CodeGroup, RuleContext } from './rule';

type CodeReading = { structure: ReturnType<typeof m99Structure>; family: CodeGroup['family']; m99: CodeGroup['m99'] };

/**
 * What a code's characters say (M99 structure, family reading, M99 axes): fixed data, so read once
 * per distinct code and kept (a few hundred codes at most), not again at every keystroke's analysis.
 * Rules that read a code nobody entered (suggested-code's M99 codes) ask it too.
 */
const readings = new Map<string, CodeReading>();
export function readCode(code: string): CodeReading {
  let reading = readings.get(code);
  if (!reading) {
    reading = { structure: m99Structure(code), family: parseFamilyCode(code), m99: parseM99Code(code) };
    if (readings.size < 1024) readings.set(code, reading);
  }
  return reading;
}

/** Groups the judged codes by code, in page order, with what the catalog (or M99's structure) says. */
function groupCodes(judged: FoundCode[], lookup: CodeLookup | undefined, before: CodeLookup | undefined): CodeGroup[] {
  const byCode = new Map<string, FoundCode[]>();
  for (const c of judged) {
    const list = byCode.get(c.code);
    if (list) list.push(c);
    else byCode.set(c.code, [c]);
  }
  // Pushed into a literal, not [...byCode].map(): the rules iterate this array at every analysis,
  // and the array map's result changed its elements kind once the builder was optimised, throwing
  // the optimised rule runner away ("wrong map") in the middle of a warm-up.
  const groups: CodeGroup[] = [];
  for (const [code, found] of byCode) groups.push(groupOf(code, found, lookup, before));
  return groups;
}

function groupOf(code: string, found: FoundCode[], lookup: CodeLookup | undefined, before: CodeLookup | undefined): CodeGroup {
  const info = lookup?.(code);
  // Without a catalog, a code known to be added after the date of service does not exist (yet).
  const notYet = before?.history?.(code) !== undefined;
  const { structure, family, m99 } = readCode(code);
  const evidence: Span[] = [];
  for (const f of found) evidence.push(f.span);
  return {
    code,
    found,
    evidence,
    info,
    exists: lookup ? info !== undefined : notYet ? false : structure === undefined ? undefined : structure !== 'invalid',
    billable: lookup ? info?.billable : structure === undefined ? undefined : structure === 'billable',
    family,
    m99,
  };
}

/**
 * The chiropractic reading of a chiropractic/osteopathic visit, and its checklist in place of the
 * stenosis one (which does not apply to M99.0-/M99.1-) unless a stenosis code is entered too.
 */
function chiroReading(input: AnalyzeInput, judged: FoundCode[]): { chiro?: ChiroContext; checklist?: ChecklistItem[] } {
  if (!isChiroVisit(input.fields, judged)) return {};
  const { visit, unknownProcedures, regionCounts } = readVisit(input.payer ? { fields: input.fields, codes: judged, payer: input.payer } : { fields: input.fields, codes: judged });
  const chiro: ChiroContext = { visit, codes: judged, unknownProcedures, regionCounts };
  return judged.some((c) => parseM99Code(c.code)) ? { chiro } : { chiro, checklist: chiroChecklist(visit) };
}

/**
 * One pass over the fields (this runs at every keystroke's analysis; filter/flatMap chains were a
 * share of a short note's cost): the codes of every field but procedure and coverage fields, the
 * note fields, whether there is a diagnosis field, and where the first note names the procedure
 * reader's anchor word (found by the code sweep, so the procedure reader need not sweep the note).
 */
function readFields(fields: readonly FieldText[]): { codes: FoundCode[]; notes: FieldText[]; hasDiagnosis: boolean; anchors: number[] } {
  const codes: FoundCode[] = [];
  const notes: FieldText[] = [];
  const anchors: number[] = [];
  let hasDiagnosis = false;
  for (const field of fields) {
    const firstNote = field.kind === 'note' && notes.length === 0;
    if (field.kind === 'note') notes.push(field);
    else if (field.kind === 'diagnosis') hasDiagnosis = true;
    // A fee ticket's "G0283" is a procedure, not ICD-10-CM G02.83: procedure fields are read apart;
    // a coverage field ("Payer: Medicare Part B") only names the payer.
    if (field.kind === 'procedure' || field.kind === 'coverage') continue;
    const found = firstNote ? findCodes(field, ANCHOR_WORD, anchors) : findCodes(field);
    for (let i = 0; i < found.length; i++) codes.push(found[i] as FoundCode);
  }
  return { codes, notes, hasDiagnosis, anchors };
}

/**
 * The mention scan of each note. A loop, not notes.map: the array map's result changed its
 * elements kind once optimised, and the optimised context builder was thrown away ("wrong map").
 */
function scanNotes(notes: readonly FieldText[]): ReturnType<typeof scanMentions>[] {
  const scans: ReturnType<typeof scanMentions>[] = [];
  for (const field of notes) scans.push(scanMentions(field));
  return scans;
}

/** Each note's first imaging spans as its scan read them, or undefined when a scan did not read them (see READS_IMAGING). */
function imagingOf(scans: readonly MentionScan[]): (readonly Span[])[] | undefined {
  const read: (readonly Span[])[] = [];
  for (const scan of scans) {
    if (scan.imaging === undefined) return undefined;
    read.push(scan.imaging);
  }
  return read;
}

/** The affirmed mentions, by a plain loop: a filter callback per mention was a visible share of a dense note's rule context. */
function affirmedOf(mentions: readonly Mention[]): Mention[] {
  const affirmed: Mention[] = [];
  for (const m of mentions) if (m.status === 'affirmed') affirmed.push(m);
  return affirmed;
}

/**
 * RuleContext.memo, one function for every analysis (not a closure made per analysis: optimized
 * rule code that inlines a closure keeps it, and its captured map, as constants, and is thrown
 * away once the analysis they belong to is collected; see docs/architecture.md, "Stable object
 * shapes"). By kind, then code: a key joined as one string was a new string to hash at every
 * lookup (the axis rules ask three times per code), where a kind literal and a code read from the
 * page keep their hashes.
 */
function memo<T>(this: Pick<RuleContext, 'memos'>, kind: string, code: string, make: () => T): T {
  let byCode = this.memos.get(kind);
  if (!byCode) this.memos.set(kind, (byCode = new Map<string, unknown>()));
  let value = byCode.get(code);
  if (value === undefined && !byCode.has(code)) byCode.set(code, (value = make()));
  return value as T;
}

/**
 * For a date of service before every release ChartLint ships (no catalog: the release chooser
 * loads none), a lookup that knows one thing: which spine codes a later release added
 * (spine-families/code-history.ts). It answers no code, so no check reads it as a catalog: `exists`
 * stays the structure's, except for a code a later release added, which does not exist yet
 * (invalid-code), and release-changes.ts words that finding from its history.
 */
function historyBeforeReleases(dateOfService: string | undefined): CodeLookup | undefined {
  if (!dateOfService || !/^\d{4}-\d{2}-\d{2}$/.test(dateOfService)) return undefined;
  // One per date, not one per analysis: a page typed into keeps its date (stable shapes, no closures per analysis).
  if (lastBefore.date !== dateOfService) {
    lastBefore.date = dateOfService;
    lastBefore.lookup = Object.assign((_code: string): CodeInfo | undefined => undefined, { history: (code: string) => spineCodeAddedAfter(code, dateOfService) });
  }
  return lastBefore.lookup;
}
const lastBefore: { date: string; lookup: CodeLookup | undefined } = { date: '', lookup: undefined };

/**
 * Reads the page once for every rule: codes from every field, mentions and the checklist from the
 * notes, and the judged codes (diagnosis fields, or when there are none the codes the note names as
 * current) grouped by code.
 * `findings` and `comparisons` are where `runRules` collects, and what `ctx.prior` shows.
 */
export function buildRuleContext(input: AnalyzeInput, lookup: CodeLookup | undefined) {
  // The loops are in small helpers: this builder runs once per analysis, and with loops of its own
  // a batch worker optimised it (a large graph, most of it the callees it inlines) for little gain.
  const { codes, notes, hasDiagnosis, anchors } = readFields(input.fields);
  const scans = scanNotes(notes);
  const mentions = scans.length === 1 ? (scans[0]?.mentions ?? []) : scans.flatMap((s) => s.mentions);
  // Inpatient, the rules read an uncertain statement as documented (II.H); the result keeps `mentions` as read.
  const inpatient: CountedUncertain[] | undefined = input.setting === 'inpatient' ? [] : undefined;
  const documented = documentedMentions(mentions, inpatient);
  const judged = hasDiagnosis ? codes.filter((c) => c.fieldKind === 'diagnosis') : noteCodesJudged(codes, notes);
  const findings: Finding[] = [];
  const comparisons: Comparison[] = [];
  // A chiropractic visit brings its own checklist: the stenosis one is then not read at all.
  const chiro = chiroReading(input, judged);
  const beforeReleases = lookup ? undefined : historyBeforeReleases(input.dateOfService);
  const ctx: RuleContext = {
    fields: input.fields,
    notes,
    noteText: notes.length === 1 ? (notes[0]?.text ?? '') : notes.map((n) => n.text).join('\n'),
    codes,
    entered: groupCodes(judged, lookup, beforeReleases),
    mentions: documented,
    affirmed: affirmedOf(documented),
    checklist: chiro.checklist ?? buildChecklist(notes, documented, imagingOf(scans)),
    procedureEvidence: notes.length === 1 && notes[0] ? findProcedureEvidence(notes[0], anchors) : notes.flatMap((field) => findProcedureEvidence(field)),
    lookup,
    beforeReleases,
    prior: findings,
    memos: new Map<string, Map<string, unknown>>(),
    memo,
    inpatient,
  };
  if (chiro.chiro) ctx.chiro = chiro.chiro;
  // The stenosis checklist's mechanism item is the entered M99 code's own cause (mechanismForCodes).
  if (!chiro.checklist) ctx.checklist = mechanismForCodes(ctx.checklist, ctx);
  return { ctx, findings, comparisons, limits: mentionLimits(scans), mentions };
}
