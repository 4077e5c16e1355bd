import { hoistBoundary } from '../text/hoist-boundary';
import type { Mention } from '../types';
import { CAUSAL, LATERALITY, MECHANISM_PATTERN, MECHANISM_WORDS, NON_SPINAL_WINDOW, SEVERITY, SITE_PATTERN, SITE_WORDS } from './lexicon';
import { factorLetters } from '../text/factor-letters';
import { flattenAlternation } from '../text/flatten-alternation';
import { closingParen, groupCount, topAlternatives, withoutCaptures } from '../text/regex-source';
import { detachedCopy } from '../text/detached-copy';
import { normalizeSeverity } from './normalize-severity';

// A window is read for its non-spinal, site, mechanism, grade, side and causal words. Six sweeps
// of the window cost more than one sweep of their alternation (on dense spine sentences, the
// regex engine rejects most word starts once instead of once per list), and one alternation
// finds the same words: no word opens a match of two of these lists, and none lies inside a match
// of another list ("mild to moderate", "disc osteophyte complex", "secondary to", "lateral
// recess" hold no word of the others), so a match of one never hides a match of another. The one
// exception is the non-spinal "left main", which opens with the side word "left": it comes first
// in the alternation and counts as both (read below). window-words.test.ts checks all this on
// phrases drawn from the six patterns.

const NON_SPINAL = 1;
const SITE_FIRST = NON_SPINAL + 1;
const SITE_GROUPS = groupCount(SITE_PATTERN.source);
const MECHANISM_FIRST = SITE_FIRST + SITE_GROUPS;
const MECHANISM_GROUPS = groupCount(MECHANISM_PATTERN.source);
const GRADE_LOW = MECHANISM_FIRST + MECHANISM_GROUPS;
const GRADE_HIGH = GRADE_LOW + 1;
const SIDE_GROUP = GRADE_LOW + groupCount(SEVERITY.source);
const CAUSE_GROUP = SIDE_GROUP + groupCount(LATERALITY.source);
if (
  groupCount(NON_SPINAL_WINDOW.source) !== 0 ||
  SITE_GROUPS !== SITE_WORDS.length ||
  MECHANISM_GROUPS !== MECHANISM_WORDS.length ||
  groupCount(SEVERITY.source) !== 2 ||
  groupCount(LATERALITY.source) !== 1 ||
  groupCount(CAUSAL.source) !== 0
) {
  throw new Error('window-words: the lexicon patterns no longer have the groups read here');
}

/**
 * Group 1 = a non-spinal word; then one group per SITE_WORDS entry, one per MECHANISM_WORDS
 * entry, the grade's two words, the side word and a causal word. Its words are grouped by first
 * letter (factor-letters.ts): the same matches, swept faster.
 */
const WINDOW_WORDS_SOURCE = hoistBoundary(
  `(${NON_SPINAL_WINDOW.source})|(?:${SITE_PATTERN.source})|(?:${MECHANISM_PATTERN.source})|(?:${SEVERITY.source})|(?:${LATERALITY.source})|(${CAUSAL.source})`,
);
export const WINDOW_WORDS = new RegExp(factorLetters(WINDOW_WORDS_SOURCE), 'gi');

/**
 * What one sweep of a window found: where its non-spinal words start, its site words (start,
 * end, SITE_WORDS entry), mechanism words (start, end, entry), grades (offset, value), sides and
 * whether it has a causal word. The lists are reused from window to window (a window is read at
 * a time): an object per word and a list per window were a steady share of the garbage on dense
 * text. Counts say how much of each list is this window's.
 */
export class WindowWords {
  nonSpinalCount = 0;
  readonly nonSpinalAt: number[] = [];
  siteCount = 0;
  readonly siteStart: number[] = [];
  readonly siteEnd: number[] = [];
  readonly siteEntry: number[] = [];
  mechanismCount = 0;
  readonly mechanismStart: number[] = [];
  readonly mechanismEnd: number[] = [];
  readonly mechanismEntry: number[] = [];
  /**
   * Each mechanism word's text, the table's copy (KEPT_TEXT): the evidence spans quote it, so a
   * window's evidence keeps no string of its own (a run-on note keeps thousands of them).
   */
  readonly mechanismText: string[] = [];
  gradeCount = 0;
  readonly gradeAt: number[] = [];
  readonly gradeEnd: number[] = [];
  readonly gradeValue: string[] = [];
  causal = false;
  private left = false;
  private right = false;
  private bothSides = false;

