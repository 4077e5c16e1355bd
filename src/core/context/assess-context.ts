import type { Span, Status, StatusReason } from '../types';
import { sentenceBounds } from '../text/sentence-bounds';
import { firstAtOrAfter, firstStartingAt } from '../text/sorted-search';
import { readsDifferentialItem } from './differential';
import { CATEGORY_STATUS, type ContextRule } from './context-rules';
import { findCues, readNoBracket, type Cue } from './find-cues';
import { disputeAfter } from './dispute-after';
import { ANSWER_END, CLAUSE_END } from '../text/sentence-bounds';
import { boxReadingOf, boxStatus, keptCues } from './check-boxes';
import { symbolNegation } from './symbol-negation';
import { unansweredLabel } from './unanswered-label';
import { quotedClaim } from './quoted-claim';
import { operationReason, plannedOperation } from './operation-reason';
import { disprovedAfter } from './disproved-after';
import { resolvedNext } from './resolved-next';
import { namesOwnSubject } from './own-subject';

/**
 * The status of a target phrase and the cue that set it (null when affirmed by default); `reason`
 * when a reader that set it knows why and the status alone would mislead (a correction's negation).
 */
export type ContextResult = { status: Status; trigger: Span | null; reason?: StatusReason };


/** When several cues reach a target, the annotation guide's precedence decides. */
const PRECEDENCE: Status[] = ['negated', 'historical', 'family', 'hypothetical', 'uncertain'];

/**
 * A side or a level ("left", "L5", "C5-6"): it qualifies the finding after it and does not take a
 * capped cue further from it, so a word cap does not count it ("seen in 2024 for left L5
 * radiculopathy" reads as "for radiculopathy").
 */
const MODIFIER_WORD = /^(?:left|right|bilateral|bilaterally|[ctls]\d{1,2}(?:-[ctls]?\d{1,2})?)$/i;

/**
 * Whether the word text[start..end) is a side or a level. Most words are not, and their first letter
 * says so without a slice.
 */
function isModifier(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start) | 32;
  // l(eft, L5), r(ight), b(ilateral), c, t, s (levels)
  if (c !== 108 && c !== 114 && c !== 98 && c !== 99 && c !== 116 && c !== 115) return false;
  return end - start <= 11 && MODIFIER_WORD.test(text.slice(start, end));
}

/** Where the word starting at `from` ends (the first space after it). */
function wordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) > 32) i++;
  return i;
}

/**
 * Whether the word text[start..end) is "at" and the next word a level or a side ("stenosis at L4-5
 * absent", "at left L5-S1"): the preposition only places the finding, as they do, so the word cap
 * of a rule that reads only at its clause's end does not count it either (stop 55:
 * neg-absent-after-b did not reach "Canal stenosis at L4-5 absent"). Other capped rules count it:
 * "neuritis at T7 after shingles ruled out" keeps "ruled out" on the shingles.
 */
function placesLevel(text: string, start: number, end: number): boolean {
  if (end - start !== 2 || (text.charCodeAt(start) | 32) !== 97 || (text.charCodeAt(start + 1) | 32) !== 116) return false;
  let next = end;
  while (next < text.length && text.charCodeAt(next) <= 32) next++;
  const after = wordEnd(text, next);
  return after > next && isModifier(text, next, after);
}

/**
 * The start of the word after `count` counted words from `from`, or `limit`. Sides and levels do
 * not count, except the word at `limit - 1`: the target's own first word ("most likely disc at the
 * level of L5-S1" keeps a level target as far from its cue as before).
 */
function wordsForward(text: string, from: number, count: number, limit: number): number {
  let words = 0;
  let i = from;
  while (i < limit) {
    if (text.charCodeAt(i) <= 32) {
      i++;
      continue;
    }
    const end = wordEnd(text, i);
    if (i >= limit - 1 || !isModifier(text, i, end)) {
      if (words === count) return i;
      words++;
    }
    i = end;
  }
  return limit;
}

/** Words that may stand in a phrase placing a finding ("at the L4-5 and L5-S1 levels", "in the lumbar spine"). */
const PLACE_WORD = /^(?:at|in|on|of|the|and|levels?|disc|interspaces?|segments?|sides?|spine|lumbar|cervical|thoracic|multiple|all|any|both)$/i;
/** The words of such a phrase that place it: a phrase without one places nothing ("in the disc"). */
const PLACE_HEAD = /^(?:levels?|spine|sides?)$/i;
const PLACE_START = /^(?:at|in|on)$/i;

/**
 * Where the phrase placing the finding right before a clause-end cue starts, or `from` when there
 * is none: the words back to its preposition (or to a comma before it) are all sides, levels or
 * words of place, and one of them a side, a level or "level", "spine", "side" (stop 56: "Canal
 * stenosis at the L4-5 level absent", "at the level of L4-5 ruled out", "at L4-5 on the left
 * absent", "stenosis, L4-5 level, absent"). Only words after the target's last word (`limit`).
 */
