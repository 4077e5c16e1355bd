import { spanQuoting } from '../text/span-of';
import type { FieldText, Mechanism, Span } from '../types';
import { hasWith, opensWithCommaOrAnd } from '../text/char-scan';
import { BARE_VERB_ANCHOR, MECHANISM_WORDS, VERB_ANCHOR } from './lexicon';
import type { Window } from './window-types';
import type { WindowWords } from './window-words';

/** The order mechanisms are listed in. */
const MECHANISM_ORDER: Mechanism[] = ['osseous', 'subluxation', 'connective-tissue', 'disc'];

/** The mechanisms of each MECHANISM_WORDS entry as bits of MECHANISM_ORDER, so a window ORs numbers, not lists. */
const ENTRY_BITS = MECHANISM_WORDS.map((entry) => entry.mechanisms.reduce((bits, m) => bits | (1 << MECHANISM_ORDER.indexOf(m)), 0));

/**
 * Shared by every window that links no mechanism: the lists go into mentions as they are, and
 * nothing changes a mention's lists (frozen, so a change would throw rather than reach other mentions).
 */
const NO_MECHANISMS = Object.freeze([]) as unknown as Mechanism[];
const NO_EVIDENCE = Object.freeze([]) as unknown as Span[];

/**
 * Every list of mechanisms a window can link, by its bits, made once and frozen like NO_MECHANISMS:
 * a run-on note links the same few in thousands of windows, and each list a mention kept was one
 * more object for the garbage collector to copy.
 */
const MECHANISM_LISTS: readonly Mechanism[][] = Array.from(
  { length: 1 << MECHANISM_ORDER.length },
  (_, bits) => Object.freeze(MECHANISM_ORDER.filter((_m, i) => bits & (1 << i))) as unknown as Mechanism[],
);

export type WindowMechanisms = { mechanisms: Mechanism[]; evidence: Span[] };

const NONE: WindowMechanisms = Object.freeze({ mechanisms: NO_MECHANISMS, evidence: NO_EVIDENCE });

/**
 * A mechanism counts only when the clause links it to the narrowing (annotation guide): a causal
 * word ("secondary to", "causing"), a verb anchor whose subject is the cause, or "[cause] with
 * [narrowing]". Merely co-listed findings get none. `words` has read the window's text `slice`; a
 * window that names none and goes on from the last ("..., and ...") keeps `inherited`.
 */
export function findMechanisms(field: FieldText, window: Window, slice: string, words: WindowWords, inherited: Mechanism[]): WindowMechanisms {
  const count = words.mechanismCount;
  if (count === 0) {
    if (inherited.length > 0 && opensWithCommaOrAnd(slice)) return { mechanisms: inherited, evidence: NO_EVIDENCE };
    return NONE;
  }
  if (!words.causal && !linkedByWords(field.text, window, words)) return NONE;
  const denied = deniedWords(field.text, window, words);
  if (denied !== 0) return keptOnly(field, words, denied);
  let bits = 0;
  for (let i = 0; i < count; i++) bits |= ENTRY_BITS[words.mechanismEntry[i] as number] as number;
  const mechanisms = MECHANISM_LISTS[bits] as Mechanism[];
  // Kept by the window's mentions: a list of one made as such (an empty list grows to seventeen
  // slots on its first push), as most windows name one mechanism word.
  // The spans quote the words' kept texts (WindowWords.mechanismText), equal to the note's.
  if (count === 1) return { mechanisms, evidence: [spanQuoting(field, words.mechanismStart[0] as number, words.mechanismEnd[0] as number, words.mechanismText[0] as string)] };
  const evidence: Span[] = [];
  for (let i = 0; i < count; i++) {
    const start = words.mechanismStart[i] as number;
    const end = words.mechanismEnd[i] as number;
    evidence.push(spanQuoting(field, start, end, words.mechanismText[i] as string));
  }
  return { mechanisms, evidence };
}

