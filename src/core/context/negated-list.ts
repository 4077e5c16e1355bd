import type { Section } from './find-sections';
import { overlaySection } from './section-overlay';

/**
 * A heading that negates every item of the list after it: "Pertinent negatives:", "PERTINENT
 * NEGATIVE(S):", "Relevant negatives:", "Negatives:", "Denies:", "ROS negative for:", "Review of
 * systems negative for:", "Negative for:". It opens a line (a bullet may come first) or follows a
 * sentence's end. Templated ROS and pain-management notes list what the patient does not have this
 * way (QA stop 51, H1: "Pertinent negatives: neurogenic claudication, gait instability." read as
 * documenting claudication); a "Denies" cue reads only its own sentence, so a list on the lines
 * under the heading was read as affirmed. "Pertinent positives:" is no such heading.
 */
const LIST_HEADING =
  /(?:^|\n|[.;][ \t])[ \t]*(?:[-*\u2022][ \t]*)?(?:(?:pertinent|relevant|significant|important|notable)[ \t]+negatives?|negatives?|denies|denied|(?:ros|review[ \t]+of[ \t]+systems)[ \t]+(?:is[ \t]+)?negative(?:[ \t]+for)?|negative[ \t]+(?:ros|review[ \t]+of[ \t]+systems)(?:[ \t]+for)?|negative[ \t]+for)[ \t]*(?:\([^()\n]{0,30}\)[ \t]*)?:/gi;

/** A list on the heading's own line ends at a period that a sentence of this many words or more follows (prose, not an item). */
const PROSE_WORDS = 5;
/** A list on the lines under its heading holds this many lines at most. */
const MAX_LINES = 20;

/**
 * Whether the text holds a word a negating list heading is made of, as written or in capitals: a
 * heading in mixed capitals ("NeGaTiVeS:") is not read.
 */
function mayHold(text: string): boolean {
  return (
    text.indexOf('egativ') >= 0 ||
    text.indexOf('EGATIV') >= 0 ||
    text.indexOf('enie') >= 0 ||
    text.indexOf('ENIE') >= 0
  );
}

/** How many words text[from..to) holds. */
function wordCount(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) | 32;
    const letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words;
}

/**
 * Where the list after a heading's colon ends. With items on the heading's line, at that line's
 * end, or earlier at a sentence's end that prose follows ("Pertinent negatives: fever, chills.
 * Reports claudication after 2 blocks."). With the heading alone on its line, the items are the
 * lines under it, up to a blank line (or MAX_LINES lines): a heading a blank line follows heads no
 * list of ours (the text after the blank is read as before). A later heading ends it first (the
 * caller clips at the next section).
 */
export function listEnd(text: string, colon: number): number {
  let lineEnd = text.indexOf('\n', colon);
  if (lineEnd < 0) lineEnd = text.length;
  if (wordCount(text, colon + 1, lineEnd) > 0) {
    for (let i = colon + 1; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c !== 46 && c !== 33 && c !== 63) continue;
      const next = text.charCodeAt(i + 1);
      if (next !== 32 && next !== 9) continue;
      let stop = i + 1;
      while (
        stop < lineEnd &&
        text.charCodeAt(stop) !== 46 &&
        text.charCodeAt(stop) !== 33 &&
        text.charCodeAt(stop) !== 63
      )
        stop++;
      if (wordCount(text, i + 1, stop) >= PROSE_WORDS) return i + 1;
    }
    return lineEnd;
  }
  let at = lineEnd;
  for (let lines = 0; at < text.length && lines < MAX_LINES; lines++) {
    let next = text.indexOf('\n', at + 1);
    if (next < 0) next = text.length;
    // A blank line ends the list.
    if (wordCount(text, at + 1, next) === 0) return at;
    at = next;
  }
  return at;
}

/**
 * Adds the note's negating lists to its sections, keeping them in order: negated from the
 * heading's colon to the list's end (listEnd, or the next heading), then whatever was in force
 * there before. A heading the general sweep already took ("Pertinent negatives" is a heading's
 * shape) is given the negated status in place. Returns whether it added any.
 */
export function negatedLists(text: string, sections: Section[]): boolean {
  // The sweep first, mayHold only once it finds a heading: four indexOf searches ("enie" and
  // "egativ" pass in most notes) cost more than LIST_HEADING's sweep, which can start only at a
  // line's or a sentence's start (real notes: 5.9 us with the searches first, 3.1 without; 1 MB
  // of "stenosis,": 1.43 ms and 0.36 ms). What is read is the same.
  LIST_HEADING.lastIndex = 0;
  let added = false;
  let checked = false;
  for (let m = LIST_HEADING.exec(text); m !== null; m = LIST_HEADING.exec(text)) {
    if (!checked && !mayHold(text)) return false;
    checked = true;
    const colon = m.index + m[0].length - 1;
    const start = colon + 1;
    let end = listEnd(text, colon);
    for (const s of sections) if (s.start > start && s.start < end) end = s.start;
    // A heading with nothing under it before a blank line heads no list.
    if (end <= start || wordCount(text, start, end) === 0) continue;
    overlaySection(sections, start, end, 'negatives', 'negated', text.length);
    added = true;
  }
  return added;
}
