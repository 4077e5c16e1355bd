import { setsStatus } from '../context/assess-context';
import { supersedeCorrected } from './corrected-later';
import { supersedeMoved } from '../levels/level-corrections';
import { takenBack } from '../levels/correction-anchors';
import { denyReferralLabels } from './referral-denied';
import { withoutUterineCervix } from './uterine-cervix';
import { findCues, type SentenceWords } from '../context/find-cues';
import { findSections, sectionStatusAt, type Section } from '../context/find-sections';
import { findLevels, findRegionHits, findRegionWords, type LevelHit, type RegionHit } from '../levels/find-levels';
import { lastLevelsBefore, withLevelsListedBefore, type LevelsRead } from '../levels/last-levels-before';
import { findingLevelsOf, regionNoteOf } from '../levels/finding-levels';
import { keepOwnLevelCurrent, withoutOperatedLevels } from '../levels/procedure-levels';
import { exceptionStarts } from './exception-levels';
import { readFullWidth, restoreQuotes } from '../text/full-width';
import { noClearStretch, sentenceBounds } from '../text/sentence-bounds';
import { firstAtOrAfter } from '../text/sorted-search';
import type { AnalyzeLimits, FieldText, Mention, Span, Status } from '../types';
import { NEURAL_OBJECT, NON_SPINAL_NERVE, SPINE_CONTEXT } from './lexicon';
import { ANCHOR_SWEEP, READS_IMAGING, anchorKind, gradeStandsAt, isSweptGrade, newLabelScan, type LabelScan } from './anchor-sweep';
import { imagingAt, imagingNotDone } from './imaging-words';
import { TRAP_REACH, examResultAfter, trapAfter, trapBefore } from './traps';
import { describeWindow, type WindowInput } from './describe-window';
import { findLastJoint } from './last-joint';
import { regionMovedAfter } from './region-after-levels';
import { summaryLookBack } from './summary-look-back';
import { tableMentions, withColumnSites } from './table-rows';
import { contactWithoutStenosis } from './contact-without-stenosis';
import { answersLabel, carryAnswerSite, isGradeAnswer, keepItemStatus, labelColonOf, labelSite, newColonMemo, shareListCause, type ColonMemo } from './answer-site';
import type { Anchor, Window } from './window-types';
import { WindowWords } from './window-words';
import { NO_CLAUSES, clausesOf, cuesOf, type SentenceClauses } from './sentence-clauses';

type Range = { start: number; end: number };

/** "non-" or "non" right before a compression word ("non-compressive"). */
const NON_BEFORE = /\bnon-?$/i;

function readAnchor(text: string, start: number, word: string): Anchor | undefined {
  const end = start + word.length;
  if (trapBefore(text, start) || trapAfter(text, end)) return undefined;
  const kind = anchorKind(word);
  const anchor: Anchor = { start, end, word, kind, negatedWord: false };
  if (kind === 'compression') {
    if (examResultAfter(text, end)) return undefined;
    const before = text.slice(Math.max(0, start - TRAP_REACH), start);
    if (NON_BEFORE.test(before)) {
      anchor.negatedWord = true;
      anchor.start = start - (before.endsWith('-') ? 4 : 3);
      anchor.word = text.slice(anchor.start, end);
    }
  }
  return anchor;
}

/**
 * The anchors of a window that has none yet, never written to: a list made empty grows to
 * seventeen slots on its first push, and most windows of a split sentence hold one anchor.
 */
const NO_ANCHORS_YET: Anchor[] = Object.freeze([]) as unknown as Anchor[];

/**
 * Splits a sentence's anchors into windows at the last ",", "and", "with" or "or" between two
 * anchors, or where a new unpunctuated clause starts between them (`clauses`).
 */
function splitWindows(text: string, sentence: Range, anchors: Anchor[], lazy: SentenceClauses, levels: LevelHit[]): Window[] {
  // A window of the sentence's one anchor (as in most sentences) holds the sentence's own list.
  if (anchors.length === 1) return [{ start: sentence.start, end: sentence.end, anchors }];
  const clauses = clausesOf(lazy);
  const windows: Window[] = [];
  // A window's list is made with its first anchor, to its size (see NO_ANCHORS_YET).
  let current: Window = { start: sentence.start, end: sentence.end, anchors: NO_ANCHORS_YET };
  // Whether the sentence has a comma, asked once on first need: in one without (run-on dictation,
  // where nearly every joint is an "and" or a "with"), no joint has a phrase comma before it, and
  // phraseCommaBefore read back to the previous anchor at each of them to find none.
  let hasComma: boolean | undefined;
  for (let i = 0; i < anchors.length; i++) {
    const anchor = anchors[i];
    if (!anchor) continue;
    // Not anchors[-1] for the first: a negative index is looked up as a property name, slowly.
    const previous = i > 0 ? anchors[i - 1] : undefined;
    if (previous) {
      // Only the last joint counts: read backwards from the anchor, without a slice.
      const last = findLastJoint(text, previous.end, anchor.start);
      let cut = last.at < 0 ? -1 : last.at - previous.end + (last.word === ',' ? 1 : 0);
      let joint = last.word;
      if (
        (joint === 'with' || joint === 'and') &&
        levels.length > 0 &&
        (hasComma ??= lazy.slice.includes(','))
      ) {
        const comma = phraseCommaBefore(text, levels, previous.end, last.at, anchor, anchors[i + 1]?.start ?? sentence.end);
        if (comma >= 0) {
          cut = comma + 1 - previous.end;
          joint = ',';
        }
      }
      // The clause starts come in order, so the last one at or before the anchor is the one that
      // cuts furthest (a pass over all of them, at each anchor, was a run-on sentence's hottest line).
      const lastClause = firstAtOrAfter(clauses, anchor.start + 1) - 1;
      const at = lastClause >= 0 ? (clauses[lastClause] as number) : -1;
      if (at > previous.end && at - previous.end > cut) {
        cut = at - previous.end;
        joint = 'clause';
      }
      if (cut >= 0) {
        current.end = previous.end + cut;
        windows.push(current);
        current = { start: previous.end + cut, end: sentence.end, anchors: NO_ANCHORS_YET, joint };
      }
    }
    if (current.anchors === NO_ANCHORS_YET) current.anchors = [anchor];
    else current.anchors.push(anchor);
  }
  windows.push(current);
  return windows;
}

