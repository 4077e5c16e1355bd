import { isSpace, isWordChar } from '../text/char-scan';
import { factorLetters } from '../text/factor-letters';
import { EXAM_RESULT_AFTER, TRAP_AFTER, TRAP_BEFORE } from './lexicon';

/** Characters looked at either side of an anchor for trap words. */
export const TRAP_REACH = 40;

/** Whitespace below 128 only: whitespace beyond ASCII is left to the patterns. */
const isAsciiSpace = (c: number) => c < 128 && isSpace(c);

/** The letters a TRAP_AFTER word opens with (traps.test.ts reads them off the pattern). */
export const TRAP_AFTER_OPENERS = 'fdtsbhwoa';

/** 1 for those letters, either case. */
const OPENS_TRAP_AFTER = new Uint8Array(128);
for (const ch of TRAP_AFTER_OPENERS) {
  OPENS_TRAP_AFTER[ch.charCodeAt(0)] = 1;
  OPENS_TRAP_AFTER[ch.toUpperCase().charCodeAt(0)] = 1;
}

/**
 * TRAP_BEFORE with its words grouped by first letter (factor-letters.ts, whose test holds it to the
 * same matches): anchored at the end, the pattern is tried at every place within reach, and
 * grouped it passes over a place with one test per letter instead of one per word.
 */
const TRAP_BEFORE_GROUPED = new RegExp(factorLetters(TRAP_BEFORE.source), TRAP_BEFORE.flags);

/**
 * Whether a trap word (TRAP_BEFORE: "aortic", "disc space", ...) stands within TRAP_REACH
 * characters before `start`. The pattern ends in whitespace or a word's last letter, so any other
 * character right before `start` ("stenosis,stenosis") answers without a slice or a sweep.
 */
export function trapBefore(text: string, start: number): boolean {
  if (start <= 0) return false;
  const c = text.charCodeAt(start - 1);
  if (c < 128 && !isAsciiSpace(c) && !isWordChar(c)) return false;
  return TRAP_BEFORE_GROUPED.test(text.slice(Math.max(0, start - TRAP_REACH), start));
}

/**
 * Whether a trap word (TRAP_AFTER: "fracture", "stockings", "of the disc space", ...) follows
 * `end` within TRAP_REACH characters. Its first letter, past the spaces, must open one of them:
 * another character ("stenosis.", "stenosis,") answers without a slice or a sweep. Whitespace
 * beyond ASCII is left to the pattern.
 */
export function trapAfter(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + TRAP_REACH);
  let i = end;
  while (i < limit && isAsciiSpace(text.charCodeAt(i))) i++;
  if (i >= limit) return false;
  const c = text.charCodeAt(i);
  if (c < 128 && OPENS_TRAP_AFTER[c] === 0) return false;
  return TRAP_AFTER.test(text.slice(end, end + TRAP_REACH));
}

/** Whether an examination's result follows a compression word ending at `end` (EXAM_RESULT_AFTER). */
export function examResultAfter(text: string, end: number): boolean {
  EXAM_RESULT_AFTER.lastIndex = end;
  return EXAM_RESULT_AFTER.test(text);
}
