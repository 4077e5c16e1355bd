import { CORRECTION_LABEL, RETRACTION } from '../levels/correction-anchors';
import type { Mention } from '../types';

/**
 * A correction in the note: an addendum, a corrected or amended report, a retraction, "should
 * read", "disregard". What the note affirmed before it and denies after it, at the same site and
 * levels, is what the correction took back ("IMPRESSION: Severe central canal stenosis at L4-5.
 * ADDENDUM: ... Corrected impression: ... no central canal stenosis"; QA stop 47, class 1).
 */
const CORRECTION =
  /\b(?:addend(?:um|a)|correct(?:ion|ed)\b|amend(?:ed|ment)\b|retract(?:ed|ion|s)?\b|should (?:have )?read\b|disregard\b|erratum\b)/gi;

/**
 * How far before a denial its correction may stand: an addendum or corrected impression states the
 * finding again within a few sentences of its heading ("ADDENDUM: On review, no central canal
 * stenosis at L4-5").
 */
const REACH = 1000;

/**
 * A piece of every CORRECTION match, no boundary asserted: a stretch of the note without one holds
 * no correction, whatever stretch of it is searched (a stretch's edges add boundaries, never letters).
 */
const MAY_CORRECT = /addend|correct|amend|retract|should|disregard|erratum/i;

/**
 * Sets to negated each affirmed mention that a negated one after a correction denies (same site,
 * the same levels, neither without levels), with that negation's trigger: the correction stands
 * between the two, within REACH characters before the denial. In place: the mention keeps its
 * shape (docs/architecture.md, "Stable object shapes"). Linear in the mentions; the note is
 * searched for corrections only before each such denial, once per denial: searching the whole
 * note whenever something affirmed was followed by a denial of it cost a 100 KB note a tenth of
 * its analysis.
 */
export function supersedeCorrected(text: string, mentions: Mention[]): void {
  let firstAffirmed = -1;
  let denialAfter = false;
  for (let i = 0; i < mentions.length && !denialAfter; i++) {
    const m = mentions[i] as Mention;
    if (m.status === 'affirmed' && m.levels.length > 0 && firstAffirmed < 0) firstAffirmed = i;
    else if (m.status === 'negated' && firstAffirmed >= 0) denialAfter = true;
  }
  if (!denialAfter) return;
  // The last denial of each site and levels.
  const denials: Denials = new Map();
  let count = 0;
  for (let i = firstAffirmed + 1; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.status !== 'negated' || m.levels.length === 0) continue;
    let bySite = denials.get(m.site);
    if (bySite === undefined) denials.set(m.site, (bySite = new Map<string, Mention>()));
    const levels = levelsKey(m);
    if (!bySite.has(levels)) count++;
    bySite.set(levels, m);
  }
  if (count === 0 || !mayCorrectBefore(text, denials, count)) return;
  // Where the corrections before each denial start, found on first need.
  const before = new Map<Mention, number[]>();
  for (const m of mentions) {
    if (m.status !== 'affirmed' || m.levels.length === 0) continue;
    const bySite = denials.get(m.site);
    if (bySite === undefined) continue;
    const later = bySite.get(levelsKey(m));
    if (!later || later.span.start < m.span.end) continue;
    let corrections = before.get(later);
    if (!corrections)
      before.set(
        later,
        (corrections = correctionsIn(text, Math.max(0, later.span.start - REACH), later.span.start)),
      );
    const end = m.span.end;
    if (!corrections.some((at) => at >= end)) continue;
    m.status = 'negated';
    m.trigger = later.trigger;
    m.statusReason = 'correction';
  }
}

/**
 * The last denial of each site and levels, by site, then by levelsKey: one key string per mention
 * was made and hashed for every denial of a run-on page (a negated statement per phrase), where a
 * level's normalized name is a string the levels share (describe-window.ts), its hash kept.
 */
type Denials = Map<Mention['site'], Map<string, Mention>>;

/** The levels, in a fixed order (most mentions name one level: no list is made for it). */
function levelsKey(m: Mention): string {
  const levels = m.levels;
  if (levels.length === 1) return (levels[0] as Mention['levels'][number]).normalized;
  const names: string[] = [];
  for (const l of levels) names.push(l.normalized);
  return names.sort().join(' ');
}

/**
 * Whether the reach before some denial may hold a correction: each stretch where reaches overlap is
 * tested once for MAY_CORRECT (most notes correct nothing). The denials were searched one reach at
 * a time, a dense note's reaches overlapping, for corrections it did not have.
 */
