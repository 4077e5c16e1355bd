import { isSpace, isWordChar } from '../text/char-scan';
import {
  BE_WORD,
  NEXT_FINDING_WORD,
  NEXT_FINDING_WORDS,
  PREDICATE_WORD,
  PREDICATE_WORDS,
  REST_WORD,
  SUBJECT_VERB_WORD,
} from '../text/clause-words';
import { WordTable, isJoin } from './scan-tokens';

/**
 * What the cue matcher (find-cues.ts) learns of a sentence's words while it reads them for cues,
 * so that three later sweeps of the same sentence need not read its characters again:
 * clause-words.ts's key words (text/clause-starts.ts asks which of its sweeps may match),
 * whether a dictated level may start there (levels/dictated-levels.ts's MAY_BE_DICTATED) and
 * whether a junction level may (levels/find-levels.ts's JUNCTION_ONLY). All are an upper bound: a
 * bit or `true` says the sweep may match, and the sweep still decides; unset, the sweep cannot
 * match. Kept so by a property test against those RegExps (sentence-words.test.ts).
 *
 * The RegExps see a word between \b's, a run of [A-Za-z0-9_]; the matcher's words are runs of
 * letters and digits joined by ' / - (scan-tokens.ts). Each part between joins is such a run (or
 * part of one with "_" beside it, which only adds a bit), so a joined word is looked at part by part.
 */
export type SentenceWords = {
  /**
   * clause-words.ts's bits (SUBJECT_VERB_WORD, REST_WORD, BE_WORD) of the key words read (REST_WORD
   * for "remainder", "rest" and "balance" only with "of" after them), and PREDICATE_WORD where a
   * finished predicate's word stands as a whole word.
   */
  clauseWords: number;
  /** Whether some word may start a dictated level (false: MAY_BE_DICTATED does not match). */
  mayBeDictated: boolean;
  /**
   * Whether some word may start a junction level ("O-C1", "atlanto-occipital": false, none of
   * find-levels.ts's junction alternatives matches, and its short pattern reads the same levels).
   */
  mayBeJunction: boolean;
};

/** A word's fact beyond clause-words.ts's bits: a dictated level may start at it. */
export const DICTATED_START = 8;
/** A word's fact: a junction level may start at it (see startsJunction). */
export const JUNCTION_START = 32;
/** The facts that are no clause-words.ts bits. */
export const LEVEL_FACTS = DICTATED_START | JUNCTION_START;
/**
 * A first-table bit (find-cues.ts), no fact: the word is a letter's word ("see", "el", "tee") or a
 * region word ("cervical", "thoracic", "lumbar"), and a dictated level starts at it when
 * whitespace and a number follow (see letterWordStarts).
 */
export const LETTER_WORD = 16;

/**
 * A table bit, no fact: the word is "remainder", "rest" or "balance", which REST_OF_STUDY reads
 * only with "of" after it ("the rest of the exam"): its REST_WORD is set only there (see
 * restOfFacts). "rest" mostly stands alone in a note ("at rest", "better with rest").
 */
export const REST_OF_WORD = 128;

/** clause-words.ts's key words with their bits (the bits of KEY_WORDS' groups, REST_OF_WORD as above). */
export const CLAUSE_WORD_BITS: [string, number][] = [
  ...['is', 'are'].map((w): [string, number] => [w, SUBJECT_VERB_WORD | BE_WORD]),
  ...['has', 'have', 'shows', 'demonstrates', 'reveals', 'remains'].map((w): [string, number] => [
    w,
    SUBJECT_VERB_WORD,
  ]),
  ...['remainder', 'rest', 'balance'].map((w): [string, number] => [w, REST_OF_WORD]),
  ...['remaining', 'other'].map((w): [string, number] => [w, REST_WORD]),
  ...['was', 'were'].map((w): [string, number] => [w, BE_WORD]),
  ...NEXT_FINDING_WORDS.map((w): [string, number] => [w, NEXT_FINDING_WORD]),
];
const CLAUSE_WORDS = new WordTable(CLAUSE_WORD_BITS);

