import { RULE_IDS_IN_ORDER } from './rules/rule-ids';
import { severityRank } from './severity';
import type { Finding } from './types';

/**
 * The order findings are read in, on every surface (the side panel's cards and the badge's card):
 * the codes in entry order (diagnosis fields in document order, left to right within a field),
 * then the visit's own findings (procedure lines, suggested codes); within one code, errors first,
 * then the registry's rule order. One order: the card listed its findings as the rules produced
 * them, and the error that made the badge red sat below a warning and a note (QA stop 54, M4).
 * Reads only the rule ids (rule-ids.ts), so the content script does not carry the rules.
 */
export function sortFindings<F extends Finding>(findings: readonly F[], entered: readonly string[]): F[] {
  const place = (code: string) => {
    const i = entered.indexOf(code);
    return i === -1 ? entered.length : i;
  };
  const ruleOrder = (rule: Finding['rule']) => RULE_IDS_IN_ORDER.indexOf(rule);
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        place(a.f.code) - place(b.f.code) ||
        severityRank(a.f.severity) - severityRank(b.f.severity) ||
        ruleOrder(a.f.rule) - ruleOrder(b.f.rule) ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}
