import { readNoQuote } from './find-cues';

/**
 * A finding quoted from someone else (QA stop 47, class 1): inside quotation marks that a verb of
 * saying or diagnosing opens ("Dr. Kline diagnosed \"L4-5 disc herniation with stenosis\"", "his
 * chiropractor told him he has \"severe stenosis\"", "the outside report reads \"...\""). The
 * author reports another's words there, not a finding of their own: uncertain, so that the
 * author's own reading elsewhere in the note (a later "no stenosis") decides. Quotes with no such
 * verb before them (a heading quoted, scare quotes) are left alone.
 */

/** A verb or noun of reported words, the last few words before the opening quote. */
/** How far back from the finding its opening quotation mark is looked for, in characters. */
const QUOTE_REACH = 120;

const ATTRIBUTION =
  /\b(?:told|tells|tell|says|said|state[sd]?|diagnos(?:ed|is|es)|dx'?d|dx|call(?:s|ed)|label(?:l?ed|s)|wr(?:ote|ites)|reads?|documented|claim(?:s|ed)|believe[sd]?|thinks?|thought|felt|feels|per|quote[sd]?|statement|opinion|impression of|words?)\b[^"\u201c\u201d]{0,40}$/i;

/**
 * The span of the opening quotation mark when [start, end) lies inside a quote that a verb of
 * reported words opens, within `sentence`; undefined otherwise.
 *
 * @example quotedClaim('He was diagnosed "lumbar stenosis" by Dr. A.', 24, 32, { start: 0, end: 45 }) // { start: 17, end: 18 }
 */
export function quotedClaim(
  text: string,
  start: number,
  end: number,
  sentence: { start: number; end: number },
): { start: number; end: number } | undefined {
  // Read back a bounded stretch only (a run-on sentence has thousands of targets): an odd count of
  // straight quotation marks, or a curly opening one not closed since, puts the finding inside a
  // quote (one left open to the sentence's end counts too).
  const from = Math.max(sentence.start, start - QUOTE_REACH);
  // The cue reader has just read the sentence (find-cues.ts, lastRead): where it saw no quotation
  // mark, there is none to find.
  if (readNoQuote(text, from, start)) return undefined;
  let open = -1;
  let nearest = -1;
  let straight = 0;
  for (let i = start - 1; i >= from && open < 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x201d) return undefined;
    if (c === 0x201c) open = i;
    else if (c === 34) {
      if (straight++ === 0) nearest = i;
    }
  }
  if (open < 0 && straight % 2 === 1) open = nearest;
  if (open < 0) return undefined;
  const lead = text.slice(Math.max(sentence.start, open - 60), open);
  return ATTRIBUTION.test(lead) ? { start: open, end: open + 1 } : undefined;
}
