import { hoistBoundary } from '../text/hoist-boundary';
import type { Level, Region } from '../types';

/** A level found in text, with its offsets and what it means for M99's region axis. */
export type LevelHit = {
  level: Level;
  start: number;
  end: number;
  regions: Region[];
  /** C1-C2 (and a lone C1/C2) sits where head and cervical conventions disagree. */
  regionAmbiguous: boolean;
};

// Vertebrae in craniocaudal order: 0 = occiput, 1-7 = C1-C7, 8-19 = T1-T12, 20-24 = L1-L5, 25+ = S1-S5.

/** The vertebra a level letter (its character code, either case) and number name, or -1. */
function vertebra(letter: number, num: number): number {
  switch (letter | 32) {
    case 99: // c
      return num >= 0 && num <= 7 ? num : -1;
    case 116: // t
    case 100: // d
      return num >= 1 && num <= 12 ? 7 + num : -1;
    case 108: // l
      return num >= 1 && num <= 5 ? 19 + num : -1;
    case 115: // s
      return num >= 1 && num <= 5 ? 24 + num : -1;
    default:
      return -1;
  }
}

/** The number of one or two ASCII digits (what `\d{1,2}` matched). */
const digits = (s: string) => (s.length === 1 ? s.charCodeAt(0) - 48 : (s.charCodeAt(0) - 48) * 10 + s.charCodeAt(1) - 48);

function spellName(index: number): string {
  if (index === 0) return 'C0';
  if (index <= 7) return `C${index}`;
  if (index <= 19) return `T${index - 7}`;
  if (index <= 24) return `L${index - 19}`;
  return `S${index - 24}`;
}

// Every vertebra's and segment's name, spelled once: a dense note names thousands of levels.
const NAMES = Array.from({ length: 30 }, (_, i) => spellName(i));
const SEGMENT_NAMES = NAMES.map((name, i) => `${name}-${spellName(i + 1)}`);
const nameOf = (index: number) => NAMES[index] ?? spellName(index);
const segmentName = (index: number) => SEGMENT_NAMES[index] ?? `${spellName(index)}-${spellName(index + 1)}`;

/** M99 region of a vertebra; a segment takes the region of its upper vertebra (ICD-10 site words). */
function regionOf(index: number): Region {
  if (index === 0) return 'head';
  if (index <= 7) return 'cervical';
  if (index <= 19) return 'thoracic';
  if (index <= 24) return 'lumbar';
  return 'sacral';
}

/**
 * A hit's one-region list, shared by every hit of that vertebra (a dense note names thousands of
 * levels). Frozen: a reader that wrote to one would change every hit's.
 */
const oneRegion = (region: Region) => Object.freeze([region]) as unknown as Region[];
const REGIONS_OF = NAMES.map((_, i) => oneRegion(regionOf(i)));
const regionsOf = (index: number) => REGIONS_OF[index] ?? [regionOf(index)];
const HEAD = oneRegion('head');
const CERVICAL = oneRegion('cervical');

// Letter + number, optionally "-", "/", "–", "to", "through" + optional letter + number; "and",
// "on" and "upon" join two adjacent vertebrae ("C5 and C6", listhesis of "L4 on L5").
// Bounded quantifiers and no nested repetition keep this linear on any input.
/** The lettered levels ("C5-6", "L4 on L5", "S1"): LEVEL's groups 2-5. */
// Two vertebrae written together with no mark between ("L5S1", "C7T1", "L4L5") bound a segment too:
// the second letter must then follow at once (the look-ahead), and addNumbered reads them only when adjacent.
// A hyphen may stand between a letter and its number ("C-6/7", "L-4/5", "C-5/C-6": QA stop 49, class
// C5), though not after a D ("vitamin D-3").
const NUMBERED = String.raw`([CTDLS])(?:\s|(?<![Dd])-)?(\d{1,2})(?:(?:\s?(?:-|–|\/|\sto\s|\sthrough\s|\sand\s|\son\s|\supon\s)\s?|(?=[CTDLS]\d))([CTDLS])?(?:\s|(?<![Dd])-)?(\d{1,2}))?\b`;
/**
 * The cranio-cervical junction, spelled as a level ("O-C1", group 1) or named (group 6 C0-C1, group
 * 7 C1-C2). Every match starts a word (to \b) that is "o", "occ", "occiput" or "c0" whole, or one
 * that opens with "atlanto", "occipito" or "cranio", any case: the cue reader notes whether a
 * sentence has such a word (context/sentence-words.ts, mayBeJunction).
 */
