import type { Mention } from '../types';
import { LATERALITY, SEVERITY } from './lexicon';

// Grade and side of a stenosis statement, read once per window.

const SEVERITY_NORMAL: Record<string, string> = {
  minimal: 'minimal',
  slight: 'minimal',
  mild: 'mild',
  mod: 'moderate',
  moderate: 'moderate',
  severe: 'severe',
  marked: 'severe',
  'high-grade': 'severe',
  'high grade': 'severe',
  profound: 'severe',
  critical: 'severe',
  tight: 'severe',
};

/** Grades already normalised, by word as written (a note repeats a handful of grade words). */
const normalized = new Map<string, string>();

function normalizeSeverity(word: string): string {
  const known = normalized.get(word);
  if (known !== undefined) return known;
  const base = word.toLowerCase().replace(/ly$/, '').replace(/minimal+/, 'minimal');
  const value = SEVERITY_NORMAL[base] ?? base;
  // Bounded: case variants of the grade words could otherwise grow it without end.
  if (normalized.size < 512) normalized.set(word, value);
  return value;
}

/**
 * Every grade in a window with its offset ("mild-to-moderate" → mild-moderate), in two lists
 * reused from window to window: a window is described at a time, and an object per grade plus a
 * list per window were a steady share of the garbage on dense text.
 */
export class GradeList {
  readonly at: number[] = [];
  readonly value: string[] = [];
  count = 0;

  /** Reads the grades of `windowText` (which starts at `offset`), replacing the last window's. */
  read(windowText: string, offset: number): void {
    let n = 0;
    // exec on the shared pattern: matchAll would clone the RegExp on every call.
    SEVERITY.lastIndex = 0;
    for (let m = SEVERITY.exec(windowText); m !== null; m = SEVERITY.exec(windowText)) {
      const low = normalizeSeverity(m[1] ?? '');
      const high = m[2] ? normalizeSeverity(m[2]) : undefined;
      this.at[n] = offset + m.index;
      this.value[n] = high && high !== low ? `${low}-${high}` : low;
      n++;
    }
    this.count = n;
  }

  /** The grade nearest before `before` (a site word), else the first in the window. */
  before(before: number): string | null {
    let best: string | null = null;
    for (let i = 0; i < this.count; i++) if ((this.at[i] as number) < before) best = this.value[i] as string;
    return best ?? (this.count > 0 ? (this.value[0] as string) : null);
  }
}

export function findLaterality(windowText: string): Mention['laterality'] {
  let left = false;
  let right = false;
  LATERALITY.lastIndex = 0;
  for (let m = LATERALITY.exec(windowText); m !== null; m = LATERALITY.exec(windowText)) {
    // Told apart by the first letter, without a lower-cased copy: of LATERALITY's words only
    // "left" starts with l and only "right" with r (the rest say both sides).
    const first = windowText.charCodeAt(m.index) | 32;
    if (first === 108) left = true;
    else if (first === 114) right = true;
    else return 'bilateral';
  }
  if (left && right) return 'bilateral';
  return left ? 'left' : right ? 'right' : null;
}
