import type { CodeVerdict, Comparison, Finding, RuleId, Span } from '../types';
import type { AxisAgreement } from './axis-agreement';
import { mergeAxisReasons } from './merge-axis-reasons';
import { spansOnce } from '../text/spans-once';
import { claimOnly, claimOnlyVerdict } from './claim-only-verdict';

/** A rule's record of comparing a code with the note (the core's Comparison shape, with an axis rule's agreement as data). */
export type ComparedRecord = Comparison & { agreement?: AxisAgreement };
/** A text as a catalogue template and its placeholders (see Finding.messageId). */
type Template = { messageId: string; params: Record<string, string> };

/**
 * Rules whose findings mean "the code and the note disagree" at any severity (the excludes1-pair
 * rule asks it too). mechanism-unclear's question counts: a code whose cause the note leaves open
 * is not supported on it.
 */
export const DISAGREE: ReadonlySet<RuleId> = new Set<RuleId>(['invalid-code', 'non-billable-code', 'site-mismatch', 'region-mismatch', 'mechanism-mismatch', 'mechanism-unclear', 'qualifier-mismatch', 'unsupported-code', 'implausible-region']);

/**
 * One verdict per judged code. `finding` when a rule found a problem (info-level advice such as
 * classified-elsewhere or missing-documentation does not count; info-level mismatches do);
 * `supported` only when some rule compared the code and every comparison agreed; otherwise
 * `not-checked` with the reason `notChecked` gives.
 *
 * @example codeVerdicts(['E11.9'], [], [], () => 'outside the spine families')[0].verdict === 'not-checked'
 */
export function codeVerdicts(
  codes: readonly string[],
  findings: readonly Finding[],
  compared: readonly ComparedRecord[],
  notChecked: (code: string) => string,
  notCheckedTemplate?: (code: string) => Template,
): CodeVerdict[] {
  const out: CodeVerdict[] = [];
  for (const code of codes) out.push(verdictOf(code, findings, compared, notChecked, notCheckedTemplate));
  return out;
}

/**
 * One code's verdict. Plain loops over the findings and comparisons (a page has a few of each per
 * code); the verdict's words and evidence are built in one function per verdict.
 */
function verdictOf(
  code: string,
  findings: readonly Finding[],
  compared: readonly ComparedRecord[],
  notChecked: (code: string) => string,
  notCheckedTemplate: ((code: string) => Template) | undefined,
): CodeVerdict {
  const own: Finding[] = [];
  for (const f of findings) if (f.code === code && f.rule !== 'suggested-code' && (DISAGREE.has(f.rule) || f.severity !== 'info')) own.push(f);
  const records: ComparedRecord[] = [];
  const checkedBy: RuleId[] = [];
  let agreeing = 0;
  for (const c of compared) {
    if (c.code !== code) continue;
    // An advice record (classified-elsewhere's info finding: a combination code may fit better) is
    // neither agreement nor disagreement: counted against support, M54.12 beside an unlinked
    // spondylosis read "nothing in the note to compare" though the note documents its radiculopathy.
    if (c.outcome === 'finding' && !DISAGREE.has(c.rule)) continue;
    records.push(c);
    if (!checkedBy.includes(c.rule)) checkedBy.push(c.rule);
    if (c.outcome === 'supported') agreeing++;
  }
  // Only how the code is listed was judged, and nothing compared it with the note: the verdict says so.
  if (own.length > 0) return records.length === 0 && claimOnly(own) ? claimOnlyVerdict(findingVerdict(code, own, checkedBy), notChecked(code), notCheckedTemplate?.(code)) : findingVerdict(code, own, checkedBy);
  if (agreeing > 0 && agreeing === records.length) return supportedVerdict(code, records, checkedBy);
  const why = notCheckedTemplate?.(code);
  const reason = notChecked(code);
  // One literal each, not a spread in the middle: a shape reached by adding fields dies with the
  // analysis and takes the optimized code that checked it along (docs/architecture.md, "Stable object shapes").
  if (!why) return { code, verdict: 'not-checked', reason, checkedBy: [], evidence: [] };
  return {
    code,
    verdict: 'not-checked',
    reason,
    messageId: 'verdict_words_not_checked',
    params: { ...why.params, reason_msg: why.messageId },
    checkedBy: [],
    evidence: [],
  };
}

