import { hoistBoundary } from '../text/hoist-boundary';
import type { Mention } from '../types';
import { CAUSAL, LATERALITY, MECHANISM_PATTERN, MECHANISM_WORDS, SEVERITY } from './lexicon';
import { normalizeSeverity } from './normalize-severity';

// A window is read for its mechanism, grade, side and causal words. Four sweeps of the window
// cost a fifth to a quarter more than one sweep of their alternation (dense spine sentences),
// and one alternation finds the same words: no word opens a match of two of these lists, and none lies inside a match of another
// list ("mild to moderate", "disc osteophyte complex", "secondary to" hold no word of the others),
// so a match of one never hides a match of another. window-words.test.ts checks this on phrases
// drawn from the four patterns.

/** How many capture groups a pattern source has. */
const groupCount = (source: string) => (new RegExp(`${source}|`).exec('') as RegExpExecArray).length - 1;

const MECHANISM_GROUPS = groupCount(MECHANISM_PATTERN.source);
const GRADE_LOW = MECHANISM_GROUPS + 1;
const GRADE_HIGH = GRADE_LOW + 1;
const SIDE = GRADE_LOW + groupCount(SEVERITY.source);
const CAUSE = SIDE + groupCount(LATERALITY.source);
if (MECHANISM_GROUPS !== MECHANISM_WORDS.length || groupCount(SEVERITY.source) !== 2 || groupCount(LATERALITY.source) !== 1 || groupCount(CAUSAL.source) !== 0) {
  throw new Error('window-words: the lexicon patterns no longer have the groups read here');
}

/** Group i+1 (i < MECHANISM_WORDS.length) = mechanism entry i; then the grade's two words, the side word and a causal word. */
export const WINDOW_WORDS = new RegExp(
  hoistBoundary(`(?:${MECHANISM_PATTERN.source})|(?:${SEVERITY.source})|(?:${LATERALITY.source})|(${CAUSAL.source})`),
  'gi',
);

/**
 * What one sweep of a window found: its mechanism words (start, end, entry), grades (offset,
 * value), sides and whether it has a causal word. The lists are reused from window to window (a
 * window is read at a time): an object per word and a list per window were a steady share of the
 * garbage on dense text.
 */
export class WindowWords {
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
      const entry = mechanismEntryOf(m);
      if (entry >= 0) {
        const start = offset + m.index;
        this.mechanismStart[mechanisms] = start;
        this.mechanismEnd[mechanisms] = start + m[0].length;
        this.mechanismEntry[mechanisms] = entry;
        mechanisms++;
      } else if (m[GRADE_LOW] !== undefined) {
        const low = normalizeSeverity(m[GRADE_LOW]);
        const highWord = m[GRADE_HIGH];
        const high = highWord ? normalizeSeverity(highWord) : undefined;
        this.gradeAt[grades] = offset + m.index;
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
    }
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

/** The MECHANISM_WORDS entry a match is of, or -1. */
function mechanismEntryOf(m: RegExpExecArray): number {
  for (let i = 1; i <= MECHANISM_GROUPS; i++) if (m[i] !== undefined) return i - 1;
  return -1;
}
