import { assessContext } from '../context/assess-context';
import { sentenceBounds } from '../text/sentence-bounds';
import { quotesParam, terms } from '../text/message-params';
import { spanOf } from '../text/span-of';
import type { Span } from '../types';
import type { CodeGroup, RuleContext, RuleOutput } from './rule';
import { Z98_1_ORDER } from './sources';
import { unsupportedStatusFinding } from './unsupported-status-finding';

/**
 * Z98.1, arthrodesis status: the note documents a fusion that was done (blind QA stop 53/54: spine
 * practices code it after every ACDF or TLIF, and ChartLint said "outside the families" of it).
 *
 * ICD-10-CM FY2027 Z98.1 "Arthrodesis status" (order file; a status code, Chapter 21: the patient
 * carries the result of an earlier procedure). A fusion done is documented by the words for it (fusion,
 * arthrodesis, ACDF, TLIF/PLIF/ALIF/XLIF/LLIF/OLIF) that the note neither denies nor plans: "status
 * post L4-5 fusion", "PSH: L5-S1 TLIF (2018)", "solid interbody fusion at C5-6". A fusion recommended,
 * scheduled, discussed or considered is a plan, not a status; a congenital or spontaneous fusion
 * (Klippel-Feil, block vertebra, ankylosis) is no arthrodesis.
 */
const FUSION = /\b(?:fusions?|arthrodes[ie]s|fused|ACDF|TLIF|PLIF|ALIF|XLIF|LLIF|OLIF)\b/gi;
/** Not an operation: a fusion the body made. */
const NOT_SURGICAL =
  /\b(?:congenital|spontaneous(?:ly)?|auto-?|partial|block|Klippel|ankylos\w*|developmental)\W+(?:\w+\W+){0,2}$/i;
const NOT_SURGICAL_AFTER = /^\W+(?:\w+\W+){0,2}(?:congenital|block\s+vertebra|Klippel)/i;
/** A fusion not done yet, said before it in its sentence. */
const PLANNED_BEFORE =
  /\b(?:recommend\w*|plan(?:s|ned|ning)?|schedul\w*|candidate\s+for|consider\w*|discuss\w*|avoid\w*|offer\w*|refer\w*\s+(?:to\s+\w+\s+)?for|evaluat\w*\s+for|pending|await\w*|upcoming|will\s+(?:undergo|need|have|require)|to\s+undergo|propos\w*|consent\w*\s+for|may\s+(?:need|require|benefit)|might\s+(?:need|require)|would\s+like|options?\s+(?:of|include)|if\s+\w+|surgical\s+options?|pre-?op\w*)\b/i;
/** …or after it: "was discussed", "is recommended", "next month", "if symptoms persist". */
const PLANNED_AFTER =
  /^[^.;\n]{0,40}?\b(?:(?:is|was|are|were|has\s+been|have\s+been)\s+(?:recommended|planned|scheduled|discussed|considered|offered|proposed)|next\s+(?:week|month|year)|pending|if\s+\w+)\b/i;
/** A plan line's label ("Plan:", "Recommendations:") before the fusion on its line. */
const PLAN_LABEL = /(?:^|\n)[ \t]*(?:plan|recommendations?|surgical\s+plan|next\s+steps)\s*:[^\n]*$/i;
/** Words that place a fusion in the past even on a plan line ("Plan: follow-up, s/p L4-5 fusion"). */
const DONE =
  /\b(?:s\/p|status\s+post|post-?op\w*|history\s+of|h\/o|hx|prior|previous|underwent|had|healed|solid|hardware|instrumentation|(?:19|20)\d\d|ago)\b/i;

/**
 * The fusion of this encounter: the operation the note reports, not a status the patient carries.
 * Z98 is "Other postprocedural states" (Tabular), and Chapter 21's notes give its codes to a
 * circumstance that influences health status and is not itself a current condition; during the
 * fusion's own stay or operative note the fusion is the procedure (coded with a procedure code),
 * not a postprocedural state (QA stop 57). Said in the fusion's sentence: "admitted for", "POD 1",
 * "intraoperative"; or, when nothing there says the visit comes after it, "performed today" or a
 * procedure line's label before it on its line.
 */