  /** Reads `windowText`, which starts at `offset` in the note, replacing the last window's words. */
  read(windowText: string, offset: number): void {
    let nonSpinal = 0;
    let sites = 0;
    let mechanisms = 0;
    let grades = 0;
    this.causal = false;
    this.left = false;
    this.right = false;
    this.bothSides = false;
    const pattern = WINDOW_WORDS_PLAIN;
    // exec on the shared pattern: matchAll would clone the RegExp on every call.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(windowText); m !== null; m = pattern.exec(windowText)) {
      const word = m[0];
      const start = offset + m.index;
      const slot = slotOf(word);
      const kind = KEPT_TEXT[slot] === word ? (KEPT_KIND[slot] as number) : classify(windowText, m.index, word, slot);
      const entry = kind >> 3;
      switch (kind & 7) {
        case MECHANISM:
          this.mechanismStart[mechanisms] = start;
          this.mechanismEnd[mechanisms] = start + word.length;
          this.mechanismEntry[mechanisms] = entry;
          // Equal to `word`: classify has just kept it, or the slot held it already.
          this.mechanismText[mechanisms] = KEPT_TEXT[slot] as string;
          mechanisms++;
          break;
        case SITE:
          this.siteStart[sites] = start;
          this.siteEnd[sites] = start + word.length;
          this.siteEntry[sites] = entry;
          sites++;
          break;
        case GRADE:
          this.gradeAt[grades] = start;
          this.gradeEnd[grades] = start + word.length;
          this.gradeValue[grades] = KEPT_GRADE[slot] as string;
          grades++;
          break;
        case SIDE: {
          // Told apart by the first two letters, without a lower-cased copy: of LATERALITY's words
          // only "left" starts with le and only "right" with ri, and only a lone side letter ("L",
          // "Rt") is as short as two (the rest, "R>L" among them, say both sides).
          const first = word.charCodeAt(0) | 32;
          const second = word.charCodeAt(1) | 32;
          const lone = word.length <= 2;
          if (first === 108 && (second === 101 || lone)) this.left = true;
          else if (first === 114 && (second === 105 || lone)) this.right = true;
          else this.bothSides = true;
          break;
        }
        case CAUSE:
          this.causal = true;
          break;
        default:
          this.nonSpinalAt[nonSpinal++] = start;
          // "left main" is also the side word "left" (see the note at the top).
          if ((word.charCodeAt(0) | 32) === 108 && (word.charCodeAt(1) | 32) === 101) this.left = true;
      }
    }
    this.nonSpinalCount = nonSpinal;
    this.siteCount = sites;
    this.mechanismCount = mechanisms;
    this.gradeCount = grades;
  }

  /**
   * The grade nearest before `before` (a site word in `text`, the note), else the first in the
   * window. When that grade ends a list of graded sides right before the site ("severe left and
   * mild right neural foraminal narrowing"), the worst of the list: the nearest alone said a
   * severe stenosis was mild.
   */
  gradeBefore(before: number, text: string): string | null {
    let best = -1;
    for (let i = 0; i < this.gradeCount; i++) if ((this.gradeAt[i] as number) < before) best = i;
    if (best < 0) return this.gradeCount > 0 ? (this.gradeValue[0] as string) : null;
    let grade = this.gradeValue[best] as string;
    // Most windows grade a site once: the list is looked at only when a graded side precedes.
    if (best === 0 || !SIDE_BEFORE_SITE.test(text.slice(this.gradeEnd[best], before))) return grade;
    for (let i = best - 1; i >= 0 && SIDE_THEN_AND.test(text.slice(this.gradeEnd[i], this.gradeAt[i + 1])); i--) {
      const other = this.gradeValue[i] as string;
      if (gradeRank(other) > gradeRank(grade)) grade = other;
    }
    return grade;
  }

  /** The first grade at or after `from` ("except L4-5 where it is moderate"), or null. */
  gradeFrom(from: number): string | null {
    for (let i = 0; i < this.gradeCount; i++) if ((this.gradeAt[i] as number) >= from) return this.gradeValue[i] as string;
    return null;
  }

  laterality(): Mention['laterality'] {
    if (this.bothSides || (this.left && this.right)) return 'bilateral';
    return this.left ? 'left' : this.right ? 'right' : null;
  }
}

/** The side word between a grade and its site: " right " in "mild right foraminal". */
const SIDE_BEFORE_SITE = /^\s+(?:left|right)\s+$/i;
/** A side word and the link to the next graded side: " left and ", " left, ", " left, and ". */
const SIDE_THEN_AND = /^\s+(?:left|right)\s*(?:,\s*(?:and\s+)?|and\s+)$/i;
/** Grades from least to worst (normalizeSeverity's values; a range sits between its ends). */
const GRADE_ORDER = ['minimal', 'minimal-mild', 'mild', 'mild-moderate', 'moderate', 'moderate-severe', 'severe'];
const gradeRank = (grade: string) => GRADE_ORDER.indexOf(grade);

/** Which of the `count` entries whose groups start at `first` a match is of, or -1. */
function entryOf(m: RegExpExecArray, first: number, count: number): number {
  for (let i = 0; i < count; i++) if (m[first + i] !== undefined) return i;
  return -1;
}

// What a match is: its list (the low three bits) and its entry in SITE_WORDS or MECHANISM_WORDS
// (the rest).
const NON_SPINAL_WORD = 0;
const SITE = 1;
const MECHANISM = 2;
const GRADE = 3;
const SIDE = 4;
const CAUSE = 5;

