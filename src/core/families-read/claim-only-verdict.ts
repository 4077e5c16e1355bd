import type { CodeVerdict, Finding, RuleId } from '../types';

/**
 * Rules that judge how a code is listed on the claim (its order, its pairing with another entered
 * code) without reading what the note says of its condition. A finding of theirs is all a code
 * ChartLint does not read may get: "M46.1 has a finding" then read as if only its order were
 * wrong, when its condition was never compared with the note (QA stop 47, class 4).
 */
export const CLAIM_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'medicare-primary-diagnosis',
  'excludes1-pair',
]);

/** The verdict template of such a finding; its after-tag form is this + AFTER_TAG. */
export const CLAIM_ONLY_ID = 'verdict_words_finding_claim_only';

/** What the English reason says before the not-checked reason. */
const NOT_COMPARED = ' was not checked against the note: ';
const ONLY_CLAIM = '; only how it is listed on the claim was checked.';

/** Whether every finding is a claim rule's (see CLAIM_RULES). */
export function claimOnly(own: readonly Finding[]): boolean {
  for (const f of own) if (!CLAIM_RULES.has(f.rule)) return false;
  return own.length > 0;
}

/**
 * The finding verdict (`found`) of a code that only claim rules found something about and no rule
 * compared with the note, saying so: the first finding's message, then why the code was not
 * compared (`reason`, the not-checked reason, and its template `why`: what a code with no finding
 * gets).
 */
export function claimOnlyVerdict(
  found: CodeVerdict,
  reason: string,
  why: { messageId: string; params: Record<string, string> } | undefined,
): CodeVerdict {
  const code = found.code;
  // Without a template (a caller that passed none) the English reason still says it.
  if (!why)
    return {
      code,
      verdict: 'finding',
      reason: `${found.reason} ${code}${NOT_COMPARED}${reason}${ONLY_CLAIM}`,
      messageId: 'verdict_words_finding',
      params: { code },
      checkedBy: found.checkedBy,
      evidence: found.evidence,
    };
  return {
    code,
    verdict: 'finding',
    reason: `${found.reason} ${code}${NOT_COMPARED}${reason}${ONLY_CLAIM}`,
    messageId: CLAIM_ONLY_ID,
    params: { ...why.params, code, reason_msg: why.messageId },
    checkedBy: found.checkedBy,
    evidence: found.evidence,
  };
}

/** The not-checked reason a claimOnlyVerdict's English reason carries, or undefined for another verdict. */
export function claimOnlyReason(v: CodeVerdict): string | undefined {
  if (v.messageId !== CLAIM_ONLY_ID) return undefined;
  const at = v.reason.lastIndexOf(`${v.code}${NOT_COMPARED}`);
  if (at < 0 || !v.reason.endsWith(ONLY_CLAIM)) return undefined;
  return v.reason.slice(at + v.code.length + NOT_COMPARED.length, v.reason.length - ONLY_CLAIM.length);
}
