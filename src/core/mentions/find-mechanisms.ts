import type { FieldText, Mechanism, Span } from '../types';
import { hasWith, opensWithCommaOrAnd } from './char-scan';
import { BARE_VERB_ANCHOR, CAUSAL, MECHANISM_PATTERN, MECHANISM_WORDS, VERB_ANCHOR, matchedEntry } from './lexicon';
import type { Window } from './window-types';

/** The order mechanisms are listed in. */
const MECHANISM_ORDER: Mechanism[] = ['osseous', 'subluxation', 'connective-tissue', 'disc'];

/** The mechanisms of each MECHANISM_WORDS entry as bits of MECHANISM_ORDER, so a window ORs numbers, not lists. */
const ENTRY_BITS = MECHANISM_WORDS.map((entry) => entry.mechanisms.reduce((bits, m) => bits | (1 << MECHANISM_ORDER.indexOf(m)), 0));

/**
 * Shared by every window that links no mechanism: the lists go into mentions as they are, and
 * nothing changes a mention's lists (frozen, so a change would throw rather than reach other mentions).
 */
export const NO_MECHANISMS = Object.freeze([]) as unknown as Mechanism[];
const NO_EVIDENCE = Object.freeze([]) as unknown as Span[];

export type WindowMechanisms = { mechanisms: Mechanism[]; evidence: Span[] };

const NONE: WindowMechanisms = Object.freeze({ mechanisms: NO_MECHANISMS, evidence: NO_EVIDENCE });

/**
 * Where the mechanism words of the window being read start and end, and their bits: reused from
 * window to window (a window is read at a time) instead of an object per word and a list per window.
 */
const foundStart: number[] = [];
const foundEnd: number[] = [];

/**
 * A mechanism counts only when the clause links it to the narrowing (annotation guide): a causal
 * word ("secondary to", "causing"), a verb anchor whose subject is the cause, or "[cause] with
 * [narrowing]". Merely co-listed findings get none. `slice` is the window's text; a window that
 * names none and goes on from the last ("..., and ...") keeps `inherited`.
 */
export function findMechanisms(field: FieldText, window: Window, slice: string, inherited: Mechanism[]): WindowMechanisms {
  let count = 0;
  let bits = 0;
  MECHANISM_PATTERN.lastIndex = 0;
  for (let m = MECHANISM_PATTERN.exec(slice); m !== null; m = MECHANISM_PATTERN.exec(slice)) {
    const entry = matchedEntry(m);
    if (entry < 0 || entry >= ENTRY_BITS.length) continue;
    const start = window.start + m.index;
    foundStart[count] = start;
    foundEnd[count] = start + m[0].length;
    bits |= ENTRY_BITS[entry] as number;
    count++;
  }
  if (count === 0) {
    if (inherited.length > 0 && opensWithCommaOrAnd(slice)) return { mechanisms: inherited, evidence: NO_EVIDENCE };
    return NONE;
  }
  if (!linked(field.text, window, slice, count)) return NONE;
  const mechanisms: Mechanism[] = [];
  for (let i = 0; i < MECHANISM_ORDER.length; i++) if (bits & (1 << i)) mechanisms.push(MECHANISM_ORDER[i] as Mechanism);
  const evidence: Span[] = [];
  for (let i = 0; i < count; i++) {
    const start = foundStart[i] as number;
    const end = foundEnd[i] as number;
    evidence.push({ fieldId: field.id, start, end, text: field.text.slice(start, end) });
  }
  return { mechanisms, evidence };
}

/** Whether the `count` mechanism words found link to the window's narrowing (see findMechanisms). */
function linked(text: string, window: Window, slice: string, count: number): boolean {
  if (CAUSAL.test(slice)) return true;
  const anchors = window.anchors;
  // The words come in text order without overlap: the first ends first.
  const firstEnd = foundEnd[0] as number;
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k];
    if (a === undefined || firstEnd > a.start) continue;
    if (VERB_ANCHOR.test(a.word)) return true;
    if (BARE_VERB_ANCHOR.test(a.word)) {
      for (let i = 0; i < count; i++) {
        const end = foundEnd[i] as number;
        if (end <= a.start && /^\s+(?:\w+ly\s+)?$/.test(text.slice(end, a.start))) return true;
      }
    }
  }
  const first = anchors[0];
  if (first === undefined) return false;
  for (let i = 0; i < count; i++) {
    const end = foundEnd[i] as number;
    if (end <= first.start && hasWith(text, end, first.start)) return true;
  }
  return false;
}
