import type { Cue } from '../context/find-cues';
import type { LevelHit } from '../levels/find-levels';
import type { Anchor, Window } from './window-types';

type Range = { start: number; end: number };

/**
 * A statement over every level with an exception ("no canal stenosis at any level except L4-5
 * where it is moderate", "stenosis at all levels except L2-3"): the exception ends the statement's
 * scope and reverses it at the levels it names. `at` is where the exception cue starts; `before`
 * and `after` split the window's level hits there; `affirms` says whether the excepted levels are
 * this window's to affirm (its own anchor follows the cue, "apart from moderate stenosis at L3-4",
 * or the sentence names no other finding after it, "except L4-5 where it is moderate"), rather than
 * a later window's ("no foraminal narrowing, except mild left L4-5 narrowing").
 */
export type Exception = { at: number; before: LevelHit[]; after: LevelHit[]; affirms: boolean };

function isException(cue: Cue): boolean {
  for (let i = 0; i < cue.rules.length; i++) if (cue.rules[i]?.exception === true) return true;
  return false;
}

/** No exception cue (most sentences): shared, never changed. */
const NONE: number[] = [];

/** Where the sentence's exception cues start, read once per sentence (its windows share them). */
export function exceptionStarts(cues: Cue[]): number[] {
  let starts: number[] | undefined;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i] as Cue;
    if (isException(cue)) (starts ??= []).push(cue.start);
  }
  return starts ?? NONE;
}

/**
 * The window's exception, or undefined when no exception cue (`starts`, in order) follows its
 * first anchor in the sentence or no level follows that cue ("no stenosis except as noted above"
 * names no new level).
 */
export function exceptionOf(starts: number[], window: Window, sentence: Range, hits: LevelHit[], anchorsStart: number): Exception | undefined {
  if (starts.length === 0) return undefined;
  let at = -1;
  for (let i = 0; i < starts.length && at < 0; i++) if ((starts[i] as number) >= anchorsStart) at = starts[i] as number;
  if (at < 0) return undefined;
  const before: LevelHit[] = [];
  const after: LevelHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as LevelHit;
    (h.start >= at ? after : before).push(h);
  }
  if (after.length === 0) return undefined;
  let ownAnchorAfter = false;
  for (let i = 0; i < window.anchors.length; i++) if ((window.anchors[i] as Anchor).start >= at) ownAnchorAfter = true;
  return { at, before, after, affirms: ownAnchorAfter || window.end >= sentence.end };
}
