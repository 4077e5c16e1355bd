import type { PartLetter } from './chiro-types';

/**
 * P/A/R/T written as marks after the letters ("L4: P+ A+ R+ T+", "T8: P(+) A(-) R(+) T(+)", QA stop
 * 52 H4): a plus after a letter says that finding is there, a minus that it is not (Medicare BPM
 * Ch.15 §240.1.2, clinical brief §2.4). The letters are upper case and a mark must end its word, so
 * "A-P view", "T-score" and "T12" are no marks; two or more marked letters make the shorthand, so a
 * lone "R+" (a reflex, a side) says nothing. A grid of marks under P/A/R/T headings is part-table.ts's.
 */
const MARK = /(?<![\w(])([PART])\s?(?:\(\s?([+−–-])\s?\)|([+−–-]))(?![\w+−–-])/g;

export type PartMark = { letter: PartLetter; index: number; length: number };

/** The letters marked present in `text` (offsets in it), or none when fewer than two letters are marked. */
export function partSymbolMarks(text: string): PartMark[] {
  const present: PartMark[] = [];
  const letters = new Set<string>();
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m !== null; m = MARK.exec(text)) {
    const letter = m[1] as PartLetter;
    letters.add(letter);
    if ((m[2] ?? m[3]) === '+') present.push({ letter, index: m.index, length: m[0].length });
  }
  return letters.size >= 2 ? present : [];
}
