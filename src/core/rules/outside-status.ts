import { countsAsDocumented } from '../care-setting/counts-as-documented';
import { assessContext } from '../context/assess-context';
import { statusWord, statusWordText, type StatusWord } from '../context/status-word';
import { noteConditions } from '../families-read/check-families';
import { statusOf, statusReasonOf, triggerOf } from '../families-read/find-conditions';
import { sentenceBounds } from '../text/sentence-bounds';
import { quotesParam, term, terms } from '../text/message-params';
import { spanOf } from '../text/span-of';
import type { Span, Status } from '../types';
import type { CodeGroup, RuleContext, RuleOutput } from './rule';
import { SCIATICA_INSTABILITY_ORDER } from './sources';
import { unsupportedStatusFinding } from './unsupported-status-finding';

/**
 * Spine codes outside the families whose condition the note may state as not there now (blind QA
 * stop 54, L6): M54.3- Sciatica and M54.4- Lumbago with sciatica, coded against "Sciatica, right
 * (resolved 2023)" under resolved problems, and M53.2X- Spinal instabilities against "no
 * instability on flexion/extension views". Only the condition's status is read here: a finding
 * when the note states it and every statement is negated, resolved, historical, uncertain (and
 * not counted inpatient), hypothetical or a relative's. Nothing is compared otherwise, so the code
 * stays "not checked" (its side and region are not read) and is never called supported.
 */
type Outside = { lesion: 'sciatica' | 'spinal-instability'; words: string };
function outsideOf(code: string): Outside | undefined {
  if (/^M54\.[34]/.test(code)) return { lesion: 'sciatica', words: 'sciatica' };
  if (code.startsWith('M53.2')) return { lesion: 'spinal-instability', words: 'spinal instability' };
  return undefined;
}

/** Whether the code is one this file reads (the rule asks before it asks the families). */
export const readsOutsideStatus = (code: string): boolean => outsideOf(code) !== undefined;

type Statement = { span: Span; status: Status; word: StatusWord };

/** Instability of the spine; the joints, gait, balance, the heart and the circulation are left out. */
const INSTABILITY = /\b(?:instabilit(?:y|ies)|unstable)\b/gi;
const OTHER_PART_BEFORE =
  /\b(?:gait|balance|postural|shoulder|glenohumeral|knee|patell\w*|ankle|hip|elbow|wrist|carpal|joint|detrusor|emotional(?:ly)?|mood|hemodynamic(?:ally)?|medically|clinically|vital|angina)\W+(?:\w+\W+){0,1}$/i;
const OTHER_PART_AFTER =
  /^\W+(?:\w+\W+){0,1}(?:angina|gait|vitals?|hemodynamic\w*|blood|bp|mood|of\s+(?:the\s+)?(?:shoulder|knee|ankle|hip|patella|gait))\b/i;

function instabilityStatements(ctx: RuleContext): Statement[] {
  const out: Statement[] = [];
  for (const field of ctx.notes) {
    const text = field.text;
    INSTABILITY.lastIndex = 0;
    for (let m = INSTABILITY.exec(text); m !== null; m = INSTABILITY.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (
        OTHER_PART_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
        OTHER_PART_AFTER.test(text.slice(end, end + 40))
      )
        continue;
      const sentence = sentenceBounds(text, start, end);
      const read = assessContext(text, { start, end }, { fieldId: field.id, sentence });
      const span = spanOf(field, start, end);
      // Inpatient, an uncertain instability counts as documented (care-setting/).
      const status = countsAsDocumented(read.status, ctx.inpatient, span, read.trigger)
        ? 'affirmed'
        : read.status;
      out.push({ span, status, word: statusWord(status, read.trigger, read.reason) });
    }
  }
  return out;
}

function sciaticaStatements(ctx: RuleContext): Statement[] {
  const conditions = ctx.memo('spine-conditions', '', () => noteConditions(ctx.notes, ctx.inpatient));
  const out: Statement[] = [];
  for (const c of conditions) {
    if (c.kind !== 'sciatica') continue;
    const status = statusOf(c);
    out.push({ span: c.span, status, word: statusWord(status, triggerOf(c), statusReasonOf(c)) });
  }
  return out;
}

/** unsupported-code for M54.3-, M54.4- and M53.2X-: a finding when the note states the condition only as not there now. */
export function outsideStatusCheck(code: CodeGroup, ctx: RuleContext): RuleOutput {
  const outside = outsideOf(code.code);
  if (!outside || code.exists === false) return [];
  const statements = outside.lesion === 'sciatica' ? sciaticaStatements(ctx) : instabilityStatements(ctx);
  if (statements.length === 0 || statements.some((s) => s.status === 'affirmed')) return [];
  const shown = statements.slice(0, 3);
  const words = [...new Set(statements.map((s) => s.word))];
  const spans = shown.map((s) => s.span);
  const message = `${code.code} is ${outside.words}, but the note documents it only as ${words.map(statusWordText).join(' or ')} (${spans.map((s) => `"${s.text}"`).join(', ')}).`;
  const params = {
    code: code.code,
    lesion_term: term('lesion', outside.lesion),
    statuses_or_terms: terms('status', words),
    quotes_quotes: quotesParam(spans.map((s) => s.text)),
  };
  return unsupportedStatusFinding(
    code,
    { message, messageId: 'finding_family_lesion_only_as', params },
    spans,
    SCIATICA_INSTABILITY_ORDER,
  );
}