/** A rule found a problem: the first finding's message, and the spans the findings quote (the code itself aside). */
function findingVerdict(code: string, own: Finding[], checkedBy: RuleId[]): CodeVerdict {
  const bare = code.replace('.', '');
  const rules = checkedBy.slice();
  const evidence: Span[] = [];
  for (const f of own) {
    if (!rules.includes(f.rule)) rules.push(f.rule);
    for (const s of f.evidence) if (!isCodeSpan(s.text, bare)) evidence.push(s);
  }
  const first = own[0];
  return {
    code,
    verdict: 'finding',
    reason: first ? first.message : 'a rule found a problem',
    messageId: 'verdict_words_finding',
    params: { code },
    checkedBy: rules,
    evidence,
  };
}

/** Every comparison agreed: their reasons once each, and their evidence once each. */
function supportedVerdict(code: string, agreeing: ComparedRecord[], checkedBy: RuleId[]): CodeVerdict {
  // Each reason once: the last record that gives it, in the place of the first (as a Map by reason
  // keeps them). A short list searched, not a Map spread into an array: a page has a few records,
  // and the Map, its entry pairs and the spread were a tenth of a dense 10 KB note's verdict
  // (about 2.5 of 23 µs; the merge was 10, the JSON.stringify below 4, which is the most left).
  const distinct: ComparedRecord[] = [];
  for (const c of agreeing) {
    let k = 0;
    while (k < distinct.length && (distinct[k] as ComparedRecord).reason !== c.reason) k++;
    distinct[k] = c;
  }
  // The axis rules' reasons over the same documentation are said once (merge-axis-reasons.ts).
  const reasons = mergeAxisReasons(distinct);
  const evidence: (readonly Span[])[] = [];
  for (const c of agreeing) evidence.push(c.evidence);
  return {
    code,
    verdict: 'supported',
    reason: reasons.map((c) => c.reason).join('; '),
    // Each reason's own template, in one placeholder (the surfaces join them as the English does).
    messageId: 'verdict_words_supported',
    params: { code, reasons_msgs: JSON.stringify(reasons.map((c) => (c.messageId ? { id: c.messageId, params: c.params ?? {} } : { text: c.reason }))) },
    checkedBy,
    evidence: spansOnce(evidence),
  };
}

/**
 * Whether a span's text is the code itself (dots and spaces aside, any case): `bare` is the code
 * without its dot. Walks plain ASCII text without building strings; other text takes the general
 * way (Unicode spaces and case mappings).
 */
function isCodeSpan(text: string, bare: string): boolean {
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return text.replace(/[.\s]/g, '').toUpperCase() === bare;
    // "." and the ASCII characters of \s: tab, line feed, vertical tab, form feed, carriage return, space.
    if (c === 46 || c === 32 || (c >= 9 && c <= 13)) continue;
    if (bare.charCodeAt(j) !== (c >= 97 && c <= 122 ? c - 32 : c)) return false;
    j++;
  }
  return j === bare.length;
}

/**
 * The all-clear: only when there are codes and every one was checked and supported. Returns the
 * words that name what was checked, or undefined when no all-clear may be shown.
 *
 * @example allClear([{code: 'M48.062', verdict: 'supported', reason: '', checkedBy: ['region-mismatch'], evidence: []}]) // 'M48.062 (region, ...)'
 */
export function allClear(verdicts: readonly CodeVerdict[]): string | undefined {
  if (verdicts.length === 0 || verdicts.some((v) => v.verdict !== 'supported')) return undefined;
  return verdicts.map((v) => `${v.code} (${v.checkedBy.map(checkWord).join(', ')})`).join('; ');
}

const CHECK_WORDS: Partial<Record<RuleId, string>> = {
  'site-mismatch': 'site',
  'region-mismatch': 'region',
  'mechanism-mismatch': 'mechanism',
  'mechanism-unclear': 'mechanism',
  'qualifier-mismatch': 'with/without',
  'unsupported-code': 'documented condition',
};
const checkWord = (rule: RuleId) => CHECK_WORDS[rule] ?? rule;
