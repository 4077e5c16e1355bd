import { findCues, type Cue } from '../context/find-cues';

/**
 * The ConText cues of a note's sentences (findCues over the sentence's bounds), kept for the note
 * read last. Why: the checklist's neurological words (build-checklist.ts), the condition statements
 * and the M99 "with" statements (find-conditions.ts) read the same sentences' cues, each from its
 * own reading of the note: on the MTSamples notes a quarter of the sentences whose statements had
 * their status read had had their cues found for the checklist already. A list is what findCues
 * finds for those bounds, the same whichever reader asks first, and read only (assessContext keeps
 * a cue's trigger span on it, per field, made again for another field).
 */
const kept: { text: string; bySentence: Map<number, { end: number; cues: Cue[] }> } = {
  text: '',
  bySentence: new Map(),
};

export function sentenceCues(text: string, start: number, end: number): Cue[] {
  if (kept.text !== text) {
    kept.text = text;
    kept.bySentence.clear();
  }
  const known = kept.bySentence.get(start);
  if (known !== undefined && known.end === end) return known.cues;
  const cues = findCues(text, start, end);
  kept.bySentence.set(start, { end, cues });
  return cues;
}
