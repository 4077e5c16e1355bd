import { findLevels, type LevelHit } from './find-levels';
import { MAY_BE_DICTATED, withDictatedLevels } from './dictated-levels';

/**
 * Characters no level match can hold, read across or look past: not a word character, not
 * whitespace, not a level separator ("-", "–", "/"). A match never spans one, so a stretch of
 * text cut right after one reads the same levels on each side as the whole stretch does.
 * Found by a RegExp past the last few characters: a loop over every character cost more than the
 * sweep it saves in run-on text.
 */
const HARD = /[.,;:()!?]/g;

/** 1 for HARD's characters (all below 128). */
const IS_HARD = new Uint8Array(128);
for (const ch of '.,;:()!?') IS_HARD[ch.charCodeAt(0)] = 1;

/** Characters read backwards one by one before the RegExp sweeps the rest of the reach. */
const DIRECT = 24;

/**
 * Just past the last HARD character in [low, high), or `none` (exported for its test). Punctuated text has one within a
 * few characters of the end, found by reading backwards (a sweep of a list of commas made a match
 * per comma); only a stretch without one near its end is swept, where the RegExp reads faster.
 */
export function afterLastHard(text: string, low: number, high: number, none: number): number {
  const stop = Math.max(low, high - DIRECT);
  for (let i = high - 1; i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c < 128 && IS_HARD[c] === 1) return i + 1;
  }
  if (stop === low) return none;
  let cut = none;
  const reach = text.slice(low, stop);
  HARD.lastIndex = 0;
  for (let m = HARD.exec(reach); m !== null; m = HARD.exec(reach)) cut = low + m.index + 1;
  return cut;
}

/**
 * The near piece is at least NEAR_PIECE long (a heading or the previous sentence usually falls in
 * it) and at most NEAR_REACH: without punctuation that close, the stretch is swept whole, as
 * looking further back for a cut would cost more than it saves (run-on text has none).
 */
const NEAR_PIECE = 48;
const NEAR_REACH = 160;

/**
 * The levels a look-back takes from `text[from, to)`: the last segment found there ("L5-S1" wins
 * over a lone "S1", which names a root more than a level), or else the last level, with every
 * level read from the same words ("C5 through C7" gives two). Empty when there is none.
 *
 * Same answer as `findLevels(text.slice(from, to), from)` and picking the last, but the near end
 * is read first, cut after punctuation, and the rest only when the near piece has no segment (the
 * note reader asks this for every sentence without a level of its own, 400 characters back).
 */
export function lastLevelsBefore(text: string, from: number, to: number, read?: LevelsRead, regionNote?: (letter: 'C' | 'T' | 'L') => boolean): LevelHit[] {
  // The cut goes right after the last hard character in [low, reach), found only when needed.
  const low = Math.max(from, to - NEAR_REACH);
  const reach = to - NEAR_PIECE;
  // A reading that ends where the look-back does but for punctuation holds its last piece.
  const holds = read !== undefined && read.end <= to && onlyPunctuation(text, read.end, to);
  if (holds) {
    const known = lastFromRead(text, read.hits, cutOrStart(text, from, low, reach, read.start));
    if (known !== undefined) return known;
  }
  // Then the last piece alone (a heading "C3-4:" after another sentence), unless the reading
  // holds it and has no segment. It starts past the cut: the cut is before `reach`.
  const piece = lastPieceStart(text, Math.max(from, reach), to);
  if (piece >= 0 && !(holds && read.start <= piece && lastSegment(read.hits) < 0)) {
    const known = lastFromRead(text, pieceLevels(text.slice(piece, to), piece, regionNote), piece);
    if (known !== undefined) return known;
  }
  const cut = reach > low ? afterLastHard(text, low, reach, from) : from;
  const near = findLevels(text.slice(cut, to), cut);
  const nearSegment = lastSegment(near);
  if (nearSegment >= 0 || cut === from) return lastOf(near, nearSegment);
  const far = findLevels(text.slice(from, cut), from);
  const farSegment = lastSegment(far);
  if (farSegment >= 0 || near.length === 0) return lastOf(far, farSegment);
  return lastOf(near, -1);
}

/**
 * The later of lastLevelsBefore's cut (just past the last hard character in [low, reach), or
 * `from`) and `start`, read back from `reach` no further than `start`: a reading that starts
 * close to the look-back's end (the first half of "... at L4-5; mild foraminal narrowing.") needs
 * no sweep of the reach before it (afterLastHard cost these look-backs half their time).
 */
