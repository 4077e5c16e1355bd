import { spanQuoting } from '../text/span-of';
import type { FieldText, Mechanism, Span } from '../types';
import { hasWith, isSpace, opensWithCommaOrAnd } from '../text/char-scan';
import { BARE_VERB_ANCHOR, MECHANISM_WORDS, VERB_ANCHOR } from './lexicon';
import type { Window } from './window-types';
import type { WindowWords } from './window-words';
import { isHedgedCause } from './hedged-cause';

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
  const bracketed = bracketedCause(field.text, window);
  if (bracketed === 0) return linkedMechanisms(field, window, slice, words, inherited);
  // A bracket of bare cause words after the narrowing states the window's own cause: it joins the
  // mechanisms its words link (its words may be some of them), and replaces an inherited one.
  const found = words.mechanismCount === 0 ? NONE : linkedMechanisms(field, window, slice, words, inherited);
  let bits = bracketed;
  for (const m of found.mechanisms) bits |= 1 << MECHANISM_ORDER.indexOf(m);
  if (MECHANISM_LISTS[bits] === found.mechanisms) return found;
  const quote = spanQuoting(field, BRACKET.start, BRACKET.end, field.text.slice(BRACKET.start, BRACKET.end));
  return { mechanisms: MECHANISM_LISTS[bits] as Mechanism[], evidence: [...found.evidence, quote] };
}