const JUNCTION_LEVEL = String.raw`(occiput|occ|O|C0)\s?(?:-|–|\/|\sto\s|\sthrough\s)\s?C?1\b`;
const JUNCTION_NAMES = String.raw`(atlanto-?occipital|occipito-?atlantal|occipito-?cervical|cranio-?vertebral junction|cranio-?cervical junction)|(atlanto-?axial)`;
/** Exported for the equivalence test (find-levels.property.test.ts). */
export const LEVEL = new RegExp(String.raw`\b(?:${JUNCTION_LEVEL}|${NUMBERED}|${JUNCTION_NAMES})`, 'gi');
/**
 * LEVEL without its junction alternatives (groups 1-4 are LEVEL's 2-5): a text where none of those
 * can match anywhere gets the same matches from it, and it sweeps a third faster (no word start
 * tries "occiput|occ|O|C0" first). Exported for the equivalence test.
 */
export const NUMBERED_LEVEL = new RegExp(String.raw`\b(?:${NUMBERED})`, 'gi');
/** The junction alternatives alone: for the test that mayBeJunction is an upper bound. */
export const JUNCTION_ONLY = new RegExp(String.raw`\b(?:${JUNCTION_LEVEL}|${JUNCTION_NAMES})`, 'i');

/**
 * Finds vertebral levels ("C5-6", "C5/C6", "L5-S1", "C5 through C7", "O-C1", "atlanto-occipital")
 * and normalises them to "C5-C6" form; ranges over more than one segment are expanded.
 *
 * @example findLevels('moderate C5-6 narrowing', 0)[0].level.normalized === 'C5-C6'
 */
export function findLevels(text: string, offset = 0, mayBeJunction = true): LevelHit[] {
  const hits = readLevelMatches(text, offset, mayBeJunction);
  return hits.length > 0 ? joinDictated(hits, text, offset) : hits;
}

/**
 * The levels the LEVEL pattern reads, one match at a time (exported for the equivalence test).
 * `mayBeJunction` false, from a reader that has read the text's words already (the cue reader's
 * SentenceWords), says no junction alternative can match in it: NUMBERED_LEVEL then reads the same.
 */
export function readLevelMatches(text: string, offset = 0, mayBeJunction = true): LevelHit[] {
  const hits: LevelHit[] = [];
  if (!mayBeJunction) {
    const sweep = NUMBERED_LEVEL;
    sweep.lastIndex = 0;
    for (let m = sweep.exec(text); m !== null; m = sweep.exec(text)) {
      const start = offset + m.index;
      addNumbered(hits, text, offset, m, 0, m[0], start, start + m[0].length);
    }
    return hits;
  }
  LEVEL.lastIndex = 0;
  // exec on the shared pattern: matchAll would clone the RegExp on every call.
  for (let m = LEVEL.exec(text); m !== null; m = LEVEL.exec(text)) {
    const raw = m[0];
    const start = offset + m.index;
    const end = start + raw.length;
    if (m[1] !== undefined || m[6] !== undefined) hits.push(hit(raw, 'C0-C1', start, end, HEAD, false));
    else if (m[7] !== undefined) hits.push(hit(raw, 'C1-C2', start, end, CERVICAL, true));
    else addNumbered(hits, text, offset, m, 1, raw, start, end);
  }
  return hits;
}

function hit(raw: string, normalized: string, start: number, end: number, regions: Region[], ambiguous: boolean): LevelHit {
  return { level: { raw, normalized }, start, end, regions, regionAmbiguous: ambiguous };
}

const isLower = (code: number) => code >= 97 && code <= 122;
/** A level letter (C, T, D, L or S, either case). */
const isLetterCode = (code: number) => [99, 116, 100, 108, 115].includes(code | 32);

/** A root word after a lone vertebra ("S1 nerve root"), read in the 20 characters after it. */
const ROOT_AFTER = /^\s{0,3}(?:nerve\s+)?roots?\b/i;

