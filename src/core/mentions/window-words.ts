import { hoistBoundary } from '../text/hoist-boundary';
import type { Mention } from '../types';
import { CAUSAL, LATERALITY, MECHANISM_PATTERN, MECHANISM_WORDS, NON_SPINAL_WINDOW, SEVERITY, SITE_PATTERN, SITE_WORDS } from './lexicon';
import { factorLetters } from '../text/factor-letters';
import { groupCount } from '../text/regex-source';
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
const SIDE = GRADE_LOW + groupCount(SEVERITY.source);
const CAUSE = SIDE + groupCount(LATERALITY.source);
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
export const WINDOW_WORDS = new RegExp(
  factorLetters(
    hoistBoundary(
      `(${NON_SPINAL_WINDOW.source})|(?:${SITE_PATTERN.source})|(?:${MECHANISM_PATTERN.source})|(?:${SEVERITY.source})|(?:${LATERALITY.source})|(${CAUSAL.source})`,
    ),
  ),
  'gi',
);

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
  gradeCount = 0;
  readonly gradeAt: number[] = [];
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
    const pattern = WINDOW_WORDS;
    // exec on the shared pattern: matchAll would clone the RegExp on every call.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(windowText); m !== null; m = pattern.exec(windowText)) {
      const start = offset + m.index;
      const entry = entryOf(m, MECHANISM_FIRST, MECHANISM_GROUPS);
      if (entry >= 0) {
        this.mechanismStart[mechanisms] = start;
        this.mechanismEnd[mechanisms] = start + m[0].length;
        this.mechanismEntry[mechanisms] = entry;
        mechanisms++;
        continue;
      }
      const site = entryOf(m, SITE_FIRST, SITE_GROUPS);
      if (site >= 0) {
        this.siteStart[sites] = start;
        this.siteEnd[sites] = start + m[0].length;
        this.siteEntry[sites] = site;
        sites++;
      } else if (m[GRADE_LOW] !== undefined) {
        const low = normalizeSeverity(m[GRADE_LOW]);
        const highWord = m[GRADE_HIGH];
        const high = highWord ? normalizeSeverity(highWord) : undefined;
        this.gradeAt[grades] = start;
        this.gradeValue[grades] = high && high !== low ? `${low}-${high}` : low;
        grades++;
      } else if (m[SIDE] !== undefined) {
        // Told apart by the first letter, without a lower-cased copy: of LATERALITY's words only
        // "left" starts with l and only "right" with r (the rest say both sides).
        const first = windowText.charCodeAt(m.index) | 32;
        if (first === 108) this.left = true;
        else if (first === 114) this.right = true;
        else this.bothSides = true;
      } else if (m[CAUSE] !== undefined) this.causal = true;
      else {
        this.nonSpinalAt[nonSpinal++] = start;
        // "left main" is also the side word "left" (see the note at the top).
        if ((windowText.charCodeAt(m.index) | 32) === 108 && (windowText.charCodeAt(m.index + 1) | 32) === 101) this.left = true;
      }
    }
    this.nonSpinalCount = nonSpinal;
    this.siteCount = sites;
    this.mechanismCount = mechanisms;
    this.gradeCount = grades;
  }

  /** The grade nearest before `before` (a site word), else the first in the window. */
  gradeBefore(before: number): string | null {
    let best: string | null = null;
    for (let i = 0; i < this.gradeCount; i++) if ((this.gradeAt[i] as number) < before) best = this.gradeValue[i] as string;
    return best ?? (this.gradeCount > 0 ? (this.gradeValue[0] as string) : null);
  }

  laterality(): Mention['laterality'] {
    if (this.bothSides || (this.left && this.right)) return 'bilateral';
    return this.left ? 'left' : this.right ? 'right' : null;
  }
}

/** Which of the `count` entries whose groups start at `first` a match is of, or -1. */
function entryOf(m: RegExpExecArray, first: number, count: number): number {
  for (let i = 0; i < count; i++) if (m[first + i] !== undefined) return i;
  return -1;
}
