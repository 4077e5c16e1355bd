import type { Span, Status } from '../types';
import { sentenceBounds } from '../text/sentence-bounds';
import { CATEGORY_STATUS, type ContextRule } from './context-rules';
import { findCues, type Cue } from './find-cues';

/** The status of a target phrase and the cue that set it (null when affirmed by default). */
export type ContextResult = { status: Status; trigger: Span | null };


/** When several cues reach a target, the annotation guide's precedence decides. */
const PRECEDENCE: Status[] = ['negated', 'historical', 'family', 'hypothetical', 'uncertain'];

/** The end of `count` words after `from`, or `limit`. */
function wordsForward(text: string, from: number, count: number, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < limit; i++) {
    const isSpace = text.charCodeAt(i) <= 32;
    if (!isSpace && !inWord) {
      if (words === count) return i;
      words++;
    }
    inWord = !isSpace;
  }
  return limit;
}

function wordsBackward(text: string, from: number, count: number, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from - 1; i >= limit; i--) {
    const isSpace = text.charCodeAt(i) <= 32;
    if (!isSpace && !inWord) {
      if (words === count) return i + 1;
      words++;
    }
    inWord = !isSpace;
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
};

/**
 * ConText for one target: finds the cues in its sentence and returns the status of the cue whose
 * scope reaches the target. Forward cues reach to the next terminator (or their word cap),
 * backward cues back to the previous one; pseudo-triggers ("no increase", "not only") block.
 *
 * @example assessContext('No canal stenosis; mild foraminal narrowing.', {start: 24, end: 43}).status === 'affirmed'
 */
export function assessContext(text: string, target: { start: number; end: number }, options: AssessOptions = {}): ContextResult {
  const sentence = options.sentence ?? sentenceBounds(text, target.start, target.end);
  const parts = options.parts ?? [target];
  const cues = splitStraddling(text, options.cues ?? findCues(text, sentence.start, sentence.end), parts);
  const { scopes, ranked } = scopesOf(cues, sentence);
  const brackets = bracketsOf(text, sentence);
  let best: { status: Status; rank: number; cue: Cue; distance: number } | undefined;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i];
    const scope = scopes[i];
    // A cue whose rules set no status (terminators, pseudo-triggers) can never be the answer.
    const rules = ranked[i];
    if (!cue || !scope || !rules || !mayReach(cue, scope, parts)) continue;
    for (const { rule, status, rank } of rules) {
      const distance = reaches(text, cue, rule, parts, scope, brackets);
      if (distance === undefined) continue;
      const bestRank = best ? best.rank : Infinity;
      if (rank < bestRank || (rank === bestRank && best && distance < best.distance)) best = { status, rank, cue, distance };
    }
  }
  if (best) {
    const { cue } = best;
    return {
      status: best.status,
      trigger: { fieldId: options.fieldId ?? '', start: cue.start, end: cue.end, text: text.slice(cue.start, cue.end) },
    };
  }
  return { status: options.sectionStatus ?? 'affirmed', trigger: null };
}

/**
 * Whether a cue's scope, before word caps and brackets, reaches some part of the target without
 * overlapping any part: the cheap test that spares most cues of a long sentence the rule loop.
 */
function mayReach(cue: Cue, scope: Scope, parts: { start: number; end: number }[]): boolean {
  let reach = false;
  for (const p of parts) {
    if (cue.start < p.end && cue.end > p.start) return false;
    if ((cue.end <= p.start && p.start < scope.forwardEnd) || (cue.start >= p.end && p.end > scope.backwardStart)) reach = true;
  }
  return reach;
}

/**
 * A cue that runs into the target ("no acute" before "acute distress") is re-read on its part
 * before the target only, so the target's own words never hide the cue in front of them.
 */
function splitStraddling(text: string, cues: Cue[], parts: { start: number; end: number }[]): Cue[] {
  // The common case changes nothing: keep the same array so its scopes stay cached.
  let any = false;
  for (let i = 0; i < cues.length && !any; i++) any = straddled(cues[i] as Cue, parts) !== undefined;
  if (!any) return cues;
  const out: Cue[] = [];
  for (const cue of cues) {
    const part = straddled(cue, parts);
    if (part) out.push(...findCues(text, cue.start, part.start));
    else out.push(cue);
  }
  return out;
}

/** The first part whose start a cue runs over. */
function straddled(cue: Cue, parts: { start: number; end: number }[]): { start: number; end: number } | undefined {
  for (const p of parts) if (cue.start < p.start && cue.end > p.start) return p;
  return undefined;
}

type Brackets = { text: string; start: number; end: number; opens: number[]; closes: number[] };
let lastBrackets: Brackets | undefined;

