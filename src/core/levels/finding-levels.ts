import { withoutSetAside } from './contrasted-levels';
import { withDictatedLevels } from './dictated-levels';
import { findLevels, type LevelHit } from './find-levels';
import { withoutRoots, type RootSplit } from './root-levels';

/** A note that speaks of the neck, where a dictated "see 5-6" is C5-6 (levels/dictated-levels.ts). */
export const CERVICAL_NOTE = /\b(?:cervical|c-spine|neck|C[1-7](?:\s?-\s?C?[2-7])?)\b/i;

/**
 * The levels a sentence states, in reading order: its levels with the dictated forms read ("L
 * 45"; "see 5-6" only in a note about the neck), less a level a correction sets aside ("at C5-6,
 * not C4-5"). Lone vertebrae that name a nerve root ("C6 radiculopathy") are still in: a reader
 * of radiculopathy wants them (the root tells its segment), a reader of narrowing does not (see
 * findingLevels). `offset` is where `sentenceText` starts in its field.
 */
export function statedLevels(sentenceText: string, offset: number, cervicalNote: () => boolean): LevelHit[] {
  return withoutSetAside(withDictatedLevels(findLevels(sentenceText, offset), sentenceText, offset, cervicalNote), sentenceText, offset);
}

/**
 * The levels a sentence states for its findings, in reading order (statedLevels), with the lone
 * vertebrae that name a nerve root ("C6 radiculopathy") split off as regions only.
 */
export function findingLevels(sentenceText: string, offset: number, cervicalNote: () => boolean): RootSplit {
  return withoutRoots(statedLevels(sentenceText, offset, cervicalNote), sentenceText, offset);
}
