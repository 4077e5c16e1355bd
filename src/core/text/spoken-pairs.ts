import { factorLetters } from './factor-letters';
import { HEARD_BODY, heardAt, type Heard } from './dictation-confusions';
import type { Cut } from './full-width';
import { SPLIT_BODY, splitCompoundAt } from './split-compounds';

/**
 * Where a split compound (split-compounds.ts) or a phrase heard for a spine term
 * (dictation-confusions.ts) may start: either pattern, in one RegExp. Both open on a word of a few
 * letters, and every phrase's first word opens with a letter some split compound's does: one
 * sweep of the note costs about what the compounds' sweep alone did, where the two sweeps cost
 * twice that (the phrases' own sweep was near 3% of the time of a real note, for phrases no
 * ordinary note holds). One "\b" opens both, and their first words are grouped by first letter
 * (factor-letters.ts): the alternation of the two whole patterns cost half as much again.
 */
const EITHER = new RegExp(String.raw`\b(?:${factorLetters(`${HEARD_BODY}|${SPLIT_BODY}`)})`, 'gi');

/**
 * The cuts of a field's split compounds and the phrases it holds heard for spine terms: what
 * splitCompoundCuts and heardPhrases find, from one sweep. EITHER finds every place where either
 * starts (each match is followed by a try one character on); at each, each reader reads as its own
 * sweep would, from where its own sweep would be.
 */
export function spokenPairs(text: string): { split: Cut[] | undefined; heard: Heard[] | undefined } {
  let split: Cut[] | undefined;
  let heard: Heard[] | undefined;
  let splitFrom = 0;
  let heardFrom = 0;
  EITHER.lastIndex = 0;
  for (let m = EITHER.exec(text); m !== null; m = EITHER.exec(text)) {
    const at = m.index;
    if (at >= splitFrom) {
      const read = splitCompoundAt(text, at);
      if (read) {
        if (read.cut) (split ??= []).push(read.cut);
        splitFrom = read.next;
      }
    }
    if (at >= heardFrom) {
      const read = heardAt(text, at);
      if (read) {
        if (read.heard) (heard ??= []).push(read.heard);
        heardFrom = read.next;
      }
    }
    EITHER.lastIndex = at + 1;
  }
  return { split, heard };
}