function cutOrStart(text: string, from: number, low: number, reach: number, start: number): number {
  if (reach <= low) return Math.max(from, start);
  for (let i = reach - 1, floor = Math.max(low, start); i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c < 128 && IS_HARD[c] === 1) return i + 1;
  }
  // No hard character from `start` on: the cut is at or before `start`, or is `from`.
  return start >= low ? start : Math.max(from, start);
}

/**
 * A last piece's levels, a dictated heading's included ("C 6 7:", "L 45:", "see 56:" over the
 * findings that follow it: QA stop 51, n07): the piece is a few words, so reading it for a
 * dictated level costs little, and only a piece MAY_BE_DICTATED matches is read again.
 */
function pieceLevels(piece: string, offset: number, regionNote: ((letter: 'C' | 'T' | 'L') => boolean) | undefined): LevelHit[] {
  const hits = findLevels(piece, offset);
  return regionNote === undefined || !MAY_BE_DICTATED.test(piece) ? hits : withDictatedLevels(hits, piece, offset, regionNote);
}

/** How far back from the look-back's end its last piece may start (see lastPieceStart). */
const LAST_PIECE = 32;

/**
 * Where the last piece before `to` starts: just past the hard character before its words, read
 * back from its own closing punctuation and spaces (" C3-4:" after "... no acute distress."), or
 * -1 when there is none within LAST_PIECE characters of those words, or none at `floor` or past
 * it. Most look-backs the last sentence's reading does not answer end in a heading on the line
 * before: reading it alone spares a sweep for the cut and a reading of the whole near piece, and
 * a longer piece (a sentence without a level) is not read twice.
 */
function lastPieceStart(text: string, floor: number, to: number): number {
  let i = to - 1;
  for (; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13) || (c < 128 && IS_HARD[c] === 1))) break;
  }
  for (const stop = Math.max(floor, i - LAST_PIECE); i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c < 128 && IS_HARD[c] === 1) return i + 1;
  }
  return -1;
}

/**
 * The levels of a stretch as `findLevels(text.slice(start, end), start)` read them (`hits`): the
 * note reader keeps its last sentence's, and the next sentence's look-back, which ends where that
 * sentence does, takes its answer from them when it can (see lastFromRead).
 */
export type LevelsRead = { start: number; end: number; hits: LevelHit[] };

/**
 * Whether [from, to), between a reading's end and the look-back's, holds only ASCII whitespace and
 * hard characters ("; ", ". "): no level starts there and none before it reads on into it, so the
 * near piece's levels are the same with it or without it. But a "." right after a digit: a pair
 * that ends the reading ("C5-6, 6-7") is refused when a "." follows (ELIDED_NEXT, "5-6.5").
 */
function onlyPunctuation(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c >= 128 || IS_HARD[c] !== 1) return false;
  }
  if (from === to || text.charCodeAt(from) !== 46) return true;
  const before = text.charCodeAt(from - 1);
  return !(before >= 48 && before <= 57);
}

/**
 * lastLevelsBefore's answer from a reading (`hits`) of [start, end) that holds the near piece's
 * last segment, with only punctuation from `end` to the look-back's end (see onlyPunctuation), or
 * undefined when it may not be the same. `at` is the later of the cut and `start`. It is the same
 * when a hard character stands right before `at` (or `at` is 0) and no elided pair runs across
 * it: no level match holds a hard character, and `\b` reads one as the start of a text does, so
 * the near piece's levels from `at` on are the reading's, and the ones before `at` come before
 * them (hits are in reading order). Only ELIDED_NEXT's pairs ("C5-6, 6-7") read across a comma or
 * a semicolon, and only into a digit or an "and". The dense MRI report's "No central canal
 * stenosis at L4-5; mild foraminal narrowing." looks back into its first half, just read.
 */
function lastFromRead(text: string, hits: LevelHit[], at: number): LevelHit[] | undefined {
  if (at > 0) {
    const c = text.charCodeAt(at - 1);
    if (c >= 128 || IS_HARD[c] !== 1 || ((c === 44 || c === 59) && mayStartPair(text, at))) return undefined;
  }
  const k = lastSegment(hits);
  if (k < 0 || (hits[k] as LevelHit).start < at) return undefined;
  return lastOf(hits, k);
}

