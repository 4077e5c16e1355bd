import { closingParen, topAlternatives } from '../text/regex-source';
import { isSpace, isWordChar } from '../text/char-scan';

/**
 * Whether every match of a pattern holds a given word, with nothing but word characters, white
 * space and hyphens read before it: then a sweep need not try the note before the word's first
 * occurrence, past the run of such characters that leads up to it (find-procedures.ts skips that
 * way; every procedure pattern holds "foram"). Read from the pattern's source, conservatively:
 * anything this reading does not know (a dot, a negated class, a back-reference) answers false,
 * and the caller then sweeps the whole note as before.
 */

type Item = { min: number; char?: string | undefined; group?: string; plain: boolean };

/** A character a match may read before the word: [\w\s-]. */
const PLAIN_CHAR = /^[\w\s-]$/;
/** A class that reads only such characters: \w, \s, \d, word characters, a hyphen first or last (no ranges). */
const PLAIN_CLASS = /^\[-?(?:\\[wsd]|\w)+-?\]$/;

/** The items of one alternative (no top-level "|"), each with its quantifier's minimum; undefined when unreadable. */
function itemsOf(alt: string): Item[] | undefined {
  const items: Item[] = [];
  let i = 0;
  while (i < alt.length) {
    const c = alt[i] ?? '';
    let item: Item;
    if (c === '\\') {
      const e = alt[i + 1] ?? '';
      i += 2;
      if (e === 'b' || e === 'B') item = { min: 1, plain: true };
      else if (e === 'w' || e === 's' || e === 'd') item = { min: 1, plain: true };
      else if (/[.\-/\\()[\]{}?*+|^$]/.test(e)) item = { min: 1, char: e, plain: PLAIN_CHAR.test(e) };
      else return undefined;
    } else if (c === '[') {
      const end = alt.indexOf(']', i + 1);
      if (end < 0) return undefined;
      item = { min: 1, plain: PLAIN_CLASS.test(alt.slice(i, end + 1)) };
      i = end + 1;
    } else if (c === '(') {
      const close = closingParen(alt, i);
      if (close < 0) return undefined;
      const inner = alt.slice(i + 1, close);
      i = close + 1;
      if (/^\?(?:=|!|<=|<!)/.test(inner)) item = { min: 1, plain: true };
      else {
        const body = inner.startsWith('?:') ? inner.slice(2) : inner;
        if (body.startsWith('?')) return undefined;
        item = { min: 1, group: body, plain: readsOnlyPlain(body) };
      }
    } else if (c === '^' || c === '$') {
      i++;
      item = { min: 1, plain: true };
    } else if (c === '.' || c === '|' || c === ')' || c === '?' || c === '*' || c === '+' || c === '{') {
      return undefined;
    } else {
      i++;
      item = { min: 1, char: c, plain: PLAIN_CHAR.test(c) };
    }
    // Its quantifier, if any (a lazy "?" after it changes nothing here).
    const q = /^(?:([?*+])|\{(\d+)(?:,\d*)?\})\??/.exec(alt.slice(i));
    if (q) {
      item.min = q[1] === '+' ? 1 : q[1] ? 0 : Number(q[2]);
      // A quantified item is no longer one letter of the word.
      item.char = undefined;
      i += q[0].length;
    }
    items.push(item);
  }
  return items;
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