/**
 * Whether ROOT_AFTER can match at `at`: past at most three spaces comes an n or r (most lone
 * vertebrae fail here, without a slice). Whitespace beyond ASCII is left to the pattern.
 */
function mayBeRoot(text: string, at: number): boolean {
  const limit = Math.min(text.length, at + 4);
  for (let i = at; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    return (c | 32) === 110 || (c | 32) === 114 || c >= 128;
  }
  // Only spaces up to the end, or four of them: no word follows within reach.
  return false;
}

/**
 * An MRI weighting, not a vertebra: "T2 signal", "T1-weighted", "T2 hyperintensity", "T2*", "T2
 * cord signal change" (a tissue word between),
 * "T1- and T2-weighted", "sagittal T2", "hyperintense on T2", "T1 and T2 images". Read only
 * after a T1 or T2 (a lone one, or the two joined by "and").
 */
const SEQUENCE_AFTER =
  /^\s{0,2}(?:[-–]\s?)?(?:(?:(?:spinal\s+)?cord|intramedullary|(?:bone\s+)?marrow)\s+(?=signal|hyper-?intens|hypo-?intens|intensit|bright))?(?:\*|weighted|W?I\b|signal|hyper-?intens|hypo-?intens|iso-?intens|intensit|bright|images?\b|imaging|sequences?\b|STIR\b|FLAIR\b|post-?contrast|pre-?contrast|fat[-\s]?sat|and\s+T[12]\s?[-–]?\s?(?:weighted|W?I\b|signal|images?\b|imaging|sequences?\b))/i;
const SEQUENCE_BEFORE = /(?:\b(?:on|axial|sagittal|coronal)\s+|[/]\s?)$/i;

export function namesSequence(text: string, from: number, to: number, pair: boolean): boolean {
  if (pair && !/\sand\s/i.test(text.slice(from, to))) return false;
  return SEQUENCE_AFTER.test(text.slice(to, to + 40)) || (!pair && SEQUENCE_BEFORE.test(text.slice(Math.max(0, from - 12), from)));
}

/**
 * Adds the hits of a lettered level match ("C5-6", "L4 on L5", "S1"); none when it is no level.
 * NUMBERED's groups are m[g + 1] to m[g + 4] (g: how many groups come before them).
 */
function addNumbered(hits: LevelHit[], text: string, offset: number, m: RegExpExecArray, g: number, raw: string, start: number, end: number): void {
  const letter = raw.charCodeAt(0);
  // Lower-case single letters are ordinary words ("s 1", "l 2"), not levels; c, t and l right
  // before a digit are ("c5-6", "t7-t8", "l4-l5": typed without the shift key). A lone one is not
  // (below).
  if (isLower(letter) && !((letter === 99 || letter === 108 || letter === 116) && raw.charCodeAt(1) >= 48 && raw.charCodeAt(1) <= 57)) return;
  const first = vertebra(letter, digits(m[g + 2] ?? ''));
  if (first < 0) return;
  const secondDigits = m[g + 4];
  // T1 and T2 (vertebrae 8 and 9) are also the MRI weightings: "T2 signal" is no level.
  if (letter === 84 && first <= 9 && namesSequence(text, start - offset, end - offset, secondDigits !== undefined)) return;
  if (secondDigits === undefined) {
    if (isLower(letter)) {
      lowerPair(hits, text, offset, first, raw, start, end);
      return;
    }
    // A nerve root is compressed at the segment above its vertebra ("S1 nerve root" → L5-S1, lumbar).
    const after = end - offset;
    const isRoot = mayBeRoot(text, after) && ROOT_AFTER.test(text.slice(after, after + 20));
    hits.push(hit(raw, nameOf(first), start, end, regionsOf(isRoot && first > 1 ? first - 1 : first), first === 1 || first === 2));
    return;
  }
  const secondLetter = m[g + 3];
  const second = vertebra(secondLetter === undefined ? letter : secondLetter.charCodeAt(0), digits(secondDigits));
  // "L5S1": two vertebrae with no mark between name their segment only when adjacent ("C5T2",
  // "S1L5" are none: no word ends after the first, so it is no single vertebra either).
  if (second - first !== 1 && isLetterCode(raw.charCodeAt(raw.search(/\d\D/) + 1))) return;
  // "C5-C4" or "C5 and C9" are not levels; keep the single vertebra read instead.
  if (second < 0 || second <= first || second - first > 12) {
    const single = /^[CTDLS][\s-]?\d{1,2}/i.exec(raw)?.[0] ?? raw;
    hits.push(hit(single, nameOf(first), start, start + single.length, regionsOf(first), first === 1 || first === 2));
    return;
  }
  // "C5 on 6" is the shortest list a match can be (seven characters).
  const isList = raw.length >= 7 && /\s(?:and|on|upon)\s/i.test(raw);
  // "C5 and C6" names two vertebrae, and "L4 on L5" a slip of one on the next: read as the
  // segment they bound only when adjacent.
  if (isList && second - first !== 1) return;
  for (let i = first; i < second; i++) hits.push(hit(raw, segmentName(i), start, end, regionsOf(i), i === 1));
}