function placeStart(text: string, from: number, limit: number): number {
  let start = from;
  let placed = false;
  let found = from;
  let i = from - 1;
  while (i >= limit) {
    if (text.charCodeAt(i) <= 32) {
      i--;
      continue;
    }
    let w = i;
    while (w > limit && text.charCodeAt(w - 1) > 32) w--;
    // The word before the phrase ends with a comma: the phrase stands between commas ("stenosis, L4-5 level, absent").
    if (w <= limit || (text.charCodeAt(i) === 44 && start !== from)) {
      if (text.charCodeAt(i) === 44 && placed) found = start;
      break;
    }
    const end = text.charCodeAt(i) === 44 ? i : i + 1;
    const modifier = isModifier(text, w, end);
    if (!modifier && !PLACE_WORD.test(text.slice(w, end))) break;
    if (modifier || PLACE_HEAD.test(text.slice(w, end))) placed = true;
    start = w;
    if (!modifier && placed && PLACE_START.test(text.slice(w, end))) found = w;
    i = w - 1;
  }
  return found;
}

/**
 * The end of the word before `count` counted words back from `from`, or `limit`. Sides and levels
 * do not count, except the word at `limit`: the target's own last word; nor, for a rule that reads
 * only where its clause ends (`placing`), an "at" before a level or side, nor a phrase that places
 * the finding right before the cue (placeStart).
 */
function wordsBackward(text: string, from: number, count: number, limit: number, placing: boolean): number {
  let words = 0;
  let i = (placing ? placeStart(text, from, limit) : from) - 1;
  while (i >= limit) {
    if (text.charCodeAt(i) <= 32) {
      i--;
      continue;
    }
    // The word is read no further back than `limit`, as a word starting there.
    let start = i;
    while (start > limit && text.charCodeAt(start - 1) > 32) start--;
    if (start === limit || !(isModifier(text, start, i + 1) || (placing && placesLevel(text, start, i + 1)))) {
      if (words === count) return i + 1;
      words++;
    }
    i = start - 1;
  }
  return limit;
}

export type AssessOptions = {
  fieldId?: string;
  /** Sentence bounds when the caller already knows them. */
  sentence?: { start: number; end: number };
  /** Cues of that sentence when the caller already found them. */
  cues?: Cue[];
  /** A status the section heading implies ("Past medical history:" → historical). */
  sectionStatus?: Status | null;
  /** Further target parts (a site word and its narrowing word); a cue reaching any part counts. */
  parts?: { start: number; end: number }[];
  /**
   * The sentence's cues with its clause cues, when `cues` holds its word cues only and none of them
   * sets a status (see setsStatus): asked for only when a word cue runs over the target, whose
   * words are then read again and may set one.
   */
  moreCues?: (() => Cue[]) | undefined;
};

/**
 * Whether some cue of the list sets a status. A list where none does decides nothing: every target
 * in its sentence takes the section's status (or is affirmed), whatever terminators the list holds,
 * unless a cue runs over the target (see AssessOptions.moreCues).
 */
export function setsStatus(cues: Cue[]): boolean {
  for (let i = 0; i < cues.length; i++) if (cueSetsStatus(cues[i] as Cue)) return true;
  return false;
}

/** Whether one cue sets a status (setsStatus of it alone, without a list made for it). */
export function cueSetsStatus(cue: Cue): boolean {
  return factsOf(cue.rules).ranked !== undefined;
}

type Range = { start: number; end: number };

/**
 * ConText for one target: finds the cues in its sentence and returns the status of the cue whose
 * scope reaches the target. Forward cues reach to the next terminator (or their word cap),
 * backward cues back to the previous one; pseudo-triggers ("no increase", "not only") block.
 *
 * @example assessContext('No canal stenosis; mild foraminal narrowing.', {start: 24, end: 43}).status === 'affirmed'
 */
export function assessContext(text: string, target: Range, options: AssessOptions = {}): ContextResult {
  return assess(text, target, options, true);
}

/** assessContext weighing every cue in order, with no cue passed over by distance (for the equivalence test). */
export function assessContextEveryCue(text: string, target: Range, options: AssessOptions = {}): ContextResult {
  return assess(text, target, options, false);
}

