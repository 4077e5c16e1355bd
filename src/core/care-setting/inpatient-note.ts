import { quotesParam } from '../text/message-params';
import type { CodeVerdict, Finding, Mention, Span } from '../types';
import { GUIDELINE_INPATIENT_UNCERTAIN, type CountedUncertain } from './counts-as-documented';

/**
 * What the inpatient rule counted that a text quotes: the statements ("stenosis") and the words
 * that made them uncertain ("Probable"), each once, in the order first quoted; empty when the
 * evidence quotes none of them.
 */
function countedIn(
  evidence: readonly Span[],
  counted: readonly CountedUncertain[],
): { statements: string[]; triggers: string[] } {
  const statements: string[] = [];
  const triggers: string[] = [];
  for (const e of evidence)
    for (const c of counted) {
      if (c.span.fieldId !== e.fieldId || c.span.end <= e.start || c.span.start >= e.end) continue;
      if (!statements.includes(c.span.text)) statements.push(c.span.text);
      if (c.trigger && !triggers.includes(c.trigger.text)) triggers.push(c.trigger.text);
    }
  return { statements, triggers };
}

const quoted = (texts: readonly string[]) => texts.map((t) => `"${t}"`).join(', ');

/**
 * The added words, in English and as templates (a verdict's further reason, a finding's further
 * sentence): with the words that made the statements uncertain, or without when none was read.
 */
function inpatientWords(
  statements: string[],
  triggers: string[],
): { english: string; reasonId: string; sentenceId: string; params: Record<string, string> } {
  const params = { uncertain_quotes: quotesParam(statements), triggers_quotes: quotesParam(triggers) };
  const english = `inpatient rule applied (Official Guidelines II.H): an uncertain diagnosis is coded as if it existed, here ${quoted(statements)}`;
  return triggers.length > 0
    ? {
        english: `${english} (written with ${quoted(triggers)})`,
        reasonId: 'reason_inpatient_rule',
        sentenceId: 'finding_inpatient_rule_sentence',
        params,
      }
    : {
        english,
        reasonId: 'reason_inpatient_rule_plain',
        sentenceId: 'finding_inpatient_rule_sentence_plain',
        params,
      };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Says, on each finding that quotes a statement the inpatient rule counted as documented, that the
 * rule applied: a sentence after the message (its template wraps the finding's own, `base_msg`)
 * and the guideline among its sources. The findings are this analysis's own, changed in place.
 */
export function noteInpatientFindings(findings: Finding[], counted: readonly CountedUncertain[]): void {
  if (counted.length === 0) return;
  for (const f of findings) {
    const { statements, triggers } = countedIn(f.evidence, counted);
    if (statements.length === 0) continue;
    const words = inpatientWords(statements, triggers);
    f.message = `${f.message} ${capitalise(words.english)}.`;
    if (f.messageId) {
      f.params = { ...f.params, ...words.params, base_msg: f.messageId, inpatient_msg: words.sentenceId };
      f.messageId = 'finding_with_inpatient_rule';
    }
    if (!f.sources.includes(GUIDELINE_INPATIENT_UNCERTAIN))
      f.sources = [...f.sources, GUIDELINE_INPATIENT_UNCERTAIN];
  }
}

/**
 * Whether the evidence quotes a stenosis statement the note affirms: the code then stands on it
 * without the inpatient rule ("Principal diagnosis: lumbar spinal stenosis ... with neurogenic
 * claudication" beside a "probable" lateral recess narrowing; QA stop 49, C7).
 */
function quotesAffirmed(
  evidence: readonly Span[],
  mentions: readonly Mention[],
  counted: readonly CountedUncertain[],
): boolean {
  for (const m of mentions) {
    // The analysis's mentions hold the counted statements as affirmed: those are the rule's own.
    if (
      m.status !== 'affirmed' ||
      counted.some((c) => c.span.fieldId === m.span.fieldId && c.span.start === m.span.start)
    )
      continue;
    for (const e of evidence)
      if (e.fieldId === m.span.fieldId && e.start === m.span.start && e.end === m.span.end) return true;
  }
  return false;
}

/**
 * The same for a supported verdict whose evidence quotes such a statement and no affirmed
 * statement of the same note: one more reason, said after the others (the verdict's reasons are
 * joined with "; ").
 */
export function noteInpatientVerdicts(
  verdicts: CodeVerdict[],
  counted: readonly CountedUncertain[],
  mentions: readonly Mention[],
): void {
  if (counted.length === 0) return;
  for (const v of verdicts) {
    if (v.verdict !== 'supported' || quotesAffirmed(v.evidence, mentions, counted)) continue;
    const { statements, triggers } = countedIn(v.evidence, counted);
    if (statements.length === 0) continue;
    const words = inpatientWords(statements, triggers);
    v.reason = `${v.reason}; ${words.english}`;
    const reasons = v.params?.['reasons_msgs'];
    if (v.params && reasons !== undefined) {
      const list = JSON.parse(reasons) as unknown[];
      list.push({ id: words.reasonId, params: words.params });
      v.params = { ...v.params, reasons_msgs: JSON.stringify(list) };
    }
  }
}
