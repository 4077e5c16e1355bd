import { findLevels, type LevelHit } from './find-levels';

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, for: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const NUM = String.raw`(?:1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
/**
 * The numbers as words only, without "for": after a written vertebra ("L4 five") a second number
 * spoken as a word is the segment's lower vertebra, but "for" there is the preposition ("L4 for
 * five days", "C5 for comparison"), so it never stands for four in that form.
 */
const SPOKEN_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const SPOKEN = `(?:${SPOKEN_WORDS.join('|')})`;
// Not a measure, a time, an age or a score after the pair ("L 45 degrees", "see 5-6 weeks").
const NOT_UNIT = String.raw`(?![\d/.%°-]|\s?(?:mm|cm|millimet|centimet|degrees?|deg|weeks?|wks?|days?|months?|mos?|years?|yrs?|y\/?o|hours?|hrs?|min|minutes?|times|mg|ml|kg|lbs?|out\b|of\b)\b)`;
/**
 * Levels as speech recognition writes them: the letter as a word ("see 5-6", "see five six" for
 * C5-6; "el 4 5" for L4-5, "tee 4-5" for T4-5), a digit pair with no dash ("L 45", "C 5 6", "L4
 * 5"), numbers as words ("L four five") and "for" for four ("L for 5"), and the region named in a
 * word right before the pair ("cervical 5 to 6", "lumbar four-five", "at the lumbar 4/5 level").
 * Group 1 is the letter; 2 and 3 the pair's numbers, or 4 and 5; 6 a letter's word with 7 and 8;
 * 9 a region word with 10 and 11; 12 "see" or "tee" with a bare digit pair, 13 and 14 ("see 56",
 * "see 67": C5-6, C6-7; not in brackets, "(see 56)", a reference); 15 a letter's word with one
 * number, 16, where a root word follows ("right see 6 radiculopathy", "el 5 root": the C6 and L5
 * roots; QA stop 51, n07). "see" alone, or with a number that names no root or segment, stays a verb. A letter's word takes no bare digit pair ("el 45" may be Spanish
 * "el 45"), and neither it nor a region word takes "de" after the pair ("el 4-5 de junio",
 * Spanish "columna lumbar 4-5 de"); 17 a written vertebra's letter with 18 its number and 19 the
 * next number as a word ("L4 five", "C5-six", "T11 twelve": L4-5, C5-6, T11-12; the plain reader
 * took "L4" alone; QA stop 53), which the digit pair leaves to it ("T11" is no "T1 1" there). Sticky: read at each start MAY_BE_DICTATED finds (see
 * withDictatedLevels). Exported for the equivalence test.
 */
export const DICTATED = new RegExp(
  String.raw`\b(?:([CTL])(?:\s?([1-9])\s?([1-9])(?!(?<=[CTL]1[0-2])(?:\s?[-–/]\s?|\s+)${SPOKEN}\b)|\s+(${NUM}|for)(?:\s?[-–/]\s?|\s+)(${NUM}))|(see|el|tee)\s+(${NUM}|for)(?:\s?[-–/]\s?|\s+)(${NUM})(?!\s+de\b)|(cervical|thoracic|lumbar)\s+(${NUM})(?:\s?[-–/]\s?|\s+to\s+|\s+)(${NUM})(?!\s+de\b)|(?<!\(\s{0,2})(see|tee)\s+([1-9])([1-9])|(see|tee|el)\s+(1[0-2]|[1-9])(?=\s+(?:nerve\s+)?(?:radiculopath|radicul|radiculitis|root|dermatom|distribution|myotom))|([CTL])(1[0-2]|[1-9])(?:\s?[-–/]\s?|\s+)(${SPOKEN}))\b${NOT_UNIT}`,
  'iy',
);
/** The letter a dictated word stands for. */
const LETTER_WORDS: Record<string, 'C' | 'T' | 'L'> = { see: 'C', el: 'L', tee: 'T' };
/**
 * A region word's letter and the highest upper vertebra of a segment within the region (C6-C7,
 * T11-T12, L4-L5): a junction (C7-T1, L5-S1) is never written as one region word and two numbers.
 */
const REGION_WORDS: Record<string, { letter: 'C' | 'T' | 'L'; lastUpper: number }> = {
  cervical: { letter: 'C', lastUpper: 6 },
  thoracic: { letter: 'T', lastUpper: 11 },
  lumbar: { letter: 'L', lastUpper: 4 },
};

/** `word` in either case, for a RegExp that is otherwise case-sensitive. */
const anyCase = (word: string) => word.replace(/[a-z]/g, (ch) => `[${ch}${ch.toUpperCase()}]`);
/** A number DICTATED takes after a letter's word or a region word (or "for"), in any case, as a whole word. */
const NUMBER_WORD_START = `(?:[1-9]|(?:${['one', 'two', 'three', 'four', 'for', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map(anyCase).join('|')})\\b)`;

/**
 * What every dictated form that counts starts with (see withDictatedLevels): an upper-case letter
 * then a digit pair (a space allowed before and inside it), or spaces then a digit or a number
 * word's first letter; or a letter's word ("see", "el", "tee") or a region word ("cervical",
 * "thoracic", "lumbar"), any case, then spaces and a digit or a whole number word (not "lumbar
 * spine", the most common words after a region word). Case-sensitive and without DICTATED's
 * alternatives, so it sweeps a sentence faster; DICTATED is read only where it starts.
 */
export const MAY_BE_DICTATED = new RegExp(
  String.raw`\b(?:[CTL](?:\s?[1-9]\s?[1-9]|\s+[1-9oOtTfFsSeEnN]|(?:1[0-2]|[1-9])(?:\s?[-–/]\s?|\s+)(?:${SPOKEN_WORDS.map(anyCase).join('|')})\b)|(?:${['see', 'el', 'tee', 'cervical', 'thoracic', 'lumbar'].map(anyCase).join('|')})\s+${NUMBER_WORD_START})`,
);
/** MAY_BE_DICTATED swept for every start (see withDictatedLevels). */
const DICTATED_START = new RegExp(MAY_BE_DICTATED.source, 'g');

/**
 * The sentence's level hits with dictated levels read in (see DICTATED), replacing any plain hit
 * they overlap ("C 5 6" was read as C5 alone). A pair counts only as two adjacent vertebrae of a
 * real level ("L 45" is L4-5; "L 47" is nothing), never from plain numbers without a letter, and
 * a letter's word stands for it only in a note that speaks of its region ("see" for C in a note
 * about the neck, "el" for L in one about the low back: `regionNote`, asked on first need).
 * Returns `hits` itself when the sentence has none (most sentences). `mayBeDictated` false, from a
 * reader that has read the sentence's words already (context/find-cues.ts's SentenceWords), says
 * MAY_BE_DICTATED does not match, and spares its sweep.
 *
 * @example withDictatedLevels([], 'At L for 5 a bulge', 0, () => false).map((h) => h.level.normalized) // ['L4-L5']
 */
export function withDictatedLevels(hits: LevelHit[], text: string, offset: number, regionNote: (letter: 'C' | 'T' | 'L') => boolean, mayBeDictated = true): LevelHit[] {
  if (!mayBeDictated) return hits;
  let found: LevelHit[] | undefined;
  // DICTATED is read only where MAY_BE_DICTATED can start, not swept over the whole sentence
  // (run-on dictation named T11-12 mid-sentence, and DICTATED swept it all): every match that
  // counts starts there, and one that does not (a lower-case letter, "c 5 6") holds no such start
  // inside it (its words are numbers), so passing over it changes no later match. `from` is where
  // a sweep of DICTATED would read on from, past its last match.
  let from = 0;
  DICTATED_START.lastIndex = 0;
  for (let s = DICTATED_START.exec(text); s !== null; s = DICTATED_START.exec(text)) {
    const at = s.index;
    // A start may hold another one inside it ("C el 4 5": "C e", then "el 4 5").
    DICTATED_START.lastIndex = at + 1;
    if (at < from) continue;
    DICTATED.lastIndex = at;
    const m = DICTATED.exec(text);
    if (m === null) continue;
    from = at + m[0].length;
    const hit = dictatedHit(m, offset, regionNote);
    if (hit) (found ??= []).push(hit);
  }
  if (!found) return hits;
  const added = found;
  const kept = hits.filter((h) => !added.some((d) => h.start < d.end && h.end > d.start));
  return [...kept, ...added].sort((x, y) => x.start - y.start);
}

/**
 * The level one DICTATED match stands for, or undefined when it counts as none (see
 * withDictatedLevels); `offset` is where the matched text starts in the note.
 */
export function dictatedHit(m: RegExpExecArray, offset: number, regionNote: (letter: 'C' | 'T' | 'L') => boolean): LevelHit | undefined {
  if (m[9] !== undefined) return regionWordHit(m, offset);
  if (m[12] !== undefined || m[15] !== undefined) return spokenLetterHit(m, offset, regionNote);
  if (m[17] !== undefined) return vertebraWordHit(m, offset);
  const homophone = m[6] !== undefined;
  const word = (m[1] ?? m[6]) as string;
  // A letter must be written as one (upper case); its word may be any case.
  if (!homophone && word !== word.toUpperCase()) return undefined;
  const a = m[2] !== undefined ? Number(m[2]) : numberOf((m[4] ?? m[7]) as string);
  const b = m[3] !== undefined ? Number(m[3]) : numberOf((m[5] ?? m[8]) as string);
  if (b !== a + 1) return undefined;
  // "C 5-6" with digits and a dash is the plain reader's; "T 12" is T12.
  if (!homophone && m[2] === undefined && /\d\s?[-–/]\s?\d/.test(m[0])) return undefined;
  if (!homophone && m[2] !== undefined && (word === 'T' || word === 't') && a === 1) return undefined;
  const letter = homophone ? (LETTER_WORDS[word.toLowerCase()] ?? 'C') : word;
  // A letter's word counts only in a note that speaks of its region.
  if (homophone && !regionNote(letter as 'C' | 'T' | 'L')) return undefined;
  const read = findLevels(`${letter}${a}-${b}`)[0];
  if (!read || !read.level.normalized.includes('-')) return undefined;
  const start = offset + m.index;
  return { ...read, level: { raw: m[0], normalized: read.level.normalized }, start, end: start + m[0].length };
}

/**
 * The level of a letter's word with a bare digit pair ("see 56") or with one number before a root
 * word ("see 6 radiculopathy"): only in a note that speaks of the letter's region, and only a real
 * segment (two adjacent vertebrae) or vertebra.
 */
function spokenLetterHit(m: RegExpExecArray, offset: number, regionNote: (letter: 'C' | 'T' | 'L') => boolean): LevelHit | undefined {
  const pair = m[12] !== undefined;
  const letter = LETTER_WORDS[((pair ? m[12] : m[15]) as string).toLowerCase()] ?? 'C';
  const a = Number(pair ? m[13] : m[16]);
  const b = pair ? Number(m[14]) : undefined;
  if (b !== undefined && b !== a + 1) return undefined;
  if (!regionNote(letter)) return undefined;
  const read = findLevels(b === undefined ? `${letter}${a}` : `${letter}${a}-${b}`)[0];
  if (!read || (b !== undefined) !== read.level.normalized.includes('-')) return undefined;
  const start = offset + m.index;
  return { ...read, level: { raw: m[0], normalized: read.level.normalized }, start, end: start + m[0].length };
}

/**
 * The level of a written vertebra and the next number as a word ("L4 five"): the letter written as
 * one (upper case), and only two adjacent vertebrae of a real segment ("L4 seven" is nothing).
 */
function vertebraWordHit(m: RegExpExecArray, offset: number): LevelHit | undefined {
  const letter = m[17] as string;
  if (letter !== letter.toUpperCase()) return undefined;
  const a = Number(m[18]);
  const b = numberOf(m[19] as string);
  if (b !== a + 1) return undefined;
  const read = findLevels(`${letter}${a}-${b}`)[0];
  if (!read || !read.level.normalized.includes('-')) return undefined;
  const start = offset + m.index;
  return { ...read, level: { raw: m[0], normalized: read.level.normalized }, start, end: start + m[0].length };
}

/**
 * The level of a DICTATED match of a region word and a pair ("lumbar 4-5"): only two adjacent
 * vertebrae within the region ("lumbar 5-6", "cervical 7-8" are none).
 */
function regionWordHit(m: RegExpExecArray, offset: number): LevelHit | undefined {
  const region = REGION_WORDS[(m[9] as string).toLowerCase()];
  const a = numberOf(m[10] as string);
  const b = numberOf(m[11] as string);
  if (!region || b !== a + 1 || a > region.lastUpper) return undefined;
  const read = findLevels(`${region.letter}${a}-${b}`)[0];
  if (!read || !read.level.normalized.includes('-')) return undefined;
  const start = offset + m.index;
  return { ...read, level: { raw: m[0], normalized: read.level.normalized }, start, end: start + m[0].length };
}

function numberOf(raw: string): number {
  return WORDS[raw.toLowerCase()] ?? Number(raw);
}