/** Words a list of levels is written with ("L3-4, L4-5", "and at L5-S1"): no phrase of their own. */
const LIST_WORDS = /^[\s,]*(?:(?:and|at|the|levels?)\s+)*$/i;

/**
 * Where to cut before a "with"/"and" joint instead: at the last comma after the previous anchor,
 * when a phrase with a level of its own stands between that comma and the joint and the anchor
 * after the joint has no level before the next one. "Severe L3-4 stenosis, post-surgical changes
 * at L4-5 with no recurrent stenosis there": the L4-5 is the second statement's (it gave both
 * statements L3-4 and L4-5). A level that only goes on the list before it ("stenosis at L3-4, L4-5
 * with ...") and a second statement with its own level leave the cut at the joint. -1: none.
 */
function phraseCommaBefore(text: string, levels: LevelHit[], from: number, joint: number, anchor: Anchor, nextStart: number): number {
  // Read back to the previous anchor only (lastIndexOf would read a comma-less run-on note to its start).
  let comma = joint - 1;
  while (comma >= from && text.charCodeAt(comma) !== 44) comma--;
  if (comma < from) return -1;
  let phraseLevel = false;
  for (let k = 0; k < levels.length; k++) {
    const h = levels[k] as LevelHit;
    // The anchor after the joint, or the stretch up to the next one, names a level of its own.
    if (h.start >= joint && h.start < nextStart) return -1;
    if (!phraseLevel && h.start > comma && h.end <= joint && !LIST_WORDS.test(text.slice(comma + 1, h.start))) phraseLevel = true;
  }
  return phraseLevel && anchor.start > joint ? comma : -1;
}

/**
 * What a window says about spine or non-spine, read once per window: the comma positions, the
 * non-spinal words and the neural-object test. Before, each anchor rescanned its whole comma clause
 * and window, which made a long comma-less window quadratic in its anchors. `commas` is undefined
 * until the window's words are read (readWords).
 */
type WindowFacts = {
  commas: number[] | undefined;
  text: string;
  clauses: SentenceClauses;
  neural: boolean | undefined;
  spine: boolean | undefined;
  nerve: boolean | undefined;
};

/**
 * The words of the window being read (non-spinal, site, mechanism, grade, side, causal), one sweep
 * per window: read by the spinal test here and by describeWindow. One window is read at a time.
 */
const words = new WindowWords();

/** Shared by every window without a non-spinal word (most): never written to. */
const NONE: number[] = [];

/**
 * `slice` is the window's text (the sentence's, for a window that spans it all). `reuse`, the
 * facts of the sentence's last window, is set afresh and returned: the windows of a sentence are
 * read one at a time, and nothing keeps a window's facts past its turn (an object per window was
 * a steady share of what a sentence split into many windows allocated).
 */
function windowFacts(slice: string, clauses: SentenceClauses, reuse: WindowFacts | undefined): WindowFacts {
  if (reuse === undefined) return { commas: undefined, text: slice, clauses, neural: undefined, spine: undefined, nerve: undefined };
  reuse.commas = undefined;
  reuse.text = slice;
  reuse.neural = undefined;
  reuse.spine = undefined;
  reuse.nerve = undefined;
  return reuse;
}

/**
 * Reads the window's words into `words`, once: only when an anchor's own test has passed (see
 * isSpinal), so a window whose anchors all fail it (a page of "non-compressive" and no neural
 * word) is never swept. Its commas with it.
 */
function readWords(facts: WindowFacts, window: Range): number[] {
  if (facts.commas !== undefined) return facts.commas;
  words.read(facts.text, window.start);
  // The commas only bound a non-spinal word's clause: without one, they are never asked for.
  facts.commas = words.nonSpinalCount === 0 ? NONE : commasOf(facts.text, window, clausesOf(facts.clauses));
  return facts.commas;
}

