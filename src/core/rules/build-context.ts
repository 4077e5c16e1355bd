import { parseFamilyCode } from '../families';
import { findCodes } from '../find-codes';
import { m99Structure, parseM99Code } from '../m99/m99-axes';
import { mentionLimits, scanMentions } from '../mentions/find-mentions';
import { findProcedureEvidence } from '../mentions/find-procedures';
import type { AnalyzeInput, ChecklistItem, CodeLookup, Comparison, Finding, FoundCode } from '../types';
import { explainReleaseChange } from '../release-changes';
import { chiroChecklist } from '../chiro/chiro-checklist';
import { isChiroVisit, type ChiroContext } from '../chiro/chiro-context';
import { readVisit } from '../chiro/read-visit';
import { buildChecklist } from './build-checklist';
import { outputOf, type CodeGroup, type RuleContext, type RuleDefinition } from './rule';

type CodeReading = { structure: ReturnType<typeof m99Structure>; family: CodeGroup['family']; m99: CodeGroup['m99'] };

/**
 * What a code's characters say (M99 structure, family reading, M99 axes): fixed data, so read once
 * per distinct code and kept (a few hundred codes at most), not again at every keystroke's analysis.
 */
const readings = new Map<string, CodeReading>();
function readCode(code: string): CodeReading {
  let reading = readings.get(code);
  if (!reading) {
    reading = { structure: m99Structure(code), family: parseFamilyCode(code), m99: parseM99Code(code) };
    if (readings.size < 1024) readings.set(code, reading);
  }
  return reading;
}

/** Groups the judged codes by code, in page order, with what the catalog (or M99's structure) says. */
function groupCodes(judged: FoundCode[], lookup: CodeLookup | undefined): CodeGroup[] {
  const byCode = new Map<string, FoundCode[]>();
  for (const c of judged) {
    const list = byCode.get(c.code);
    if (list) list.push(c);
    else byCode.set(c.code, [c]);
  }
  return [...byCode].map(([code, found]) => {
    const info = lookup?.(code);
    const { structure, family, m99 } = readCode(code);
    return {
      code,
      found,
      evidence: found.map((f) => f.span),
      info,
      exists: lookup ? info !== undefined : structure === undefined ? undefined : structure !== 'invalid',
      billable: lookup ? info?.billable : structure === undefined ? undefined : structure === 'billable',
      family,
      m99,
    };
  });
}

/**
 * The chiropractic reading of a chiropractic/osteopathic visit, and its checklist in place of the
 * stenosis one (which does not apply to M99.0-/M99.1-) unless a stenosis code is entered too.
 */
function chiroReading(input: AnalyzeInput, judged: FoundCode[]): { chiro?: ChiroContext; checklist?: ChecklistItem[] } {
  if (!isChiroVisit(input.fields, judged)) return {};
  const { visit, unknownProcedures } = readVisit(input.payer ? { fields: input.fields, codes: judged, payer: input.payer } : { fields: input.fields, codes: judged });
  const chiro: ChiroContext = { visit, codes: judged, unknownProcedures };
  return judged.some((c) => parseM99Code(c.code)) ? { chiro } : { chiro, checklist: chiroChecklist(visit) };
}

/**
 * Reads the page once for every rule: codes from every field, mentions and the checklist from the
 * notes, and the judged codes (diagnosis fields, or the note when there are none) grouped by code.
 * `findings` and `comparisons` are where `runRules` collects, and what `ctx.prior` shows.
 */
export function buildRuleContext(input: AnalyzeInput, lookup: CodeLookup | undefined) {
  // A fee ticket's "G0283" is a procedure, not ICD-10-CM G02.83: procedure fields are read apart;
  // a coverage field ("Payer: Medicare Part B") only names the payer.
  const codes = input.fields.filter((f) => f.kind !== 'procedure' && f.kind !== 'coverage').flatMap((field) => findCodes(field));
  const notes = input.fields.filter((f) => f.kind === 'note');
  const scans = notes.map((field) => scanMentions(field));
  const mentions = scans.length === 1 ? (scans[0]?.mentions ?? []) : scans.flatMap((s) => s.mentions);
  const hasDiagnosis = input.fields.some((f) => f.kind === 'diagnosis');
  const judged = codes.filter((c) => (hasDiagnosis ? c.fieldKind === 'diagnosis' : true));
  const findings: Finding[] = [];
  const comparisons: Comparison[] = [];
  const memo = new Map<string, unknown>();
  const ctx: RuleContext = {
    fields: input.fields,
    notes,
    noteText: notes.map((n) => n.text).join('\n'),
    codes,
    entered: groupCodes(judged, lookup),
    mentions,
    affirmed: mentions.filter((m) => m.status === 'affirmed'),
    checklist: buildChecklist(notes, mentions),
    procedureEvidence: notes.flatMap((field) => findProcedureEvidence(field)),
    ...chiroReading(input, judged),
    lookup,
    prior: findings,
    memo: <T>(key: string, make: () => T): T => {
      if (!memo.has(key)) memo.set(key, make());
      return memo.get(key) as T;
    },
  };
  return { ctx, findings, comparisons, limits: mentionLimits(scans) };
}

/**
 * Runs rules over a context: each code rule per code (a code's findings stay together, in page
 * order), then each page rule once. Findings and comparisons are appended to the given lists.
 */
export function runRules(rules: readonly RuleDefinition[], ctx: RuleContext, findings: Finding[], comparisons: Comparison[]): void {
  const collect = (out: ReturnType<typeof outputOf>) => {
    findings.push(...out.findings);
    comparisons.push(...out.compared);
  };
  for (const code of ctx.entered) {
    for (const rule of rules) {
      if (rule.scope !== 'code') continue;
      const out = outputOf(rule.check(code, ctx));
      // A code deleted, made a header or not yet added in the release of the visit: the validity
      // findings say which release and what replaces it (release-changes.ts).
      collect({ ...out, findings: explainReleaseChange(out.findings, code.code, ctx.lookup).map((f) => withTemplate(f, typedAs(code))) });
    }
  }
  for (const rule of rules) if (rule.scope === 'page') {
    const out = outputOf(rule.check(ctx));
    collect({ ...out, findings: out.findings.map((f) => withTemplate(f, undefined)) });
  }
}

/** The code as typed when it was read with a correction (a letter O for a zero). */
function typedAs(code: RuleContext['entered'][number]): string | undefined {
  return code.found.find((f) => f.note)?.span.text;
}

/**
 * Gives every finding a catalogue id and placeholders (surfaces translate; `message` stays English
 * for the CLI) and marks the findings of a mistyped code as checks of the corrected code.
 */
function withTemplate(f: Finding, typed: string | undefined): Finding {
  const out: Finding = f.messageId ? f : { ...f, messageId: `finding_${f.rule.replace(/-/g, '_')}`, params: { code: f.code, suggestions: f.suggestions.join(', ') } };
  return typed && !out.typed ? { ...out, typed } : out;
}
