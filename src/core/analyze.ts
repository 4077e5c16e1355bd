import { analyzeChiro, isChiroVisit } from './chiro/analyze-chiro';
import { findCodes } from './find-codes';
import { parseM99Code } from './m99/m99-axes';
import { findMentions } from './mentions/find-mentions';
import { buildChecklist, missingDocumentation } from './rules/build-checklist';
import { checkCode } from './rules/check-code';
import { classifiedElsewhere } from './rules/classified-elsewhere';
import { codesFor, compareCode } from './rules/compare-code';
import { documentedCodes, suggestCodes } from './rules/suggest-codes';
import type { AnalyzeInput, AnalyzeResult, CodeLookup, Finding, FoundCode } from './types';

export type AnalyzeOptions = {
  /** Official code data from the knowledge base; without it, only M99's structure is judged. */
  lookup?: CodeLookup;
};

/**
 * Reads codes and stenosis documentation from page text and returns findings: codes from every
 * field, mentions from notes, rules applied to the codes entered in diagnosis fields (or, when
 * there are none, to codes written in the note). Pure: the same input always gives the same output.
 *
 * @example
 * analyze({fields: [
 *   {id: 'dx', kind: 'diagnosis', text: 'M99.60'},
 *   {id: 'note', kind: 'note', text: 'Moderate left C5-6 foraminal narrowing due to uncovertebral osteophytes.'},
 * ]}).findings.map((f) => f.rule) // ['region-mismatch', 'classified-elsewhere', ...]
 */
export function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): AnalyzeResult {
  const { lookup } = options;
  // A fee ticket's "G0283" is a procedure, not ICD-10-CM G02.83: procedure fields are read apart.
  const codes = input.fields.filter((f) => f.kind !== 'procedure').flatMap((field) => findCodes(field));
  const notes = input.fields.filter((f) => f.kind === 'note');
  const mentions = notes.flatMap((field) => findMentions(field));
  const checklist = buildChecklist(notes, mentions);
  const hasDiagnosis = input.fields.some((f) => f.kind === 'diagnosis');
  const judged = codes.filter((c) => (hasDiagnosis ? c.fieldKind === 'diagnosis' : true));
  const byCode = new Map<string, FoundCode[]>();
  for (const c of judged) {
    const list = byCode.get(c.code);
    if (list) list.push(c);
    else byCode.set(c.code, [c]);
  }

  const documented = documentedCodes(mentions);
  const affirmed = mentions.filter((m) => m.status === 'affirmed');
  const noteText = notes.map((n) => n.text).join('\n');
  const findings: Finding[] = [];
  for (const [code, found] of byCode) {
    const axes = parseM99Code(code);
    // Codes the note documents, with axes the note leaves open taken from the entered code.
    const fromNote = () => [...new Set([...documented.keys(), ...affirmed.flatMap((m) => codesFor(m, axes))])];
    const validity = checkCode(found, lookup, fromNote);
    findings.push(...validity);
    if (!axes || validity.some((f) => f.rule === 'invalid-code' && f.severity === 'error')) continue;
    findings.push(...compareCode(found, axes, mentions));
    const elsewhere = classifiedElsewhere(found, axes, mentions, noteText, lookup);
    if (elsewhere) findings.push(elsewhere);
    const missing = missingDocumentation(found, axes, checklist);
    if (missing) findings.push(missing);
  }
  const alreadySuggested = new Set(findings.filter((f) => f.rule !== 'classified-elsewhere').flatMap((f) => f.suggestions));
  findings.push(...suggestCodes(mentions, new Set(byCode.keys()), alreadySuggested, lookup));
  if (!isChiroVisit(input.fields, judged)) return { codes, mentions, findings, checklist };
  const chiro = analyzeChiro(input.fields, judged, input.payer);
  findings.push(...chiro.findings);
  // The stenosis checklist does not apply to M99.0-/M99.1-: theirs takes its place unless a stenosis code is entered too.
  const stenosisCoded = [...byCode.keys()].some((c) => parseM99Code(c));
  return { codes, mentions, findings, checklist: stenosisCoded ? checklist : chiro.checklist, chiro: chiro.visit };
}