/**
 * The bits a reader of whole words keeps for each key word, letter's word and predicate word
 * (find-cues.ts's first table). A predicate word counts only as a whole word of the matcher:
 * DONE_PREDICATE reads it between whitespace, where no join runs into it, so the parts of a joined
 * word need not be looked up for it (as partFacts looks them up for the key words).
 */
export const WORD_BITS: [string, number][] = [
  ...CLAUSE_WORD_BITS,
  ...['see', 'el', 'tee', 'cervical', 'thoracic', 'lumbar'].map((w): [string, number] => [w, LETTER_WORD]),
  ...PREDICATE_WORDS.map((w): [string, number] => [w, PREDICATE_WORD]),
];

/**
 * 1 for the first characters of MAY_BE_DICTATED's words: C, T and L (upper case), and s, e, t of
 * "see", "el", "tee", c, t, l of "cervical", "thoracic", "lumbar" (any case). A word starting
 * otherwise is passed over with one load.
 */
const MAY_START_DICTATED = new Uint8Array(128);
for (const ch of 'CTLsSeEtTcl') MAY_START_DICTATED[ch.charCodeAt(0)] = 1;

/** 1 for the characters after "C " that MAY_BE_DICTATED takes: a digit 1-9 or a number word's first letter. */
const NUMBER_START = new Uint8Array(128);
for (const ch of '123456789oOtTfFsSeEnN') NUMBER_START[ch.charCodeAt(0)] = 1;

const isDigit19 = (c: number) => c >= 49 && c <= 57;

/**
 * Whether MAY_BE_DICTATED may match at the part text[start..end) that starts with C, T or L (upper
 * case): "C56", "C5 6", "C 5", "C four" (see startsDictated).
 */
export function startsDictatedLetter(text: string, start: number, end: number, limit: number): boolean {
  const n = end - start;
  // C\s+[1-9oOtTfFsSeEnN] (and C\s[1-9]\s?[1-9], the same start).
  if (n === 1) {
    let p = end;
    while (p < limit && isSpace(text.charCodeAt(p))) p++;
    const next = text.charCodeAt(p);
    return p > end && p < limit && next < 128 && NUMBER_START[next] === 1;
  }
  // C[1-9]\s?[1-9]: the second digit in the word ("C56", "C567"), or after one space ("C5 6").
  if (!isDigit19(text.charCodeAt(start + 1))) return false;
  if (n >= 3)
    return (
      isDigit19(text.charCodeAt(start + 2)) ||
      (n === 3 && isTenToTwelve(text, start) && spokenNumberAfter(text, end, limit))
    );
  if (end + 1 < limit && isSpace(text.charCodeAt(end)) && isDigit19(text.charCodeAt(end + 1))) return true;
  // C(1[0-2]|[1-9]) then a number word ("L4 five", "C5-six"): dictated-levels.ts's SPOKEN.
  return spokenNumberAfter(text, end, limit);
}

/** Whether text[start+1..start+3) is 10, 11 or 12 (the caller knows text[start+1] is a digit). */
const isTenToTwelve = (text: string, start: number) => {
  const c = text.charCodeAt(start + 2);
  return text.charCodeAt(start + 1) === 49 && c >= 48 && c <= 50;
};

const isDash = (c: number) => c === 45 || c === 0x2013 || c === 47;

/**
 * Whether, from `end`, MAY_BE_DICTATED's (?:\s?[-–/]\s?|\s+) then a whole number word other than
 * "for" follows ("L4 five", "C5 - six"; not "L4 for five days").
 */
function spokenNumberAfter(text: string, end: number, limit: number): boolean {
  let p = end;
  while (p < limit && isSpace(text.charCodeAt(p))) p++;
  if (p < limit && isDash(text.charCodeAt(p))) {
    if (p - end > 1) return false;
    p++;
    if (p < limit && isSpace(text.charCodeAt(p))) p++;
  } else if (p === end) return false;
  if (p >= limit) return false;
  const first = text.charCodeAt(p);
  if (first >= 128 || NUMBER_START[first] !== 1) return false;
  let q = p;
  while (q < limit && q - p < 7 && isAsciiLetter(text.charCodeAt(q))) q++;
  if (q - p < 3 || (q < limit && isWordChar(text.charCodeAt(q)))) return false;
  return NUMBER_WORDS.get(text, p, q) === true && !(q - p === 3 && opensWith(text, p, 'for'));
}

