import { quotesParam, terms } from '../text/message-params';
import { FAMILY_RULE_SOURCES, SPINE_FAMILY_IDS, familyCheck } from '../families-read/family-rule';
import { chiroRegionCheck, isChiroCode } from '../chiro/chiro-region-support';
import type { Mention } from '../types';
import type { CodeGroup, CodeRule, RuleOutput } from './rule';
import { GUIDELINE_UNCERTAIN, M99_INDEX } from './sources';

/**
 * unsupported-code: an M99 stenosis code, and the note affirms no stenosis at all (none, or only
 * negated, uncertain, historical, hypothetical or family-history statements).
 */
export const unsupportedCode: CodeRule = {
  id: 'unsupported-code',
  title: 'Note does not support the code',
  help: 'The note documents nothing the code claims: no stenosis at all, or only ruled out, suspected or past stenosis.',
  defaultSeverity: 'warning',
  families: ['m99', ...SPINE_FAMILY_IDS],
  sources: [M99_INDEX, GUIDELINE_UNCERTAIN, ...FAMILY_RULE_SOURCES],
  scope: 'code',
  check(code, ctx) {
    // M99.0-/M99.1- are judged against treated and subluxated regions, not stenosis statements.
    if (isChiroCode(code.code)) return chiroRegionCheck('unsupported-code', code, ctx);
    if (!code.m99) return familyCheck('unsupported-code', code, ctx);
    if (code.exists === false || ctx.affirmed.length > 0) return [];
    return notAffirmed(code, ctx.mentions.filter((m) => m.status !== 'affirmed'));
  },
};

/**
 * The finding for an M99 stenosis code the note affirms no stenosis for, apart from the check: the
 * check runs for every code at every analysis, the message only when it fires.
 */
function notAffirmed(code: CodeGroup, other: Mention[]): RuleOutput {
  const statuses: Mention['status'][] = [];
  for (const m of other) if (!statuses.includes(m.status)) statuses.push(m.status);
  const uncertainOnly = other.length > 0 && statuses.every((s) => s === 'uncertain');
  const quoted = other.slice(0, 3).map((m) => m.span.text);
  const spans = other.map((m) => m.span);
  const finding = {
    rule: 'unsupported-code' as const,
    severity: 'warning' as const,
    code: code.code,
    suggestions: [],
    message:
      other.length === 0
        ? `${code.code} is a stenosis code, but the note documents no spinal stenosis.`
        : `${code.code} is a stenosis code, but the note documents stenosis only as ${statuses.join(' or ')} (${quoted.map((t) => `"${t}"`).join(', ')}).`,
    messageId: other.length === 0 ? 'finding_no_stenosis_documented' : 'finding_stenosis_only_as',
    params: { code: code.code, statuses_or_terms: terms('status', statuses), quotes_quotes: quotesParam(quoted) },
    evidence: [...code.evidence, ...spans],
    sources: uncertainOnly ? [GUIDELINE_UNCERTAIN, M99_INDEX] : [M99_INDEX],
  };
  return {
    findings: [finding],
    compared: [{ rule: 'unsupported-code', code: code.code, outcome: 'finding', evidence: spans, reason: finding.message }],
  };
}
