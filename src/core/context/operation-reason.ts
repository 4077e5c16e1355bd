/**
 * The reason of a past operation (QA stop 47, class 2): "Underwent L4-5 laminectomy and bilateral
 * foraminotomies on 08/18/2026 for lumbar stenosis with neurogenic claudication", "s/p right
 * L5-S1 microdiscectomy in 2022 for S1 radiculopathy from an L5-S1 disc extrusion". What the
 * operation was for is history, unless the note says it is there now ("residual", "recurrent",
 * "persists"). The cue rules read "laminectomy for" next to each other; here the procedure, a
 * mark of the past and "for" may stand apart, as dictation puts dates, levels and second
 * procedures between them. An operation that is planned or offered is not past: left alone.
 */

import type { Cue } from './find-cues';
import { firstStartingAt } from '../text/sorted-search';

/** How far back from the finding "for" is looked for, in characters. */
const FOR_REACH = 90;
/** The words between "for" and the finding, at most. */
const MAX_WORDS_AFTER_FOR = 10;
/** How far back from "for" the procedure and the mark of the past are looked for, in characters. */
const OPERATION_REACH = 110;

const OPERATION =
  /\b(?:(?:micro|hemi)?laminectom(?:y|ies)|laminotom(?:y|ies)|foraminotom(?:y|ies)|(?:micro)?decompressions?|(?:micro)?dis[ck]ectom(?:y|ies)|fusions?|arthrodesis|laminoplasty|acdf|[tpax]lif|llif|corpectom(?:y|ies)|facetectom(?:y|ies)|surgery|surgeries|operations?|kyphoplasty|vertebroplasty|arthroplasty|disc replacement)\b/i;
/** A mark that the operation was done: a past verb, "status post", a date or year, "ago". */
const PAST =
  /\b(?:underwent|had|has had|have had|s\/p|status post|post|prior|previous|history of|hx of|h\/o|performed|done|treated|(?:19|20)\d\d|ago)\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;
/** An operation spoken of as to come, not done. */
const PLANNED =
  /\b(?:recommend\w*|plan\w*|schedul\w*|candidate|consider\w*|discuss\w*|will|would|may|might|refer\w*|offer\w*|declin\w*|pending|request\w*|proposed|needs?|awaiting)\b/i;
/** Words between "for" and the finding that end the reason ("for stenosis; now recurrent"). */
const STOP =
  /[;,:]|\b(?:now|currently|but|since|still|today|recurr\w*|residual|persist\w*|again|new|ongoing|continued|remains?|worsening)\b/i;
/** Said after the finding: it is there now. */
const CURRENT_AFTER =
  /\b(?:recurr\w*|persist\w*|residual|again|still|remains?|returned|worsen\w*|progress\w*|continues?|ongoing|now)\b/i;

/**
 * The span of the "for" that names the finding [start, end) as a past operation's reason, or
 * undefined.
 *
 * @example operationReason('Underwent L4-5 laminectomy on 08/18/2026 for lumbar stenosis.', 51, 59, { start: 0, end: 60 }) // { start: 40, end: 43 } (cues: findCues over the sentence)
 */
export function operationReason(
  text: string,
  start: number,
  end: number,
  sentence: { start: number; end: number },
  cues: readonly Cue[],
): { start: number; end: number } | undefined {
  const at = forBefore(text, start, Math.max(sentence.start, start - FOR_REACH));
  if (at < 0) return undefined;
  const between = text.slice(at + 3, start);
  if (STOP.test(between) || between.split(/\s+/).filter((w) => w !== '').length > MAX_WORDS_AFTER_FOR)
    return undefined;
  // A cue between "for" and the finding (a terminator, a pseudo-trigger, a status of its own) reads it as the cue rules do.
  const next = firstStartingAt(cues, at + 3);
  if (next < cues.length && (cues[next] as Cue).start < start) return undefined;
  const lead = text.slice(clauseStart(text, Math.max(sentence.start, at - OPERATION_REACH), at), at);
  const operation = lastOperation(lead);
  if (operation < 0 || !PAST.test(lead) || PLANNED.test(lead)) return undefined;
  // Between the operation and "for" only what dates, places or adds to it ("and bilateral
  // foraminotomies on 08/18/2026", "in 2022", "by Dr. Lee"), not another statement ("fusion
  // (2015) presenting for f/u of LBP").
  for (const word of lead.slice(operation).split(/\s+/).slice(1))
    if (word !== '' && !BETWEEN.test(word) && !OPERATION.test(word)) return undefined;
  if (CURRENT_AFTER.test(text.slice(end, Math.max(end, sentence.end)))) return undefined;
  return { start: at, end: at + 3 };
}

/**
 * Whether the operation a reason cue names ("surgery for", "laminectomy for": the cue
 * text[cueStart, cueEnd)) is spoken of as to come in its clause ("Will consider surgery for the
 * L4-5 stenosis", "recommended decompression for", "declined fusion for"), with no mark of the
 * past there: what it is for is then there now, not history (QA stop 55). Read back to the
 * clause's start, as far as operationReason reads the operation's lead.
 */
export function plannedOperation(
  text: string,
  sentenceStart: number,
  cueStart: number,
  cueEnd: number,
): boolean {
  const from = clauseStart(text, Math.max(sentenceStart, cueStart - OPERATION_REACH), cueStart);
  if (!PLANNED.test(text.slice(from, cueStart))) return false;
  return !PAST.test(text.slice(from, cueEnd));
}

/** Where the last word "for" in [limit, before) starts, or -1 (read back by character codes: most targets have none). */
function forBefore(text: string, before: number, limit: number): number {
  for (let i = before - 3; i >= limit; i--) {
    if (
      (text.charCodeAt(i) | 32) !== 102 ||
      (text.charCodeAt(i + 1) | 32) !== 111 ||
      (text.charCodeAt(i + 2) | 32) !== 114
    )
      continue;
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
    if (i + 3 < text.length && isWordChar(text.charCodeAt(i + 3))) continue;
    return i;
  }
  return -1;
}

/** Where the last operation word of `lead` starts, or -1. */
function lastOperation(lead: string): number {
  let last = -1;
  OPERATIONS.lastIndex = 0;
  for (let m = OPERATIONS.exec(lead); m; m = OPERATIONS.exec(lead)) last = m.index;
  return last;
}
const OPERATIONS = new RegExp(OPERATION.source, 'gi');

/** A word that may stand between an operation and its "for": a joiner, a side, a level, a date, a name. */
const BETWEEN =
  /^(?:and|&|\+|with|in|on|at|of|by|via|the|a|an|his|her|their|left|right|bilateral(?:ly)?|[ctls]\d[\w/-]*|\(?\d[\d/.-]*\)?|dr\.?|[A-Z][\w.'-]*)$/;

/** Where the clause holding `at` starts: after the last comma, semicolon or colon in [from, at). */
function clauseStart(text: string, from: number, at: number): number {
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58) return i + 1;
  }
  return from;
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