/** The number words MAY_BE_DICTATED takes after a letter's or region word ("for" too), lower case. */
const NUMBER_WORDS = new WordTable(
  [
    'one',
    'two',
    'three',
    'four',
    'for',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
  ].map((w): [string, true] => [w, true]),
);

/**
 * Whether a letter's word ("see", "el", "tee") or a region word ("lumbar") ending at `end` starts
 * a dictated level: whitespace follows it, then a digit 1-9 or a whole number word ("see 5",
 * "lumbar four-five"; not "see below", "lumbar spine", which follow them far more often).
 */
export function letterWordStarts(text: string, end: number, limit: number): boolean {
  let p = end;
  while (p < limit && isSpace(text.charCodeAt(p))) p++;
  if (p === end || p >= limit) return false;
  const c = text.charCodeAt(p);
  if (c >= 49 && c <= 57) return true;
  let q = p;
  while (q < limit && q - p < 7 && isAsciiLetter(text.charCodeAt(q))) q++;
  if (q - p < 3 || (q < limit && isWordChar(text.charCodeAt(q)))) return false;
  return NUMBER_WORDS.get(text, p, q) === true;
}

const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * Whether MAY_BE_DICTATED may match at the part text[start..end) (letters and digits, standing
 * between \b's): "C56", "C5 6", "C 5", "C four", "see 5", "el four", "tee 4", "lumbar 4" (see
 * dictated-levels.ts).
 * Its character after `end`, before `limit`, is read as that RegExp reads the slice.
 */
export function startsDictated(text: string, start: number, end: number, limit: number): boolean {
  const c = text.charCodeAt(start);
  const n = end - start;
  if ((c === 67 || c === 84 || c === 76) && startsDictatedLetter(text, start, end, limit)) return true;
  // (see|el|tee|cervical|thoracic|lumbar) in any case ("Tee" starts like a letter T), then a number.
  if (n !== 2 && n !== 3 && n !== 6 && n !== 8) return false;
  if (!letterWordStarts(text, end, limit)) return false;
  const a = c | 32;
  const b = text.charCodeAt(start + 1) | 32;
  if (n === 2) return a === 101 && b === 108;
  if (n === 6) return opensWith(text, start, 'lumbar');
  if (n === 8) return opensWith(text, start, 'cervical') || opensWith(text, start, 'thoracic');
  return (a === 115 || a === 116) && b === 101 && (text.charCodeAt(start + 2) | 32) === 101;
}