/**
 * The vertebra after a lone lower-case one, a space between ("c5 c6", "c5 6", "l4 l5", "l5 s1":
 * typed or dictated with neither shift key nor dash; QA stop 48, class C): group 1 its letter, 2
 * its number. Not a measure, a grade or a time after it ("c5 6 mm", "l4 5/5 strength", "c5 6
 * weeks"), and no root word ("l5 s1 radiculopathy" names two roots, as ROOTISH_AFTER says). Sticky.
 */
const LOWER_NEXT =
  /[ \t]{1,2}([ctls])?(\d{1,2})\b(?![\d/.%°-]|\s?(?:mm|cm|millimet|centimet|degrees?|deg|weeks?|wks?|days?|months?|mos?|years?|yrs?|y\/?o|hours?|hrs?|min|minutes?|times|mg|ml|kg|lbs?|out\b|of\b)\b)/y;

/**
 * A lone lower-case vertebra ("c5") is no level by itself, but with the next vertebra a space after
 * it it names their segment (LOWER_NEXT): the two adjacent, the second's letter the first's or the
 * next region's ("c7 t1", "l5 s1").
 */
function lowerPair(hits: LevelHit[], text: string, offset: number, first: number, raw: string, start: number, end: number): void {
  const at = end - offset;
  const c = text.charCodeAt(at);
  if (c !== 32 && c !== 9) return;
  LOWER_NEXT.lastIndex = at;
  const m = LOWER_NEXT.exec(text);
  if (m === null) return;
  const letter = m[1] === undefined ? raw.charCodeAt(0) : m[1].charCodeAt(0);
  const second = vertebra(letter, digits(m[2] ?? ''));
  if (first < 1 || second !== first + 1) return;
  const pairEnd = at + m[0].length;
  if (ROOTISH_AFTER.test(text.slice(pairEnd, pairEnd + 16))) return;
  hits.push(hit(text.slice(start - offset, pairEnd), segmentName(first), start, offset + pairEnd, regionsOf(first), first === 1));
}

/**
 * A list that names the region letter once ("C5-6 and 6-7", "C4-5, 5-6, 6-7", "L2-3 and 3-4"): a
 * bare pair of adjacent numbers right after a segment, joined by a comma, "and", "&" or "/", is a
 * segment of the same letter. Not a measure, a time or a score ("3-4 mm", "5-6 weeks", "2-3/10").
 */
// Sticky, read in place at the end of a segment: most segments are followed by no list, and a
// slice per segment cost dense MRI text about a tenth of its time. Its match and look-ahead stay
// within 30 characters, where a 40-character slice used to bound them.
const ELIDED_NEXT = /\s{0,2}(?:,|&|\/|;)?\s{0,2}(?:and\s{1,2})?(\d{1,2})\s?[-–]\s?(\d{1,2})(?![\d/.%-]|\s?(?:mm|cm|millimet|centimet|week|wk|day|month|mo\b|year|yr|hour|hr|minute|min\b|time|x\b|°|deg|out\b|of\b|\/))/iy;
/**
 * Whether ELIDED_NEXT can match at `at`: what it reads before its pair's first digit is spaces,
 * one of , & / ; and "and", so the first other character must be that digit, the a of "and", or
 * whitespace beyond ASCII (left to the pattern), and within the first eleven (ten can come before
 * the digit: two spaces, a comma, two spaces, "and", two spaces). Most segments are followed by a
 * word ("L5-S1 due to", "at L4-5 with"), and this spares them the sticky exec.
 */
