import type { AnalyzeInput, CodeLookup, Comparison, Finding } from '../types';
import { buildRuleContext } from './build-context';
import { runRules } from './run-rules';
import type { RuleDefinition } from './rule';

/**
 * Runs one rule alone over page text, as its colocated test does: `runRule(regionMismatch,
 * page('M99.60', 'C5-6 foraminal stenosis due to osteophytes.'))`. Rules that read earlier findings
 * (`ctx.prior`) can be given the rules that run before them.
 */
export function runRule(
  rule: RuleDefinition,
  input: AnalyzeInput,
  options: { lookup?: CodeLookup; before?: readonly RuleDefinition[] } = {},
): { findings: Finding[]; comparisons: Comparison[] } {
  const { ctx, findings, comparisons } = buildRuleContext(input, options.lookup);
  runRules([...(options.before ?? []), rule], ctx, findings, comparisons);
  return { findings: findings.filter((f) => f.rule === rule.id), comparisons: comparisons.filter((c) => c.rule === rule.id) };
}

/** A diagnosis field with the codes and a note field with the text, the usual page of a rule test. */
export const page = (codes: string, note: string): AnalyzeInput => ({
  fields: [
    { id: 'dx', kind: 'diagnosis', text: codes },
    { id: 'note', kind: 'note', text: note },
  ],
});
