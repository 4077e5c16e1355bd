import data from './split-compounds.json' with { type: 'json' };
import type { Cut } from './full-width';
import { factorLetters } from './factor-letters';

/**
 * A medical compound that speech recognition split in two ("neuro genic claudication",
 * "spondylo listhesis"; QA notes stop 52, MED6) is read as one word, as a compound a line break
 * split after its hyphen is (full-width.ts lineBreakCuts): the space between is a cut, and the
 * quotes show the user's text. Only a first word that is a combining form, never an English word of
 * its own, and only when the two joined are a word the readers know (split-compounds.json):
 * "retro listhesis" joins, "retro" before any other word does not.
 */
const WORDS: ReadonlySet<string> = new Set(data.words);
// Its first words grouped by their first letter (factor-letters.ts, the same matches): every word
// of a note is a place the sweep may start, and most start none of them.
// (SPLIT_BODY: the pattern after its opening "\b", for spoken-pairs.ts.)
export const SPLIT_BODY = String.raw`(?:${factorLetters(data.firsts.join('|'))})([ \t]{1,2})([a-z]+)\b`;
const SPLIT = new RegExp(String.raw`\b${SPLIT_BODY}`, 'gi');
const SPLIT_AT = new RegExp(String.raw`\b${SPLIT_BODY}`, 'yi');

/**
 * What the sweep of splitCompoundCuts reads at `at`: undefined where no pair starts; else the cut
 * that joins a known compound (or none for another pair) and where the sweep goes on.
 */
export function splitCompoundAt(
  text: string,
  at: number,
): { cut: Cut | undefined; next: number } | undefined {
  SPLIT_AT.lastIndex = at;
  const m = SPLIT_AT.exec(text);
  if (m === null) return undefined;
  const gap = m[1] as string;
  const first = m[0].slice(0, m[0].length - gap.length - (m[2] as string).length);
  // The second word of another pair may start the next pair ("retro neuro genic" is no concern in
  // practice, but stay exact).
  if (!WORDS.has((first + (m[2] as string)).toLowerCase()))
    return { cut: undefined, next: at + first.length };
  return { cut: { at: at + first.length, length: gap.length }, next: at + m[0].length };
}

/** The cuts that join a field's split compounds, in order; undefined when it has none. */
export function splitCompoundCuts(text: string): Cut[] | undefined {
  let cuts: Cut[] | undefined;
  SPLIT.lastIndex = 0;
  for (let m = SPLIT.exec(text); m !== null; m = SPLIT.exec(text)) {
    const read = splitCompoundAt(text, m.index) as { cut: Cut | undefined; next: number };
    if (read.cut) (cuts ??= []).push(read.cut);
    SPLIT.lastIndex = read.next;
  }
  return cuts;
}

/** Both kinds of cuts a field is read through, in order (or undefined). */
export function mergeCuts(a: Cut[] | undefined, b: Cut[] | undefined): Cut[] | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return [...a, ...b].sort((x, y) => x.at - y.at);
}