/** Whether the window's mechanism words link to its narrowing without a causal word (see findMechanisms). */
function linkedByWords(text: string, window: Window, words: WindowWords): boolean {
  const anchors = window.anchors;
  const count = words.mechanismCount;
  // The words come in text order without overlap: the first ends first.
  const firstEnd = words.mechanismEnd[0] as number;
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k];
    if (a === undefined || firstEnd > a.start) continue;
    if (VERB_ANCHOR.test(a.word)) return true;
    if (BARE_VERB_ANCHOR.test(a.word)) {
      for (let i = 0; i < count; i++) {
        const end = words.mechanismEnd[i] as number;
        if (end <= a.start && /^\s+(?:\w+ly\s+)?$/.test(text.slice(end, a.start))) return true;
      }
    }
  }
  const first = anchors[0];
  if (first === undefined) return false;
  for (let i = 0; i < count; i++) {
    const end = words.mechanismEnd[i] as number;
    if (end <= first.start && hasWith(text, end, first.start)) return true;
  }
  // The cause in brackets right after the narrowing ("foraminal stenosis (facet/osteophyte)").
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k] as (typeof anchors)[number];
    for (let i = 0; i < count; i++) if (inCauseBrackets(text, a.end, words.mechanismStart[i] as number, words.mechanismEnd[i] as number)) return true;
  }
  return false;
}

/**
 * A cause the clause denies before naming it ("narrowing the R foramen, no disc herniation";
 * "stenosis without disc protrusion"): the cue between the word and the start of its own clause
 * part (comma, semicolon, colon, period, parenthesis or the window's start), with no narrowing
 * word between cue and cause (a cue before the narrowing is the narrowing's negation: its status says it).
 * An M99.71 was "supported" by a disc the note denied, and classified-elsewhere quoted it (QA stop 49, C7).
 */
const DENYING_CUE = /(?:^|[^A-Za-z])(?:no|not|without|w\/o|negative\s+for|free\s+of|absence\s+of)\s+(?:(?!but\b|rather\b)\w+\s+){0,3}$/i;
/** A clause part's end: , ; : . ( ) (by character code: this walks back over every letter). */
const isPartBreak = (c: number) => c === 44 || c === 59 || c === 58 || c === 46 || c === 40 || c === 41;

/** The denied mechanism words of the window, as bits by their index (none: 0; windows name a handful). */
function deniedWords(text: string, window: Window, words: WindowWords): number {
  let denied = 0;
  const count = Math.min(words.mechanismCount, 31);
  for (let i = 0; i < count; i++) {
    const start = words.mechanismStart[i] as number;
    let from = start;
    while (from > window.start && !isPartBreak(text.charCodeAt(from - 1))) from--;
    if (from === start) continue;
    const cue = DENYING_CUE.exec(text.slice(from, start));
    if (!cue) continue;
    let anchored = false;
    for (const a of window.anchors) if (a.start >= from + cue.index && a.start < start) anchored = true;
    if (!anchored) denied |= 1 << i;
  }
  return denied;
}

/** findMechanisms' answer from the words not denied (`denied`: bits by index). */
function keptOnly(field: FieldText, words: WindowWords, denied: number): WindowMechanisms {
  let bits = 0;
  const evidence: Span[] = [];
  for (let i = 0; i < words.mechanismCount; i++) {
    if (i < 31 && denied & (1 << i)) continue;
    bits |= ENTRY_BITS[words.mechanismEntry[i] as number] as number;
    evidence.push(spanQuoting(field, words.mechanismStart[i] as number, words.mechanismEnd[i] as number, words.mechanismText[i] as string));
  }
  if (bits === 0) return NONE;
  return { mechanisms: MECHANISM_LISTS[bits] as Mechanism[], evidence };
}

/**
 * Whether the mechanism word text[start..end) stands in short brackets that open right after a
 * narrowing word ending at `anchorEnd`: "stenosis (facet/osteophyte)", "narrowing (disc bulge)"
 * (QA stop 49, class C5). A report writes the cause so, where prose says "due to".
 */
function inCauseBrackets(text: string, anchorEnd: number, start: number, end: number): boolean {
  if (start < anchorEnd || start - anchorEnd > CAUSE_BRACKET_REACH) return false;
  let open = anchorEnd;
  while (open < start && (text.charCodeAt(open) === 32 || text.charCodeAt(open) === 9)) open++;
  if (text.charCodeAt(open) !== 40) return false;
  for (let i = open + 1; i < start; i++) if (text.charCodeAt(i) === 40 || text.charCodeAt(i) === 41) return false;
  const close = text.indexOf(')', end);
  return close >= 0 && close - open <= CAUSE_BRACKET_REACH && text.lastIndexOf('(', close) === open;
}
/** How long a bracketed cause may be: a few words. */
const CAUSE_BRACKET_REACH = 48;