/** Where the window's commas stand, and where a new clause starts (absolute offsets, in order). */
function commasOf(slice: string, window: Range, clauses: number[]): number[] {
  const commas: number[] = [];
  for (let i = slice.indexOf(','); i >= 0; i = slice.indexOf(',', i + 1)) commas.push(window.start + i);
  // A new unpunctuated clause bounds the non-spinal check like a comma ("denies bowel change the CT shows ...").
  let added = false;
  for (const at of clauses) {
    if (at > window.start && at < window.end) {
      commas.push(at - 1);
      added = true;
    }
  }
  if (added) commas.sort((a, b) => a - b);
  return commas;
}

/**
 * Whether the comma-delimited stretch around an anchor names another organ: in a history list
 * ("coronary artery disease, ..., lumbar stenosis many years ago") another organ two items away
 * says nothing about this stenosis.
 */
function clauseIsNonSpinal(facts: WindowFacts, window: Range, anchor: Anchor): boolean {
  const commas = readWords(facts, window);
  const count = words.nonSpinalCount;
  if (count === 0) return false;
  const before = firstAtOrAfter(commas, anchor.start) - 1;
  const clauseStart = before >= 0 ? (commas[before] ?? window.start) + 1 : window.start;
  const clauseEnd = commas[firstAtOrAfter(commas, anchor.end)] ?? window.end;
  const at = firstAtOrAfter(words.nonSpinalAt, clauseStart, count);
  return at < count && (words.nonSpinalAt[at] as number) < clauseEnd;
}

/** /^sten/i without a RegExp: every stenosis anchor asks it. */
const startsWithSten = (word: string) =>
  (word.charCodeAt(0) | 32) === 115 && (word.charCodeAt(1) | 32) === 116 && (word.charCodeAt(2) | 32) === 101 && (word.charCodeAt(3) | 32) === 110;

/**
 * Whether the sentence names the spine, asked once at most (most anchors never need it), and the
 * levels it states (see namesSpinalLevel).
 */
type SentenceSpine = { text: string; spine: boolean | undefined; levels: LevelHit[] };

/**
 * Whether the window holds a level that SPINE_CONTEXT's `[CTLS]-?\d{1,2}(?:[CTDLS]\d{1,2})?\b`
 * reads: a C, T, L or S with a digit right after it, or after a hyphen ("L5-S1", "C5/C6", "T11-12",
 * "C-6/7"), or two vertebrae with no mark between ("L5S1", "C5C6"). A level starts at a word
 * boundary and ends at one, so the window's text matches SPINE_CONTEXT there, and its sweep is
 * spared: run-on dictation tests thousands of windows, and nearly every one states a level.
 */
function namesSpinalLevel(levels: LevelHit[], window: Range): boolean {
  for (let k = 0; k < levels.length; k++) {
    const h = levels[k] as LevelHit;
    // In reading order: none further on is in the window (were one out of order, the sweep still answers).
    if (h.start >= window.end) return false;
    if (h.start < window.start || h.end > window.end) continue;
    const letter = h.level.raw.charCodeAt(0) | 32;
    // "C-6/7": SPINE_CONTEXT reads the hyphen too.
    const digit = h.level.raw.charCodeAt(h.level.raw.charCodeAt(1) === 45 ? 2 : 1);
    // c, t, l, s (either case), then 0-9.
    if ((letter === 99 || letter === 116 || letter === 108 || letter === 115) && digit >= 48 && digit <= 57) return true;
  }
  return false;
}

/** SPINE_CONTEXT.test(facts.text), read from the window's levels when one of them answers it. */
const windowNamesSpine = (facts: WindowFacts, sentence: SentenceSpine, window: Range) => namesSpinalLevel(sentence.levels, window) || SPINE_CONTEXT.test(facts.text);

const LEVEL_WORD = /\blevels?\b/i;
const COMPRESSIVE = /compressive/i;

/**
 * Whether an anchor is spinal: its own test, then no other organ in its clause. Both are pure
 * tests of the text, so their order changes no answer; the own test comes first because it is
 * cheaper than reading the window's words, which a window whose anchors all fail it never needs.
 */
function isSpinal(window: Window, facts: WindowFacts, sentence: SentenceSpine, anchor: Anchor): boolean {
  return ownTestPasses(window, facts, sentence, anchor) && !clauseIsNonSpinal(facts, window, anchor);
}

function ownTestPasses(window: Range, facts: WindowFacts, sentence: SentenceSpine, anchor: Anchor): boolean {
  if (anchor.kind === 'compression') {
    // Bones and plates are compressed too; only neural compression (or "no compression at this
    // level", or a "non-compressive" disc) is a finding.
    facts.neural ??= NEURAL_OBJECT.test(facts.text) || LEVEL_WORD.test(facts.text);
    const neural = facts.neural || (COMPRESSIVE.test(anchor.word) && (facts.spine ??= windowNamesSpine(facts, sentence, window)));
    return neural && !(facts.nerve ??= NON_SPINAL_NERVE.test(facts.text));
  }
  // "Stenosis" is spinal in a spine note unless the window names another organ (see isSpinal); so is
  // a grade that stands as an anchor, which only a spinal site's label or level list makes one.
  if (startsWithSten(anchor.word) || isGradeAnswer(anchor.word)) return true;
  return (facts.spine ??= windowNamesSpine(facts, sentence, window)) || (sentence.spine ??= SPINE_CONTEXT.test(sentence.text));
}

