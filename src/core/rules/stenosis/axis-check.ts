import type { RuleId, Severity } from '../../types';
import type { CodeGroup, Comparison, RuleContext, RuleOutput } from '../rule';
import { M99_INDEX } from '../sources';
import { axisMessage, compareAxes, describeMention, firstDistinct, valueOf, type Axis } from './closest-mentions';
import { codesFor } from './documented-codes';

const RULE_OF: Record<Axis, RuleId> = { site: 'site-mismatch', region: 'region-mismatch', mechanism: 'mechanism-mismatch' };

/**
 * The check shared by site-mismatch, region-mismatch and mechanism-mismatch: one finding when the
 * closest mentions differ from the code on this axis (error for site and region, warning for
 * mechanism, info when the documentation is mixed or ambiguous), and a comparison either way.
 */
export function axisCheck(axis: Axis, code: CodeGroup, ctx: RuleContext): RuleOutput {
  const axes = code.m99;
  if (!axes || code.exists === false) return [];
  const result = compareAxes(code, ctx);
  if (!result) return [];
  const rule = RULE_OF[axis];
  const against = result.closest.filter((s) => s.diffs.has(axis)).map((s) => s.m);
  if (against.length === 0) {
    const support = result.closest.map((s) => s.m);
    const compared: Comparison[] = result.matched
      ? [
          {
            rule,
            code: code.code,
            outcome: 'supported',
            evidence: support.map((m) => m.span),
            reason: `${(result.described ??= firstDistinct(result.closest, (s) => describeMention(s.m), 2)).join('; ')} matches the code's ${axis}`,
          },
        ]
      : [];
    return { findings: [], compared };
  }
  const suggestions = [...new Set(against.flatMap((m) => codesFor(m, axes)))].filter((c) => c !== code.code);
  const mixed = new Set(against.map((m) => valueOf(axis, m))).size > 1;
  const ambiguous = against.some((m) => (axis === 'region' && m.regionAmbiguous) || (axis === 'mechanism' && m.mechanismAmbiguous));
  const severity: Severity = mixed || ambiguous ? 'info' : axis === 'mechanism' ? 'warning' : 'error';
  const finding = {
    rule,
    severity,
    code: code.code,
    suggestions,
    message: axisMessage(axis, axes, against, suggestions, mixed || ambiguous),
    evidence: [...code.evidence, ...against.map((m) => m.span)],
    sources: [M99_INDEX],
  };
  return {
    findings: [finding],
    compared: [{ rule, code: code.code, outcome: 'finding', evidence: against.map((m) => m.span), reason: finding.message }],
  };
}
