import { regexItems, topAlternatives } from '../text/regex-source';
import { isSpace, isWordChar } from '../text/char-scan';

/**
 * Whether every match of a pattern holds a given word, with nothing but word characters, white
 * space and hyphens read before it: then a sweep need not try the note before the word's first
 * occurrence, past the run of such characters that leads up to it (find-procedures.ts skips that
 * way; every procedure pattern holds "foram"). Read from the pattern's source, conservatively:
 * anything this reading does not know (a dot, a negated class, a back-reference) answers false,
 * and the caller then sweeps the whole note as before.
 */

type Item = { min: number; char: string | undefined; group: string | undefined; plain: boolean };

/** A character a match may read before the word: [\w\s-]. */
const PLAIN_CHAR = /^[\w\s-]$/;
/** A class that reads only such characters: \w, \s, \d, word characters, a hyphen first or last (no ranges). */
const PLAIN_CLASS = /^\[-?(?:\\[wsd]|\w)+-?\]$/;

/**
 * The items of one alternative (regexItems), each marked plain when it reads only [\w\s-];
 * undefined when unreadable, here also for a dot and for \W, \S, \D.
 */
function itemsOf(alt: string): Item[] | undefined {
  const items = regexItems(alt);
  if (items === undefined) return undefined;
  const out: Item[] = [];
  for (const { kind, min, char, group, source } of items) {
    let plain: boolean;
    if (kind === 'dot' || /^\\[WSD]$/.test(source)) return undefined;
    if (kind === 'literal') plain = PLAIN_CHAR.test(source.slice(-1));
    else if (kind === 'class') plain = source.startsWith('\\') || PLAIN_CLASS.test(source);
    else if (kind === 'group') plain = readsOnlyPlain(group as string);
    else plain = true;
    out.push({ min, char, group, plain });
  }
  return out;
}

function readsOnlyPlain(source: string): boolean {
  return topAlternatives(source).every((alt) => itemsOf(alt)?.every((item) => item.plain) ?? false);
}

/** Every alternative of `source` reads `word` (lower case) after plain characters only. */
export function holdsWordAfterPlain(source: string, word: string): boolean {
  return topAlternatives(source).every((alt) => {
    const items = itemsOf(alt);
    if (!items) return false;
    let letters = '';
    for (const item of items) {
      if (item.min >= 1 && item.group !== undefined && holdsWordAfterPlain(item.group, word)) return true;
      letters = item.char !== undefined && item.min === 1 ? letters + item.char.toLowerCase() : '';
      if (letters.endsWith(word)) return true;
      if (!item.plain) return false;
    }
    return false;
  });
}

/** A character of a run of [\w\s-] as the run readers below take it: \w, \s, "-", and any non-ASCII one. */
const inRun = (c: number): boolean => c >= 128 || isWordChar(c) || c === 45 || isSpace(c);

/**
 * Where a sweep for the leftmost match at or after `from` may start, given the first occurrence
 * `at` of the word at or after `from`: back over the run of [\w\s-] leading to it. Non-ASCII
 * characters are walked over too (some are \s; walking further back only costs time).
 */
export function runStartBefore(text: string, at: number, from: number): number {
  let s = at;
  while (s > from && inRun(text.charCodeAt(s - 1))) s--;
  return s;
}

/**
 * Where the run of [\w\s-] holding `at` ends, read as runStartBefore reads it (non-ASCII
 * characters taken whole); `limit` when the run reaches it. A loop rather than a RegExp: a bounded
 * class repeat cost more per "foram" than the sweep of the stretch it saves.
 */
export function runEndAfter(text: string, at: number, limit: number): number {
  let e = at;
  while (e < limit && inRun(text.charCodeAt(e))) e++;
  return e;
}
