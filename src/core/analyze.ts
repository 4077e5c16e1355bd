import { parseFamilyCode } from './families';
import { findCodes } from './find-codes';
import { m99Structure, parseM99Code } from './m99/m99-axes';
import { findMentions } from './mentions/find-mentions';
import { buildChecklist } from './rules/build-checklist';
import { RULES } from './rules/registry';
import { outputOf, type CodeGroup, type RuleContext } from './rules/rule';
import type { AnalyzeInput, AnalyzeResult, CodeLookup, Comparison, Finding, FoundCode } from './types';

export type AnalyzeOptions = {
  /** Official code data from the knowledge base; without it, only M99's structure is judged. */
  lookup?: CodeLookup;
};

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
    const structure = m99Structure(code);
    return {
      code,
      found,
      evidence: found.map((f) => f.span),
      info,
      exists: lookup ? info !== undefined : structure === undefined ? undefined : structure !== 'invalid',
      billable: lookup ? info?.billable : structure === undefined ? undefined : structure === 'billable',
      family: parseFamilyCode(code),
      m99: parseM99Code(code),
    };
  });
}

/**
 * Reads codes and stenosis documentation from page text and returns findings: codes from every
 * field, mentions from notes, and the registered rules (rules/registry.ts) applied to the codes
 * entered in diagnosis fields (or, when there are none, to codes written in the note). Pure: the
 * same input always gives the same output.
 *
 * @example
 * analyze({fields: [
 *   {id: 'dx', kind: 'diagnosis', text: 'M99.60'},
 *   {id: 'note', kind: 'note', text: 'Moderate left C5-6 foraminal narrowing due to uncovertebral osteophytes.'},
 * ]}).findings.map((f) => f.rule) // ['region-mismatch', 'classified-elsewhere', ...]
 */
export function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): AnalyzeResult {
  const { lookup } = options;
  const codes = input.fields.flatMap((field) => findCodes(field));
  const notes = input.fields.filter((f) => f.kind === 'note');
  const mentions = notes.flatMap((field) => findMentions(field));
  const checklist = buildChecklist(notes, mentions);
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
    checklist,
    lookup,
    prior: findings,
    memo: <T>(key: string, make: () => T): T => {
      if (!memo.has(key)) memo.set(key, make());
      return memo.get(key) as T;
    },
  };
  const collect = (out: ReturnType<typeof outputOf>) => {
    findings.push(...out.findings);
    comparisons.push(...out.compared);
  };
  // Code rules run per code (a code's findings stay together), then the page rules.
  for (const code of ctx.entered) {
    for (const rule of RULES) if (rule.scope === 'code') collect(outputOf(rule.check(code, ctx)));
  }
  for (const rule of RULES) if (rule.scope === 'page') collect(outputOf(rule.check(ctx)));
  return { codes, mentions, findings, checklist, comparisons };
}