/**
 * Anchors read per sentence at most. Real report sentences carry well under this (the MTSamples
 * spine notes peak at 6); a page of "stenosis, stenosis, ..." would
 * otherwise cost a mention per word. The rest of a full sentence is skipped, and reported.
 */
export const MAX_ANCHORS_PER_SENTENCE = 8;

/**
 * What one call read, and what it left out because of the per-sentence cap; `imaging`, the note's
 * first MAX_IMAGING imaging words (imaging-words.ts) as a sweep of the whole note finds them, read
 * by the anchor sweep (anchor-sweep.ts, READS_IMAGING). Undefined when it does not read them, or
 * when it skipped the rest of a capped sentence before it had them all: the checklist then sweeps
 * the note for them as before (real notes are never capped; a hostile page of "stenosis" is, and
 * one sweep of the imaging and neuro words together cost it less than a sweep of each).
 */
export type MentionScan = { mentions: Mention[]; sentencesCapped: number; charactersUnread: number; imaging: Span[] | undefined };

/** The imaging words a scan keeps: as many as the checklist quotes. */
export const MAX_IMAGING = 3;

/** The imaging words a note's anchor sweep has read so far, and whether it has read every place one may start. */
type ImagingRead = { spans: Span[]; whole: boolean };

/** Notes the imaging word text[start..end) unless the note has its MAX_IMAGING. */
function noteImaging(read: ImagingRead, field: FieldText, start: number, end: number): void {
  if (read.spans.length < MAX_IMAGING && !imagingNotDone(field.text, start, end)) read.spans.push({ fieldId: field.id, start, end, text: field.text.slice(start, end) });
}

/**
 * Finds every stenosis or neural-compression statement in a note, with site, levels, regions,
 * mechanisms, severity, laterality and status (negation, uncertainty, history) and exact spans.
 *
 * @example findMentions({id: 'n', kind: 'note', text: 'No canal stenosis; moderate left C5-6 foraminal narrowing.'}).map((m) => m.status) // ['negated', 'affirmed']
 */
export function findMentions(field: FieldText): Mention[] {
  // A public entry of note text like analyze(): full-width forms are read the same way.
  const read = readFullWidth({ fields: [field] });
  if (read.originals) return restoreQuotes(scanMentions(read.input.fields[0] as FieldText).mentions, read.originals);
  return scanMentions(field).mentions;
}

/** findMentions with the per-sentence anchor cap reported (see MAX_ANCHORS_PER_SENTENCE). */
export function scanMentions(field: FieldText): MentionScan {
  return readAnchors(field, true) ?? (readAnchors(field, false) as MentionScan);
}

/**
 * A sentence and its anchors, read as they come; `cut` is where its first unread anchor starts
 * when the anchor cap filled it (its text past there is not read).
 */
type SentenceEntry = { sentence: Range; anchors: Anchor[]; cut: number | undefined };

/** What the sentences of one note share while they are described: found once, on first need. */
type NoteState = {
  field: FieldText;
  // Set in the literal as undefined, found on first need: one object shape from the start, so
  // the optimized code that reads it keeps no shape that dies with the analysis (see
  // docs/architecture.md, "Stable object shapes").
  sections: ReturnType<typeof findSections> | undefined;
  operated: LevelHit[] | undefined;
  regionNote: ((letter: 'C' | 'T' | 'L') => boolean) | undefined;
  /** The levels of the sentence described last, for the next one's look-back (see lookBackLevels). */
  levelsRead: LevelsRead | undefined;
  mentions: Mention[];
  /**
   * Whether some mention has no region yet, and whether the mentions are in span order so far:
   * noted as each sentence's mentions are made (see noteFinished), so the note's end needs no
   * second pass over thousands of mentions, long out of the cache, to ask.
   */
  open: boolean;
  sorted: boolean;
};

/**
 * Reads the anchors in order and groups them by sentence. With `inOrder`, each sentence is
 * described as soon as the next one starts, so its anchors and facts die young instead of being
 * kept for the whole note (a dense 1 MB note has thousands of sentences). That holds only while
 * sentence starts never go back; if one does (a later anchor landing in an earlier sentence), the
 * result is undefined and the caller reads the note again grouping all sentences first.
 */