const THIS_STAY =
  /\b(?:this\s+(?:admission|hospitali[sz]ation|stay)|admitted\s+(?:for|with|to\s+undergo)|(?:POD|post-?op(?:erative)?\s+day)\s*#?\s*\d+|intra-?op\w*|estimated\s+blood\s+loss|EBL)\b/i;
/** Weaker: "today", "this procedure", a procedure line; a follow-up visit says these of an earlier fusion too. */
const THIS_VISIT = /\b(?:today|tonight|this\s+(?:procedure|operation|surgery))\b/i;
const PROCEDURE_LABEL =
  /(?:^|\n)[ \t]*(?:procedures?|operations?|operative\s+procedures?|surgery|surgical\s+procedures?)(?:\s+performed)?\s*:[^\n]*$/i;
/** Words that put a fusion before this encounter even in an operative note ("prior L5-S1 fusion", "fused in 2015"). */
const EARLIER =
  /\b(?:history\s+of|h\/o|hx|prior|previous(?:ly)?|remote|old|healed|solid|(?:19|20)\d\d|ago|PSH|PMH|past\s+surgical)\b/i;
/** A visit after the fusion ("s/p L4-5 fusion, seen today for follow-up"): the weaker words then say nothing. */
const AFTER_IT = /\b(?:s\/p|status\s+post|follow-?up|f\/u|post-?op(?:erative)?(?!\s+day)\w*|recheck)\b/i;

/** Whether `re` is said in the fusion's sentence, before it or after it. */
const said = (re: RegExp, before: string, after: string) => re.test(before) || re.test(after);

/** Whether the fusion is this encounter's procedure (THIS_STAY; or THIS_VISIT or a procedure line when nothing says the visit comes after it). */
function thisEncounter(before: string, after: string, lead: string): boolean {
  if (said(EARLIER, before, after)) return false;
  if (said(THIS_STAY, before, after)) return true;
  return !said(AFTER_IT, before, after) && (said(THIS_VISIT, before, after) || PROCEDURE_LABEL.test(lead));
}

type FusionStatement = { span: Span; reading: 'done' | 'current' | 'planned' | 'negated' | 'uncertain' };

function readFusions(ctx: RuleContext): FusionStatement[] {
  const out: FusionStatement[] = [];
  for (const field of ctx.notes) {
    const text = field.text;
    FUSION.lastIndex = 0;
    for (let m = FUSION.exec(text); m !== null; m = FUSION.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const sentence = sentenceBounds(text, start, end);
      const before = text.slice(sentence.start, start);
      const after = text.slice(end, sentence.end);
      if (NOT_SURGICAL.test(before) || NOT_SURGICAL_AFTER.test(after)) continue;
      const status = assessContext(text, { start, end }, { fieldId: field.id, sentence }).status;
      const span = spanOf(field, start, end);
      if (status === 'negated') out.push({ span, reading: 'negated' });
      else if (status === 'uncertain' || status === 'hypothetical')
        out.push({ span, reading: status === 'uncertain' ? 'uncertain' : 'planned' });
      else if (status === 'family') continue;
      else {
        // The text before the fusion on its lines, where a "Plan:" or "Procedure:" label stands.
        const lead = text.slice(Math.max(0, start - 200), start);
        if (
          !said(DONE, before, after) &&
          (PLANNED_BEFORE.test(before) || PLANNED_AFTER.test(after) || PLAN_LABEL.test(lead))
        )
          out.push({ span, reading: 'planned' });
        else out.push({ span, reading: thisEncounter(before, after, lead) ? 'current' : 'done' });
      }
    }
  }
  return out;
}

const WORDS: Record<Exclude<FusionStatement['reading'], 'done'>, string> = {
  current: "this encounter's procedure",
  planned: 'planned or discussed',
  negated: 'negated',
  uncertain: 'uncertain',
};

/** unsupported-code for Z98.1: supported by a fusion done, a finding when the note has none, or only one planned, denied or uncertain. */
export function fusionStatusCheck(code: CodeGroup, ctx: RuleContext): RuleOutput {
  const statements = readFusions(ctx);
  const done = statements.filter((s) => s.reading === 'done').map((s) => s.span);
  if (done.length > 0) {
    const quoted = done
      .slice(0, 3)
      .map((s) => `"${s.text}"`)
      .join(', ');
    return {
      findings: [],
      compared: [
        {
          rule: 'unsupported-code',
          code: code.code,
          outcome: 'supported',
          evidence: done,
          reason: `the note documents a fusion that was done (${quoted})`,
          messageId: 'reason_fusion_done',
          params: { quotes_quotes: quotesParam(done.slice(0, 3).map((s) => s.text)) },
        },
      ],
    };
  }
  const other = statements.slice(0, 3);
  const readings = [...new Set(other.map((s) => s.reading as Exclude<FusionStatement['reading'], 'done'>))];
  const message =
    other.length === 0
      ? `${code.code} is arthrodesis (fusion) status, but the note documents no fusion that was done.`
      : `${code.code} is arthrodesis (fusion) status, but the note documents a fusion only as ${readings.map((r) => WORDS[r]).join(' or ')} (${other.map((s) => `"${s.span.text}"`).join(', ')}).`;
  const params: Record<string, string> =
    other.length === 0
      ? { code: code.code }
      : {
          code: code.code,
          statuses_or_terms: terms('status', readings),
          quotes_quotes: quotesParam(other.map((s) => s.span.text)),
        };
  const messageId = other.length === 0 ? 'finding_no_fusion_documented' : 'finding_fusion_only_as';
  return unsupportedStatusFinding(
    code,
    { message, messageId, params },
    other.map((s) => s.span),
    Z98_1_ORDER,
  );
}
