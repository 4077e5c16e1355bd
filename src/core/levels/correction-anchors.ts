import type { Span } from '../types';

/**
 * The words a note's later word on itself starts with, shared by its readers: level-corrections.ts
 * (an addendum or correction that moves findings off a level or calls a level normal),
 * mentions/corrected-later.ts (a correction mark that retracts a statement or introduces the
 * corrected one) and families-read/find-conditions.ts (an addendum that denies a statement). Each
 * reader keeps what it reads after them; the headings and labels are written once here, so a form
 * one of them learns is learned by all (stop 53: the two label lists had drifted apart, "correction
 * of the level" read by one, "corrected assessment" by the other).
 */

/** An addendum's heading: "ADDENDUM", "Addenda", "Late entry". */
export const ADDENDUM_HEADING = String.raw`addend(?:um|a)|late\s+entry`;

/**
 * A correction's label, never the word alone: "Correction:", "correction to the level", "correction
 * of the impression", "Corrected report", "amended to read", "Amendment", "Erratum", "should have
 * read". An operative note's "correction of the deformity" or "corrected the kyphosis" corrects no
 * statement.
 */
export const CORRECTION_LABEL = String.raw`correction\s*(?:[:\u2013-]|to\b|of\s+(?:the\s+)?(?:above|prior|previous|earlier|impression|report|note|level|dictation|assessment|diagnosis)\b)|(?:corrected|amended)\s*(?::|(?:report|impression|note|addendum|version|dictation|assessment|diagnosis|to\s+read)\b)|amendment\b|erratum\b|should\s+(?:have\s+)?read\b`;

/** How a statement came onto the record, before "in error": "entered in error", "dictated in error". */
const RECORDED = String.raw`(?:entered|documented|recorded|dictated|charted|listed|written|stated|noted)`;

/** A statement retracted where it stands: "entered in error", "erroneously", "mistakenly", "disregard", "Error:". */
export const RETRACTION = String.raw`${RECORDED}\s+(?:here\s+|above\s+)?in\s+error\b|in\s+error\b|erroneous(?:ly)?\b|mistakenly\b|disregard\b|error\s*:`;

/**
 * A statement called wrong by a predicate after it, in an addendum or correction (level-corrections.ts,
 * kind 'retracted'): "is incorrect", "was an error", "was (dictated) in error", "is wrong", "was a
 * mistake", "was mistaken", "is inaccurate".
 */
export const CALLED_WRONG = String.raw`\b(?:is|was|are|were|has\s+been|have\s+been)\s+(?:incorrect|wrong|erroneous|inaccurate|mistaken|not\s+correct|(?:an?\s+)?(?:error|mistake)|(?:${RECORDED}\s+)?in\s+error)\b`;

/** Any of them, for telling a statement taken back from one denied (takenBack). */
const ANY_ANCHOR = new RegExp(
  String.raw`\b(?:${ADDENDUM_HEADING}|update\s*:|${CORRECTION_LABEL}|${RETRACTION})`,
  'i',
);
/** A trigger that is itself a correction's words ("entered in error", "Correction:"). */
const ANCHOR_TRIGGER = new RegExp(String.raw`^\s*(?:${CORRECTION_LABEL}|${RETRACTION})`, 'i');

/**
 * Whether a negated statement (ending at `end`, its sentence at `sentenceEnd`) was taken back by
 * the note's later word rather than denied where it stands: its trigger is a correction's own words,
 * or the trigger stands after the statement's sentence with an addendum heading, a correction label
 * or a retraction between ("IMPRESSION: C6-C7 extrusion. ADDENDUM: ... The C6-C7 level is normal.").
 * A finding then says the statement was corrected, not that the note denies it (stop 53).
 */
export function takenBack(
  text: string,
  end: number,
  sentenceEnd: number | (() => number),
  trigger: Span | null | undefined,
): boolean {
  if (!trigger) return false;
  if (ANCHOR_TRIGGER.test(trigger.text)) return true;
  // The sentence's end only when the trigger is after the statement: finding it costs a scan of a
  // run-on sentence, once per negated statement (15% of a 1 MB run-on page, bench stop 54).
  if (trigger.start < end) return false;
  if (trigger.start < (typeof sentenceEnd === 'number' ? sentenceEnd : sentenceEnd())) return false;
  return ANY_ANCHOR.test(text.slice(end, trigger.end));
}
