import { factorLetters } from '../text/factor-letters';

/**
 * The imaging words the checklist quotes (rules/build-checklist.ts): its "Imaging that shows it"
 * item. Here, beside the anchor sweep, because that sweep reads them too (anchor-sweep.ts).
 */
export const IMAGING_WORDS = String.raw`MRI|MR\s+imaging|magnetic\s+resonance|CT|CAT\s+scan|computed\s+tomography|x-?rays?|radiographs?|radiographic\w*|myelogra\w*|films?|imaging`;

/** IMAGING_WORDS as one sweep, grouped by first letter (text/factor-letters.ts: the same matches). */
export const IMAGING_SOURCE = String.raw`\b(?:${factorLetters(IMAGING_WORDS)})\b`;

/** The same, read in place: whether an imaging word is what a sweep matched at a place. */
const IMAGING_AT = new RegExp(IMAGING_SOURCE, 'iy');

/**
 * The plain letters each imaging word opens with ("mri", "mr", "ct", "computed", "x", "film"),
 * lower case: a word that opens with none of them is no imaging word, and is told so without a
 * read in place. The anchors the sweep also matches open with none ("compression" is passed over at
 * its fifth letter), so the sweep reads no anchor twice.
 */
export const IMAGING_OPENINGS: readonly string[] = IMAGING_WORDS.split('|').map((word) => {
  const letters = /^[A-Za-z]*/.exec(word)?.[0] ?? '';
  // A letter a quantifier follows may be absent ("films?").
  return (/^[?*+{]/.test(word.slice(letters.length)) ? letters.slice(0, -1) : letters).toLowerCase();
});

/** IMAGING_OPENINGS by first letter, either case (none: no imaging word opens so, as most anchors do not). */
const OPENINGS_BY_FIRST: (string[] | undefined)[] = Array.from({ length: 128 }, () => undefined);
for (const opening of IMAGING_OPENINGS)
  for (const first of new Set([opening.charCodeAt(0), opening.toUpperCase().charCodeAt(0)]))
    (OPENINGS_BY_FIRST[first] ??= []).push(opening);

/** Whether text[start..end) opens with one of IMAGING_OPENINGS, in any case. */
function opensImaging(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  const openings = c < 128 ? OPENINGS_BY_FIRST[c] : undefined;
  if (openings === undefined) return false;
  next: for (let k = 0; k < openings.length; k++) {
    const opening = openings[k] as string;
    if (opening.length > end - start) continue;
    for (let i = 1; i < opening.length; i++)
      if ((text.charCodeAt(start + i) | 32) !== opening.charCodeAt(i)) continue next;
    return true;
  }
  return false;
}

/** Whether an imaging word matches text[start..end) exactly, as IMAGING_SOURCE's sweep reads it at `start`. */
export function imagingAt(text: string, start: number, end: number): boolean {
  if (!opensImaging(text, start, end)) return false;
  IMAGING_AT.lastIndex = start;
  return IMAGING_AT.test(text) && IMAGING_AT.lastIndex === end;
}

/**
 * Imaging that is not there to show anything (QA stop 49, class C9): planned, ordered, pending,
 * or none ("Imaging: none yet", "MRI L-spine ordered", "will obtain MRI", "F/u after MRI", "no
 * imaging"; "no stenosis on MRI" is a study done), or only if something happens ("MRI lumbar spine
 * if not improving"; a plan item, "Plan: MRI L-spine": QA stop 52 MED8). The checklist's "imaging that shows it" item needs a study done. Read in the word's
 * clause only: before it back to the last ".", ";", ":" or line break, after it up to the next.
 */
const NOT_DONE_BEFORE =
  /\b(?:no|without|never\s+had)\s+(?:(?:prior|previous|recent|new|any)\s+)?$|\bplan\s*:\s*(?:\d{1,2}[.)]\s*|[-•*]\s*)?$|\b(?:order(?:ed|ing)?|obtain|get|schedul\w*|plan(?:ned|ning)?|recommend(?:ed)?|consider(?:ing)?|request(?:ed)?|refer(?:red)?\s+for|await(?:ing)?|pending|after|will|needs?|would|should|if)\b[^.;:\n]{0,30}$/i;
const NOT_DONE_AFTER =
  /^(?:[^.;\n]{0,30}?\b(?:ordered|pending|requested|scheduled|planned|recommended|if|unless|to\s+be\s+(?:obtained|done|scheduled)|not\s+(?:yet\s+)?(?:done|obtained|available|performed))\b|\s*:\s*(?:none|not\s+done|pending|n\/?a|deferred|not\s+available|ordered)\b)/i;

export function imagingNotDone(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 40);
  return NOT_DONE_BEFORE.test(text.slice(from, start)) || NOT_DONE_AFTER.test(text.slice(end, end + 40));
}