function mayJoinPair(text: string, at: number): boolean {
  const limit = Math.min(text.length, at + 11);
  for (let i = at; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 44 || c === 38 || c === 47 || c === 59) continue;
    return (c >= 48 && c <= 57) || (c | 32) === 97 || c >= 128;
  }
  return false;
}

/**
 * Two adjacent vertebrae dictated with a space for the dash ("L5 S1", "L4 L5", "C7 T1"): the
 * segment they bound, unless a third follows (a list of vertebrae) or a root word does ("L5 S1
 * radiculopathy" names two roots).
 */
const ROOTISH_AFTER = /^\s{0,3}(?:nerve|roots?\b|radicul|dermatom|distribution|myotom|[CTDLS]\s?\d)/i;

/** "through", "thru" or "to" alone between two segments ("C4-5 through C6-7"), read only after a t. */
const SPANNED = /^\s{1,2}(?:through|thru|to)\s{1,2}$/i;
function isSpanned(text: string, h: LevelHit, next: LevelHit, offset: number): boolean {
  const gap = next.start - h.end;
  if (gap < 4 || gap > 11 || !h.level.normalized.includes('-') || !next.level.normalized.includes('-')) return false;
  return SPANNED.test(text.slice(h.end - offset, next.start - offset));
}

/** The upper vertebra of a segment hit ("C4-C5" → 4), or -1. */
const segmentIndex = (h: LevelHit) => SEGMENT_NAMES.indexOf(h.level.normalized);

/** The hits with dictated shorthand read as segments (see ELIDED_NEXT and ROOTISH_AFTER). */
function joinDictated(hits: LevelHit[], text: string, offset: number): LevelHit[] {
  let out: LevelHit[] | undefined;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k] as LevelHit;
    const next = hits[k + 1];
    const letter = h.level.normalized.charCodeAt(0);
    // "L5 S1": a lone vertebra, a space, the next vertebra alone.
    if (next && !h.level.normalized.includes('-') && !next.level.normalized.includes('-') && /^\s{1,2}$/.test(text.slice(h.end - offset, next.start - offset))) {
      const a = NAMES.indexOf(h.level.normalized);
      const b = NAMES.indexOf(next.level.normalized);
      const before = text.slice(Math.max(0, h.start - offset - 4), h.start - offset);
      if (a > 0 && b === a + 1 && !ROOTISH_AFTER.test(text.slice(next.end - offset, next.end - offset + 16)) && !/[CTDLS]\s?\d{1,2}\s*$/i.test(before)) {
        out ??= hits.slice(0, k);
        out.push(hit(text.slice(h.start - offset, next.end - offset), segmentName(a), h.start, next.end, regionsOf(a), a === 1));
        k++;
        continue;
      }
    }
    out?.push(h);
    // "C4-5 through C6-7": the segments between the two are in the range too.
    if (next !== undefined && next.start > h.end && isSpanned(text, h, next, offset)) {
      const a = segmentIndex(h);
      const b = segmentIndex(next);
      if (a >= 0 && b - a >= 2 && b - a <= 12) {
        out ??= hits.slice(0, k + 1);
        const raw = text.slice(h.start - offset, next.end - offset);
        for (let i = a + 1; i < b; i++) out.push(hit(raw, segmentName(i), h.start, next.end, regionsOf(i), i === 1));
      }
    }
    // "C5-6 and 6-7": the letter carries on to the bare pairs that follow.
    // (A range read as several segments tries once, from its last.)
    if (!h.level.normalized.includes('-') || (next !== undefined && next.end === h.end)) continue;
    let from = h.end;
    let last: number | undefined;
    for (let guard = 0; guard < 8; guard++) {
      if (next && next.start < from + 24 && next.start >= from) break;
      if (!mayJoinPair(text, from - offset)) break;
      ELIDED_NEXT.lastIndex = from - offset;
      const m = ELIDED_NEXT.exec(text);
      if (!m) break;
      last ??= NAMES.indexOf(h.level.normalized.slice(0, h.level.normalized.indexOf('-')));
      const first = vertebra(letter, digits(m[1] ?? ''));
      const second = vertebra(letter, digits(m[2] ?? ''));
      if (first < 0 || second !== first + 1 || first <= last) break;
      const end = from + m[0].length;
      const startAt = end - (m[0].length - m[0].search(/\d/));
      out ??= hits.slice(0, k + 1);
      out.push(hit(text.slice(startAt - offset, end - offset), segmentName(first), startAt, end, regionsOf(first), first === 1));
      last = first;
      from = end;
    }
  }
  return out ?? hits;
}