/**
 * A flat `\b(?:…)` alternation (flatten-alternation.ts) with every alternative that opens with a
 * class of letters alone spelled as one alternative per letter (`[rl]t?…` as `rt?…|lt?…`, the
 * same matches: the class's letters are tried in turn either way), and an alternative spelled as
 * one before it left out (it can only fail where that one failed). factorLetters groups only the
 * words that open with a letter, and LATERALITY's `[rl]` comparisons and lone side letters split
 * the alternation in two: every word start that no letter group took (most: "at", "the",
 * "narrowing") was tried against the second run's ten groups too (the causal words). One run:
 * the sweep of dense-10kb's windows took 5.7% fewer instructions (callgrind, 1000 sweeps) and
 * 7-10% less CPU time alone (stop 45). Any other form is returned as it is.
 */
function byOpeningLetter(flat: string): string {
  if (!flat.startsWith('\\b(?:') || closingParen(flat, 2) !== flat.length - 1) return flat;
  const out: string[] = [];
  for (const alternative of topAlternatives(flat.slice(5, -1))) {
    const letters = /^\[([a-zA-Z]+)\](?![?*+{])/.exec(alternative);
    const spelled = letters
      ? Array.from(letters[1] as string, (letter) => letter + alternative.slice(letters[0].length))
      : [alternative];
    for (const one of spelled) if (!out.includes(one)) out.push(one);
  }
  return `\\b(?:${out.join('|')})`;
}

/**
 * WINDOW_WORDS without its groups, the pattern the sweep runs: the same matches, and a match array
 * of one string instead of seventeen slots and a string per matched group. That array was a third
 * of what run-on dictation allocated (every window's every word) and building it a good part of
 * the sweep's time. What a match is comes from its text (KEPT_KIND), read off WINDOW_WORDS's groups
 * once per word as written. Without groups, the six lists' alternations can also be spelled out as
 * one (flatten-alternation.ts) before the words are grouped by first letter: a word start is tried
 * against each letter once, not once per list.
 */
const WINDOW_WORDS_PLAIN = new RegExp(
  factorLetters(byOpeningLetter(flattenAlternation(withoutCaptures(WINDOW_WORDS_SOURCE)))),
  'gi',
);

/**
 * What each matched text is (see NON_SPINAL_WORD...), and a grade's value, by the text as written:
 * a note repeats a few dozen words. The text alone decides it: the lists' words never open a match
 * of two lists (see the note at the top), and an entry's lookarounds only decide whether a match
 * is made and how far it reaches, which the text shows ("foramen magnum" and "foramen" are two
 * texts). window-words.test.ts reads the same words in several contexts.
 *
 * Kept in a fixed table of slots by a hash of a few of the text's characters, one text per slot (a
 * text that lands in a taken slot replaces it): a Map keyed by the match's text, a new string at
 * every match, hashed all of its characters each time and cost a third of the sweep's time.
 */
const SLOTS = 4096;
const KEPT_TEXT: string[] = new Array<string>(SLOTS).fill('');
const KEPT_KIND: number[] = new Array<number>(SLOTS).fill(0);
const KEPT_GRADE: string[] = new Array<string>(SLOTS).fill('');

/**
 * The slot of a matched text (never empty), from its length and its first, second, middle and last
 * characters as written. Slots are many for the few dozen texts a note repeats, so that two of them
 * rarely share one (two that do take turns, each read off the groups again).
 */
function slotOf(word: string): number {
  const n = word.length;
  let h = Math.imul(n, 0x9e3779b1) ^ word.charCodeAt(0);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ word.charCodeAt(1);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ word.charCodeAt(n >> 1);
  h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f) ^ word.charCodeAt(n - 1);
  return Math.imul(h ^ (h >>> 15), 0x9e3779b1) >>> 20;
}


/** What the match of `word` at `index` in `windowText` is, read off WINDOW_WORDS's groups, kept in `slot`. */
function classify(windowText: string, index: number, word: string, slot: number): number {
  const pattern = WINDOW_WORDS;
  pattern.lastIndex = index;
  const m = pattern.exec(windowText) as RegExpExecArray;
  pattern.lastIndex = 0;
  let kind: number;
  const mechanism = entryOf(m, MECHANISM_FIRST, MECHANISM_GROUPS);
  const site = mechanism >= 0 ? -1 : entryOf(m, SITE_FIRST, SITE_GROUPS);
  if (mechanism >= 0) kind = MECHANISM | (mechanism << 3);
  else if (site >= 0) kind = SITE | (site << 3);
  else if (m[GRADE_LOW] !== undefined) {
    const low = normalizeSeverity(m[GRADE_LOW]);
    const highWord = m[GRADE_HIGH];
    const high = highWord ? normalizeSeverity(highWord) : undefined;
    kind = GRADE;
    KEPT_GRADE[slot] = high && high !== low ? `${low}-${high}` : low;
  } else if (m[SIDE_GROUP] !== undefined) kind = SIDE;
  else if (m[CAUSE_GROUP] !== undefined) kind = CAUSE;
  else kind = NON_SPINAL_WORD;
  // A copy: a match's text may be a slice of the note, which the table would then keep alive.
  KEPT_TEXT[slot] = detachedCopy(word);
  KEPT_KIND[slot] = kind;
  return kind;
}
