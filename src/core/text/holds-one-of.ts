import { closingParen, topAlternatives } from './regex-source';

/**
 * Whether every match of a pattern (compiled with the i flag) holds one of `words` (lower-case
 * letters): read from the source, conservatively. A word counts only where the source spells it as
 * plain letters read exactly once, or as a group that must match once and whose every alternative
 * holds one; anything this reading does not know (a backreference, a named group, a stray
 * quantifier) answers false. A sweep for the words then proves a stretch of text holds no match
 * (find-procedures.ts skips the foramen phrases of an MRI report that way).
 */
export function holdsOneOf(source: string, words: readonly string[]): boolean {
  const alternatives = topAlternatives(source);
  for (const alt of alternatives) if (!alternativeHolds(alt, words)) return false;
  return true;
}

/** Escapes whose character is read literally. */
const LITERAL_ESCAPE = /^[.\-/\\()[\]{}?*+|^$]$/;
/** Escapes that read a class or assert, and read no letter of a word: \b \B \w \W \s \S \d \D. */
const CLASS_ESCAPE = /^[bBwWsSdD]$/;
const QUANTIFIER = /^(?:([?*+])|\{(\d+)(?:,\d*)?\})\??/;

function alternativeHolds(alt: string, words: readonly string[]): boolean {
  let letters = '';
  let i = 0;
  while (i < alt.length) {
    const c = alt[i] as string;
    let char: string | undefined;
    let group: string | undefined;
    if (c === '\\') {
      const e = alt[i + 1] ?? '';
      i += 2;
      if (LITERAL_ESCAPE.test(e)) char = e;
      else if (!CLASS_ESCAPE.test(e)) return false;
    } else if (c === '[') {
      let end = i + 1;
      while (end < alt.length && alt[end] !== ']') end += alt[end] === '\\' ? 2 : 1;
      if (end >= alt.length) return false;
      i = end + 1;
    } else if (c === '(') {
      const close = closingParen(alt, i);
      if (close < 0) return false;
      const inner = alt.slice(i + 1, close);
      i = close + 1;
      // A lookaround reads no character of the match; any other "(?" than "(?:" is not known here.
      if (!/^\?(?:=|!|<=|<!)/.test(inner)) {
        if (inner.startsWith('?') && !inner.startsWith('?:')) return false;
        group = inner.startsWith('?:') ? inner.slice(2) : inner;
      }
    } else if (c === '.' || c === '^' || c === '$') {
      i++;
    } else if (c === '|' || c === ')' || c === '?' || c === '*' || c === '+' || c === '{') {
      return false;
    } else {
      char = c;
      i++;
    }
    const q = QUANTIFIER.exec(alt.slice(i));
    if (q) i += q[0].length;
    const min = q === null ? 1 : q[1] === '+' ? 1 : q[1] !== undefined ? 0 : Number(q[2]);
    if (q === null && char !== undefined) {
      letters += char.toLowerCase();
      for (const word of words) if (letters.endsWith(word)) return true;
      continue;
    }
    // Anything else breaks a run of letters; a group read at least once may hold a word itself.
    letters = '';
    if (group !== undefined && min >= 1 && holdsOneOf(group, words)) return true;
  }
  return false;
}
