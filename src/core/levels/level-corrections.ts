import type { Mention, Region } from '../types';
import { sentenceBounds } from '../text/sentence-bounds';
import { withoutSetAside } from './contrasted-levels';
import { ADDENDUM_HEADING, CALLED_WRONG, CORRECTION_LABEL } from './correction-anchors';
import { findLevels, findRegionWords, type LevelHit } from './find-levels';

/**
 * An addendum or correction that moves findings off a level, or says a level is normal (blind QA
 * stop 51, H4: "ADDENDUM: ... The disc extrusion and the foraminal stenosis described at C6-C7 are
 * at C7-T1. The C6-C7 level is normal." left M50.223 (C6-C7) and M50.23 (C7-T1) both supported).
 * The report's later word replaces its earlier one: what it said at the level it corrects is
 * taken back, for the findings the correcting sentence names ('moved'), or for every finding at a
 * level it calls normal ('normal'). The corrected statement itself is read at its new level only
 * (contrasted-levels.ts sets the old one aside).
 *
 * Read only after an addendum heading or a correction word, within REACH of it: a findings list's
 * own "C7-T1: Normal." or "stenosis at C5-6, not C4-5" corrects nothing said before it.
 */
export type LevelCorrection = {
  /** The correcting sentence. */
  start: number;
  end: number;
  /**
   * The normalised levels the findings are taken off ("C6-C7"); empty for a retraction that names
   * no level ("the foraminal stenosis mentioned above was dictated in error"), which takes back the
   * finding it names at any level, in `regions` when it names some.
   */
  from: string[];
  /** For a retraction without levels: the regions its words name before the predicate ("the lumbar stenosis ... is incorrect"); else empty. */
  regions: Region[];
  kind: 'moved' | 'normal' | 'retracted';
  /** For 'retracted': the statement taken back stands below the correction ("described below was an error"). */
  below: boolean;
  /** The words that say so ("C6-C7 are at C7-T1", "C6-C7 level is normal"): the statements' trigger. */
  triggerStart: number;
  triggerEnd: number;
};

/**
 * An addendum's heading or a correction's label (correction-anchors.ts, shared with
 * corrected-later.ts): what a later word on the report starts with.
 */
const ANCHOR = new RegExp(String.raw`\b(?:${ADDENDUM_HEADING}|${CORRECTION_LABEL})`, 'gi');
/**
 * A piece of every ANCHOR match, as written or in capitals: a note holding none is read as holding
 * no anchor (an anchor in mixed capitals, "AdDENDUM", is not read), as before the sweep came first.
 */
const PIECES = [
  'ddend',
  'DDEND',
  'orrect',
  'ORRECT',
  'mend',
  'MEND',
  'rratum',
  'RRATUM',
  'hould',
  'HOULD',
  'ntry',
  'NTRY',
];
/** How far after its anchor a correcting sentence may stand: an addendum is a short paragraph. */
const REACH = 1000;

/**
 * A level called normal: "C6-C7 is normal", "the C6-C7 level is normal", "C6-7: unremarkable", "C6-7
 * disc space is normal", the word ending its clause. Not "otherwise normal" (the rest of the level
 * is), nor "normal in alignment" (one aspect).
 */
const NORMAL_AFTER =
  /^\s{0,2}(?:(?:level|segment|interspace|dis[ck](?:\s+space)?|dis[ck]\s+level)\s+)?(?::\s*|(?:is|was|appears|remains|looks|are)\s+(?:now\s+|entirely\s+|completely\s+)?)(?:normal|unremarkable|negative)\s*(?:[.;,)]|$)/i;

/** A statement called wrong by a predicate after it (correction-anchors.ts). */
const RETRACTED = new RegExp(CALLED_WRONG, 'i');

const NONE: LevelCorrection[] = [];
const last: { text: string; corrections: LevelCorrection[] } = { text: '', corrections: NONE };

/** The note's level corrections, in order (read once per text: the condition and mention readers both ask). */
export function levelCorrections(text: string): LevelCorrection[] {
  if (last.text === text) return last.corrections;
  const corrections = read(text);
  last.text = text;
  last.corrections = corrections;
  return corrections;
}

function mayHoldAnchor(text: string): boolean {
  for (const p of PIECES) if (text.indexOf(p) >= 0) return true;
  return false;
}

function read(text: string): LevelCorrection[] {
  let out: LevelCorrection[] | undefined;
  let readTo = 0;
  ANCHOR.lastIndex = 0;
  // The sweep first, PIECES only once it finds an anchor: twelve indexOf searches ("hould" and
  // "ntry" pass in half the notes) cost more than ANCHOR's one sweep, which finds none in most
  // notes (real notes: 15.6 us with the searches first, 9.7 without; 1 MB of "stenosis,": 1.48 ms
  // and 0.82 ms). What is read is the same.
  let first = true;
  for (let a = ANCHOR.exec(text); a !== null; a = ANCHOR.exec(text)) {
    if (first && !mayHoldAnchor(text)) return NONE;
    first = false;
    const limit = Math.min(text.length, a.index + REACH);
    let at = Math.max(a.index, readTo);
    while (at < limit) {
      const sentence = sentenceBounds(text, at, at);
      const end = Math.max(sentence.end + 1, at + 1);
      if (sentence.end > readTo)
        for (const c of correctionsIn(text, sentence.start, sentence.end)) (out ??= []).push(c);
      readTo = Math.max(readTo, end);
      at = end;
    }
  }
  return out ?? NONE;
}