/** findMechanisms from the window's mechanism words (see findMechanisms). */
function linkedMechanisms(field: FieldText, window: Window, slice: string, words: WindowWords, inherited: Mechanism[]): WindowMechanisms {
  const count = words.mechanismCount;
  if (count === 0) {
    if (inherited.length > 0 && opensWithCommaOrAnd(slice)) return { mechanisms: inherited, evidence: NO_EVIDENCE };
    return NONE;
  }
  // Unlinked, only a ligament joined to the narrowing by "with" counts (ligamentsWith).
  let unlinked = 0;
  if (!words.causal && !linkedByWords(field.text, window, words)) {
    const ligaments = ligamentsWith(field.text, window, words);
    if (ligaments === 0) return NONE;
    unlinked = ((count >= 31 ? 0x7fffffff : (1 << count) - 1) & ~ligaments);
  }
  // A guessed or alternative cause is no cause (hedged-cause.ts): the narrowing names none.
  if (isHedgedCause(field.text, window.start, words)) return NONE;
  const denied = deniedWords(field.text, window, words) | unlinked;
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

/** A ligament word ("ligamentum flavum hypertrophy", "thickened ligamenta flava", "LFH", "ligamentous thickening"). */
const LIGAMENT_WORD = /ligament|flav|\bLFH\b/i;
/** The words between a narrowing and its ligament cause: no clause break, "with", then a few words. */
const WITH_LIGAMENT = /^[^.;:()]*\bwith\s+(?:\S+\s+){0,3}$/i;

/**
 * The window's ligament words (bits by index) that follow its narrowing joined by "with"
 * ("canal stenosis at L4-5 with ligamentum flavum hypertrophy", "with facet and ligamentum flavum
 * hypertrophy"). A thickened, buckled or infolded ligamentum flavum is a finding only as it narrows
 * the canal or foramen (clinical brief §5.2: connective tissue, M99.4/M99.7), so "with" says its
 * cause as "due to" would; a disc or a facet after "with" may be a finding beside it, and stays unlinked.
 */
function ligamentsWith(text: string, window: Window, words: WindowWords): number {
  let bits = 0;
  const count = Math.min(words.mechanismCount, 31);
  for (let i = 0; i < count; i++) {
    if (!LIGAMENT_WORD.test(words.mechanismText[i] as string)) continue;
    const start = words.mechanismStart[i] as number;
    let before = -1;
    for (const a of window.anchors) if (a.end <= start) before = a.end;
    if (before >= 0 && start - before <= 60 && WITH_LIGAMENT.test(text.slice(before, start))) bits |= 1 << i;
  }
  return bits;
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

/**
 * The most runs of characters between whitespace (the regex's \s, isSpace) a DENYING_CUE match
 * spans: a cue of two words ("negative for") and three words after it. None of its words holds
 * whitespace, so a match lies within the last this many runs before the cause word (see
 * denyingCueBefore).
 */
const DENYING_RUNS = 5;

/**
 * Where DENYING_CUE matches the clause part before `start` (the cause word's start): text from
 * the last part break before it, or from `limit` (the window's start), as an offset in the text;
 * -1 when it does not, or when the part is empty. Only the last DENYING_RUNS runs before `start`
 * are read: in a comma-less run-on window the part reaches back to the window's start for every
 * cause word, and the regex was tried at each of its characters. A stretch cut short starts
 * after whitespace, where the regex's `^` reads as its `[^A-Za-z]` would there, so the answer is
 * the same (a match starting on that whitespace is found one character later, on its cue word;
 * no anchor starts on whitespace). find-mechanisms.test.ts holds the two equal.
 */
export function denyingCueBefore(text: string, limit: number, start: number): number {
  let at = start;
  let runs = 0;
  let inRun = false;
  while (at > limit) {
    const c = text.charCodeAt(at - 1);
    if (isPartBreak(c)) break;
    if (!isSpace(c)) inRun = true;
    else if (inRun) {
      inRun = false;
      if (++runs === DENYING_RUNS) break;
    }
    at--;
  }
  if (at === start) return -1;
  const cue = DENYING_CUE.exec(text.slice(at, start));
  return cue ? at + cue.index : -1;
}

/** The denied mechanism words of the window, as bits by their index (none: 0; windows name a handful). */
function deniedWords(text: string, window: Window, words: WindowWords): number {
  let denied = 0;
  const count = Math.min(words.mechanismCount, 31);
  for (let i = 0; i < count; i++) {
    const start = words.mechanismStart[i] as number;
    const cue = denyingCueBefore(text, window.start, start);
    if (cue < 0) continue;
    let anchored = false;
    for (const a of window.anchors) if (a.start >= cue && a.start < start) anchored = true;
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

/**
 * Bare cause words, as a grading table's cell writes them with the condition's noun left out
 * ("(disc)" for its bulge, "(facet)" for its hypertrophy), and the words that may stand beside
 * them in the brackets, by their mechanisms as MECHANISM_ORDER bits (0: a word that names none).
 * The same reading as table-rows.ts's CAUSE_WORDS, held to whole words here: prose brackets say
 * many other things ("(right)", "(see image 12)", "(disc space narrowing)"). A cyst is left to
 * MECHANISM_WORDS, which reads it as connective tissue.
 */
const BARE_CAUSE_WORDS = new Map<string, number>([
  ...['disc', 'disk', 'discs', 'disks', 'bulge', 'bulging', 'protrusion', 'herniation', 'extrusion', 'hnp'].map((w): [string, number] => [w, bitOf('disc')]),
  ['doc', bitOf('disc') | bitOf('osseous')],
  ...['facet', 'facets', 'osteophyte', 'osteophytes', 'osteophytic', 'spur', 'spurs', 'spurring', 'uncovertebral', 'uncinate', 'bony', 'osseous'].map((w): [string, number] => [w, bitOf('osseous')]),
  ...['ligamentum', 'flavum', 'flava', 'lf', 'lfh', 'ligament', 'ligamentous'].map((w): [string, number] => [w, bitOf('connective-tissue')]),
  ...['listhesis', 'anterolisthesis', 'retrolisthesis', 'spondylolisthesis', 'subluxation', 'slip'].map((w): [string, number] => [w, bitOf('subluxation')]),
  ...['and', 'with', 'plus', 'or', 'joint', 'joints', 'hypertrophy', 'hypertrophic', 'arthropathy', 'arthrosis', 'thickening', 'thickened', 'buckling', 'infolding', 'complex', 'mostly', 'predominantly', 'primarily', 'mainly'].map((w): [string, number] => [w, 0]),
]);
function bitOf(mechanism: Mechanism): number {
  return 1 << MECHANISM_ORDER.indexOf(mechanism);
}
/** Bracket contents that may be bare cause words: letters, spaces and , / & + - between them. */
const BARE_CAUSE_TEXT = /^[A-Za-z\s,/&+-]+$/;
const BARE_CAUSE_WORD = /[A-Za-z]+/g;
/** Where bracketedCause found its words (a module's scratch: no object per window). */
const BRACKET = { start: 0, end: 0 };

/**
 * The mechanisms (MECHANISM_ORDER bits, 0 for none) a bracket of bare cause words right after one
 * of the window's narrowing words names ("foraminal narrowing (disc) at L5-S1", "stenosis
 * (facet/LF)"), each of its words one of BARE_CAUSE_WORDS; sets BRACKET to its words. Most windows
 * have no bracket after an anchor and cost a character test per anchor.
 */
function bracketedCause(text: string, window: Window): number {
  const anchors = window.anchors;
  for (let k = 0; k < anchors.length; k++) {
    let open = (anchors[k] as (typeof anchors)[number]).end;
    while (open < window.end && (text.charCodeAt(open) === 32 || text.charCodeAt(open) === 9)) open++;
    if (text.charCodeAt(open) !== 40) continue;
    const close = text.indexOf(')', open);
    if (close < 0 || close - open > CAUSE_BRACKET_REACH) continue;
    const inner = text.slice(open + 1, close);
    if (!BARE_CAUSE_TEXT.test(inner)) continue;
    let bits = 0;
    let known = true;
    BARE_CAUSE_WORD.lastIndex = 0;
    for (let m = BARE_CAUSE_WORD.exec(inner); m !== null && known; m = BARE_CAUSE_WORD.exec(inner)) {
      const word = BARE_CAUSE_WORDS.get(m[0].toLowerCase());
      if (word === undefined) known = false;
      else bits |= word;
    }
    if (!known || bits === 0) continue;
    const lead = inner.length - inner.trimStart().length;
    BRACKET.start = open + 1 + lead;
    BRACKET.end = open + 1 + inner.trimEnd().length;
    return bits;
  }
  return 0;
}
