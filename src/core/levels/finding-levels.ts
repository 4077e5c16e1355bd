import { withoutSetAside } from './contrasted-levels';
import { withDictatedLevels } from './dictated-levels';
import { findLevels } from './find-levels';
import { withoutRoots, type RootSplit } from './root-levels';

/**
 * The levels a sentence states for its findings, in reading order: its levels with the dictated
 * forms read ("L 45"; "see 5-6" only in a note about the neck), less a level a correction sets
 * aside ("at C5-6, not C4-5"), with the lone vertebrae that name a nerve root ("C6 radiculopathy")
 * split off as regions only. `offset` is where `sentenceText` starts in its field.
 */
export function findingLevels(sentenceText: string, offset: number, cervicalNote: () => boolean): RootSplit {
  const stated = withDictatedLevels(findLevels(sentenceText, offset), sentenceText, offset, cervicalNote);
  return withoutRoots(withoutSetAside(stated, sentenceText, offset), sentenceText, offset);
}