function mayCorrectBefore(text: string, denials: Denials, count: number): boolean {
  // A typed list sorts numbers in order with no comparator (a closure made per analysis; see
  // docs/architecture.md, "Stable object shapes").
  const starts = new Int32Array(count);
  let n = 0;
  for (const bySite of denials.values()) for (const d of bySite.values()) starts[n++] = d.span.start;
  starts.sort();
  for (let i = 0; i < n; i++) {
    const from = Math.max(0, (starts[i] as number) - REACH);
    let to = starts[i] as number;
    while (i + 1 < n && (starts[i + 1] as number) - REACH <= to) to = starts[++i] as number;
    if (MAY_CORRECT.test(text.slice(from, to))) return true;
  }
  return false;
}

/** Where corrections start in text[from, to). */
function correctionsIn(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  const piece = text.slice(from, to);
  CORRECTION.lastIndex = 0;
  for (let m = CORRECTION.exec(piece); m; m = CORRECTION.exec(piece)) out.push(from + m.index);
  return out;
}

/**
 * A correction mark: where it stands, and whether it retracts the statement beside it ("The L4-5
 * herniation above was entered in error", "disregard the L4-5 herniation") or introduces the
 * corrected one ("Correction: the herniation is at L5-S1", "Error: should read L5-S1", "Amended").
 * A plain "Addendum" is no mark here: an addendum may add a finding without taking any back.
 */
export type CorrectionMark = { start: number; end: number; retracts: boolean };

/**
 * QA stop 48, class B: how notes write that a statement was wrong and what replaces it: a
 * retraction, or a correction's label (levels/correction-anchors.ts, the labels level-corrections.ts
 * reads too). An operative note's "correction of the deformity" or "retracted" nerve root corrects
 * no statement.
 */
const CORRECTION_MARK = new RegExp(String.raw`\b(?:${RETRACTION}|${CORRECTION_LABEL})`, 'gi');
const RETRACTS = /error\b|erroneous|mistakenly|disregard/i;
const NO_MARKS: CorrectionMark[] = [];

/**
 * A piece every CORRECTION_MARK match holds, as written or in capitals: indexOf over a long note
 * costs far less than the sweep, which most notes (none holding any) are spared.
 */
const MARK_PIECES = ['rror', 'rroneous', 'istaken', 'isregard', 'orrect', 'mend', 'hould', 'rratum'].flatMap(
  (p) => [p, p.toUpperCase()],
);
function mayHoldMark(text: string): boolean {
  for (let i = 0; i < MARK_PIECES.length; i++) if (text.indexOf(MARK_PIECES[i] as string) >= 0) return true;
  return false;
}

/** The correction marks of a note, in order (one sweep; most notes have none). */
export function correctionMarks(text: string): CorrectionMark[] {
  // Every reader of the conditions asks for the same note's marks in one analysis: the last answer is kept.
  if (lastMarks.text === text) return lastMarks.marks;
  const marks = mayHoldMark(text) ? sweepMarks(text) : NO_MARKS;
  lastMarks.text = text;
  lastMarks.marks = marks;
  return marks;
}
const lastMarks: { text: string; marks: CorrectionMark[] } = { text: '', marks: NO_MARKS };

function sweepMarks(text: string): CorrectionMark[] {
  let out: CorrectionMark[] | undefined;
  CORRECTION_MARK.lastIndex = 0;
  for (let m = CORRECTION_MARK.exec(text); m; m = CORRECTION_MARK.exec(text)) {
    const word = m[0];
    // "Error:" introduces what should have been written; "in error" retracts.
    const retracts = RETRACTS.test(word) && !/:$/.test(word.trimEnd());
    (out ??= []).push({ start: m.index, end: m.index + word.length, retracts });
  }
  return out ?? NO_MARKS;
}

/**
 * The mark that retracts a statement at [start, end) of its sentence: a retracting mark in the
 * same clause (no semicolon or full stop between them): "The L4-5 herniation above was documented
 * in error; MRI shows the herniation at L5-S1" retracts the first herniation only.
 */
export function retractingMark(
  text: string,
  marks: readonly CorrectionMark[],
  sentence: { start: number; end: number },
  start: number,
  end: number,
): CorrectionMark | undefined {
  for (const mark of marks) {
    if (!mark.retracts || mark.start < sentence.start || mark.end > sentence.end) continue;
    const from = mark.start >= end ? end : mark.end;
    const to = mark.start >= end ? mark.start : start;
    // A clause ends at a semicolon, a full stop or a bracket; a correction between them names
    // what replaced the statement ("L4-5 herniation (corrected from L3-4 ..., dictated in error)").
    if (/[;.(]/.test(text.slice(from, to))) continue;
    if (marks.some((other) => !other.retracts && other.start >= from && other.end <= to)) continue;
    return mark;
  }
  return undefined;
}

/** How far after its correction mark a corrected statement is looked for. */
export const CORRECTED_REACH = 1500;

/** The correction marks from `at` on. */
export function marksAfter(marks: readonly CorrectionMark[], at: number): CorrectionMark[] {
  const out: CorrectionMark[] = [];
  for (const mark of marks) if (mark.start >= at) out.push(mark);
  return out;
}
