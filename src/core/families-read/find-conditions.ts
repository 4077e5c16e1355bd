import { assessContext, type ContextResult } from '../context/assess-context';
import { ownPartOf } from '../context/check-boxes';
import { CORRECTED_REACH, correctionMarks, marksAfter, retractingMark, type CorrectionMark } from '../mentions/corrected-later';
import { currentAfterOperation, readsCues, withoutOperatedLevels, type ProcedureSplit } from '../levels/procedure-levels';
import type { Cue } from '../context/find-cues';
import type { Place as SchemePlace } from './place';
import { sentenceCues } from './sentence-cues';
import { findSections, sectionStatusAt, type Section } from '../context/find-sections';
import { findLevels, findRegionWords, type LevelHit, type RegionHit } from '../levels/find-levels';
import { regionNoteOf, statedLevels } from '../levels/finding-levels';
import { ADDENDUM_HEADING, takenBack } from '../levels/correction-anchors';
import { correctionOf, levelCorrections, type LevelCorrection } from '../levels/level-corrections';
import { withoutRoots, type RootSplit } from '../levels/root-levels';
import { rootSegment, vertebraOrdinal } from '../levels/root-reach';
import { regionOfLevel } from '../families/schemes';
import { sentenceBounds } from '../text/sentence-bounds';
import { closingParen, topAlternatives } from '../text/regex-source';
import type { FieldText, Region, Span, Status, StatusReason } from '../types';
import { CONDITION_WORDS, REGION_WORDS, type ConditionKind } from './condition-lexicon';
import { listsAt, wordStarts } from './word-starts';
import { factorLetters } from '../text/factor-letters';
import { firstStartingAt } from '../text/sorted-search';
import { spanOf } from '../text/span-of';
import { clauseStart, otherPart, spineParts } from './spine-parts';
import { isReferralLabel, mayReferTo } from './referral-label';

export type { ConditionKind } from './condition-lexicon';

/**
 * One condition statement in a note: what, where (levels or region words), and its status. The
 * status and the place are read when first asked, through statusOf, triggerOf, levelsOf,
 * alsoLevelsOf, regionWordsOf and placedFromNote (undefined in their fields until then), not when
 * the statement is found. Why: the family checks ask for the status of only the kinds an entered
 * code names, and for the place of fewer still; on the MTSamples notes a quarter of the sentences
 * with a condition word never had their status read (its cues and ConText pass), and 40% of the
 * statements never had their place read. Each answer is read once and kept; it is the same whenever
 * it is read, as what it reads (the note's text and hits, the sentence's bounds) is fixed when the
 * statement is found and the note-wide readings it shares answer alike in any order (see
 * stenosisWordsInside).
 *
 * One object literal (conditionOf) makes every statement, read or made whole (a stenosis mention
 * as M48.0's statement), with every field: a class with getters and fields, which this replaced,
 * gave its objects a shape that died with each analysis, and a batch worker threw away the family
 * checks' optimised code after its full collections (docs/architecture.md, "Stable object shapes").
 */
export type Condition = {
  readonly kind: ConditionKind;
  readonly span: Span;
  /** The sentence the statement sits in (to tell linked statements from separate ones). */
  readonly sentence: { start: number; end: number };
  /** Its status (statusOf): undefined until read. */
  status: Status | undefined;
  trigger: Span | null | undefined;
  /** Why it has its status, when the status alone would mislead (StatusReason: a correction's negation); read with the status. */
  statusReason: StatusReason | undefined;
  /** Normalised levels the statement names ("L4-L5"); for a nerve root, the segment above it (levelsOf). */
  levels: string[] | undefined;
  /**
   * For a radiculopathy named by its root alone below the neck, the other segment the root is read
   * at: it crosses the segment above its vertebra and leaves through the one below, so "L5
   * radiculopathy" is L4-L5 (`levels`) and also L5-S1, "L1 radiculopathy" T12-L1 and also L1-L2.
   * A code for either region agrees with the note. Empty otherwise (a cervical root leaves above
   * its vertebra: one segment).
   */
  alsoLevels: string[] | undefined;
  /** Dorsopathy-scheme region words in the statement ("lumbosacral"), used when no level is named. */
  regionWords: string[] | undefined;
  /** True when the place came from elsewhere in the note (its heading or other statements). */
  placeFromNote: boolean | undefined;
  /** Where it is in the dorsopathy and the M50 schemes, and its broad areas: kept by place.ts (placeIn) and check-family-code.ts (conditionAreas). */
  dorsopathyPlace: SchemePlace | undefined;
  cervicalDiscPlace: SchemePlace | undefined;
  areas: string[] | undefined;
  /** What the first read of the status or place reads: undefined for a statement made whole. */
  readonly note: NoteReading | undefined;
  readonly hit: Hit | undefined;
  readonly reading: SentenceReading | undefined;
};

/** The one literal every Condition is made by (see Condition). */
function conditionOf(
  kind: ConditionKind,
  span: Span,
  sentence: { start: number; end: number },
  status: Status | undefined,
  trigger: Span | null | undefined,
  statusReason: StatusReason | undefined,
  levels: string[] | undefined,
  alsoLevels: string[] | undefined,
  regionWords: string[] | undefined,
  placeFromNote: boolean | undefined,
  note: NoteReading | undefined,
  hit: Hit | undefined,
  reading: SentenceReading | undefined,
): Condition {
  return { kind, span, sentence, status, trigger, statusReason, levels, alsoLevels, regionWords, placeFromNote, dorsopathyPlace: undefined, cervicalDiscPlace: undefined, areas: undefined, note, hit, reading };
}

/** A statement whose status and place are known when it is made (a stenosis mention read as a condition). */
export function knownCondition(
  kind: ConditionKind,
  span: Span,
  sentence: { start: number; end: number },
  status: Status,
  trigger: Span | null,
  levels: string[],
  alsoLevels: string[],
  regionWords: string[],
  placeFromNote: boolean,
  statusReason?: StatusReason,
): Condition {
  return conditionOf(kind, span, sentence, status, trigger, statusReason, levels, alsoLevels, regionWords, placeFromNote, undefined, undefined, undefined);
}

/** The statement's status, read on first need. */
export function statusOf(c: Condition): Status {
  if (c.status === undefined) readContext(c);
  return c.status as Status;
}

/** The cue that set the statement's status (null when affirmed by no cue), read on first need. */
export function triggerOf(c: Condition): Span | null {
  if (c.status === undefined) readContext(c);
  return c.trigger as Span | null;
}

/** Why the statement has its status (StatusReason), read with the status. */
export function statusReasonOf(c: Condition): StatusReason | undefined {
  if (c.status === undefined) readContext(c);
  return c.statusReason;
}

/** Condition.levels, read on first need. */
export function levelsOf(c: Condition): string[] {
  if (c.levels === undefined) readPlace(c);
  return c.levels as string[];
}

/** Condition.alsoLevels, read on first need. */
export function alsoLevelsOf(c: Condition): string[] {
  if (c.levels === undefined) readPlace(c);
  return c.alsoLevels as string[];
}

/** Condition.regionWords, read on first need. */
export function regionWordsOf(c: Condition): string[] {
  if (c.levels === undefined) readPlace(c);
  return c.regionWords as string[];
}

/** Condition.placeFromNote, read on first need. */
export function placedFromNote(c: Condition): boolean {
  if (c.levels === undefined) readPlace(c);
  return c.placeFromNote as boolean;
}

/** The status asks for the statement's own levels only if a "status post" or a resolution needs them. */
const ownLevels = (c: Condition) => () => levelsOf(c);

function readContext(c: Condition): void {
  const context = contextOf(c.note as NoteReading, c.hit as Hit, c.reading as SentenceReading, c.sentence, ownLevels(c));
  c.status = context.status;
  c.trigger = context.trigger;
  // A negation the note's later word made (a correction, a move off the level, an addendum's
  // denial, a retraction's own words) carries its reason, so findings never call it "negated".
  const note = c.note as NoteReading;
  c.statusReason = context.status === 'negated' && (context.reason === 'correction' || takenBack(note.field.text, c.span.end, c.sentence.end, context.trigger)) ? 'correction' : undefined;
}

function readPlace(c: Condition): void {
  placeOf(c.note as NoteReading, c.hit as Hit, c.reading as SentenceReading, c);
}