export function readAnchors(field: FieldText, inOrder: boolean): MentionScan | undefined {
  const text = field.text;
  // Only a note read out of order groups its sentences in a map (an analysis made one for nothing).
  const bySentence = inOrder ? undefined : new Map<number, SentenceEntry>();
  const state: NoteState = { field, sections: undefined, operated: undefined, regionNote: undefined, levelsRead: undefined, mentions: [], open: false, sorted: true };
  let last: Range | undefined;
  let lastEntry: SentenceEntry | undefined;
  let charactersUnread = 0;
  let sentencesCapped = 0;
  // What the last sentence's search read past its anchor: the next search need not read it again.
  const clear = noClearStretch();
  // The imaging words the sweep reads (READS_IMAGING) are noted, not anchors.
  const imaging: ImagingRead | undefined = READS_IMAGING ? { spans: [], whole: true } : undefined;
  // Where the last grade's sentence has a label's colon (see labelColonOf), made on first need.
  let colons: ColonMemo | undefined;
  // Where the last colon and full stop before a grade are (see gradeStandsAt), made on first need.
  let labels: LabelScan | undefined;
  const sweep = ANCHOR_SWEEP;
  sweep.lastIndex = 0;
  for (let m = sweep.exec(text); m !== null; m = sweep.exec(text)) {
    const start = m.index;
    if (imaging !== undefined && imagingAt(text, start, sweep.lastIndex)) {
      noteImaging(imaging, field, start, sweep.lastIndex);
      continue;
    }
    // A grade the sweep found stands only where ANCHOR's look-behinds say (anchor-sweep.ts). Its
    // anchor keeps the swept word, so this is isGradeAnswer(anchor.word) below too (a test holds them equal).
    const grade = isSweptGrade(m[0]);
    if (grade && !gradeStandsAt(text, start, (labels ??= newLabelScan()))) continue;
    // Anchors come in order: one inside the previous sentence shares it (no rescan).
    const inLast = last !== undefined && start >= last.start && start + m[0].length <= last.end;
    if (inLast && last && lastEntry && lastEntry.sentence.start === last.start && lastEntry.anchors.length >= MAX_ANCHORS_PER_SENTENCE) {
      // The sentence is full: skip to its end without reading the rest (its imaging words neither).
      if (lastEntry.cut === undefined) sentencesCapped++;
      lastEntry.cut = start;
      charactersUnread += last.end - start;
      sweep.lastIndex = last.end;
      if (imaging !== undefined && imaging.spans.length < MAX_IMAGING) imaging.whole = false;
      continue;
    }
    const anchor = readAnchor(text, start, m[0]);
    if (!anchor) continue;
    const sentence = inLast && last ? last : sentenceBounds(text, anchor.start, anchor.end, clear);
    if (grade && labelColonOf(text, anchor.start, sentence.start, (colons ??= newColonMemo())) < 0) {
      // Else a grade stands for a narrowing word left out, after an anchor of its sentence (lexicon.ts).
      const earlier = inOrder ? (lastEntry?.sentence.start === sentence.start ? lastEntry : undefined) : bySentence?.get(sentence.start);
      if (earlier === undefined || earlier.anchors.length === 0) {
        // Its sentence is kept, so the next anchor in it is not looked for again.
        last = sentence;
        continue;
      }
    }
    last = sentence;
    let entry: SentenceEntry | undefined;
    if (inOrder) {
      const previous = lastEntry?.sentence.start;
      if (previous !== undefined && sentence.start < previous) return undefined;
      if (previous === sentence.start) entry = lastEntry;
      else if (lastEntry) describeSentence(state, lastEntry, lastEntry.cut);
    } else entry = bySentence?.get(sentence.start);
    entry ??= { sentence, anchors: [], cut: undefined };
    entry.anchors.push(anchor);
    bySentence?.set(sentence.start, entry);
    lastEntry = entry;
  }
  if (inOrder && lastEntry) describeSentence(state, lastEntry, lastEntry.cut);
  if (bySentence) for (const entry of bySentence.values()) describeSentence(state, entry, entry.cut);
  const { mentions } = state;
  // A grading table's cells say nothing alone: its statements are read from its header (table-rows.ts).
  const table = tableMentions(field);
  // An aligned table's lines were read as prose too, as one long statement: the table's reading stands.
  if (table.aligned.length > 0) withoutTableLines(mentions, table.aligned);
  // A statement in a site column's cell ("moderate stenosis" under "Canal") is that site's.
  withColumnSites(mentions, table.cells);
  if (table.mentions.length > 0) {
    for (const m of table.mentions) mentions.push(m);
    state.sorted = false;
  }
  charactersUnread += table.unread;
  const imagingSpans = imaging?.whole ? imaging.spans : undefined;
  if (mentions.length === 0) return { mentions: [], sentencesCapped, charactersUnread, imaging: imagingSpans };
  if (state.open) fillNoteRegion(text, mentions);
  // Read in order, the mentions are nearly always sorted already (stable, so the same order either way).
  if (!state.sorted) mentions.sort((a, b) => a.span.start - b.span.start);
  // "Cervical stenosis" of the uterine cervix is not the spine's (uterine-cervix.ts).
  withoutUterineCervix(text, mentions);
  if (mentions.length === 0) return { mentions, sentencesCapped, charactersUnread, imaging: imagingSpans };
  // An addendum or corrected report takes back what it denies (corrected-later.ts).
  supersedeCorrected(text, mentions);
  // A correction that moves findings off a level or calls it normal takes them back (level-corrections.ts).
  supersedeMoved(text, mentions);
  // A referral's label yields to the treating provider's own denial (referral-denied.ts).
  denyReferralLabels(text, mentions);
  correctionReasons(text, mentions);
  return { mentions, sentencesCapped, charactersUnread, imaging: imagingSpans };
}

/**
 * Marks each negation that is the note's later word on itself with its reason (StatusReason): one
 * whose trigger is a correction's own words ("dictated in error") or stands after the statement's
 * sentence past an addendum heading or correction label (correction-anchors.ts, takenBack). The
 * supersede readers above mark their own. In place.
 */
