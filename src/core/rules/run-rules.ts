import { explainReleaseChange } from '../release-changes';
import type { Comparison, Finding } from '../types';
import type { CodeGroup, RuleContext, RuleDefinition, RuleOutput } from './rule';

/**
 * Runs rules over a context: each code rule per code (a code's findings stay together, in page
 * order), then each page rule once. Findings and comparisons are appended to the given lists.
 *
 * Kept small on purpose: it runs 17 checks per code on every analysis, so V8 optimises it early;
 * the finding rewriting (release changes, templates) is in `collect`, which only does work when a
 * rule found something. One big runner with closures and object spreads per rule was a large
 * TurboFan graph to compile in every batch worker and a spread per rule and code at each call.
 */
export function runRules(rules: readonly RuleDefinition[], ctx: RuleContext, findings: Finding[], comparisons: Comparison[]): void {
  for (const code of ctx.entered) {
    for (const rule of rules) if (rule.scope === 'code') collect(rule.check(code, ctx), code, ctx, findings, comparisons);
  }
  for (const rule of rules) if (rule.scope === 'page') collect(rule.check(ctx), undefined, ctx, findings, comparisons);
}

/** Appends one check's answer: comparisons as they are, findings with their template (and release change). */
function collect(output: RuleOutput, code: CodeGroup | undefined, ctx: RuleContext, findings: Finding[], comparisons: Comparison[]): void {
  let found: Finding[];
  if (Array.isArray(output)) found = output;
  else {
    found = output.findings;
    if (output.compared) for (const c of output.compared) comparisons.push(c);
  }
  if (found.length > 0) addFindings(found, code, ctx, findings);
}

/** The findings of one check, apart from `collect`: most checks find nothing, and this is the larger half to compile. */
function addFindings(found: Finding[], code: CodeGroup | undefined, ctx: RuleContext, findings: Finding[]): void {
  if (code) {
    // A code deleted, made a header or not yet added in the release of the visit: the validity
    // findings say which release and what replaces it (release-changes.ts).
    const typed = typedAs(code);
    for (const f of explainReleaseChange(found, code.code, ctx.lookup ?? ctx.beforeReleases)) findings.push(withTemplate(f, typed));
  } else for (const f of found) findings.push(withTemplate(f, undefined));
}

/** The code as typed when it was read with a correction (a letter O for a zero). */
function typedAs(code: CodeGroup): string | undefined {
  return code.found.find((f) => f.note)?.span.text;
}

/**
 * Gives every finding a catalogue id and placeholders (surfaces translate; `message` stays English
 * for the CLI) and marks the findings of a mistyped code as checks of the corrected code.
 */
function withTemplate(f: Finding, typed: string | undefined): Finding {
  const out: Finding = distinctEvidence(f.messageId ? f : defaultTemplate(f));
  return typed && !out.typed ? { ...out, typed } : out;
}

/**
 * One quote per passage: a rule that reaches the same sentence by two routes (a level and its
 * region, two segments of one sentence) quoted it twice, word for word (QA stop 54, L2). The same
 * place of a field is one quote; the same words at another place (an "osteophytes" for each of two
 * levels) stay, each showing its own place.
 */
function distinctEvidence(f: Finding): Finding {
  if (f.evidence.length < 2 || orderedDistinct(f.evidence)) return f;
  // One pass with a set of places: a finding on a hostile page quotes thousands of spans, and a
  // pairwise comparison of them cost 400 ms on 1 MB of "stenosis," (bench, stop 54).
  // A place is its field and one number made of its two offsets, start * 2^22 + end: two spans get
  // the same number only if one of them is over 4 million characters long. No string per span.
  const seen = new Map<string, Set<number>>();
  const kept: Finding['evidence'] = [];
  for (const e of f.evidence) {
    let places = seen.get(e.fieldId);
    if (!places) seen.set(e.fieldId, (places = new Set<number>()));
    const place = e.start * 4_194_304 + e.end;
    if (places.has(place)) continue;
    places.add(place);
    kept.push(e);
  }
  return kept.length === f.evidence.length ? f : { ...f, evidence: kept };
}

/**
 * Whether no two spans are at the same place, told without a set: the spans of each field come
 * together, in order of place (most findings' evidence, and the thousands of quotes of a hostile
 * page), so a look at each neighbour is the whole check. A field's spans may follow another's (the
 * entered code's span, then the note's quotes) as long as that field has not been seen before.
 */
function orderedDistinct(spans: Finding['evidence']): boolean {
  let fields: string[] | undefined;
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1] as Finding['evidence'][number];
    const b = spans[i] as Finding['evidence'][number];
    if (a.fieldId !== b.fieldId) {
      // A field met again after another's spans could repeat a place: the set decides.
      fields ??= [a.fieldId];
      if (fields.includes(b.fieldId)) return false;
      fields.push(b.fieldId);
    } else if (b.start < a.start || (b.start === a.start && b.end <= a.end)) return false;
  }
  return true;
}

/** `finding_<rule>` with `code` and `suggestions`, for a rule that gives no template of its own. */
function defaultTemplate(f: Finding): Finding {
  return { ...f, messageId: `finding_${f.rule.replace(/-/g, '_')}`, params: { code: f.code, suggestions: f.suggestions.join(', ') } };
}
