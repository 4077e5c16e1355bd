import type { ProcedureEvidence, RuleId, Severity } from '../../types';
import type { CodeGroup, Comparison, RuleContext, RuleOutput } from '../rule';
import { M99_INDEX } from '../sources';
import { axisMessage, axisTemplate, compareAxes, describeMention, firstDistinct, valueOf, type Axis } from './closest-mentions';
import { codesFor } from './documented-codes';
import { mentionsParam } from '../../text/message-params';

const AXIS_REASON: Record<Axis, string> = { site: 'reason_axis_site', region: 'reason_axis_region', mechanism: 'reason_axis_mechanism' };
const RULE_OF: Record<Axis, RuleId> = { site: 'site-mismatch', region: 'region-mismatch', mechanism: 'mechanism-mismatch' };

/**
 * The comparison when only a procedure supports the code: it names the procedure as a procedure
 * ("right L5-S1 foraminotomy (a procedure) implies..."), never as a stenosis the note documents,
 * and compares site and region only; a procedure says nothing about the mechanism.
 */
function procedureSupport(axis: Axis, code: string, procedures: ProcedureEvidence[]): Comparison[] {
  if (axis === 'mechanism' || procedures.length === 0) return [];
  const named = [...new Set(procedures.map((p) => `"${p.span.text}"${p.levels.length > 0 ? ` at ${p.levels.map((l) => l.raw).join(', ')}` : ''}`))].slice(0, 2).join('; ');
  return [{ rule: RULE_OF[axis], code, outcome: 'supported', evidence: procedures.map((p) => p.span), reason: `the procedure ${named} implies the code's ${axis}` }];
}

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
    if (support.length === 0) return { findings: [], compared: procedureSupport(axis, code.code, result.impliedBy ?? []) };
    const compared: Comparison[] = result.matched
      ? [
          {
            rule,
            code: code.code,
            outcome: 'supported',
            evidence: support.map((m) => m.span),
            reason: `${(result.described ??= firstDistinct(result.closest, (s) => describeMention(s.m), 2)).join('; ')} matches the code's ${axis}`,
            messageId: AXIS_REASON[axis],
            params: { documented_desc: mentionsParam(support, 2) },
          },
        ]
      : [];
    return { findings: [], compared };
  }
  // codesFor reads only a mention's site, mechanisms and regions: once per distinct combination
  // (a dense note repeats a few thousand times).
  const codes = new Set<string>();
  const seen = new Set<string>();
  for (const m of against) {
    const key = `${m.site}|${m.mechanisms.join()}|${m.regions.join()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const c of codesFor(m, axes)) codes.add(c);
  }
  const suggestions = [...codes].filter((c) => c !== code.code);
  const mixed = new Set(against.map((m) => valueOf(axis, m))).size > 1;
  const ambiguous = against.some((m) => (axis === 'region' && m.regionAmbiguous) || (axis === 'mechanism' && m.mechanismAmbiguous));
  const severity: Severity = mixed || ambiguous ? 'info' : axis === 'mechanism' ? 'warning' : 'error';
  const finding = {
    rule,
    severity,
    code: code.code,
    suggestions,
    message: axisMessage(axis, axes, against, suggestions, mixed || ambiguous),
    ...axisTemplate(axis, axes, against, suggestions, mixed || ambiguous),
    evidence: [...code.evidence, ...against.map((m) => m.span)],
    sources: [M99_INDEX],
  };
  return {
    findings: [finding],
    compared: [{ rule, code: code.code, outcome: 'finding', evidence: against.map((m) => m.span), reason: finding.message }],
  };
}