function correctionReasons(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.status !== 'negated' || m.statusReason !== undefined || !m.trigger) continue;
    if (takenBack(text, m.span.end, () => sentenceBounds(text, m.span.start, m.span.end).end, m.trigger)) m.statusReason = 'correction';
  }
}

/** Drops the statements that start inside one of `lines` (in note order), in place. */
function withoutTableLines(mentions: Mention[], lines: readonly { start: number; end: number }[]): void {
  let kept = 0;
  for (const m of mentions) if (!lines.some((l) => m.span.start >= l.start && m.span.start < l.end)) mentions[kept++] = m;
  mentions.length = kept;
}

/**
 * Notes whether the sentence's mentions (from `first` on, final) leave a region open and keep the
 * note's mentions in span order, read while they are fresh in the cache.
 */
function noteFinished(state: NoteState, first: number): void {
  const { mentions } = state;
  for (let i = first; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.regions.length === 0) state.open = true;
    if (i > 0 && (mentions[i - 1] as Mention).span.start > m.span.start) state.sorted = false;
  }
}

/** The look-back of a sentence whose finding is beside a construct (withoutOperatedLevels): none, never written to. */
const NO_LEVELS_BESIDE: LevelHit[] = Object.freeze([]) as unknown as LevelHit[];

/** The region words of a sentence that names a level: never read (see describeSentence), never written to. */
const NO_REGION_HITS: RegionHit[] = Object.freeze([]) as unknown as RegionHit[];

/** The sentence's region words and, when it names a root, the root's region too (see withoutRoots). */
function withRootRegions(words: RegionHit[], roots: RegionHit[]): RegionHit[] {
  return roots.length === 0 ? words : [...words, ...roots].sort((a, b) => a.start - b.start);
}

/**
 * The section status where a window's first spinal anchor stands; the sentence's own when the
 * anchor opens the sentence. sectionStatusAt answers at once for a note without a status section.
 */
function sectionStatusOf(sections: readonly Section[], sentenceStart: number, atSentence: Status | null, anchors: readonly Anchor[]): Status | null {
  const first = anchors[0];
  return first === undefined || first.start === sentenceStart ? atSentence : sectionStatusAt(sections, first.start);
}

/** "and ..." or ", ..." at a window's start: it goes on with the previous window's mechanism. */
const CONTINUES_LIST = /^\s*(?:,|and\b)/i;

