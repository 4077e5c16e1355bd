import { isSpace } from '../text/char-scan';
import type { WindowWords } from './window-words';

/**
 * A cause the note offers as a guess or as one of two: "probably from uncovertebral spurring",
 * "likely secondary to ligamentum flavum buckling", "possibly due to the disc", "presumably from
 * facet arthropathy", "disc protrusion?", "uncovertebral spurring versus disc". The narrowing is
 * stated; its cause is not. M99's fourth character is the cause (M99.6- bone or subluxation,
 * M99.7- connective tissue or disc; M99.2-M99.5 for the canal), so a guessed cause documents none
 * of those codes: the statement is read as naming no cause, and mechanism-unclear asks the
 * provider what narrows it, as for "foraminal stenosis, presumed bony" (QA stop 53, H8).
 *
 * Why not count it: outpatient, a diagnosis written as probable or suspected is not coded
 * (Official Guidelines IV.H; clinical brief §1.6), and the cause is part of what the M99 stenosis
 * code diagnoses; where the note does not settle it the coder asks, never picks (clinical brief
 * §5.2, §7 rule 3: do not auto-pick the mechanism). The narrowing itself keeps its status: a hedge
 * on its cause ("stenosis, likely degenerative") says nothing against the stenosis (hedge-after).
 */
const HEDGE_BEFORE =
  /(?:^|[^A-Za-z])(?:probabl[ey]|likely|possibl[ey]|presum(?:ed|ably|ptively)|perhaps|suspected|questionabl[ey]|favou?red|(?:may|might|could)\s+(?:be|represent|reflect))\s+(?:(?!but\b|and\b)[\w-]+\s+){0,3}$/i;
/** After a cause word: a question mark, or "versus"/"vs" naming another (in the same clause part). */
const ALTERNATIVE_AFTER = /^[\w\s-]{0,30}?(?:\?|\b(?:versus|vs\.?)(?=\s|$))/i;
/** How far back from the first cause word a hedge may stand (its words and up to three between). */
const REACH = 60;

/** Whether the window's linked cause words are offered as a guess or an alternative (see above). */
export function isHedgedCause(text: string, windowStart: number, words: WindowWords): boolean {
  const count = words.mechanismCount;
  if (count === 0) return false;
  const first = words.mechanismStart[0] as number;
  if (hedgedBefore(text, Math.max(windowStart, first - REACH), first)) return true;
  for (let i = 0; i < count; i++) {
    const end = words.mechanismEnd[i] as number;
    if (ALTERNATIVE_AFTER.test(text.slice(end, end + 40))) return true;
  }
  return false;
}

/**
 * The most runs of characters between whitespace (\s, isSpace) a HEDGE_BEFORE match spans: a hedge
 * of two words ("may be") and three words after it, each a run of its own (its words hold no
 * whitespace, and each is followed by some).
 */
const HEDGE_RUNS = 5;

/**
 * HEDGE_BEFORE.test(text.slice(from, to)), reading only the last HEDGE_RUNS runs before `to` (`to`:
 * the first cause word): the regex was tried at each of the reach's sixty characters for every
 * window with a cause, and a match lies within those runs. A stretch cut short starts after
 * whitespace, where `^` reads as the `[^A-Za-z]` would there, so the answer is the same
 * (hedged-cause.test.ts holds the two equal).
 */
export function hedgedBefore(text: string, from: number, to: number): boolean {
  let at = to;
  let runs = 0;
  let inRun = false;
  while (at > from) {
    if (!isSpace(text.charCodeAt(at - 1))) inRun = true;
    else if (inRun) {
      inRun = false;
      if (++runs === HEDGE_RUNS) break;
    }
    at--;
  }
  return HEDGE_BEFORE.test(text.slice(at, to));
}