/** Region words per region (exported for the equivalence test). */
export const REGION_WORDS: [RegExp, Region][] = [
  [/\b(?:occipito-?cervical|cranio-?vertebral|cranio-?cervical|suboccipital)\b/gi, 'head'],
  [/\b(?:cervico-?thoracic|cervical|c-spine|neck)\b/gi, 'cervical'],
  [/\b(?:thoraco-?lumbar|thoracic|dorsal|t-spine)\b/gi, 'thoracic'],
  // LSS: lumbar spinal stenosis (mentions/lexicon.ts reads it as a canal stenosis).
  [/\b(?:lumbo-?sacral|lumbar|l-spine|low back|LSS)\b/gi, 'lumbar'],
  [/\b(?:sacro-?coccygeal|sacral|sacrum)\b/gi, 'sacral'],
];

/** A region word and where it stands, so that one sweep of a sentence serves all its windows. */
export type RegionHit = { region: Region; start: number; end: number };

/**
 * Every region word in `text` with absolute offsets (`offset` is where `text` starts), in text
 * order: each region's words as its own pattern finds them, read in one sweep of all five.
 */
export function findRegionHits(text: string, offset = 0): RegionHit[] {
  const hits: RegionHit[] = [];
  // Where each region's last word ends: its own pattern would read on from there, so a word of
  // the same region starting inside it is not one. No two regions' words start alike, so the
  // sweep stepping one character past each match start misses no region's word.
  let ends: number[] | undefined;
  REGION_SWEEP.lastIndex = 0;
  for (let m = REGION_SWEEP.exec(text); m !== null; m = REGION_SWEEP.exec(text)) {
    const k = firstGroup(m);
    const entry = REGION_WORDS[k];
    ends ??= [0, 0, 0, 0, 0];
    if (entry && m.index >= (ends[k] ?? 0)) {
      const start = offset + m.index;
      hits.push({ region: entry[1], start, end: start + m[0].length });
      ends[k] = m.index + m[0].length;
    }
    REGION_SWEEP.lastIndex = m.index + 1;
  }
  return hits;
}

/** Index of the first defined capture group. */
function firstGroup(m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return i - 1;
  return -1;
}

const REGION_ORDER: Region[] = ['head', 'cervical', 'thoracic', 'lumbar', 'sacral'];

/** The distinct regions of some hits, in axis order (head → sacral). */
export function regionsOfHits(hits: RegionHit[]): Region[] {
  return REGION_ORDER.filter((r) => hits.some((h) => h.region === r));
}

/**
 * Regions named by words ("lumbar stenosis", "cervicothoracic") in a stretch of text, in axis order.
 *
 * @example findRegionWords('lumbar spinal stenosis') // ['lumbar']
 */
export function findRegionWords(text: string): Region[] {
  // One sweep for all five regions (a whole note can be long, and a region it never names would
  // otherwise cost a sweep of its own). No two regions' words start alike, so at most one
  // alternative matches at a position; stepping one character past each match start still finds
  // a word inside another ("cervical" in "occipito-cervical").
  const seen = new Set<Region>();
  REGION_SWEEP.lastIndex = 0;
  for (let m = REGION_SWEEP.exec(text); m !== null && seen.size < REGION_WORDS.length; m = REGION_SWEEP.exec(text)) {
    for (let k = 1; k < m.length; k++) {
      const region = REGION_WORDS[k - 1]?.[1];
      if (m[k] !== undefined && region) seen.add(region);
    }
    REGION_SWEEP.lastIndex = m.index + 1;
  }
  return REGION_WORDS.map(([, region]) => region).filter((region) => seen.has(region));
}

/** REGION_WORDS as one alternation, group k + 1 = entry k (its word boundary asserted once, text/hoist-boundary.ts). */
const REGION_SWEEP = new RegExp(hoistBoundary(REGION_WORDS.map(([pattern]) => `(${pattern.source})`).join('|')), 'gi');