function assess(text: string, target: Range, options: AssessOptions, outward: boolean): ContextResult {
  const sentence = options.sentence ?? sentenceBounds(text, target.start, target.end);
  const parts = options.parts ?? [target];
  let given = options.cues ?? findCues(text, sentence.start, sentence.end);
  // Checkbox forms (check-boxes.ts): an unticked option states nothing, a ticked answer answers its label.
  const boxes = boxReadingOf(text, sentence, given);
  if (boxes !== undefined) {
    const answer = boxStatus(boxes, text, target, options.fieldId ?? '');
    if (answer !== undefined) return answer;
    given = keptCues(boxes, given);
  }
  const straddling = straddles(given, parts);
  // A word cue runs over the target: its words, read again, may set a status the terminators bound.
  if (straddling && options.moreCues !== undefined) given = options.moreCues();
  if (straddling && boxes !== undefined) given = keptCues(boxes, given);
  const cues = straddling ? splitStraddling(text, given, parts) : given;
  const reading = readingOf(text, cues, sentence.start, sentence.end);
  // The cues are weighed from the target outwards: those before it nearest first, then those after
  // it. Once the best so far has the first status in precedence, a cue farther away than its
  // distance cannot win, nor can any cue beyond it: in run-on dictation every "no" of a long
  // sentence reaches the target, and only the nearest needs weighing.
  const best = BEST;
  best.rank = PRECEDENCE.length;
  best.distance = 0;
  best.cue = -1;
  let low = Infinity;
  let high = -Infinity;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k] as Range;
    if (p.start < low) low = p.start;
    if (p.end > high) high = p.end;
  }
  // Only the cues that set a status are weighed (the others never win), in the same order; the
  // tests that stop a loop hold for every cue past the first that passes them (maxEndTo and
  // minStartFrom only grow), so testing them at those cues alone stops at the same answer.
  const pivot = outward ? (reading.statusFrom[firstStartingAt(cues, low)] as number) : 0;
  const statusCues = reading.statusCues;
  for (let k = pivot - 1; k >= 0; k--) {
    const i = statusCues[k] as number;
    // Every cue from here back ends by maxEndTo[i]: before all parts, it is at least that far away.
    const farEnd = reading.maxEndTo[i] as number;
    if (best.rank === 0 && farEnd <= low && low - farEnd > best.distance) break;
    weigh(text, cues, reading, parts, i, best, outward);
  }
  for (let k = pivot; k < reading.statusCount; k++) {
    const i = statusCues[k] as number;
    // Every cue from here on starts at minStartFrom[i] or later: past all parts, that far away.
    const nearStart = reading.minStartFrom[i] as number;
    if (outward && best.rank === 0 && nearStart >= high && nearStart - high > best.distance) break;
    weigh(text, cues, reading, parts, i, best, outward);
  }
  const bestCue = best.cue;
  const bestRank = best.rank;
  // Not cues[-1] when no cue won (most targets): a negative index is no element but a property
  // name, looked up on the list and its prototypes; it measured several times slower than the test.
  let cue = bestCue >= 0 ? cues[bestCue] : undefined;
  // "Previously seen canal narrowing is again demonstrated": the sentence says the finding is there
  // today, so the history cue before it names an earlier report, not a past condition.
  if (cue && PRECEDENCE[bestRank] === 'historical' && cue.end <= low && currentAfter(text, cues, reading, high)) cue = undefined;
  let rank = bestRank;
  if (cue && rank === HISTORICAL) {
    // "mother s/p lumbar fusion for stenosis", "her brother had surgery for myelopathy": the history
    // a relative's cue opens is the relative's, not the patient's.
    const relative = familyBefore(text, cues, reading, parts, bestCue);
    if (relative >= 0) {
      cue = cues[relative];
      rank = FAMILY;
    }
  }
  // In a family-history section, what a cue says was, may be or might be is still said of a
  // relative ("Family history: mother s/p laminectomy for stenosis"); only a negation holds.
  if (cue && options.sectionStatus === 'family' && rank !== NEGATED && rank !== FAMILY) return { status: 'family', trigger: null };
  if (cue) {
    const fieldId = options.fieldId ?? '';
    // "He was told he has stenosis. I do not agree.": the author's dispute outranks the hedge.
    if (rank === UNCERTAIN) {
      const disputed = disputeAfter(text, sentence.end, fieldId);
      if (disputed?.status === 'negated') return disputed;
      // "Possible radiculopathy was considered but EMG was normal": the later result settles the doubt.
      const disproved = disprovedAfter(text, high, sentence);
      if (disproved) return { status: 'negated', trigger: { fieldId, start: disproved.start, end: disproved.end, text: text.slice(disproved.start, disproved.end) } };
    }
    // Every mention this cue decides quotes the same span: made once (nothing changes a trigger).
    let trigger = cue.trigger;
    if (trigger === undefined || trigger.fieldId !== fieldId) {
      trigger = { fieldId, start: cue.start, end: cue.end, text: text.slice(cue.start, cue.end) };
      cue.trigger = trigger;
    }
    return { status: PRECEDENCE[rank] as Status, trigger };
  }
  // "Radiculopathy: ***", "Neurogenic claudication: {Yes/No:1234}": a template's label left unanswered.
  // "Radiculopathy was considered but EMG was normal": put forward, then disproved (disproved-after.ts).
  const disproved = disprovedAfter(text, high, sentence);
  if (disproved) return { status: 'negated', trigger: { fieldId: options.fieldId ?? '', start: disproved.start, end: disproved.end, text: text.slice(disproved.start, disproved.end) } };
  const blank = unansweredLabel(text, high);
  if (blank) return { status: 'hypothetical', trigger: { fieldId: options.fieldId ?? '', start: blank.start, end: blank.end, text: text.slice(blank.start, blank.end) } };
  // "Ø stenosis", "s radic", "stenosis (-)": shorthand the cue words cannot hold (symbol-negation.ts).
  const symbol = symbolNegation(text, low, high, sentence);
  if (symbol) return { status: 'negated', trigger: { fieldId: options.fieldId ?? '', start: symbol.start, end: symbol.end, text: text.slice(symbol.start, symbol.end) } };
  // "Underwent L4-5 laminectomy on 08/18/2026 for lumbar stenosis": the reason of a past operation (operation-reason.ts).
  const reason = options.sectionStatus == null ? operationReason(text, low, high, sentence, cues) : undefined;
  if (reason) return { status: 'historical', trigger: { fieldId: options.fieldId ?? '', start: reason.start, end: reason.end, text: text.slice(reason.start, reason.end) } };
  // 'His chiropractor told him he has "severe stenosis"': another's words (quoted-claim.ts).
  const quoted = options.sectionStatus == null ? quotedClaim(text, low, high, sentence) : undefined;
  if (quoted) return disputeAfter(text, sentence.end, options.fieldId ?? '') ?? { status: 'uncertain', trigger: { fieldId: options.fieldId ?? '', start: quoted.start, end: quoted.end, text: text.slice(quoted.start, quoted.end) } };
  // A question asks whether the finding is there ("Is there cervical radiculopathy? Answer: No."):
  // it asserts nothing, so with no cue of its own its finding is uncertain (the answer, a sentence
  // of its own, is read on its own).
  const mark = questionMark(text, sentence);
  if (mark >= 0) return { status: 'uncertain', trigger: { fieldId: options.fieldId ?? '', start: mark, end: mark + 1, text: '?' } };
  // "L4-5 foraminal stenosis; resolved after foraminotomy.": the next clause's verb has it as subject (resolved-next.ts).
  const gone = resolvedNext(text, sentence.end);
  if (gone) return { status: gone.status, trigger: { fieldId: options.fieldId ?? '', start: gone.start, end: gone.end, text: text.slice(gone.start, gone.end) } };
  // "Lumbar stenosis on the outside MRI. I do not agree with the prior diagnosis." (dispute-after.ts)
  return disputeAfter(text, sentence.end, options.fieldId ?? '') ?? { status: options.sectionStatus ?? 'affirmed', trigger: null };
}