/** The mentions of one sentence (read up to `cut` when the anchor cap stopped it), added to the note's. */
function describeSentence(state: NoteState, entry: SentenceEntry, cut: number | undefined): void {
  const { field, mentions } = state;
  const text = field.text;
  const sections = (state.sections ??= findSections(text));
  const { anchors } = entry;
  const sentence = cut === undefined ? entry.sentence : { start: entry.sentence.start, end: cut };
  const sentenceText = text.slice(sentence.start, sentence.end);
  const sentenceWords: SentenceWords = { clauseWords: 0, mayBeDictated: false, mayBeJunction: false };
  const lazy: SentenceClauses = { text, start: sentence.start, end: sentence.end, slice: sentenceText, clauses: undefined, words: sentenceWords, wordCues: findCues(text, sentence.start, sentence.end, NO_CLAUSES, sentenceWords), cues: undefined };
  // Word cues that set no status decide nothing, whatever the clause cues among them (see
  // setsStatus): their sentence's clause starts are found only if a window or a cue asks.
  const cues = setsStatus(lazy.wordCues) ? cuesOf(lazy) : lazy.wordCues;
  const moreCues = cues === lazy.wordCues ? () => cuesOf(lazy) : undefined;
  const exceptions = exceptionStarts(lazy.wordCues);
  // Corrections and nerve roots are read out of the levels (levels/finding-levels.ts).
  const read = findLevels(sentenceText, sentence.start, sentenceWords.mayBeJunction);
  const { levels: stated, roots } = findingLevelsOf(read, sentenceText, sentence.start, (state.regionNote ??= regionNoteOf(text)), sentenceWords.mayBeDictated);
  // This sentence's look-back may answer from the last sentence's levels, and the next one's from these.
  const readBefore = state.levelsRead;
  state.levelsRead = { start: sentence.start, end: sentence.end, hits: read };
  // The levels a "status post" names are the operation's, not those of a finding before it.
  // A finding placed beside a fusion whose levels are all the sentence states has no level of its
  // own ("adjacent segment stenosis above the L4-S1 fusion"), nor one from another sentence.
  const { levels: sentenceLevels, operated, beside } = withoutOperatedLevels(stated, lazy.wordCues, text);
  // Region words count only where no level names the region: a window reads them only when its
  // sentence has no level (describe-window's pickLevels and readRegions), and most finding
  // sentences have one.
  const regionWords = sentenceLevels.length > 0 ? NO_REGION_HITS : findRegionHits(sentenceText, sentence.start);
  const regionHits = sentenceLevels.length > 0 ? NO_REGION_HITS : withRootRegions(regionWords, roots);
  // Only nerve roots tell the region ("... compression of exiting L5 nerve roots"): the look-back
  // may still name the level, where one of them passes (describe-window's pickLevels).
  const onlyRoots = regionWords.length === 0 && roots.length > 0 ? roots : NO_REGION_HITS;
  const spine: SentenceSpine = { text: sentenceText, spine: undefined, levels: stated };
  const windows = splitWindows(text, sentence, anchors, lazy, stated);
  // Once per sentence, not per window: the look-back reading and the section's status.
  let lookBack: LevelHit[] | undefined;
  const lookBackOf = () => (lookBack ??= beside ? NO_LEVELS_BESIDE : lookBackLevels(text, sentence.start, state, readBefore));
  const sectionStatus = sectionStatusAt(sections, sentence.start);
  // The sentence's mentions go straight into the note's, from `first` on (see dropRedundant).
  const first = mentions.length;
  let sited = false;
  // Made only when a sentence has a joined window without a level of its own (few do).
  let levelless: Set<Mention> | undefined;
  let inherited: Mention['mechanisms'] = [];
  // The last site named in the sentence, which a label's answer list names for all its items (see carryAnswerSite).
  let answerSite: Mention['site'] | undefined;
  // A sentence that goes on a label's answer past a semicolon ("Canal: L3-4 mild; L4-5 moderate")
  // starts with the label's site.
  const firstAnchor = anchors[0];
  const outsideLabel = firstAnchor !== undefined && isGradeAnswer(firstAnchor.word) ? labelColonOf(text, firstAnchor.start, sentence.start) : -1;
  if (outsideLabel >= 0 && outsideLabel < sentence.start) answerSite = labelSite(text, outsideLabel);
  // Where the list the current window's items go on started: its first window's mentions.
  let listStart = first;
  // One facts and one input per sentence, set for each window in turn (see windowFacts): what the
  // windows of a sentence share is set once, and describeWindow reads its input only during its
  // call (the mentions it makes keep none of it).
  let facts: WindowFacts | undefined;
  let input: WindowInput | undefined;
  for (let w = 0; w < windows.length; w++) {
    const window = windows[w];
    if (!window) continue;
    // Most sentences are one window: their text is the sentence's, already sliced.
    const whole = window.start === sentence.start && window.end === sentence.end;
    facts = windowFacts(whole ? sentenceText : text.slice(window.start, window.end), lazy, facts);
    const spinalAnchors = spinalOf(window, facts, spine);
    if (spinalAnchors.length === 0) continue;
    // A spinal anchor has had its window's words read (isSpinal); describeWindow reads them too.
    readWords(facts, window);
    const described = spinalAnchors === window.anchors ? window : { start: window.start, end: window.end, anchors: spinalAnchors };
    // A table row's status cell (context/problem-status.ts) may start mid-sentence: a table
    // without punctuation is one "sentence" from its header on, and the row's status is where
    // the window's words stand, not where the sentence starts (QA stop 51: "Lumbar spinal
    // stenosis L4-5      Inactive     2023" under a "Status" header read as current).
    const windowStatus = sectionStatusOf(sections, sentence.start, sectionStatus, spinalAnchors);
    if (input === undefined) {
      input = {
        field,
        window: described,
        windowText: facts.text,
        words,
        sentence,
        cues,
        moreCues,
        exceptions,
        sentenceLevels,
        regionHits,
        onlyRoots,
        lookBackLevels: lookBackOf,
        clauses: lazy,
        sectionStatus: windowStatus,
        inheritedMechanisms: inherited,
      };
    } else {
      input.window = described;
      input.windowText = facts.text;
      input.sectionStatus = windowStatus;
      input.inheritedMechanisms = inherited;
    }
    // The window's mentions go straight into the note's, from `found` on.
    const found = mentions.length;
    describeWindow(input, mentions);
    const answers = (w > 0 || answerSite !== undefined) && answersLabel(spinalAnchors);
    if (answers) {
      keepItemStatus(mentions, found, text, sentence.start, window.start);
      shareListCause(mentions, listStart, found);
    } else listStart = found;
    // A site-less window after an exception ("patent except L4-5, where there is moderate
    // narrowing") is the same site's, at the excepted level.
    const excepted = !answers && w > 0 && exceptionBetween(exceptions, (windows[w - 1] as Window).start, spinalAnchors[0]?.start ?? window.start);
    answerSite = carryAnswerSite(mentions, found, answerSite, answers || excepted);
    const next = windows[w + 1];
    const joined = window.joint === 'with' || window.joint === 'and' || next?.joint === 'with' || next?.joint === 'and';
    if (joined && found < mentions.length && !hasLevelWithin(sentenceLevels, window)) {
      levelless ??= new Set<Mention>();
      for (let i = found; i < mentions.length; i++) levelless.add(mentions[i] as Mention);
    }
    let withMechanism: Mention | undefined;
    for (let i = found; i < mentions.length; i++) {
      const f = mentions[i] as Mention;
      if (f.site !== 'unspecified') sited = true;
      if (!withMechanism && f.mechanisms.length > 0) withMechanism = f;
    }
    // What the next window inherits (the last window has none after it: most sentences are one window).
    if (next) inherited = withMechanism ? withMechanism.mechanisms : CONTINUES_LIST.test(facts.text) ? inherited : [];
  }
  keepOwnLevelCurrent(mentions, first, lazy.wordCues, operated, text);
  // Most sentences have one mention, which this cannot change.
  if (mentions.length - first > 1) contactWithoutStenosis(mentions, first);
  if (levelless && sited) dropRedundant(mentions, first, levelless);
  noteFinished(state, first);
}