/**
 * The segment a thoracic, lumbar or sacral root leaves through: the one below its vertebra (L5 →
 * L5-S1, T1 → T1-T2, S1 → S1-S2). Anatomy: C8 leaves between C7 and T1, so every root after it
 * leaves below the vertebra of its number (clinical brief §5.3, Britannica "intervertebral
 * foramen"). Undefined for a cervical root (C1-C7 leave above their vertebra,
 * C8 at C7-T1) and for what is not a root.
 */
function rootExitSegment(root: string): string | undefined {
  const m = /^([TLS])(\d{1,2})$/.exec(root);
  if (!m) return undefined;
  const letter = m[1] ?? '';
  const n = Number(m[2]);
  if (letter === 'T' && n >= 1 && n <= 11) return `T${n}-T${n + 1}`;
  if (letter === 'T' && n === 12) return 'T12-L1';
  if (letter === 'L' && n >= 1 && n <= 4) return `L${n}-L${n + 1}`;
  if (letter === 'L' && n === 5) return 'L5-S1';
  if (letter === 'S' && n >= 1 && n <= 4) return `S${n}-S${n + 1}`;
  return undefined;
}

/** Shared by every statement without levels of its own (most): never written to. */
const NO_LEVELS: string[] = Object.freeze([]) as unknown as string[];

type Hit = { kind: ConditionKind; start: number; end: number };

/**
 * Where a condition word can start: every alternative of every CONDITION_WORDS pattern opens with
 * `\b` and one of these letter-only prefixes (find-hits.test.ts checks it). One sweep of
 * this finds the few candidate starts; each kind's pattern is then tried there only (sticky), not
 * swept over the whole note 13 times.
 */
const CONDITION_START_WORDS =
  'myelo|myle|csm|cord|compress|imping|mass|radic|neuritis|sciatica|nerve|root|neurogenic|nc|pseudo|spinal|dis[ck]|vertebr|end|low|lumb|LBP|axial|back|neck|cervic|pain|leg|thigh|calf|buttock|sclerotomal|herniat|protru|extru|prolaps|HNP|sequestrat|free|bulg|displaced|slipped|degenerat|DDD|desiccat|loss|spondylo|spondil|facet|uncovertebral|osteophyt|DJD|anterolisthesis|retrolisthesis|listhesis|schmorl|instabilit|unstable';
/**
 * The sweep, compiled with the words grouped by first letter (text/factor-letters.ts): the
 * same matches, a cheaper sweep of the whole note.
 */
const CONDITION_STARTS = new RegExp(`\\b(?:${factorLetters(CONDITION_START_WORDS)})`, 'gi');

const STICKY = CONDITION_WORDS.map(({ kind, pattern }) => ({ kind, pattern: new RegExp(pattern.source, 'iy') }));

/**
 * The letters (either case) each kind's alternatives can start with: "pain" or "back" starts a
 * candidate for a few kinds, not for all 13. A kind missing here is tried at every candidate.
 */
export const FIRST_LETTERS: Partial<Record<ConditionKind, string>> = {
  myelopathy: 'mc',
  radiculopathy: 'rncim',
  'neurogenic-claudication': 'nps',
  'discogenic-back-pain': 'd',
  'vertebrogenic-back-pain': 'vel',
  'low-back-pain': 'lab',
  'neck-pain': 'ncp',
  'lower-extremity-pain': 'ltcbps',
  'disc-displacement': 'hpesfdb',
  'disc-degeneration': 'dl',
  'disc-osteophyte-complex': 'd',
  spondylosis: 'sfuodc',
  spondylolisthesis: 'sarl',
  'schmorl-node': 's',
  sciatica: 's',
  'spinal-instability': 'iu',
};

/** For each letter a-z, the indexes in STICKY of the kinds that can start with it, in kind order. */
const KINDS_BY_LETTER: number[][] = Array.from({ length: 26 }, (_, i) => {
  const letter = String.fromCharCode(97 + i);
  return STICKY.flatMap((s, k) => ((FIRST_LETTERS[s.kind]?.includes(letter) ?? true) ? [k] : []));
});

/** A start word as written in CONDITION_START_WORDS, each spelling lower-cased ("dis[ck]": disc, disk). */
function spellings(word: string): string[] {
  const lower = word.toLowerCase();
  if (/^[a-z]+$/.test(lower)) return [lower];
  const m = /^([a-z]*)\[([a-z]+)\]([a-z]*)$/.exec(lower);
  if (!m) throw new Error(`CONDITION_START_WORDS: cannot spell out ${word}`);
  return Array.from({ length: (m[2] ?? '').length }, (_, i) => `${m[1] ?? ''}${m[2]?.charAt(i) ?? ''}${m[3] ?? ''}`);
}

/** The key of a start word found: its first letter (a-z) and its length. */
const startKey = (letter: number, length: number) => (letter << 5) | length;

/**
 * For each start key, the kinds (indexes in STICKY, in kind order) that may match where a start
 * word of that first letter and length was found. The found word is the text itself there, and so
 * is one of the kind's first words (leadingWords) if the kind matches: one of the two starts the
 * other. "pain" then tries the kinds that can open with "pain" (or with a group, read as ''), not
 * every kind with a "p" word ("pseudo-claudication"). Words sharing a key share their kinds.
 */
const KINDS_BY_KEY: (number[] | undefined)[] = (() => {
  const leading = STICKY.map((s) => leadingWords(s.pattern));
  const byKey: (number[] | undefined)[] = [];
  for (const word of CONDITION_START_WORDS.split('|').flatMap(spellings)) {
    if (word.length >= 32) throw new Error(`CONDITION_START_WORDS: ${word} is too long for its key`);
    const letter = word.charCodeAt(0) - 97;
    const key = startKey(letter, word.length);
    const kinds = new Set(byKey[key] ?? []);
    for (const k of KINDS_BY_LETTER[letter] ?? []) if (leading[k]?.some((w) => w.startsWith(word) || word.startsWith(w))) kinds.add(k);
    byKey[key] = [...kinds].sort((a, b) => a - b);
  }
  return byKey;
})();

/**
 * Every kind's matches as its own global sweep would find them (leftmost, not overlapping its own
 * previous match), ordered by start and then by kind order, as a stable sort of the sweeps gives.
 */
export function findHits(text: string): Hit[] {
  const hits: Hit[] = [];
  const nextFree = STICKY.map(() => 0);
  CONDITION_STARTS.lastIndex = 0;
  for (let c = CONDITION_STARTS.exec(text); c !== null; c = CONDITION_STARTS.exec(text)) {
    const at = c.index;
    // Every candidate starts with an ASCII letter (CONDITION_STARTS): fold it to a-z.
    const letter = (text.charCodeAt(at) | 32) - 97;
    const kinds = KINDS_BY_KEY[startKey(letter, c[0].length)] ?? KINDS_BY_LETTER[letter] ?? [];
    for (const k of kinds) {
      const sticky = STICKY[k];
      if (!sticky || at < (nextFree[k] ?? 0)) continue;
      sticky.pattern.lastIndex = at;
      const m = sticky.pattern.exec(text);
      if (m === null) continue;
      hits.push({ kind: sticky.kind, start: at, end: at + m[0].length });
      nextFree[k] = at + m[0].length;
    }
  }
  // Stenosis wording competes for levels too (it is read by find-mentions, not here).
  return hits;
}

/**
 * Words that compete for a sentence's levels without being a statement here: stenosis (read by
 * find-mentions), and a pars defect (spondylolysis, no family of ours), so "spondylolisthesis of L5
 * on S1, bilateral L5 pars defects" leaves the slip L5-S1, not L5 (QA stop 45, F14). One word
 * each (see stenosisWordsInside).
 */
export const STENOSIS_WORD = /\b(?:stenos[ie]s|narrowing|narrowed|encroachment|impingement|spondylolys[ie]s|spondylolytic|pars)\b/gi;

/** Levels of one sentence given to the nearest condition word; a word with none takes them all. */
function gap(l: { start: number; end: number }, h: { start: number; end: number }): number {
  return l.end <= h.start ? h.start - l.end : l.start >= h.end ? l.start - h.end : 0;
}