/** The corrections one sentence states. */
function correctionsIn(text: string, start: number, end: number): LevelCorrection[] {
  const piece = text.slice(start, end);
  const hits = findLevels(piece, start);
  if (hits.length === 0) return levellessRetraction(piece, start, end);
  const out: LevelCorrection[] = [];
  const kept = withoutSetAside(hits, piece, start);
  if (kept.length > 0 && kept.length < hits.length) {
    const from: string[] = [];
    for (const h of hits)
      if (!kept.includes(h) && !from.includes(h.level.normalized)) from.push(h.level.normalized);
    const first = hits[0] as LevelHit;
    const lastHit = hits[hits.length - 1] as LevelHit;
    out.push({ start, end, from, regions: NO_REGIONS, kind: 'moved', below: false, triggerStart: first.start, triggerEnd: lastHit.end });
  }
  // "The earlier impression of left L4-5 foraminal stenosis is incorrect": the levels before the
  // predicate are taken back (blind note QA stop 53, H3: the predicate retracted nothing).
  const retracted = RETRACTED.exec(piece);
  if (retracted) {
    const at = start + retracted.index;
    const from: string[] = [];
    for (const h of hits) if (h.end <= at && !from.includes(h.level.normalized)) from.push(h.level.normalized);
    if (from.length > 0)
      out.push({ start, end, from, regions: NO_REGIONS, kind: 'retracted', below: /\b(?:below|following)\b/i.test(piece), triggerStart: at, triggerEnd: at + retracted[0].length });
  }
  for (const h of hits) {
    // Past the sentence's end: a colon ends one ("C6-C7: unremarkable").
    const m = NORMAL_AFTER.exec(text.slice(h.end, Math.min(text.length, h.end + 48)));
    if (m)
      out.push({
        start,
        end,
        from: [h.level.normalized],
        regions: NO_REGIONS,
        kind: 'normal',
        below: false,
        triggerStart: h.start,
        triggerEnd: h.end + m[0].length,
      });
  }
  return out;
}

const NO_REGIONS: Region[] = [];

/**
 * A retraction that names no level, in an addendum or correction: "Addendum: the foraminal stenosis
 * mentioned above was dictated in error." (stop 54: it took back only its own sentence, and the
 * earlier statement it names stood). It takes back what it names (its readers ask `names` for a
 * finding of the statement's kind before the predicate) at any level, within the regions its words
 * name before the predicate, if any.
 */
function levellessRetraction(piece: string, start: number, end: number): LevelCorrection[] {
  const retracted = RETRACTED.exec(piece);
  if (!retracted) return NONE;
  const at = start + retracted.index;
  const regions = findRegionWords(piece.slice(0, retracted.index));
  return [{ start, end, from: [], regions, kind: 'retracted', below: /\b(?:below|following)\b/i.test(piece), triggerStart: at, triggerEnd: at + retracted[0].length }];
}

/**
 * The correction after `after` (within reach of it) that takes back a statement at `levels` (in
 * `regions`): one that calls all of them normal, moves all of them, or retracts them, and names
 * the statement's finding in its sentence (`names`); a retraction naming no level retracts the
 * finding it names at any level, or none, in the regions it names. Undefined when none does.
 */
export function correctionOf(
  text: string,
  after: number,
  levels: readonly string[],
  names: (c: LevelCorrection) => boolean,
  regions: readonly Region[] = NO_REGIONS,
): LevelCorrection | undefined {
  const corrections = levelCorrections(text);
  for (const c of corrections) {
    // A retraction that says "described below" takes back what follows it; every other what precedes.
    if (c.below ? c.end > after : c.start < after) continue;
    if (c.from.length === 0) {
      if (c.regions.length > 0 && !c.regions.some((r) => regions.includes(r))) continue;
      if (names(c)) return c;
      continue;
    }
    if (levels.length === 0 || !levels.every((l) => c.from.includes(l))) continue;
    if (c.kind === 'normal' || names(c)) return c;
  }
  return undefined;
}

/**
 * The retraction whose subject the mention is: it stands in the retracting sentence before the
 * predicate ("the foraminal stenosis mentioned above was dictated in error"), so the sentence does
 * not affirm it; it names the statement taken back.
 */
function subjectOf(text: string, m: Mention): LevelCorrection | undefined {
  for (const c of levelCorrections(text)) if (c.kind === 'retracted' && !c.below && m.span.start >= c.start && m.span.end <= c.triggerStart) return c;
  return undefined;
}

/**
 * Sets to negated each affirmed stenosis mention a later correction takes back (correctionOf: a
 * moved one when a mention of the same site stands in the correcting sentence), with the
 * correction's words as trigger. In place: the mention keeps its shape.
 */
export function supersedeMoved(text: string, mentions: Mention[]): void {
  if (levelCorrections(text).length === 0) return;
  for (const m of mentions) {
    if (m.status !== 'affirmed') continue;
    const levels = m.levels.map((l) => l.normalized);
    // A level-less retraction names the statement by its site before the predicate ("the foraminal
    // stenosis mentioned above was dictated in error"); the others anywhere in their sentence.
    const c = subjectOf(text, m) ?? correctionOf(
      text,
      m.span.end,
      levels,
      (k) => mentions.some((o) => o !== m && o.site === m.site && o.span.start >= k.start && o.span.start < (k.from.length === 0 ? k.triggerStart : k.end)),
      m.regions,
    );
    if (!c) continue;
    m.status = 'negated';
    m.statusReason = 'correction';
    m.trigger = {
      fieldId: m.span.fieldId,
      start: c.triggerStart,
      end: c.triggerEnd,
      text: text.slice(c.triggerStart, c.triggerEnd),
    };
  }
}