/**
 * Whether the "?" at `at` ends a question: words come right before it. A "?" opening a bracket or
 * the sentence marks the next words as doubtful ("(? percussion myotonia)"), and the sentence
 * ends there only because "?" ends sentences.
 */
function asksAt(text: string, start: number, at: number): boolean {
  let i = at - 1;
  while (i >= start && text.charCodeAt(i) <= 32) i--;
  return i >= start && text.charCodeAt(i) !== 40 && text.charCodeAt(i) !== 63;
}

/** How near the predicate must follow its finding: a few words ("at L4-5", "on the left"), no comma. */
const CURRENT_REACH = 6;

/**
 * Whether a cue right after the target says it is there today: its predicate ("is again
 * demonstrated"), within a few words and no comma or terminator away, so that "the prior MRI, the
 * stenosis has progressed" leaves the prior MRI prior.
 */
function currentAfter(text: string, cues: Cue[], reading: Reading, targetEnd: number): boolean {
  for (let i = firstStartingAt(cues, targetEnd); i < cues.length; i++) {
    const cue = cues[i] as Cue;
    if ((reading.backwardStart[i] as number) >= targetEnd) return false;
    let current = false;
    for (let r = 0; r < cue.rules.length; r++) if (cue.rules[r]?.current === true) current = true;
    if (!current) continue;
    const between = text.slice(targetEnd, cue.start);
    return !/[,;]/.test(between) && between.split(/\s+/).filter((w) => w !== '').length <= CURRENT_REACH;
  }
  return false;
}