/** Bracket positions of one sentence, kept for the next call (mentions of a sentence come together). */
function bracketsOf(text: string, sentence: { start: number; end: number }): Brackets {
  if (lastBrackets && lastBrackets.text === text && lastBrackets.start === sentence.start && lastBrackets.end === sentence.end) return lastBrackets;
  const opens: number[] = [];
  const closes: number[] = [];
  // indexOf finds a bracket far faster than reading every character of a long sentence; it runs
  // on the sentence's slice so that it never reads past the sentence.
  const slice = text.slice(sentence.start, sentence.end);
  for (let i = slice.indexOf('('); i >= 0; i = slice.indexOf('(', i + 1)) opens.push(sentence.start + i);
  for (let i = slice.indexOf(')'); i >= 0; i = slice.indexOf(')', i + 1)) closes.push(sentence.start + i);
  lastBrackets = { text, start: sentence.start, end: sentence.end, opens, closes };
  return lastBrackets;
}

/** First position in a sorted list at or after `from`, or Infinity. */
function firstAtOrAfter(list: number[], from: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((list[mid] ?? Infinity) < from) low = mid + 1;
    else high = mid;
  }
  return list[low] ?? Infinity;
}

/** Whether a cue at `from` sits inside brackets that close before `to` (its scope never leaves them). */
function closesBefore(brackets: Brackets, from: number, to: number): boolean {
  const close = firstAtOrAfter(brackets.closes, from);
  return close < to && close < firstAtOrAfter(brackets.opens, from);
}

type Scope = { forwardEnd: number; backwardStart: number };

/** A cue's rules that set a status, with the status's precedence (undefined when none does). */
type RankedRule = { rule: ContextRule; status: Status; rank: number };
type CueReading = { scopes: Scope[]; ranked: (RankedRule[] | undefined)[] };

/**
 * The scopes of the last cue list, kept for the next call like the brackets: the mentions of one
 * sentence come together with the same list. (A WeakMap keyed by the list cost more than the
 * scopes themselves, in the map and in garbage collection.)
 */
let lastScopes: { cues: Cue[]; start: number; end: number; reading: CueReading } | undefined;

/** Rule lists already ranked, by list: a cue's rules come from the shared trie. */
const rankedByRules = new WeakMap<ContextRule[], RankedRule[] | undefined>();
function rankRules(rules: ContextRule[]): RankedRule[] | undefined {
  if (rankedByRules.has(rules)) return rankedByRules.get(rules);
  const out: RankedRule[] = [];
  for (const rule of rules) {
    const status = CATEGORY_STATUS[rule.category];
    if (status) out.push({ rule, status, rank: PRECEDENCE.indexOf(status) });
  }
  const ranked = out.length > 0 ? out : undefined;
  rankedByRules.set(rules, ranked);
  return ranked;
}

/**
 * Each cue's reach before word caps: forward to the next terminator (or the sentence end, or a
 * closing bracket it sits inside), backward to the previous terminator. One pass each way, so a
 * long run-on sentence with many cues stays linear. With it, each cue's status-setting rules.
 */
function scopesOf(cues: Cue[], sentence: { start: number; end: number }): CueReading {
  if (lastScopes && lastScopes.cues === cues && lastScopes.start === sentence.start && lastScopes.end === sentence.end) return lastScopes.reading;
  const scopes: Scope[] = cues.map(() => ({ forwardEnd: sentence.end, backwardStart: sentence.start }));
  const isTerminator = (c: Cue) => c.rules.some((r) => r.category === 'TERMINATE');
  let next = sentence.end;
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i];
    const scope = scopes[i];
    if (!cue || !scope) continue;
    scope.forwardEnd = next;
    if (isTerminator(cue)) next = Math.min(cue.start, sentence.end);
  }
  let previous = sentence.start;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i];
    const scope = scopes[i];
    if (!cue || !scope) continue;
    scope.backwardStart = previous;
    if (isTerminator(cue)) previous = Math.max(cue.end, sentence.start);
  }
  const reading = { scopes, ranked: cues.map((c) => rankRules(c.rules)) };
  lastScopes = { cues, start: sentence.start, end: sentence.end, reading };
  return reading;
}

/** Distance in characters from cue to target when the cue's scope reaches a target part. */
function reaches(
  text: string,
  cue: Cue,
  rule: ContextRule,
  parts: { start: number; end: number }[],
  scope: Scope,
  brackets: Brackets,
): number | undefined {
  let best: number | undefined;
  for (const part of parts) {
    let d: number | undefined;
    // Only the text between cue and target is scanned (brackets, word caps), so the cost is the
    // distance, not the sentence length.
    if (
      (rule.direction === 'forward' || rule.direction === 'bidirectional') &&
      cue.end <= part.start &&
      part.start < scope.forwardEnd &&
      !closesBefore(brackets, cue.end, part.start) &&
      (!rule.maxScope || wordsForward(text, cue.end, rule.maxScope, part.start + 1) > part.start)
    ) {
      d = part.start - cue.end;
    }
    if (
      d === undefined &&
      (rule.direction === 'backward' || rule.direction === 'bidirectional') &&
      cue.start >= part.end &&
      part.end > scope.backwardStart &&
      (!rule.maxScope || wordsBackward(text, cue.start, rule.maxScope, part.end - 1) < part.end)
    ) {
      d = cue.start - part.end;
    }
    if (d !== undefined && (best === undefined || d < best)) best = d;
  }
  return best;
}