/**
 * Whether an elided pair may go on at `at` after a comma or semicolon: its first character that
 * is no ASCII whitespace is a digit, an a ("and") or beyond ASCII (whitespace ELIDED_NEXT reads).
 */
function mayStartPair(text: string, at: number): boolean {
  let i = at;
  for (let c = text.charCodeAt(i); c === 32 || (c >= 9 && c <= 13); c = text.charCodeAt(i)) i++;
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c | 32) === 97 || c >= 128;
}

/** Index of the last segment ("C5-C6") among the hits, or -1. */
function lastSegment(hits: LevelHit[]): number {
  for (let k = hits.length - 1; k >= 0; k--) if ((hits[k] as LevelHit).level.normalized.includes('-')) return k;
  return -1;
}

/** The hits read from the same words as hit `k` (the last hit when k < 0); none when there are none. */
function lastOf(hits: LevelHit[], k: number): LevelHit[] {
  const last = hits[k >= 0 ? k : hits.length - 1];
  const out: LevelHit[] = [];
  if (last) for (const hit of hits) if (hit.start === last.start) out.push(hit);
  return out;
}

/** What joins two levels of a list: a comma, "and", "&", "through" or "to" ("L1-L2 and L2-L3"). */
const JOINED = /^\s*(?:,\s*(?:and\s+)?|(?:and|&|through|to)\s+)$/i;

/**
 * Whether the text before `at` may end as JOINED does: its last character that is no ASCII
 * whitespace is a comma, or, with whitespace after it, a "&" or a d, h or o ("and", "through",
 * "to"), any case. One beyond ASCII (it may be whitespace JOINED reads) is left to the reading.
 * Most look-backs end no list ("stenosis at L4-5;", a heading on its own line): this spares them
 * the walk to the line start and a second reading of the levels there.
 */
function mayFollowJoint(text: string, at: number): boolean {
  let i = at - 1;
  for (let c = text.charCodeAt(i); c === 32 || (c >= 9 && c <= 13); c = text.charCodeAt(i)) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  if (c === 44 || c >= 128) return true;
  const lower = c | 32;
  return i < at - 1 && (c === 38 || lower === 100 || lower === 104 || lower === 111);
}

/** Whether a character (its code) ends the stretch a level list is read from: a line, a sentence, a label's colon. */
const isListStop = (c: number) => c === 10 || c === 46 || c === 59 || c === 58;

/** How far back a list's earlier levels are read. */
const LIST_REACH = 120;

/**
 * The look-back's levels with the earlier levels of the list they end: a heading "L1-L2 and
 * L2-L3: no stenosis" or a sentence "Disc bulges at L3-4 and L4-5." speaks of every level it
 * names, and the look-back took the last alone. The list is read back to its line's start (or a
 * sentence end or colon) within LIST_REACH characters of its first level, and never before `from`.
 */
export function withLevelsListedBefore(text: string, hits: LevelHit[], from: number): LevelHit[] {
  const first = hits[0];
  if (!first || !mayFollowJoint(text, first.start)) return hits;
  let low = first.start;
  const floor = Math.max(from, first.start - LIST_REACH);
  // By character code: a RegExp test of each character cost more than the reading it bounds.
  while (low > floor && !isListStop(text.charCodeAt(low - 1))) low--;
  if (low === first.start) return hits;
  // Read through the look-back's own words: "C4-5 through C6-7" fills in C5-C6 from both ends.
  let end = first.end;
  for (const h of hits) end = Math.max(end, h.end);
  const before = findLevels(text.slice(low, end), low).filter((h) => h.start < first.start);
  let next = first.start;
  let k = before.length - 1;
  const listed: LevelHit[] = [];
  while (k >= 0) {
    // The hits read from one set of words share their start ("C5 through C7" gives two, "C4-5
    // through C6-7" gives C4-C5 and C5-C6 at the first): the words end where the shortest does.
    const start = (before[k] as LevelHit).start;
    let wordsEnd = Infinity;
    let j = k;
    for (; j >= 0 && (before[j] as LevelHit).start === start; j--) wordsEnd = Math.min(wordsEnd, (before[j] as LevelHit).end);
    if (!JOINED.test(text.slice(wordsEnd, next))) break;
    for (let i = k; i > j; i--) listed.push(before[i] as LevelHit);
    next = start;
    k = j;
  }
  return listed.length === 0 ? hits : [...listed.reverse(), ...hits];
}