/** Where the "?" ending the sentence stands (trailing spaces and closing quotes aside), or -1. */
function questionMark(text: string, sentence: { start: number; end: number }): number {
  // The sentence may end just before its boundary character or just after it.
  let i = Math.min(sentence.end, text.length - 1);
  if (i < sentence.start) return -1;
  if (text.charCodeAt(i) !== 63) i--;
  while (i >= sentence.start) {
    const ch = text.charCodeAt(i);
    if (ch === 63) return asksAt(text, sentence.start, i) ? i : -1;
    if (ch > 32 && ch !== 34 && ch !== 39 && ch !== 41) return -1;
    i--;
  }
  return -1;
}

const NEGATED = PRECEDENCE.indexOf('negated');
const HISTORICAL = PRECEDENCE.indexOf('historical');
const FAMILY = PRECEDENCE.indexOf('family');
const UNCERTAIN = PRECEDENCE.indexOf('uncertain');

/**
 * The nearest cue before the history cue `history` whose family rule reaches the target, or -1:
 * the history is then told of that relative. Asked only when a history cue won (few targets).
 */
function familyBefore(text: string, cues: Cue[], reading: Reading, parts: Range[], history: number): number {
  const at = (cues[history] as Cue).start;
  for (let i = history - 1; i >= 0; i--) {
    const cue = cues[i] as Cue;
    const rules = reading.ranked[i];
    if (rules === undefined || cue.end > at) continue;
    const forwardEnd = reading.forwardEnd[i] as number;
    const backwardStart = reading.backwardStart[i] as number;
    if (!mayReach(cue, forwardEnd, backwardStart, parts)) continue;
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r] as RankedRule;
      if (rule.rank === FAMILY && distanceOf(text, cue, rule, parts, forwardEnd, backwardStart) >= 0) return i;
    }
  }
  return -1;
}

/** The answer so far: its status's precedence, its distance and its cue (-1 for none). */
type Best = { rank: number; distance: number; cue: number };
/** Reused by every call (assessContext never nests): no object per target. */
const BEST: Best = { rank: 0, distance: 0, cue: -1 };

/**
 * Weighs cue `i` against the best so far: the answer is the lowest precedence, then the shortest
 * distance, then the earliest cue, whatever order the cues are weighed in.
 */
function weigh(text: string, cues: Cue[], reading: Reading, parts: Range[], i: number, best: Best, prune: boolean): void {
  // A cue whose rules set no status (terminators, pseudo-triggers) can never be the answer, nor
  // can one whose best status ranks below the answer so far.
  const rules = reading.ranked[i];
  if (rules === undefined || (rules[0] as RankedRule).rank > best.rank) return;
  const cue = cues[i] as Cue;
  // Its best status ties the answer so far: only a distance no greater can win, and no rule's
  // distance is below the cue's gap to the nearest part.
  if (prune && (rules[0] as RankedRule).rank === best.rank && gapOf(cue, parts) > best.distance) return;
  const forwardEnd = reading.forwardEnd[i] as number;
  const backwardStart = reading.backwardStart[i] as number;
  if (!mayReach(cue, forwardEnd, backwardStart, parts)) return;
  // The rules come by rank: one ranked below the answer so far, and all after it, cannot win.
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as RankedRule;
    if (rule.rank > best.rank) break;
    const distance = distanceOf(text, cue, rule, parts, forwardEnd, backwardStart);
    if (distance < 0) continue;
    if (rule.rank < best.rank || distance < best.distance || (distance === best.distance && i < best.cue)) {
      best.rank = rule.rank;
      best.distance = distance;
      best.cue = i;
    }
  }
}

/**
 * Whether a cue's scope, before word caps, reaches some part of the target without overlapping any
 * part: the cheap test that spares most cues of a long sentence the rule loop.
 */
function mayReach(cue: Cue, forwardEnd: number, backwardStart: number, parts: Range[]): boolean {
  let reach = false;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k] as Range;
    if (cue.start < p.end && cue.end > p.start) return false;
    if ((cue.end <= p.start && p.start < forwardEnd) || (cue.start >= p.end && p.end > backwardStart)) reach = true;
  }
  return reach;
}

/**
 * The characters between a cue and the nearest part (0 when it touches or overlaps one): no
 * distance distanceOf gives for the cue is smaller.
 */
function gapOf(cue: Cue, parts: Range[]): number {
  let gap = Infinity;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k] as Range;
    const d = cue.end <= p.start ? p.start - cue.end : cue.start >= p.end ? cue.start - p.end : 0;
    if (d < gap) gap = d;
  }
  return gap;
}

/** Whether a cue runs over the start of some part (rare: the cue list is then re-read). */
function straddles(cues: Cue[], parts: Range[]): boolean {
  // The sentence's earlier targets left this list's reading behind (the usual case): a cue starting
  // before a part runs over it exactly when the greatest end among the cues before it does, so each
  // part costs a binary search, not a pass over every cue of the sentence per target.
  if (reading.cues === cues) {
    const maxEndTo = reading.maxEndTo;
    for (let k = 0; k < parts.length; k++) {
      const start = (parts[k] as Range).start;
      const before = firstStartingAt(cues, start) - 1;
      if (before >= 0 && (maxEndTo[before] as number) > start) return true;
    }
    return false;
  }
  for (let i = 0; i < cues.length; i++) if (straddled(cues[i] as Cue, parts) !== undefined) return true;
  return false;
}

