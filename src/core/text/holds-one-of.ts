import { regexItems, topAlternatives } from './regex-source';

/**
 * Whether every match of a pattern (compiled with the i flag) holds one of `words` (lower-case
 * letters): read from the source, conservatively. A word counts only where the source spells it as
 * plain letters read exactly once, or as a group that must match once and whose every alternative
 * holds one; anything this reading does not know (a backreference, a named group, a stray
 * quantifier) answers false. A sweep for the words then proves a stretch of text holds no match
 * (find-procedures.ts skips the foramen phrases of an MRI report that way).
 */
export function holdsOneOf(source: string, words: readonly string[]): boolean {
  for (const alt of topAlternatives(source)) if (!alternativeHolds(alt, words)) return false;
  return true;
}

function alternativeHolds(alt: string, words: readonly string[]): boolean {
  const items = regexItems(alt);
  if (items === undefined) return false;
  let letters = '';
  for (const item of items) {
    if (item.char !== undefined) {
      letters += item.char.toLowerCase();
      for (const word of words) if (letters.endsWith(word)) return true;
      continue;
    }
    // Anything else breaks a run of letters; a group read at least once may hold a word itself.
    letters = '';
    if (item.group !== undefined && item.min >= 1 && holdsOneOf(item.group, words)) return true;
  }
  return false;
}
