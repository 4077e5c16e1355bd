import { FAMILY_RULE_SOURCES, familyCheck } from '../families-read/family-rule';
import type { CodeRule, RuleContext, RuleOutput } from './rule';
import { M99_INDEX } from './sources';
import { axisCheck } from './stenosis/axis-check';
import { outsideM99 } from './classified-elsewhere';
import { codesFor } from './stenosis/documented-codes';

/**
 * M48.0- beside foraminal stenosis only points to the M99 foraminal code, said as classified-elsewhere
 * would say it once entered (region-mismatch too, for such statements in another region): the slip's code when a spondylolisthesis narrows the foramen, none
 * when that code is entered (QA stop 45, I: M48.061 -> M99.63 beside M43.16).
 */
export function foraminalOutsideM99(output: RuleOutput, ctx: RuleContext): RuleOutput {
  const findings = Array.isArray(output) ? output : output.findings;
  if (!findings.some((f) => f.suggestions.some((c) => c.startsWith('M99.')))) return output;
  const support = (c: string) => ctx.affirmed.filter((m) => codesFor(m, undefined).includes(c));
  const mapped = findings.map((f) => ({ ...f, suggestions: outsideM99(f.suggestions, support, ctx) }));
  return Array.isArray(output) ? mapped : { ...output, findings: mapped };
}

/** site-mismatch: the code says canal and the note says foramen, or the other way round. */
export const siteMismatch: CodeRule = {
  id: 'site-mismatch',
  title: 'Wrong site (canal or foramen)',
  help: 'The code is for stenosis of the spinal canal and the note documents the neural foramen, or the other way round.',
  defaultSeverity: 'error',
  readsNote: true,
  // M48.0- (spinal canal stenosis) too: foraminal-only stenosis indexes to M99.6-/M99.7-.
  families: ['m99', 'm48.0'],
  sources: [M99_INDEX, ...FAMILY_RULE_SOURCES],
  scope: 'code',
  check: (code, ctx) =>
    code.m99
      ? axisCheck('site', code, ctx)
      : foraminalOutsideM99(familyCheck('site-mismatch', code, ctx), ctx),
};