/**
 * A cue that runs into the target ("no acute" before "acute distress") is re-read on its part
 * before the target only, so the target's own words never hide the cue in front of them.
 */
function splitStraddling(text: string, cues: Cue[], parts: Range[]): Cue[] {
  const out: Cue[] = [];
  for (const cue of cues) {
    const part = straddled(cue, parts);
    if (part) out.push(...findCues(text, cue.start, part.start));
    else out.push(cue);
  }
  return out;
}

/** The first part whose start a cue runs over. */
function straddled(cue: Cue, parts: Range[]): Range | undefined {
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k] as Range;
    if (cue.start < p.start && cue.end > p.start) return p;
  }
  return undefined;
}

/**
 * A cue's status-setting rule as the reading loop needs it: its status's precedence, the
 * directions it reads in, and its word cap (0 for none).
 */
type RankedRule = { rank: number; forward: boolean; backward: boolean; maxScope: number; answer: boolean; clauseEnd: boolean; differential: boolean; notLabel: boolean; ownClause: boolean };
/** A rule list's facts, shared by every cue that carries the list (lists come from the trie). */
type RuleFacts = {
  ranked: RankedRule[] | undefined;
  terminates: boolean;
  /** A terminator a reason cue reads past (see ContextRule.joinsFinding). */
  joinsFinding: boolean;
  /** A history cue naming what an operation treated (see ContextRule.reason). */
  reason: boolean;
  /** Some rule reads backward with a status other than negated: its reach ends at the clause before it. */
  backward: boolean;
};

const factsByRules = new WeakMap<ContextRule[], RuleFacts>();
function factsOf(rules: ContextRule[]): RuleFacts {
  const known = factsByRules.get(rules);
  if (known) return known;
  const ranked: RankedRule[] = [];
  for (const rule of rules) {
    const status = CATEGORY_STATUS[rule.category];
    if (!status) continue;
    const entry = {
      rank: PRECEDENCE.indexOf(status),
      forward: rule.direction === 'forward' || rule.direction === 'bidirectional',
      backward: rule.direction === 'backward' || rule.direction === 'bidirectional',
      maxScope: rule.maxScope ?? 0,
      answer: rule.answer === true,
      clauseEnd: rule.clauseEnd === true,
      differential: rule.differential === true,
      notLabel: rule.notLabel === true,
      ownClause: rule.ownClause === true,
    };
    // A rule that reads like an earlier one of the same cue gives the same status at the same
    // distance, so it can never change the answer.
    if (!ranked.some((r) => r.rank === entry.rank && r.forward === entry.forward && r.backward === entry.backward && r.maxScope === entry.maxScope && r.answer === entry.answer && r.clauseEnd === entry.clauseEnd && r.differential === entry.differential && r.notLabel === entry.notLabel && r.ownClause === entry.ownClause)) ranked.push(entry);
  }
  // By rank, so the reading loop can stop at the first rule ranked below its answer (sort is stable).
  ranked.sort((a, b) => a.rank - b.rank);
  const facts = {
    ranked: ranked.length > 0 ? ranked : undefined,
    terminates: rules.some((r) => r.category === 'TERMINATE'),
    joinsFinding: rules.some((r) => r.joinsFinding === true),
    reason: rules.some((r) => r.reason === true),
    // A backward negation ("T6 subluxation, previously treated in 2024, resolved") still reaches
    // over an aside with a cue of its own: it ends the list it closes (see clauseOfCueBefore).
    backward: ranked.some((r) => r.backward && PRECEDENCE[r.rank] !== 'negated'),
  };
  factsByRules.set(rules, facts);
  return facts;
}

/**
 * What every mention of one sentence asks of its cue list: each cue's reach before word caps and
 * its status-setting rules. Found once per list and kept for the next call, as the mentions of a
 * sentence come together with the same list; the arrays are reused from one sentence to the next
 * (they may hold more entries than the list).
 * (A WeakMap keyed by the list cost more than the reading itself, in the map and in garbage.)
 */