function levelsFor(hit: Hit, sentenceHits: { start: number; end: number }[], levels: LevelHit[], text: string): LevelHit[] {
  const mine: LevelHit[] = [];
  for (const l of levels) {
    const own = gap(l, hit);
    let nearest = true;
    for (const h of sentenceHits) {
      if (h !== hit && !(h.start < hit.end && h.end > hit.start) && gap(l, h) < own) {
        nearest = false;
        break;
      }
    }
    if (nearest) mine.push(l);
  }
  if (mine.length === 0) return levels;
  // Segments listed together ("at L4-5 and L5-S1 with discogenic back pain") are one statement's,
  // though the last is nearer the next word (QA stop 45, G).
  let grew = false;
  for (let i = 1; i < levels.length; i++) {
    const a = levels[i - 1] as LevelHit;
    const b = levels[i] as LevelHit;
    if (mine.includes(a) === mine.includes(b) || !listedTogether(a, b, text)) continue;
    const before = !mine.includes(a);
    mine.push(before ? a : b);
    grew = true;
    // A segment taken in before its list partner may join the one before it: look again from there.
    if (before && i >= 2) i -= 2;
  }
  return grew ? mine.sort((x, y) => x.start - y.start) : mine;
}

/** Two segments written as one list ("L4-5, L5-S1", "L4-5 and L5-S1"). */
function listedTogether(a: LevelHit, b: LevelHit, text: string): boolean {
  return a.level.normalized.includes('-') && b.level.normalized.includes('-') && b.start - a.end <= 7 && LEVEL_LIST_JOIN.test(text.slice(a.end, b.start));
}

/** What may stand between two segments of one list: a comma, "and", "&", "/" ("L4-5, L5-S1", "L4-5 and L5-S1"). */
const LEVEL_LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|\/\s*)$/i;

/**
 * The note's line starts, found once they are looked up often enough (`walked`: how far the
 * lookups before walked back), and the line-start labels already read (several statements share a
 * line).
 */
type Lines = { newlines: number[] | undefined; walked: number; labels: Map<number, LevelHit[]> };

/**
 * Where the line holding `at` starts, as `text.lastIndexOf('\n', at - 1) + 1` says. The first
 * lookups walk back to it; once they have walked as far as the note is long, the note's newlines
 * are found once and each lookup is a binary search, without walking back over the line (a 1 MB
 * run-on line). A reading asks for one or two statements' lines (classified-elsewhere's first
 * radiculopathy): finding every newline of the note for them was most of their levels' cost.
 */
function lineStartOf(text: string, at: number, lines: Lines): number {
  let newlines = lines.newlines;
  if (!newlines && lines.walked < text.length) {
    // lastIndexOf clamps a negative start to 0, as the search below does.
    const start = text.lastIndexOf('\n', Math.max(at - 1, 0)) + 1;
    lines.walked += at - start + 1;
    return start;
  }
  if (!newlines) {
    newlines = [];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines.push(i);
    lines.newlines = newlines;
  }
  // lastIndexOf clamps a negative start to 0.
  const limit = Math.max(at - 1, 0);
  let low = 0;
  let high = newlines.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((newlines[mid] ?? Infinity) <= limit) low = mid + 1;
    else high = mid;
  }
  return low === 0 ? 0 : (newlines[low - 1] ?? -1) + 1;
}

/** A label right before a statement: NEAR_LABEL ends in a colon and spaces (`:\s*$`). */
const NEAR_LABEL = /(?:^|[.;:]\s+)([^:.;\n]{2,16}):\s*$/;

/**
 * Whether [from, at) may end as NEAR_LABEL does, in a colon and spaces: false when its last
 * character that is not an ASCII space is an ASCII character other than a colon (a non-ASCII one
 * may be a space to \s: the label is then looked for). Most statements have a word before them, and
 * the label's search over the slice was about half of reading their line labels.
 */
function colonBefore(text: string, from: number, at: number): boolean {
  for (let i = at - 1; i >= from; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 32 || (ch >= 9 && ch <= 13)) continue;
    return ch === 58 || ch >= 128;
  }
  return false;
}

/**
 * A level label gives its level to the statement it heads: the nearest one right before the
 * statement on its line, as dictated reports run several labelled levels into one paragraph
 * ("Findings: C4-C5: mild disc bulge. C5-C6: uncovertebral osteophytes ..." puts the osteophytes
 * at C5-C6), else one the line starts with ("L4-5: disc bulge. Facet arthropathy.").
 */
function lineLabelLevels(text: string, at: number, lines: Lines): LevelHit[] {
  const lineStart = lineStartOf(text, at, lines);
  const from = Math.max(lineStart, at - 40);
  const before = colonBefore(text, from, at) ? NEAR_LABEL.exec(text.slice(from, at)) : null;
  const near = before?.[1] ? findLevels(before[1], from + before.index + before[0].indexOf(before[1])) : [];
  if (near.length > 0) return near;
  let fromLine = lines.labels.get(lineStart);
  if (!fromLine) {
    const head = text.slice(lineStart, Math.min(text.length, lineStart + 24));
    const label = /^\s*(?:[-*•]\s*)?([^:\n]{2,16}):/.exec(head);
    fromLine = label?.[1] ? findLevels(label[1], lineStart) : [];
    lines.labels.set(lineStart, fromLine);
  }
  return fromLine;
}

const ORDER = (v: string): number | undefined => {
  const m = /^([CTLS])(\d{1,2})$/.exec(v);
  return m ? vertebraOrdinal(m[1] ?? '', Number(m[2])) : undefined;
};

/** A root named as the one leaving its foramen (see levelsOf). */
const EXITING = /\bexiting\b/i;

/** "L4 on L5" names two vertebrae of one slipped segment: read them as "L4-L5". */
function joinAdjacent(levels: string[]): string[] {
  const [a, b] = levels;
  if (levels.length !== 2 || !a || !b) return levels;
  const x = ORDER(a);
  const y = ORDER(b);
  return x !== undefined && y !== undefined && y - x === 1 ? [`${a}-${b}`] : levels;
}

/**
 * The letters (and hyphens) every match of a `\b...\b` pattern starts with, one entry per top-level
 * alternative, lower case: "cervico" for `\bcervico-?thoracic\b`, "c-spine". A character a quantifier
 * may drop is left out, and an alternative that opens otherwise gives '' (found in any text).
 */
