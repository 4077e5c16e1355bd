// A differential written with "vs" or "versus" ("DDx myelopathy vs peripheral neuropathy", "L5
// radiculopathy versus piriformis syndrome") leaves both of its items in doubt: neither is coded
// (outpatient Guidelines IV.H). The word is also common in prose that sets no diagnosis in doubt
// ("discussed surgery versus injection for L5 radiculopathy", "right versus left ankle reflexes"),
// and a differential of the level, side or grade of one finding ("right L5 versus S1
// radiculopathy", "mild vs moderate stenosis") does not doubt the finding itself: the MTSamples
// annotation codes M54.17 from "a mild right L5 versus S1 radiculopathy". The rules that carry
// `differential` (context-rules.json) are read here, for the items right beside the word only.

/**
 * A word that names where, on which side or how severe one finding is, not another finding: a
 * level ("L4", "C5-6", "L4/5", "L5-S1"), a side, a grade, a position in the canal or an age.
 */
const ASPECT_WORD =
  /^(?:[ctls]\d{1,2}(?:[-/][ctls]?\d{1,2})?|left|right|bilateral|bilaterally|(?:left|right)-sided|unilateral|minimal|mild|moderate|severe|marked|advanced|critical|high-grade|low-grade|mild-moderate|moderate-severe|mild-to-moderate|moderate-to-severe|small|large|tiny|central|paracentral|foraminal|extraforaminal|far-lateral|lateral|subarticular|posterior|anterior|broad-based|focal|diffuse|acute|subacute|chronic|early|old)$/i;

/** What may follow an aspect alone as the second item, ending it ("L5 radiculopathy vs S1.", "vs C7 root"). */
const ASPECT_ITEM_END = /^[ \t]*(?:(?:nerve[ \t]+)?(?:roots?|levels?|sides?)\b)?[ \t]*(?:[.,;:!?)\r\n]|$)/i;

/**
 * Between an item and the word: one item's words only. Punctuation, or a word that starts a phrase
 * of its own (a purpose, a cause, a part), ends the item: what comes past it is not in the differential.
 */
const PAST_ITEM =
  /[,;:()[\]]|\b(?:for|of|to|with|without|due|secondary|because|from|after|before|during|given|regarding|including|than|which|that)\b/i;

/** Where the word before `at` starts and ends (skipping whitespace), as [start, end]; start === end when none. */
function wordBefore(text: string, at: number): [number, number] {
  let end = at;
  while (end > 0 && text.charCodeAt(end - 1) <= 32) end--;
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) > 32) start--;
  // Punctuation stuck to the word ("L4," "(mild") is not part of it.
  while (end > start && /[.,;:()]/.test(text.charAt(end - 1))) end--;
  while (start < end && /[(]/.test(text.charAt(start))) start++;
  return [start, end];
}

/** Where the word after `at` starts and ends (skipping whitespace and the period of "vs."). */
function wordAfter(text: string, at: number): [number, number] {
  let start = at;
  if (text.charCodeAt(start) === 46) start++;
  while (start < text.length && text.charCodeAt(start) <= 32) start++;
  let end = start;
  while (end < text.length && text.charCodeAt(end) > 32) end++;
  while (end > start && /[.,;:()]/.test(text.charAt(end - 1))) end--;
  return [start, end];
}

const isAspect = (text: string, [start, end]: [number, number]) =>
  end > start && end - start <= 20 && ASPECT_WORD.test(text.slice(start, end));

/**
 * Whether the differential word `cue` is between two aspects of one finding: the words right before
 * and right after it are levels, sides or grades ("L4 vs L5 radiculopathy", "mild versus moderate
 * foraminal stenosis"), or the item after it is an aspect alone ("L5 radiculopathy vs S1.").
 */
export function aspectDifferential(text: string, cue: { start: number; end: number }): boolean {
  const after = wordAfter(text, cue.end);
  if (!isAspect(text, after)) return false;
  if (isAspect(text, wordBefore(text, cue.start))) return true;
  return ASPECT_ITEM_END.test(text.slice(after[1], after[1] + 24));
}

/**
 * Whether a `differential` cue speaks of the finding whose near edge is at the other end of
 * text[from, to) from it: the words between are that item's own, and the differential is not one of
 * aspects of a finding (see aspectDifferential).
 */
export function readsDifferentialItem(
  text: string,
  cue: { start: number; end: number },
  from: number,
  to: number,
): boolean {
  if (to > from && PAST_ITEM.test(text.slice(from, to))) return false;
  return !aspectDifferential(text, cue);
}