type Reading = {
  cues: Cue[] | undefined;
  text: string;
  start: number;
  end: number;
  /**
   * Where each cue's forward scope ends (exclusive, for a part's start): the next terminator, the
   * sentence end, or just past a closing bracket the cue sits inside (its scope never leaves them).
   */
  forwardEnd: number[];
  /**
   * Where each cue's backward scope starts (exclusive, for a part's end): the previous terminator or
   * the sentence start, or the comma that opens the clause of the status cue before it (see
   * clauseOfCueBefore).
   */
  backwardStart: number[];
  ranked: (RankedRule[] | undefined)[];
  /** The last end among cues 0..i, and the first start among cues i..: how near the cues beyond i can come. */
  maxEndTo: number[];
  minStartFrom: number[];
  /** Each cue's rule facts, found by the pass back and read again by the pass forward. */
  facts: RuleFacts[];
  /**
   * The cues that set a status (by index, in order; the first statusCount entries), and for each
   * index of the list (and its end) how many of them come before it: the reading loop weighs these
   * only, where every mention of a run-on sentence passed over each terminator and clause cue.
   */
  statusCues: number[];
  statusCount: number;
  statusFrom: number[];
};
const reading: Reading = { cues: undefined, text: '', start: 0, end: 0, forwardEnd: [], backwardStart: [], ranked: [], maxEndTo: [], minStartFrom: [], facts: [], statusCues: [], statusCount: 0, statusFrom: [] };
/** The facts a `facts` entry holds before its first list (never read). */
const NO_FACTS: RuleFacts = { ranked: undefined, terminates: false, joinsFinding: false, reason: false, backward: false };

/**
 * The reading of a cue list: one pass each way for the terminators, so a long run-on sentence with
 * many cues stays linear.
 */
function readingOf(text: string, cues: Cue[], start: number, end: number): Reading {
  if (reading.cues === cues && reading.start === start && reading.end === end && reading.text === text) return reading;
  const { forwardEnd, backwardStart, ranked, maxEndTo, minStartFrom, facts: factsAt, statusCues, statusFrom } = reading;
  const n = cues.length;
  // The arrays only grow (setting an array's length is a slow runtime call); entries past the
  // list's end are never read.
  while (forwardEnd.length < n) {
    forwardEnd.push(0);
    backwardStart.push(0);
    ranked.push(undefined);
    maxEndTo.push(0);
    minStartFrom.push(0);
    factsAt.push(NO_FACTS);
    statusCues.push(0);
  }
  // One entry more than the list: where the status cues at or after its end start (none).
  while (statusFrom.length <= n) statusFrom.push(0);
  let next = end;
  // Where a reason cue's forward scope ends: the next terminator that does not join its finding.
  let reasonNext = end;
  let any = false;
  let minStart = Infinity;
  for (let i = n - 1; i >= 0; i--) {
    const cue = cues[i] as Cue;
    const facts = factsOf(cue.rules);
    factsAt[i] = facts;
    // A reason cue whose operation is still to come ("will consider surgery for") sets no status
    // (operation-reason.ts plannedOperation): most cues are no reason cue and skip the read.
    const own = facts.reason && facts.ranked !== undefined && plannedOperation(text, start, cue.start, cue.end) ? undefined : facts.ranked;
    ranked[i] = own;
    any ||= own !== undefined;
    forwardEnd[i] = facts.reason ? reasonNext : next;
    if (facts.terminates) {
      next = Math.min(cue.start, end);
      if (!facts.joinsFinding) reasonNext = next;
    }
    if (cue.start < minStart) minStart = cue.start;
    minStartFrom[i] = minStart;
  }
  let previous = start;
  let maxEnd = -Infinity;
  // The last status cue so far, and the comma before it once read (-2: not read yet): every
  // backward cue after it until the next one asks for the same comma.
  let statusCue = -1;
  let statusComma = -2;
  let statusCount = 0;
  for (let i = 0; i < n; i++) {
    const cue = cues[i] as Cue;
    const facts = factsAt[i] as RuleFacts;
    statusFrom[i] = statusCount;
    const sets = ranked[i] !== undefined;
    if (sets) statusCues[statusCount++] = i;
    backwardStart[i] = previous;
    if (facts.backward && statusCue >= 0) {
      const before = cues[statusCue] as Cue;
      if (before.start >= previous && before.end <= cue.start) {
        if (statusComma === -2) statusComma = clauseOfCueBefore(text, previous, before.start);
        // (A terminator since may have moved `previous` past that comma: then none is in reach.)
        if (statusComma >= previous) backwardStart[i] = statusComma;
      }
    }
    if (sets) {
      statusCue = i;
      statusComma = -2;
    }
    if (facts.terminates) previous = Math.max(cue.end, start);
    if (cue.end > maxEnd) maxEnd = cue.end;
    maxEndTo[i] = maxEnd;
  }
  // Most sentences hold no bracket, as the cue reader saw when it read them (find-cues.ts).
  statusFrom[n] = statusCount;
  reading.statusCount = statusCount;
  if (any && !readNoBracket(text, start, end)) closeBrackets(text, cues, start, end, forwardEnd);
  reading.cues = cues;
  reading.text = text;
  reading.start = start;
  reading.end = end;
  return reading;
}