export function leadingWords(pattern: RegExp): string[] {
  let source = pattern.source;
  if (!source.startsWith('\\b') || !source.endsWith('\\b')) return [''];
  source = source.slice(2, -2);
  const alternatives = topAlternatives(source);
  // One group wrapping the whole pattern, `\b(?:a|b)\b`: its alternatives are the ones to read.
  if (alternatives.length === 1 && source.startsWith('(?:') && closingParen(source, 0) === source.length - 1)
    return leadingWords(new RegExp(`\\b${source.slice(3, -1)}\\b`));
  return alternatives.map((alt) => {
    const letters = /^[a-z-]*/i.exec(alt)?.[0] ?? '';
    return (/^[?*{]/.test(alt.slice(letters.length)) ? letters.slice(0, -1) : letters).toLowerCase();
  });
}

/**
 * Each region's words, sticky, to be tried where one of its first words starts (and to blank them
 * out once found), and the letters its matches start with.
 */
const REGION_SWEEPS = REGION_WORDS.map(({ region, pattern }) => ({ region, sticky: new RegExp(pattern.source, 'iy'), starts: leadingWords(pattern) }));

/** The regions' first words, for one walk over a text instead of a search per word. */
const REGION_STARTS = wordStarts(REGION_SWEEPS.map((r) => r.starts));
// regionWordsIn tries a region only where the walk found one of its first words.
if (REGION_STARTS.always !== 0) throw new Error('REGION_WORDS: every alternative must open with \\b and a letter');

/**
 * The regions whose words the text names, each word counted once (exported for its test): a
 * region is tested on the text with the words of the regions found before it blanked out (so
 * "lumbosacral" is not also "sacral").
 *
 * Every region word opens with `\b` and one of its first words (ASCII: an ASCII pattern under
 * "i" matches no other letter), so a match starts where the walk of the first words found one of
 * its region's; each region is tried (sticky) there only, not searched for over the whole note,
 * and a region none of whose first words starts a word is skipped. Words are blanked with as many
 * spaces as they had characters, so the places found stay valid: spaces around a blanked word are
 * read alike whatever their number (`\s+`; a single `[-\s]` cannot lie between two words that a
 * blanked word separates, as it starts and ends at a word boundary).
 */
export function regionWordsIn(text: string): string[] {
  const positions: number[] = [];
  const bitsAt: number[] = [];
  const present = listsAt(text, REGION_STARTS, positions, bitsAt);
  if (present === 0) return [];
  const out: string[] = [];
  let rest = text;
  for (let i = 0; i < REGION_SWEEPS.length; i++) {
    const sweep = REGION_SWEEPS[i];
    if (!sweep || (present & (1 << i)) === 0) continue;
    const bit = 1 << i;
    let found = false;
    for (let j = 0; j < positions.length && !found; j++) {
      if (((bitsAt[j] ?? 0) & bit) === 0) continue;
      sweep.sticky.lastIndex = positions[j] ?? 0;
      found = sweep.sticky.test(rest);
    }
    if (!found) continue;
    out.push(sweep.region);
    // Blanked only for a later region still to test.
    if (present >>> (i + 1) !== 0) rest = blank(rest, sweep.sticky, bit, positions, bitsAt);
  }
  return out;
}

/** `text` with every match of a global sweep of `sticky` made spaces (matches start only at the positions with `bit`). */
function blank(text: string, sticky: RegExp, bit: number, positions: readonly number[], bitsAt: readonly number[]): string {
  let out = '';
  let copied = 0;
  for (let j = 0; j < positions.length; j++) {
    const at = positions[j] ?? 0;
    if (((bitsAt[j] ?? 0) & bit) === 0 || at < copied) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null) continue;
    out += text.slice(copied, at) + ' '.repeat(m[0].length);
    copied = at + m[0].length;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The entries of a list sorted by start whose span lies inside [start, end). */
function spansInside(list: readonly { start: number; end: number }[], start: number, end: number, out: { start: number; end: number }[]): void {
  for (let i = firstStartingAt(list, start); i < list.length; i++) {
    const w = list[i];
    if (!w || w.start >= end) break;
    if (w.end <= end) out.push(w);
  }
}

/**
 * The note's stenosis words found so far, in order: every one starting in [from, swept), or from
 * `from` on when `done`. The sweep goes on only as far as the sentence asking needs; a sweep from
 * each sentence's start read on to the next stenosis word, past the sentence, often to the end of
 * a note that has few.
 */
export type StenosisWords = { spans: { start: number; end: number }[]; from: number; swept: number; done: boolean };

/**
 * The stenosis words inside [start, end), added to `out` (exported for its property test).
 * Stenosis words are whole words of letters: a sweep started anywhere finds the same ones a sweep
 * of the whole note finds from there on (none can start inside another), so the sweep may jump
 * ahead to a later sentence's start; a sentence starting before what was swept is read afresh.
 */
export function stenosisWordsInside(text: string, words: StenosisWords, start: number, end: number, out: { start: number; end: number }[]): void {
  sweepStenosisWords(text, words, start, end);
  spansInside(words.spans, start, end, out);
}

function sweepStenosisWords(text: string, words: StenosisWords, start: number, end: number): void {
  if (start < words.from) {
    words.spans = [];
    words.from = start;
    words.swept = start;
    words.done = false;
  }
  if (words.done) return;
  const last = words.spans[words.spans.length - 1];
  if (last !== undefined && last.start >= end) return;
  if (start > words.swept) {
    words.from = start;
    words.swept = start;
  }
  STENOSIS_WORD.lastIndex = words.swept;
  for (let m = STENOSIS_WORD.exec(text); ; m = STENOSIS_WORD.exec(text)) {
    if (m === null) {
      words.done = true;
      return;
    }
    words.spans.push({ start: m.index, end: m.index + m[0].length });
    words.swept = STENOSIS_WORD.lastIndex;
    if (m.index >= end) return;
  }
}

/**
 * The condition words (the very hit objects) and stenosis words inside a sentence: the words that
 * compete for its levels. Only sentences with levels ask.
 */
function wordsInside(text: string, hits: readonly Hit[], stenosis: StenosisWords, start: number, end: number): { start: number; end: number }[] {
  const inside: { start: number; end: number }[] = [];
  spansInside(hits, start, end, inside);
  stenosisWordsInside(text, stenosis, start, end, inside);
  return inside;
}

/** What the statements of one sentence share, each read on the first statement that needs it. */
type SentenceReading = {
  start: number;
  end: number;
  /** The levels the sentence states (levels/finding-levels.ts), root vertebrae still in. */
  levels: LevelHit[] | undefined;
  /** The same without the root vertebrae ("C6 radiculopathy"), whose regions are kept apart. */
  split: RootSplit | undefined;
  /** The levels a "status post" names, the operation's and no statement's (procedure-levels.ts). */
  procedure: ProcedureSplit | undefined;
  words: { start: number; end: number }[] | undefined;
  cues: Cue[] | undefined;
  regionWords: string[] | undefined;
  lineLevels: LevelHit[] | undefined;
  c8: boolean | undefined;
};

/** What the statements of one note share: its hits, headings, line labels, stenosis words and region words. */
type NoteReading = {
  field: FieldText;
  /** Every kind's hits: what a statement's levels are shared among (see levelsFor). */
  hits: () => Hit[];
  /** The note's headings, found when a status is first read (see sectionsOf). */
  sections: readonly Section[] | undefined;
  lines: Lines;
  stenosis: StenosisWords;
  regions: string[] | undefined;
  /** Whether the note speaks of a region (a dictated "see 5-6" is then C5-6), read on first need. */
  regionNote: ((letter: 'C' | 'T' | 'L') => boolean) | undefined;
  /** Each kind's statements said to have resolved (see resolvedOf), read on first need. */
  resolved: Map<ConditionKind, Resolved[]> | undefined;
  /**
   * Whether `hits` gives every kind's hits without a sweep (findConditions): a resolution later
   * in the note is looked for among them only (see resolvedAfter).
   */
  allKnown: boolean;
  /** The note's correction marks (mentions/corrected-later.ts), read when a statement is first affirmed. */
  corrections: CorrectionMark[] | undefined;
  /** Where the note's addendum headings stand (see deniedInAddendum), read when a statement is first affirmed. */
  addenda: number[] | undefined;
  /** Whether the note holds a word a referral label is made of (mayReferTo), read when a statement is first affirmed. */
  mayRefer: boolean | undefined;
};

/** A statement said to have resolved ("Radiculopathy resolved."): where, its cue and its own levels. */
type Resolved = { start: number; trigger: Span; levels: string[]; side: string | undefined; parts: string[] };

/**
 * A statement's status (ConText via assessContext, section headings included). An affirmed one
 * that a later sentence says has resolved is not current (see resolvedAfter).
 */
function contextOf(note: NoteReading, hit: Hit, reading: SentenceReading, sentence: { start: number; end: number }, ownLevels: () => string[]): ContextResult {
  const context = sentenceContextOf(note, hit, reading, sentence, ownLevels);
  if (context.status !== 'affirmed') return context;
  const corrected = correctedOf(note, hit, reading, ownLevels);
  if (corrected) return { status: 'negated', trigger: spanOf(note.field, corrected.start, corrected.end), reason: 'correction' };
  const moved = movedOf(note, hit, reading, ownLevels);
  if (moved) return { status: 'negated', trigger: spanOf(note.field, moved.triggerStart, moved.triggerEnd), reason: 'correction' };
  const denied = deniedInAddendum(note, hit, reading, ownLevels) ?? deniedBeyondReferral(note, hit, reading, ownLevels);
  if (denied) return denied;
  const resolved = resolvedAfter(note, hit, reading, ownLevels);
  return resolved ? { status: 'historical', trigger: resolved.trigger } : context;
}

/**
 * A later correction that takes the statement off its levels (levels/level-corrections.ts; QA stop
 * 51, H4): one that calls every level it names normal, or moves them and names a finding of its
 * kind in the correcting sentence ("the disc extrusion described at C6-C7 is at C7-T1").
 */
function movedOf(note: NoteReading, hit: Hit, reading: SentenceReading, ownLevels: () => string[]): LevelCorrection | undefined {
  const text = note.field.text;
  if (levelCorrections(text).length === 0) return undefined;
  const levels = ownLevels();
  // A level-less retraction names what it takes back before its predicate; it reaches the
  // statement's regions (its levels', else its own region words).
  return correctionOf(
    text,
    reading.end,
    levels,
    (c) => {
      const to = c.from.length === 0 ? c.triggerStart : c.end;
      for (const other of note.hits()) if (other.kind === hit.kind && other.start >= c.start && other.start < to) return true;
      return false;
    },
    levels.length > 0 ? regionsOfLevels(levels) : findRegionWords(text.slice(reading.start, reading.end)),
  );
}

/** The regions of normalised levels ("L4-L5" → lumbar, "C7-T1" → cervical and thoracic). */
function regionsOfLevels(levels: readonly string[]): Region[] {
  const out: Region[] = [];
  for (const l of levels)
    for (const letter of l.match(/[CTLS](?=\d)/g) ?? []) {
      const region: Region = letter === 'C' ? 'cervical' : letter === 'T' ? 'thoracic' : letter === 'L' ? 'lumbar' : 'sacral';
      if (!out.includes(region)) out.push(region);
    }
  return out;
}

/**
 * An addendum's heading (QA stop 49, class C2): "ADDENDUM 11/03:", "Addendum (EMG results)", "Late
 * entry", "Update:". What follows it is the note's later word on what it said before.
 */
const ADDENDUM = new RegExp(String.raw`\b(?:${ADDENDUM_HEADING}|update\s*:)`, 'gi');
/** How far after its addendum's heading a denial may stand: an addendum is a short paragraph. */
const ADDENDUM_REACH = 800;

/**
 * A later addendum that denies the statement (QA stop 49, class C2: "Impression: right C6
 * radiculopathy. ADDENDUM: EMG normal. C6 radiculopathy ruled out."): a statement of the same kind
 * after an addendum heading that stands after the statement's sentence, negated, within reach of
 * the heading, at no level or one the statement names, and on no other side. The denial's status
 * and trigger are the statement's. Only notes that hold an addendum after the statement are read
 * further (the note's hits are then swept, when not known already).
 */
function deniedInAddendum(note: NoteReading, hit: Hit, reading: SentenceReading, ownLevels: () => string[]): ContextResult | undefined {
  const text = note.field.text;
  const headings = (note.addenda ??= addendaOf(note.field));
  let heading = -1;
  for (const at of headings)
    if (at >= reading.end) {
      heading = at;
      break;
    }
  if (heading < 0) return undefined;
  const side = sideOf(text, hit.start, reading.start);
  for (const other of note.hits()) {
    if (other.kind !== hit.kind || other.start < heading) continue;
    if (other.start > heading + ADDENDUM_REACH) break;
    const sentence = sentenceBounds(text, other.start, other.end);
    const otherSide = sideOf(text, other.start, sentence.start);
    if (side !== undefined && otherSide !== undefined && side !== otherSide) continue;
    const context = negatedAtLevels(note, other, sentence, ownLevels);
    if (context) return context;
  }
  return undefined;
}

/**
 * Another statement's context when it is negated at no level or at one of `ownLevels()` (a denial
 * at another level denies nothing here): what deniedInAddendum and deniedBeyondReferral each ask of
 * a candidate denial.
 */
function negatedAtLevels(note: NoteReading, other: Hit, sentence: { start: number; end: number }, ownLevels: () => string[]): ContextResult | undefined {
  const otherReading: SentenceReading = { start: sentence.start, end: sentence.end, levels: undefined, split: undefined, procedure: undefined, words: undefined, cues: undefined, regionWords: undefined, lineLevels: undefined, c8: undefined };
  let levels: string[] | undefined;
  const otherLevels = () => (levels ??= ownLevelsOf(note, other, otherReading).levels);
  const context = sentenceContextOf(note, other, otherReading, sentence, otherLevels);
  if (context.status !== 'negated') return undefined;
  const own = ownLevels();
  if (otherLevels().length > 0 && own.length > 0 && !otherLevels().some((l) => own.includes(l))) return undefined;
  return context;
}

/**
 * A referral label the treating provider's own statement denies (QA stop 51, H3: "Referral
 * diagnosis: lumbar radiculopathy" ... "no signs of radiculopathy at this time"): a negated
 * statement of the same kind anywhere in the note that is no referral label itself, at no level or
 * one the label names, in no other region, and on no other side. Its status and trigger are the
 * label's. See referral-label.ts for why a label nothing contradicts still counts.
 */
function deniedBeyondReferral(note: NoteReading, hit: Hit, reading: SentenceReading, ownLevels: () => string[]): ContextResult | undefined {
  const text = note.field.text;
  // Once per note, not per affirmed statement: each asks, and in the most common note (no referral
  // word) the answer was four searches through the whole note each time.
  note.mayRefer ??= mayReferTo(text);
  if (!note.mayRefer || !isReferralLabel(text, hit.start, reading.end)) return undefined;
  const side = sideOf(text, hit.start, reading.start);
  const regions = regionWordsIn(text.slice(clauseStart(text, reading.start, hit.start), hit.end));
  for (const other of note.hits()) {
    if (other.kind !== hit.kind || other.start === hit.start) continue;
    const sentence = sentenceBounds(text, other.start, other.end);
    if (isReferralLabel(text, other.start, sentence.end)) continue;
    const otherSide = sideOf(text, other.start, sentence.start);
    if (side !== undefined && otherSide !== undefined && side !== otherSide) continue;
    // "Referral dx: lumbar radiculopathy" is not denied by "no cervical radiculopathy".
    const otherRegions = regionWordsIn(text.slice(clauseStart(text, sentence.start, other.start), other.end));
    if (regions.length > 0 && otherRegions.length > 0 && !otherRegions.some((r) => regions.includes(r))) continue;
    const context = negatedAtLevels(note, other, sentence, ownLevels);
    if (context) return context;
  }
  return undefined;
}

/**
 * Where the note's addendum headings stand, in order, read once per note field and analysis: a
 * NoteReading is made per statementsOf call (each kind, each few statements), and sweeping a 100 KB
 * note for the headings at each one was a tenth of a typical analysis (stop 49 bench). Most notes
 * hold none: plain searches for the headings' letters say so before the sweep.
 */
const ADDENDA = new WeakMap<FieldText, number[]>();
const NO_ADDENDA: number[] = [];
function addendaOf(field: FieldText): number[] {
  let out = ADDENDA.get(field);
  if (out) return out;
  const text = field.text;
  const maybe = text.indexOf('ddend') >= 0 || text.indexOf('DDEND') >= 0 || text.indexOf('ntry') >= 0 || text.indexOf('NTRY') >= 0 || text.indexOf('pdate') >= 0 || text.indexOf('PDATE') >= 0;
  if (!maybe) out = NO_ADDENDA;
  else {
    out = [];
    ADDENDUM.lastIndex = 0;
    for (let m = ADDENDUM.exec(text); m !== null; m = ADDENDUM.exec(text)) out.push(m.index);
  }
  ADDENDA.set(field, out);
  return out;
}

/**
 * The correction mark that takes an affirmed statement back (QA stop 48, class B): one in its own
 * clause that retracts it ("The L4-5 herniation above was entered in error"), or one after it
 * followed, within reach, by an affirmed statement of the same kind at other levels that
 * corrects it ("Impression: L4-5 disc herniation. ... Correction: the herniation is at L5-S1").
 */
function correctedOf(note: NoteReading, hit: Hit, reading: SentenceReading, ownLevels: () => string[]): CorrectionMark | undefined {
  const text = note.field.text;
  const marks = (note.corrections ??= correctionMarks(text));
  if (marks.length === 0) return undefined;
  const retracting = retractingMark(text, marks, reading, hit.start, hit.end);
  if (retracting) return retracting;
  const later = marksAfter(marks, reading.end);
  if (later.length === 0) return undefined;
  const own = ownLevels();
  if (own.length === 0) return undefined;
  for (const mark of later) {
    // A correction far after the statement corrects another one.
    if (mark.start > reading.end + CORRECTED_REACH) break;
    for (const other of note.hits()) {
      if (other.kind !== hit.kind || other.start < mark.start) continue;
      if (other.start > mark.end + CORRECTED_REACH) break;
      const sentence = sentenceBounds(text, other.start, other.end);
      if (retractingMark(text, marks, sentence, other.start, other.end)) continue;
      const otherReading: SentenceReading = { start: sentence.start, end: sentence.end, levels: undefined, split: undefined, procedure: undefined, words: undefined, cues: undefined, regionWords: undefined, lineLevels: undefined, c8: undefined };
      let levels: string[] | undefined;
      const otherLevels = () => (levels ??= ownLevelsOf(note, other, otherReading).levels);
      if (otherLevels().length === 0 || otherLevels().some((l) => own.includes(l))) continue;
      if (sentenceContextOf(note, other, otherReading, sentence, otherLevels).status === 'affirmed') return mark;
    }
  }
  return undefined;
}

/** "resolved", "resolving", "resolution": a word a note says a condition is gone with. */
const RESOLVED_WORD = /\bresol(?:ved?|ving|ution)\b/i;
/** A cue that says the finding has gone ("resolved", "has resolved", "now resolved"). */
const RESOLVED_TRIGGER = /\bresolved\b/i;
/** How far after a condition word its resolution is looked for, in characters. */
const RESOLVED_REACH = 160;
/** At most this many statements of a kind are read for a resolution: a note that names one more often is not a follow-up of one. */
const MAX_RESOLVED_READ = 32;

/**
 * A later sentence saying that a condition of the statement's kind has resolved ("Doing well after
 * decompression. ... Radiculopathy resolved."), about the same condition: it names no level, or
 * one the statement names, or the statement names none. A resolution said of the past ("History of
 * radiculopathy in 2019, resolved", a past-history section) speaks of an earlier episode and
 * leaves a current one alone, as does one in the statement's own sentence (ConText reads that).
 */
function resolvedAfter(note: NoteReading, hit: Hit, reading: SentenceReading, ownLevels: () => string[]): Resolved | undefined {
  // Looked for among the note's hits when they are all known: searching the note for the word
  // cost as much as the sweep the bench floor is made of (even indexOf, for a lower-case word).
  if (!note.allKnown) return undefined;
  const text = note.field.text;
  const list = resolvedOf(note, hit.kind);
  if (list.length === 0) return undefined;
  const side = sideOf(text, hit.start, reading.start);
  let parts: string[] | undefined;
  for (const r of list) {
    if (r.start < reading.end) continue;
    if (side !== undefined && r.side !== undefined && side !== r.side) continue;
    // A resolution in another part of the spine is another episode's (QA stop 47, class 4).
    if (r.parts.length > 0 && otherPart(r.parts, (parts ??= spineParts(ownLevels(), regionWordsIn(text.slice(clauseStart(text, reading.start, hit.start), hit.end)))))) continue;
    if (r.levels.length === 0) return r;
    const own = ownLevels();
    if (own.length === 0 || own.some((l) => r.levels.includes(l))) return r;
  }
  return undefined;
}

/** The statements of a kind the note says have resolved, in note order (read once per note and kind). */
function resolvedOf(note: NoteReading, kind: ConditionKind): Resolved[] {
  const known = (note.resolved ??= new Map<ConditionKind, Resolved[]>()).get(kind);
  if (known) return known;
  const out: Resolved[] = [];
  note.resolved.set(kind, out);
  const text = note.field.text;
  let read = 0;
  for (const hit of note.hits()) {
    if (hit.kind !== kind) continue;
    // The word follows the condition in its clause ("Radiculopathy resolved", "radicular pain ...
    // has completely resolved"): a short slice after it spares most statements their sentence.
    if (!RESOLVED_WORD.test(text.slice(hit.end, hit.end + RESOLVED_REACH))) continue;
    if (read++ === MAX_RESOLVED_READ) break;
    const sentence = sentenceBounds(text, hit.start, hit.end);
    const reading: SentenceReading = { start: sentence.start, end: sentence.end, levels: undefined, split: undefined, procedure: undefined, words: undefined, cues: undefined, regionWords: undefined, lineLevels: undefined, c8: undefined };
    let levels: string[] | undefined;
    const own = () => (levels ??= ownLevelsOf(note, hit, reading).levels);
    const context = sentenceContextOf(note, hit, reading, sentence, own);
    if (context.status !== 'negated' || !context.trigger || !RESOLVED_TRIGGER.test(context.trigger.text))
      continue;
    const sections = (note.sections ??= findSections(text));
    if (sectionStatusAt(sections, hit.start) !== null || cuesOf(note, reading).some(isHistoryCue)) continue;
    const side = sideOf(text, hit.start, sentence.start);
    const parts = spineParts(own(), regionWordsIn(text.slice(clauseStart(text, sentence.start, hit.start), hit.end)));
    out.push({ start: hit.start, trigger: context.trigger, levels: own(), side, parts });
  }
  return out;
}

/** The side a statement names right before its word ("right L4 radiculopathy"), within its sentence. */
function sideOf(text: string, start: number, sentenceStart: number): string | undefined {
  const m = SIDE_BEFORE.exec(text.slice(Math.max(sentenceStart, start - 24), start));
  return m?.[1]?.toLowerCase();
}
const SIDE_BEFORE = /\b(left|right|bilateral)\b[^.;,]*$/i;

/** Whether a cue sets history ("history of", "in 2019"). */
const isHistoryCue = (cue: Cue) => cue.rules.some((r) => r.category === 'HISTORICAL');

/** A statement's status as its own sentence and section say (ConText via assessContext). */
function sentenceContextOf(note: NoteReading, hit: Hit, reading: SentenceReading, sentence: { start: number; end: number }, ownLevels: () => string[]): ContextResult {
  const text = note.field.text;
  const cues = cuesOf(note, reading);
  const context = assessContext(text, hit, { fieldId: note.field.id, sentence, cues, sectionStatus: sectionStatusAt((note.sections ??= findSections(text)), hit.start) });
  // A "status post" governs the operation only, not a finding at another level or one stated as there now.
  if (context.status === 'historical' && context.trigger && currentAfterOperation(cues, context.trigger, ownLevels, () => procedureOf(note, reading).operated, text, hit.start))
    return { status: 'affirmed', trigger: null };
  return context;
}

function cuesOf(note: NoteReading, reading: SentenceReading): Cue[] {
  return (reading.cues ??= sentenceCues(note.field.text, reading.start, reading.end));
}

/** The sentence's stated levels with those a "status post" names split off as the operation's. */
function procedureOf(note: NoteReading, reading: SentenceReading): ProcedureSplit {
  if (reading.procedure) return reading.procedure;
  // The cues only when the split reads them (readsCues): a statement whose levels alone are asked
  // (with-statements.ts's radiculopathy in another part of the spine) need not find its sentence's cues.
  const stated = statedOf(note, reading);
  return (reading.procedure = withoutOperatedLevels(stated, readsCues(stated) ? cuesOf(note, reading) : NO_CUES, note.field.text));
}

/** The cues passed where withoutOperatedLevels reads none (see readsCues): never written to. */
const NO_CUES: Cue[] = Object.freeze([]) as unknown as Cue[];

/**
 * The region words of the segments that a sentence's roots exit at (the hits in `stated` not in
 * `levels`, and a C8 root, which no level hit carries), in the dorsopathy scheme's terms
 * (families/schemes.ts): "C6 radiculopathy" tells a disc herniation beside it is cervical, "S1
 * radiculopathy" that it is lumbosacral (L5-S1), not sacral, "C8 radiculopathy" that it is
 * cervicothoracic (C7-T1).
 */
function rootRegionWords(stated: LevelHit[], levels: LevelHit[], roots: RegionHit[], text: string): string[] {
  const words = new Set<string>();
  const add = (root: string) => {
    const segment = rootSegment(root);
    const region = segment ? regionOfLevel('dorsopathy', segment) : undefined;
    if (region) words.add(region.region.id);
  };
  for (const h of stated) if (!levels.includes(h)) add(h.level.normalized);
  for (const r of roots) if (r.end - r.start === 2 && text.charCodeAt(r.start + 1) === 56) add('C8');
  return [...words];
}

/** The levels the sentence states, read once for all its statements. */
function statedOf(note: NoteReading, reading: SentenceReading): LevelHit[] {
  const text = note.field.text;
  return (reading.levels ??= statedLevels(text.slice(reading.start, reading.end), reading.start, (note.regionNote ??= regionNoteOf(text))));
}

/**
 * A statement's levels, or else its region words, or else the note's. A lone vertebra that names
 * a nerve root ("C6 radiculopathy") is a level for radiculopathy only (it reads the segment the
 * root exits at); for any other condition it is where symptoms run, not where the disc or joint
 * is, and tells the region only when nothing else does.
 */
function placeOf(note: NoteReading, hit: Hit, reading: SentenceReading, into: Condition): void {
  const text = note.field.text;
  const { levels: normalized, alsoLevels, split, stated } = ownLevelsOf(note, hit, reading);
  let ownWords = normalized.length > 0 ? NO_LEVELS : partRegionWords(text, reading, hit.start);
  if (normalized.length === 0 && ownWords.length === 0 && split && split.roots.length > 0) ownWords = rootRegionWords(stated, split.levels, split.roots, text);
  const placeFromNote = normalized.length === 0 && ownWords.length === 0 && (note.regions ??= regionWordsIn(text)).length > 0;
  into.levels = normalized;
  into.alsoLevels = alsoLevels;
  into.regionWords = placeFromNote ? (note.regions ?? []) : ownWords;
  into.placeFromNote = placeFromNote;
}

/**
 * The region words of a statement's own option or line when its sentence is a list (check-boxes.ts,
 * ownPartOf) and that part names a region, else its sentence's: "[x] Lumbar radiculopathy⏎[ ]
 * Cervical radiculopathy" is lumbar only (QA stop 48, class A).
 */
function partRegionWords(text: string, reading: SentenceReading, at: number): string[] {
  const part = ownPartOf(text, reading, at);
  if (part) {
    const words = regionWordsIn(text.slice(part.start, part.end));
    if (words.length > 0) return words;
  }
  return (reading.regionWords ??= regionWordsIn(text.slice(reading.start, reading.end)));
}

/** A C8 root named right before a radiculopathy statement (its end at the statement's start). */
const C8_BEFORE = /\bC8\s{1,3}$/i;

/**
 * The levels half of placeOf: a statement's own levels (and a root's second segment), without its
 * region words, which may read the whole note (a rule asking only the levels of affirmed statements
 * does not pay for them).
 */
function ownLevelsOf(note: NoteReading, hit: Hit, reading: SentenceReading): { levels: string[]; alsoLevels: string[]; split: RootSplit | undefined; stated: LevelHit[] } {
  const text = note.field.text;
  const { lines } = note;
  const stated = statedOf(note, reading);
  const split = hit.kind === 'radiculopathy' ? undefined : (reading.split ??= withoutRoots(stated, text.slice(reading.start, reading.end), reading.start));
  // The levels a "status post" names are the operation's ("claudication, status post L3-4 laminectomy").
  const procedure = procedureOf(note, reading);
  const operated = procedure.operated;
  const levels = !split ? procedure.levels : operated.length === 0 ? split.levels : split.levels.filter((h) => !operated.includes(h));
  let mine = levels.length > 0 ? levelsFor(hit, (reading.words ??= wordsInside(text, note.hits(), note.stenosis, reading.start, reading.end)), levels, text) : (reading.lineLevels ??= lineLabelLevels(text, reading.start, lines));
  if (mine.length === 0) mine = lineLabelLevels(text, hit.start, lines);
  // The C8 root has no vertebra of its own (find-levels reads C1-C7): it exits at C7-T1. Named
  // right before the statement ("left C8 radiculopathy", "c8 nerve root compression"), it is the
  // statement's level even beside another level in the sentence ("and C5-6 spondylosis").
  const c8 =
    hit.kind === 'radiculopathy' &&
    (C8_BEFORE.test(text.slice(Math.max(reading.start, hit.start - 12), hit.start)) || (mine.length === 0 && (reading.c8 ??= /\bC8\b/i.test(text.slice(reading.start, reading.end)))));
  // An "exiting" root is named where it leaves ("L5-S1: ... impingement of the exiting right L5 nerve
  // root"): that segment only, not the one above it that a traversing root crosses (QA stop 45, F15).
  const exiting = hit.kind === 'radiculopathy' && mine.length > 0 && EXITING.test(text.slice(Math.max(reading.start, hit.start - 24), hit.end));
  const normalized = c8 ? ['C7-T1'] : joinAdjacent([
    ...new Set(
      mine.map((l) => {
        const n = l.level.normalized;
        return hit.kind === 'radiculopathy' && !n.includes('-') ? ((exiting ? rootExitSegment(n) : undefined) ?? rootSegment(n) ?? n) : n;
      }),
    ),
  ]);
  // A root alone below the neck: the segment it leaves through too (see Condition.alsoLevels).
  let alsoLevels = NO_LEVELS;
  if (hit.kind === 'radiculopathy' && !c8 && !exiting && mine.length > 0 && mine.every((l) => !l.level.normalized.includes('-'))) {
    const exits = [...new Set(mine.map((l) => rootExitSegment(l.level.normalized)).filter((x): x is string => x !== undefined))].filter((x) => !normalized.includes(x));
    if (exits.length > 0) alsoLevels = exits;
  }
  return { levels: normalized, alsoLevels, split, stated };
}

/**
 * Finds condition statements in a note field, each with its status (ConText via assessContext,
 * section headings included) and place. A statement with no level or region of its own takes
 * the region words of the whole note, marked `placeFromNote` (findings on it stay soft). Status
 * and place are read when first asked (see Condition): the family checks read them through
 * statusOf, levelsOf and the like.
 *
 * @example conditionsIn({id: 'n', kind: 'note', text: 'L4-5 disc herniation with left L5 radiculopathy.'}).map((c) => c.kind) // ['disc-displacement', 'radiculopathy']
 */
export function conditionsIn(field: FieldText): Condition[] {
  const hits = findHits(field.text);
  return statementsAt(field, hits, () => hits, readCondition, undefined, true);
}

/**
 * The statement as affirmed, made whole (its place read first): the inpatient setting's reading of
 * an uncertain statement (care-setting/documented-view.ts). One literal shape, as every condition.
 * It keeps its note, so what reads its sentence still can (the side of "possible left sciatica");
 * its status and place are set, so the note is never read for them again.
 */
export function affirmedCopy(c: Condition): Condition {
  return conditionOf(c.kind, c.span, c.sentence, 'affirmed', triggerOf(c), undefined, levelsOf(c), alsoLevelsOf(c), regionWordsOf(c), placedFromNote(c), c.note, undefined, undefined);
}

/** A Condition whose status and place have been read: its fields hold them. */
export type ReadCondition = Condition & { status: Status; trigger: Span | null; levels: string[]; alsoLevels: string[]; regionWords: string[]; placeFromNote: boolean };

/**
 * conditionsIn with every statement's status and place read, so its fields can be read as they
 * are (tests, and callers outside the family checks).
 */
export function findConditions(field: FieldText): ReadCondition[] {
  const conditions = conditionsIn(field);
  for (const c of conditions) {
    statusOf(c);
    levelsOf(c);
  }
  return conditions as ReadCondition[];
}

const readCondition = (note: NoteReading, hit: Hit, reading: SentenceReading): Condition =>
  conditionOf(hit.kind, spanOf(note.field, hit.start, hit.end), { start: reading.start, end: reading.end }, undefined, undefined, undefined, undefined, undefined, undefined, undefined, note, hit, reading);

/** Each kind's own pattern as a sweep (every alternative opens with a start word: see CONDITION_STARTS). */
const KIND_SWEEPS = new Map(CONDITION_WORDS.map(({ kind, pattern }) => [kind, new RegExp(pattern.source, 'gi')]));

/**
 * A word every match of a kind's pattern contains (find-conditions.test.ts holds it to the pattern),
 * looked for first: a note without it has no statement of the kind, and the plain word is found
 * about six times faster than the alternation is swept (85 against 14 µs over a 100 KB note, most
 * of which name no neurogenic claudication).
 */
export const KIND_MUST_CONTAIN: Partial<Record<ConditionKind, RegExp>> = { 'neurogenic-claudication': /claudicat/gi };
// One alternative is left out of it: the shorthand "with NC" beside a stenosis (condition-lexicon.ts),
// which findConditions reads and statementsOf (the M99 stenosis codes' M48.062 alternative) does
// not. A case-insensitive "NC" is no word a plain search finds fast: "/claudicat|\bnc\b/gi" cost
// the dense 100 KB note about 65 µs a call against 60-85 µs for "claudicat" alone (QA stop 46).

/**
 * Where a kind's match can start, for a kind whose sweep is asked of most notes and found in few:
 * every alternative of the myelopathy pattern opens with \b and "my", "csm", "cord" or "compress"
 * (find-conditions.test.ts holds it to the pattern). Written as letter classes, without the i
 * flag: this finds those starts in a typical 100 KB note in about half the time the pattern's
 * case-insensitive alternation took to sweep it (the M99 canal codes' "with myelopathy"
 * alternatives ask every note that documents one; the sweep was a twelfth of typical-100kb).
 */
export const KIND_STARTS: Partial<Record<ConditionKind, RegExp>> = {
  myelopathy: /\b(?:[mM][yY]|[cC](?:[sS][mM]|[oO](?:[rR][dD]|[mM][pP][rR][eE][sS][sS])))/g,
};
/** Each kind's pattern, sticky: tried where KIND_STARTS found a start. */
const KIND_STICKY = new Map(STICKY.map((s) => [s.kind, s.pattern]));

/**
 * The hits a global sweep of the kind's pattern from `from` finds (the first `cap`), read where
 * `starts` finds a start only: the pattern tried there (sticky) matches as the sweep would at that
 * place, and a place between two starts, or inside a start word (no word boundary), starts none.
 */
function sweepFromStarts(text: string, kind: ConditionKind, starts: RegExp, from: number, cap: number, hits: Hit[]): void {
  const sticky = KIND_STICKY.get(kind) as RegExp;
  starts.lastIndex = from;
  for (let s = starts.exec(text); s !== null && hits.length < cap; s = starts.exec(text)) {
    sticky.lastIndex = s.index;
    const m = sticky.exec(text);
    if (m === null) continue;
    hits.push({ kind, start: s.index, end: s.index + m[0].length });
    starts.lastIndex = s.index + m[0].length;
  }
}

/**
 * A statement with its status and, when affirmed, the levels it names (its own: none when its place
 * came from elsewhere in the note). A statement that is not affirmed gets no levels: no rule compares
 * them, and reading them can cost a sweep of the note (placeOf).
 */
export type StatementStatus = { span: Span; status: Status; levels: string[] };

const statementStatus = (note: NoteReading, hit: Hit, reading: SentenceReading): StatementStatus => {
  // Levels only (a place from the note has none of its own): see levelsOf.
  let levels: string[] | undefined;
  const own = () => (levels ??= ownLevelsOf(note, hit, reading).levels);
  const status = contextOf(note, hit, reading, { start: reading.start, end: reading.end }, own).status;
  return { span: spanOf(note.field, hit.start, hit.end), status, levels: status !== 'affirmed' ? NO_LEVELS : own() };
};

/** statementStatus, with an uncertain statement's levels too: the inpatient rule counts it as documented (care-setting/). */
const statementStatusInpatient = (note: NoteReading, hit: Hit, reading: SentenceReading): StatementStatus => {
  const read = statementStatus(note, hit, reading);
  return read.status === 'uncertain' ? { span: read.span, status: read.status, levels: ownLevelsOf(note, hit, reading).levels } : read;
};

/**
 * The first `cap` statements of one kind that start at or after `from`, each with the status (and
 * an affirmed one's levels) findConditions would read for it, without finding the note's other conditions: one sweep of that
 * kind's words, where findHits sweeps every condition's start words ("pain", "back", "disc" ...),
 * a fifth of a typical note's analysis. The other kinds' hits are found only if a status needs a
 * statement's levels ("status post"); `sections`, the note's headings (findSections), when the
 * caller has them for the note already. Plain objects, not conditions: a rule asks this per
 * analysis, and the condition class's shape dies with each one (see docs/architecture.md, "Stable
 * object shapes").
 */
export function statementsOf(field: FieldText, kind: ConditionKind, cap: number, from = 0, sections?: readonly Section[], inpatient = false, note?: StatementNote): StatementStatus[] {
  const hits = kindHits(field.text, kind, cap, from);
  if (hits.length === 0) return [];
  let all: Hit[] | undefined;
  const text = field.text;
  return statementsAt(field, hits, note ? note.hits : () => (all ??= findHits(text)), inpatient ? statementStatusInpatient : statementStatus, sections, false, note);
}

const NO_HITS: Hit[] = [];

/** The first `cap` hits of one kind that start at or after `from` (see statementsOf). */
function kindHits(text: string, kind: ConditionKind, cap: number, from: number): Hit[] {
  const sweep = KIND_SWEEPS.get(kind);
  if (!sweep) return NO_HITS;
  const must = KIND_MUST_CONTAIN[kind];
  if (must) {
    must.lastIndex = from;
    if (!must.test(text)) return NO_HITS;
  }
  const hits: Hit[] = [];
  const starts = KIND_STARTS[kind];
  if (starts) sweepFromStarts(text, kind, starts, from, cap, hits);
  else {
    // Swept over the whole note from `from`, so a word boundary there is judged by the note's text.
    sweep.lastIndex = from;
    for (let m = sweep.exec(text); m !== null && hits.length < cap; m = sweep.exec(text)) hits.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

/**
 * What the statements of one note share (its headings, line starts, correction marks, the other
 * kinds' hits once a status needs them), made once per note and analysis by a caller that reads
 * its statements a few at a time (rules/stenosis/with-statements.ts): a reading made per call
 * found the note's line starts and correction marks again for every few statements.
 */
export type StatementNote = NoteReading;

export function statementNote(field: FieldText, sections: readonly Section[] | undefined): StatementNote {
  let all: Hit[] | undefined;
  const text = field.text;
  return noteReading(field, () => (all ??= findHits(text)), sections, false);
}

/**
 * A statement whose status and levels are read when first asked (statusOfStatement,
 * ownLevelsOfStatement), not when it is found: a caller that can tell from the statement's place
 * alone that it does not concern a mention need not read them (with-statements.ts: a radiculopathy
 * the note places in another part of the spine). One literal, every field set.
 */
export type LazyStatement = {
  readonly span: Span;
  status: Status | undefined;
  /** Its own levels (ownLevelsOf), whatever its status: undefined until read. */
  levels: string[] | undefined;
  readonly note: NoteReading;
  readonly hit: Hit;
  readonly reading: SentenceReading;
};

const lazyStatement = (note: NoteReading, hit: Hit, reading: SentenceReading): LazyStatement => ({
  span: spanOf(note.field, hit.start, hit.end),
  status: undefined,
  levels: undefined,
  note,
  hit,
  reading,
});

/** statementsOf's statements, read into `note` (statementNote), their status and levels left for first need. */
export function lazyStatementsOf(note: StatementNote, kind: ConditionKind, cap: number, from: number): LazyStatement[] {
  const hits = kindHits(note.field.text, kind, cap, from);
  return hits.length === 0 ? [] : statementsAt(note.field, hits, note.hits, lazyStatement, note.sections, false, note);
}

/** A lazy statement's own levels (those statementsOf gives an affirmed statement), read once. */
export function ownLevelsOfStatement(s: LazyStatement): string[] {
  return (s.levels ??= ownLevelsOf(s.note, s.hit, s.reading).levels);
}

/** A lazy statement's status, as statementsOf reads it, read once. */
export function statusOfStatement(s: LazyStatement): Status {
  if (s.status === undefined) s.status = contextOf(s.note, s.hit, s.reading, { start: s.reading.start, end: s.reading.end }, () => ownLevelsOfStatement(s)).status;
  return s.status;
}

/** The statements of `hits` (in note order), sharing one reading of the note, each made by `make`. */
function statementsAt<T>(
  field: FieldText,
  hits: Hit[],
  allHits: () => Hit[],
  make: (note: NoteReading, hit: Hit, reading: SentenceReading) => T,
  sections?: readonly Section[],
  allKnown = false,
  shared?: NoteReading,
): T[] {
  if (hits.length === 0) return [];
  const text = field.text;
  const note = shared ?? noteReading(field, allHits, sections, allKnown);
  const out: T[] = [];
  // Statements of one sentence come together and share its reading: its bounds are found once.
  let reading: SentenceReading | undefined;
  for (const hit of hits) {
    if (!reading || hit.start < reading.start || hit.end > reading.end) {
      const sentence = sentenceBounds(text, hit.start, hit.end);
      if (!reading || reading.start !== sentence.start || reading.end !== sentence.end)
        reading = { start: sentence.start, end: sentence.end, levels: undefined, split: undefined, procedure: undefined, words: undefined, cues: undefined, regionWords: undefined, lineLevels: undefined, c8: undefined };
    }
    out.push(make(note, hit, reading));
  }
  return out;
}

/** The one literal a NoteReading is made by. */
function noteReading(field: FieldText, hits: () => Hit[], sections: readonly Section[] | undefined, allKnown: boolean): NoteReading {
  return {
    field,
    hits,
    sections,
    lines: { newlines: undefined, walked: 0, labels: new Map() },
    stenosis: { spans: [], from: 0, swept: 0, done: false },
    regions: undefined,
    regionNote: undefined,
    resolved: undefined,
    allKnown,
    corrections: undefined,
    addenda: undefined,
    mayRefer: undefined,
  };
}
