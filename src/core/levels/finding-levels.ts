import { withoutSetAside } from './contrasted-levels';
import { withDictatedLevels } from './dictated-levels';
import { findLevels, type LevelHit } from './find-levels';
import { withoutRoots, type RootSplit } from './root-levels';

/**
 * Words by which a note speaks of each region, where a dictated word for its letter is a level
 * ("see 5-6" is C5-6 in a note about the neck, "el 4 5" L4-5 in one about the low back).
 */
const REGION_NOTE: Record<'C' | 'T' | 'L', RegExp> = {
  C: /\b(?:cervical|c-spine|neck|C[1-7](?:\s?-\s?C?[2-7])?)\b/i,
  T: /\b(?:thoracic|t-spine|mid-?back|T(?:[1-9]|1[0-2])(?:\s?-\s?T?\d{1,2})?)\b/i,
  L: /\b(?:lumbar|lumbosacral|l-spine|low(?:er)?\s+back|L[1-5](?:\s?-\s?[LS]?[1-5])?)\b/i,
};

/** Whether the note `text` speaks of a letter's region, each region read once, when first asked. */
export function regionNoteOf(text: string): (letter: 'C' | 'T' | 'L') => boolean {
  const read: Partial<Record<'C' | 'T' | 'L', boolean>> = {};
  return (letter) => (read[letter] ??= REGION_NOTE[letter].test(text));
}

/**
 * The levels a sentence states, in reading order: its levels with the dictated forms read ("L
 * 45"; "see 5-6" only in a note about the neck), less a level a correction sets aside ("at C5-6,
 * not C4-5"). Lone vertebrae that name a nerve root ("C6 radiculopathy") are still in: a reader
 * of radiculopathy wants them (the root tells its segment), a reader of narrowing does not (see
 * findingLevels). `offset` is where `sentenceText` starts in its field; `mayBeDictated` false says
 * no dictated level can start in it (see withDictatedLevels), `mayBeJunction` false no junction
 * level (see readLevelMatches).
 */
export function statedLevels(sentenceText: string, offset: number, regionNote: (letter: 'C' | 'T' | 'L') => boolean, mayBeDictated = true, mayBeJunction = true): LevelHit[] {
  return withoutSetAside(withDictatedLevels(findLevels(sentenceText, offset, mayBeJunction), sentenceText, offset, regionNote, mayBeDictated), sentenceText, offset);
}

/**
 * The levels a sentence states for its findings, in reading order (statedLevels), with the lone
 * vertebrae that name a nerve root ("C6 radiculopathy") split off as regions only.
 */
export function findingLevels(sentenceText: string, offset: number, regionNote: (letter: 'C' | 'T' | 'L') => boolean, mayBeDictated = true, mayBeJunction = true): RootSplit {
  return findingLevelsOf(findLevels(sentenceText, offset, mayBeJunction), sentenceText, offset, regionNote, mayBeDictated);
}

/**
 * findingLevels from the sentence's `findLevels` hits, read by the caller: the note reader keeps
 * them for the next sentence's look-back (last-levels-before.ts, LevelsRead), which then need
 * not read this sentence's levels again.
 */
export function findingLevelsOf(hits: LevelHit[], sentenceText: string, offset: number, regionNote: (letter: 'C' | 'T' | 'L') => boolean, mayBeDictated = true): RootSplit {
  return withoutRoots(withoutSetAside(withDictatedLevels(hits, sentenceText, offset, regionNote, mayBeDictated), sentenceText, offset), sentenceText, offset);
}