/**
 * A backward hedge or history cue reaches back over its own clause only: where another status cue
 * stands before it with a comma before that ("right foraminal stenosis, cannot exclude C6 radiculopathy,
 * correlate clinically"), the clause that cue opens is the one the backward cue speaks of, and
 * the findings before that comma have a clause of their own. Returns the last comma in
 * [from, cueStart), or -1.
 */
function clauseOfCueBefore(text: string, from: number, cueStart: number): number {
  // Read back from the cue, within the sentence: most such cues are a few words past a comma.
  for (let i = cueStart - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59) return i;
  }
  return -1;
}

/**
 * Ends the forward scope of each cue inside brackets just past the bracket that closes before the
 * next one opens ("(no canal stenosis) severe foraminal stenosis").
 */
function closeBrackets(text: string, cues: Cue[], start: number, end: number, forwardEnd: number[]): void {
  // indexOf finds a bracket far faster than reading every character of a long sentence; it runs
  // on the sentence's slice so that it never reads past the sentence.
  const slice = text.slice(start, end);
  if (slice.indexOf(')') < 0) return;
  const opens: number[] = [];
  const closes: number[] = [];
  for (let i = slice.indexOf('('); i >= 0; i = slice.indexOf('(', i + 1)) opens.push(start + i);
  for (let i = slice.indexOf(')'); i >= 0; i = slice.indexOf(')', i + 1)) closes.push(start + i);
  for (let i = 0; i < cues.length; i++) {
    const at = (cues[i] as Cue).end;
    const close = closes[firstAtOrAfter(closes, at)] ?? Infinity;
    if (close < (opens[firstAtOrAfter(opens, at)] ?? Infinity) && close + 1 < (forwardEnd[i] as number)) forwardEnd[i] = close + 1;
  }
}

/**
 * Whether a cue is the whole answer of a label (an `answer` rule's condition): a colon right
 * before it, and after it only the end of its clause, perhaps past a word such as "clinically".
 * The same reading as sentence-bounds.ts, which keeps such a label and its answer one sentence.
 */
function answersLabel(text: string, cue: Cue): boolean {
  let i = cue.start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (text.charCodeAt(i) !== 58) return false;
  ANSWER_END.lastIndex = cue.end;
  return ANSWER_END.test(text);
}

/**
 * Whether a cue stands as a label or heading (a `notLabel` rule's exception): a colon or a dash
 * after it, or the end of its line ("Hx:", "HX -", "Hx" above the history of present illness).
 */
function standsAsLabel(text: string, cue: Cue): boolean {
  let i = cue.end;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c === 58 || c === 45 || c === 0x2013 || c === 0x2014 || c === 10 || c === 13;
}

/**
 * Whether a hedge ends its clause ("Discogenic pain likely.", "stenosis at L4-5, likely."): then
 * it speaks of the finding before it. Followed by more words, it speaks of them ("Shortness of
 * breath, likely COPD exacerbation"; "stenosis, likely degenerative" names a cause).
 */
function endsClause(text: string, cue: Cue): boolean {
  CLAUSE_END.lastIndex = cue.end;
  return CLAUSE_END.test(text);
}

/**
 * Distance in characters from cue to the nearest target part its rule reaches, or -1. Only the
 * text between cue and target is scanned (word caps), so the cost is the distance, not the
 * sentence length.
 */
function distanceOf(text: string, cue: Cue, rule: RankedRule, parts: Range[], forwardEnd: number, backwardStart: number): number {
  let best = -1;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as Range;
    let d = -1;
    if (
      rule.forward &&
      cue.end <= part.start &&
      part.start < forwardEnd &&
      (rule.maxScope === 0 || wordsForward(text, cue.end, rule.maxScope, part.start + 1) > part.start) &&
      (!rule.differential || readsDifferentialItem(text, cue, cue.end, part.start)) &&
      (!rule.notLabel || !standsAsLabel(text, cue))
    ) {
      d = part.start - cue.end;
    } else if (
      rule.backward &&
      cue.start >= part.end &&
      part.end > backwardStart &&
      (rule.maxScope === 0 || wordsBackward(text, cue.start, rule.maxScope, part.end - 1, rule.clauseEnd) < part.end) &&
      (!rule.answer || answersLabel(text, cue)) &&
      (!rule.clauseEnd || endsClause(text, cue)) &&
      (!rule.differential || readsDifferentialItem(text, cue, part.end, cue.start)) &&
      (!rule.ownClause || !namesOwnSubject(text, part.end, cue.start))
    ) {
      d = cue.start - part.end;
    }
    if (d >= 0 && (best < 0 || d < best)) best = d;
  }
  return best;
}