/** Whether text[at..) opens with `word` (lower-case letters) in any case; the caller knows it is long enough. */
function opensWith(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++)
    if ((text.charCodeAt(at + i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * Whether a junction alternative of find-levels.ts's LEVEL may match at the part text[start..end)
 * (letters and digits, standing between \b's): the part is "o", "occ", "occiput" or "c0" whole
 * (a separator, never a word character, follows them), or opens with "atlanto", "occipito" or
 * "cranio" (those alternatives end with no \b), in any case. Most parts fail on their first
 * character or length ("of", "canal", "and").
 */
export function startsJunction(text: string, start: number, end: number): boolean {
  const a = text.charCodeAt(start) | 32;
  const n = end - start;
  if (a === 111)
    return (
      n === 1 ||
      (n === 3
        ? opensWith(text, start, 'occ')
        : n === 7
          ? opensWith(text, start, 'occiput')
          : n >= 8 && opensWith(text, start, 'occipito'))
    );
  if (a === 97) return n >= 7 && opensWith(text, start, 'atlanto');
  if (a === 99)
    return n === 2 ? text.charCodeAt(start + 1) === 48 : n >= 6 && opensWith(text, start, 'cranio');
  return false;
}

/**
 * 1 for the first characters of a word that may tell a level fact with no table entry: C, T and L
 * (upper case) for a dictated level, o, a and c (any case) for a junction.
 */
export const LEVEL_FACT_FIRST = new Uint8Array(128);
for (const ch of 'CTLoOaAc') LEVEL_FACT_FIRST[ch.charCodeAt(0)] = 1;

/** The level facts (DICTATED_START, JUNCTION_START) of the part text[start..end), first character `c`. */
export function levelFacts(text: string, start: number, end: number, limit: number, c: number): number {
  let facts = startsJunction(text, start, end) ? JUNCTION_START : 0;
  if ((c === 67 || c === 84 || c === 76) && startsDictatedLetter(text, start, end, limit))
    facts |= DICTATED_START;
  return facts;
}

/**
 * A key word's facts from its table bits, the word ending at `end` (`limit` is where the sentence
 * ends): a rest-of word's REST_OF_WORD becomes REST_WORD where REST_OF_STUDY's "\s+of\b" follows it.
 */
export function keyWordFacts(bits: number, text: string, end: number, limit: number): number {
  if ((bits & REST_OF_WORD) === 0) return bits;
  let p = end;
  while (p < limit && isSpace(text.charCodeAt(p))) p++;
  const of =
    p > end &&
    p + 2 <= limit &&
    (text.charCodeAt(p) | 32) === 111 &&
    (text.charCodeAt(p + 1) | 32) === 102 &&
    (p + 2 === limit || !isWordChar(text.charCodeAt(p + 2)));
  return (bits & ~REST_OF_WORD) | (of ? REST_WORD : 0);
}

/** 1 for the first characters (either case) of the key words, and the key words' lengths as bits. */
const KEY_FIRST = new Uint8Array(128);
let keyLengths = 0;
for (const [word] of CLAUSE_WORD_BITS) {
  KEY_FIRST[word.charCodeAt(0)] = KEY_FIRST[word.toUpperCase().charCodeAt(0)] = 1;
  keyLengths |= 1 << word.length;
}
const KEY_LENGTHS = keyLengths;

/**
 * The facts (clause-words.ts's bits, DICTATED_START, JUNCTION_START) of one part between joins,
 * text[start..end). Its first character and length rule out most parts before the table is asked
 * ("non", "compressive").
 */
function partFacts(text: string, start: number, end: number, limit: number): number {
  const c = text.charCodeAt(start);
  if (c >= 128) return 0;
  const n = end - start;
  let bits =
    KEY_FIRST[c] === 1 && n < 31 && ((KEY_LENGTHS >>> n) & 1) === 1
      ? keyWordFacts(CLAUSE_WORDS.get(text, start, end) ?? 0, text, end, limit)
      : 0;
  if (LEVEL_FACT_FIRST[c] === 1 && startsJunction(text, start, end)) bits |= JUNCTION_START;
  return MAY_START_DICTATED[c] === 1 && startsDictated(text, start, end, limit)
    ? bits | DICTATED_START
    : bits;
}

/**
 * The facts of the matcher's word text[start..end) (a word as tokenEndAt reads it; `limit` is
 * where the sentence ends), part by part: "x-is" holds the word "is" for \b. `firstJoin` and
 * `lastJoin` are where its first and last join stand (a leading hyphen counts), as
 * WordAutomaton.read leaves them.
 */
export function wordFacts(
  text: string,
  start: number,
  end: number,
  limit: number,
  firstJoin: number,
  lastJoin: number,
): number {
  // The part before the first join (none before a leading hyphen) and the part after the last.
  let facts = firstJoin > start ? partFacts(text, start, firstJoin, limit) : 0;
  facts |= partFacts(text, lastJoin + 1, end, limit);
  // The parts between, in a word of several joins ("58-year-old").
  let from = firstJoin + 1;
  for (let i = from + 1; i < lastJoin; i++) {
    if (isJoin(text.charCodeAt(i))) {
      facts |= partFacts(text, from, i, limit);
      from = i + 1;
    }
  }
  return from < lastJoin ? facts | partFacts(text, from, lastJoin, limit) : facts;
}