/** Whether an exception cue (`starts`, in order) starts in [from, to). */
function exceptionBetween(starts: number[], from: number, to: number): boolean {
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i] as number;
    if (at >= to) return false;
    if (at >= from) return true;
  }
  return false;
}

/** Whether some level hit lies inside the range. */
function hasLevelWithin(hits: LevelHit[], range: Range): boolean {
  for (const h of hits) if (h.start >= range.start && h.end <= range.end) return true;
  return false;
}

/** A window's spinal anchors: the window's own list when all are (most windows), else a new one. */
function spinalOf(window: Window, facts: WindowFacts, spine: SentenceSpine): Anchor[] {
  const all = window.anchors;
  let some: Anchor[] | undefined;
  for (let i = 0; i < all.length; i++) {
    const anchor = all[i] as Anchor;
    if (isSpinal(window, facts, spine, anchor)) some?.push(anchor);
    else some ??= all.slice(0, i);
  }
  return some ?? all;
}

/** The caps that left text unread over several notes, or undefined when none did. */
export function mentionLimits(scans: MentionScan[]): AnalyzeLimits | undefined {
  const sentencesCapped = scans.reduce((n, s) => n + s.sentencesCapped, 0);
  if (sentencesCapped === 0) return undefined;
  return { anchorsPerSentence: MAX_ANCHORS_PER_SENTENCE, sentencesCapped, charactersUnread: scans.reduce((n, s) => n + s.charactersUnread, 0) };
}

/**
 * A statement with no level and no region word nearby ("Multilevel foraminal compromise") takes the
 * note's region when the note names exactly one ("MRI CERVICAL SPINE"); otherwise it stays open.
 */
function fillNoteRegion(text: string, mentions: Mention[]): void {
  const open = mentions.filter((m) => m.regions.length === 0);
  if (open.length === 0) return;
  const regions = findRegionWords(text);
  if (regions.length !== 1) return;
  for (const m of open) m.regions = regions;
}

/**
 * "Cervical stenosis with cord compression": a site-less statement with no level of its own, in a
 * sentence that also has a sited one, says the same thing twice; keep the specific one. Drops them
 * from the sentence's mentions (`mentions` from `first` on) in place, keeping the order.
 */
function dropRedundant(mentions: Mention[], first: number, levelless: Set<Mention>): void {
  let kept = first;
  for (let i = first; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.site === 'unspecified' && levelless.has(m)) continue;
    mentions[kept++] = m;
  }
  mentions.length = kept;
}

/**
 * A level stated just before the sentence: a heading ("L5-S1: ...") or the previous sentence.
 * Segments ("L5-S1") win over lone vertebrae ("the S1 root"), which name roots more than levels.
 * `readBefore`, the levels of the sentence described last, answers it when that sentence ends
 * where this one starts and holds the answer (see lastLevelsBefore).
 */
function lookBackLevels(text: string, sentenceStart: number, state: NoteState, readBefore: LevelsRead | undefined): LevelHit[] {
  const from = Math.max(0, sentenceStart - 400);
  const hits = lastLevelsBefore(text, from, sentenceStart, readBefore, (state.regionNote ??= regionNoteOf(text)));
  if (hits.length > 0 && regionMovedAfter(text, hits, sentenceStart)) return [];
  if (hits.length === 0) return (state.operated ??= operatedLevels(text));
  return summaryLookBack(text, withLevelsListedBefore(text, hits, from), sentenceStart, state.mentions);
}

/** Procedure words whose sentence names the operated level ("L3-4 laminectomy", "ACDF at C5-6"). */
const PROCEDURE =
  /\b(?:laminectom\w*|hemilaminectom\w*|laminotom\w*|laminoplast\w*|discectom\w*|diskectom\w*|microdiscectom\w*|foraminotom\w*|facetectom\w*|corpectom\w*|fusion|arthrodesis|ACDF|decompression)\b/gi;

/**
 * The one operated level of an operative note, for a finding that names none ("Severe central
 * canal stenosis was found"): the annotation guide takes a level from context only when it is
 * unambiguous, so every procedure sentence must name the same single segment; else none.
 */
function operatedLevels(text: string): LevelHit[] {
  let found: LevelHit | undefined;
  let last: Range | undefined;
  PROCEDURE.lastIndex = 0;
  for (let m = PROCEDURE.exec(text); m !== null; m = PROCEDURE.exec(text)) {
    if (last && m.index < last.end) continue;
    last = sentenceBounds(text, m.index, m.index + m[0].length);
    const segments = findLevels(text.slice(last.start, last.end), last.start).filter((h) => h.level.normalized.includes('-'));
    for (const hit of segments) {
      if (found && found.level.normalized !== hit.level.normalized) return [];
      found ??= hit;
    }
  }
  return found ? [found] : [];
}
