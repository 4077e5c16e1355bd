import { isWordChar, spells } from '../text/char-scan';

// Splitting a sentence's anchors into windows asks, for each pair of anchors, where the last
// joint between them stands: a comma or a joining word (/,|\b(?:and|with|without|or|but|while|whereas)\b/i).
// Read backwards from the later anchor, the answer is usually a word or two away; the RegExp read
// the whole stretch forwards, on a slice of its own. last-joint.test.ts proves the two equal.

/** The last joint found by findLastJoint: where it starts (-1: none) and the joint, lower-cased ("," or the word). Reused by every call. */
export type Joint = { at: number; word: string };
const found: Joint = { at: -1, word: '' };

/** The joining word `text[start, end)` is, lower-cased, or undefined. */
function jointWord(text: string, start: number, end: number): string | undefined {
  switch (end - start) {
    case 2:
      return spells(text, start, 'or') ? 'or' : undefined;
    case 3:
      return spells(text, start, 'and') ? 'and' : spells(text, start, 'but') ? 'but' : undefined;
    case 4:
      return spells(text, start, 'with') ? 'with' : undefined;
    case 5:
      return spells(text, start, 'while') ? 'while' : undefined;
    case 7:
      return spells(text, start, 'without') ? 'without' : spells(text, start, 'whereas') ? 'whereas' : undefined;
    default:
      return undefined;
  }
}

/**
 * The last comma or joining word in `text[from, to)`, whose ends count as word boundaries (as in a
 * slice of it): what the last match of /,|\b(?:and|with|without|or|but|while|whereas)\b/gi there is.
 */
export function findLastJoint(text: string, from: number, to: number): Joint {
  found.at = -1;
  found.word = '';
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 44) {
      found.at = i;
      found.word = ',';
      return found;
    }
    if (!isWordChar(c)) continue;
    // `i` ends a word (the stretch's end, or a non-word character, follows): find its start.
    let start = i;
    while (start > from && isWordChar(text.charCodeAt(start - 1))) start--;
    const word = jointWord(text, start, i + 1);
    if (word !== undefined) {
      found.at = start;
      found.word = word;
      return found;
    }
    i = start;
  }
  return found;
}
