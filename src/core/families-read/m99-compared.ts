import type { M99Axes } from '../m99/m99-axes';
import { codesFor } from '../rules/compare-code';
import type { Finding, Mention } from '../types';
import type { ComparedRecord } from './code-verdicts';

const M99_AXIS_RULES = new Set(['site-mismatch', 'region-mismatch', 'mechanism-mismatch', 'unsupported-code', 'implausible-region']);

/**
 * What the M99 stenosis comparison concluded, as records for verdicts: supported only when an
 * affirmed mention documents exactly this code (site, region and mechanism all agree).
 */
export function m99Compared(axes: M99Axes, findings: readonly Finding[], mentions: readonly Mention[]): ComparedRecord[] {
  const code = axes.code;
  if (findings.some((f) => f.code === code && M99_AXIS_RULES.has(f.rule))) return [];
  const support = mentions.filter((m) => m.status === 'affirmed' && codesFor(m, undefined).includes(code));
  if (support.length === 0) return [];
  const evidence = support.map((m) => m.span);
  const reason = `${[...new Set(support.map((m) => `"${m.span.text}"`))].slice(0, 2).join(', ')} matches the code's site, region and mechanism`;
  return (['site-mismatch', 'region-mismatch', 'mechanism-mismatch'] as const).map((rule) => ({ rule, code, outcome: 'supported' as const, evidence, reason }));
}
