import data from './procedure-evidence.json' with { type: 'json' };
import { assessContext } from '../context/assess-context';
import { findCues, type Cue } from '../context/find-cues';
import { findSections, sectionStatusAt } from '../context/find-sections';
import { findLevels, findRegionWords, type LevelHit } from '../levels/find-levels';
import { hoistBoundary } from '../text/hoist-boundary';
import { holdsOneOf } from '../text/holds-one-of';
import { sentenceBounds } from '../text/sentence-bounds';
import { holdsWordAfterPlain, runEndAfter, runStartBefore } from './anchor-word';
import { isWordChar } from '../text/char-scan';
import { matchedEntry } from './lexicon';
import type { FieldText, Level, ProcedureEvidence, ProcedureStatus, Region, Site, Status } from '../types';

// Procedures are evidence of a site, never stenosis mentions (annotation guide: "decompression"
// as a procedure is a trap). The patterns are data (procedure-evidence.json), checked here at load.

type ProcedureRule = { id: string; pattern: string; site: Site; origin: string; note?: string };

const FILE = 'procedure-evidence.json';
const SITES: readonly Site[] = ['foramen', 'canal', 'lateral-recess'];

function checkRules(list: unknown, key: string, origins: Record<string, unknown>): ProcedureRule[] {
  if (!Array.isArray(list)) throw new Error(`${FILE}: "${key}" must be a list`);
  return list.map((raw: Partial<ProcedureRule> | null, index) => {
    const id = raw?.id;
    if (typeof id !== 'string' || id === '') throw new Error(`${FILE}: ${key} #${index} has no id`);
    if (typeof raw?.pattern !== 'string') throw new Error(`${FILE}: "${id}" has no pattern`);
    try {
      new RegExp(raw.pattern, 'gi');
    } catch {
      throw new Error(`${FILE}: "${id}" pattern does not compile`);
    }
    // An unbounded repeat of a group that itself holds a + or * could backtrack badly; a bounded
    // one ({0,3}) of disjoint classes ("[\w-]+\s+") stays linear.
    if (/\((?:[^()]*[+*][^()]*)\)[+*]/.test(raw.pattern)) throw new Error(`${FILE}: "${id}" repeats a group with an unbounded repeat inside`);
    // One capture group per rule is added around each pattern; a pattern's own groups must not capture.
    if (/\((?!\?)/.test(raw.pattern.replace(/\\./g, ''))) throw new Error(`${FILE}: "${id}" has a capturing group; use (?:...)`);
    if (!raw.site || !SITES.includes(raw.site)) throw new Error(`${FILE}: "${id}" site must be one of ${SITES.join(', ')}`);
    if (typeof raw.origin !== 'string' || typeof origins[raw.origin] !== 'string') throw new Error(`${FILE}: "${id}" origin is not among the file's origins`);
    return raw as ProcedureRule;
  });
}

/** Validates the data file; exported for its test. */
export function validateProcedureData(raw: unknown): { procedures: ProcedureRule[]; otherSite: ProcedureRule[] } {
  const file = raw as { origins?: Record<string, unknown>; procedures?: unknown; otherSiteProcedures?: unknown } | null;
  const origins = file?.origins ?? {};
  const procedures = checkRules(file?.procedures, 'procedures', origins);
  const otherSite = checkRules(file?.otherSiteProcedures, 'otherSiteProcedures', origins);
  const ids = new Set<string>();
  for (const rule of [...procedures, ...otherSite]) {
    if (ids.has(rule.id)) throw new Error(`${FILE}: "${rule.id}" appears twice`);
    ids.add(rule.id);
  }
  return { procedures, otherSite };
}

const checked = validateProcedureData(data);
/**
 * One sweep per note: every procedure rule as one alternation, group i+1 = rule i. Rules that all
 * open with a word boundary have it asserted once in front, a faster sweep (text/hoist-boundary.ts).
 */
const PROCEDURE = new RegExp(hoistBoundary(checked.procedures.map((r) => `(${r.pattern})`).join('|')), 'gi');
/**
 * Every procedure pattern reads "foram" after word characters, spaces and hyphens only (checked
 * here, so a new pattern without it just turns the skip off): no match starts before the run of
 * such characters leading to the next "foram", and a note without one has none. Most notes lack
 * the word, and the sweep of this long alternation is what reading them cost.
 */
export const ANCHOR_WORD = 'foram';
const ANCHORED = checked.procedures.every((r) => holdsWordAfterPlain(r.pattern, ANCHOR_WORD));
const ANCHOR_SWEEP = new RegExp(ANCHOR_WORD, 'gi');

/**
 * Whether a pattern reads nothing but word characters, white space and hyphens, and asserts
 * nothing but \b: then every match lies inside one run of such characters. Read from the source
 * token by token, conservatively: anything else (a dot, a comma, a lookaround, a negated class)
 * answers false.
 */
const PLAIN_TOKEN = /\\[bwsd-]|\[(?:\\[wsd]|[\w-])+\]|\((?:\?:)?|[)|?*+]|\{\d+(?:,\d*)?\}|[\w -]/y;
export function readsOnlyPlain(source: string): boolean {
  for (let at = 0; at < source.length; at = PLAIN_TOKEN.lastIndex) {
    PLAIN_TOKEN.lastIndex = at;
    if (PLAIN_TOKEN.exec(source) === null) return false;
  }
  return true;
}

/**
 * When every match also reads only such characters, the run around a "foram" holds every match
 * that can start before it: the sweep may read that run alone (a slice of the note) and jump to
 * the next "foram", instead of going on over everything up to the next match (in a note with a
 * "foram" finding and no procedure, the whole rest of the note). It does so when the jump is
 * long (SKIP_WORTH); where the word comes again soon, one sweep on costs less than a slice per
 * run. The run's end is read at most RUN_REACH characters past the word; a longer run (run-on
 * dictation) is swept as before.
 */
const IN_RUNS = ANCHORED && checked.procedures.every((r) => readsOnlyPlain(r.pattern));
const RUN_REACH = 4096;
/** The stretch up to the next "foram" worth skipping by reading a run alone (on the bench notes: dense MRI findings are closer, typical notes much further apart). */
const SKIP_WORTH = 1024;

/**
 * Every procedure also names what was done to the foramen (a word below, checked here like the
 * anchor word): a run around a "foram" without one of them holds no match. An MRI report names
 * the foramina often and procedures never; testing each such run (a few dozen characters) for
 * the words replaces the sweep of the whole alternation over the rest of the report.
 */
const DEED_WORDS = ['otom', 'plast', 'decompress', 'opened', 'enlarged', 'widened', 'unroof'];
const DEEDS = IN_RUNS && checked.procedures.every((r) => holdsOneOf(r.pattern, DEED_WORDS));
const DEED = new RegExp(DEED_WORDS.join('|'), 'i');

/**
 * Where the anchor word next occurs at or after `from`, or -1: test, not exec, as only its place
 * is read (a dense report names the foramina every few sentences). The word is plain letters, so a
 * match is as long as the word. Past the note's end, test answers false. `places`, when given, is
 * every place of the word in the note in order, as the code sweep found them (see
 * findProcedureEvidence): looked up there, the note is not swept again.
 */
function nextAnchor(text: string, from: number, places: readonly number[] | undefined): number {
  if (places !== undefined) return firstFrom(places, from);
  ANCHOR_SWEEP.lastIndex = from;
  return ANCHOR_SWEEP.test(text) ? ANCHOR_SWEEP.lastIndex - ANCHOR_WORD.length : -1;
}

/** The first of the ascending `places` at or after `from`, or -1 (a binary search). */
function firstFrom(places: readonly number[], from: number): number {
  let low = 0;
  let high = places.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((places[mid] as number) < from) low = mid + 1;
    else high = mid;
  }
  return low < places.length ? (places[low] as number) : -1;
}

/**
 * PROCEDURE's next match at or after `from`, as `PROCEDURE.exec` from there finds it (exported for
 * its test); `places` as nextAnchor reads them.
 */
export function nextProcedure(text: string, from: number, places?: readonly number[]): RegExpExecArray | null {
  if (!ANCHORED) {
    PROCEDURE.lastIndex = from;
    return PROCEDURE.exec(text);
  }
  let word = nextAnchor(text, from, places);
  for (let at = from; word >= 0; ) {
    const start = runStartBefore(text, word, at);
    const reach = Math.min(text.length, word + RUN_REACH);
    const end = IN_RUNS ? runEndAfter(text, word, reach) : reach;
    if (DEEDS && (end < reach || reach === text.length) && !DEED.test(text.slice(start, end))) {
      // The whole run read, and no deed word in it: no match starts in it, nor at its end.
      at = end + 1;
      word = nextAnchor(text, at, places);
      continue;
    }
    // The slice reads a word boundary at its edges as the note does only when the characters
    // outside it are not word characters (the run ends at one that is not, or at the note's end).
    const sliceable = IN_RUNS && (end < reach || reach === text.length) && (start === 0 || !isWordChar(text.charCodeAt(start - 1)));
    const next = sliceable ? nextAnchor(text, end + 1, places) : -1;
    // Reading the run alone pays when it skips a long stretch without the word; where the word
    // comes again soon (a dense MRI report), one sweep on from the run's start costs less.
    if (!sliceable || (next < 0 ? text.length : next) - end < SKIP_WORTH) {
      PROCEDURE.lastIndex = start;
      return PROCEDURE.exec(text);
    }
    PROCEDURE.lastIndex = 0;
    const inRun = PROCEDURE.exec(text.slice(start, end));
    if (inRun !== null) {
      // The same match read in the note itself, so callers get the note's indexes and lastIndex.
      PROCEDURE.lastIndex = start + inRun.index;
      return PROCEDURE.exec(text);
    }
    // No match starts in the run, nor at the character that ends it.
    at = end + 1;
    word = next;
  }
  return null;
}

const OTHER_SITE = new RegExp(hoistBoundary(checked.otherSite.map((r) => `(?:${r.pattern})`).join('|')), 'i');
/** Any decompressive procedure word: what bounds the levels that belong to one procedure. */
const ANY_PROCEDURE = new RegExp(
  hoistBoundary(
    [...checked.procedures, ...checked.otherSite].map((r) => `(?:${r.pattern})`).join('|') + '|\\b(?:laminotom\\w*|hemilaminotom\\w*|facetectom\\w*|discectom\\w*|diskectom\\w*|microdiscectom\\w*|fusion|arthrodesis)\\b',
  ),
  'gi',
);
/** Words that tie a level after a procedure to it ("foraminotomy at right L5-S1", "for both the C5 and C6 roots"). */
const ATTACHED = /^\s*(?:(?:at|of|on|over|through|from|to|in|for)\s+)?(?:(?:the|both|left|right|bilateral|bilaterally|level|levels|side|sides)\s+){0,3}$/i;
/** What breaks a list of procedures: a status cue of the head procedure must not reach past it. */
const LIST_BREAK = /[;:()]|\b(?:but|however|although|though|except|no|not|without|instead|rather)\b/i;

/** A joint between two procedures of one list ("laminectomy at L3-4 with foraminotomy"). */
const JOINTS = /,|;|\b(?:and|with|plus|as\s+well\s+as)\b/gi;

const STATUS_OF: Partial<Record<Status, ProcedureStatus>> = {
  affirmed: 'implied-by-procedure',
  historical: 'historical',
  negated: 'negated',
  uncertain: 'uncertain',
  hypothetical: 'hypothetical',
};

type Range = { start: number; end: number };

/**
 * Procedures read per sentence at most (an operative sentence names a handful); a page of
 * "foraminotomy and foraminotomy ..." would otherwise cost a status reading per word.
 */
export const MAX_PROCEDURES_PER_SENTENCE = 8;

/** What one sentence gives every procedure in it, read once. */
type SentenceFacts = Range & { others: Range[]; cues: Cue[]; regions: Region[]; soleSite: boolean; count: number };

/**
 * The levels a procedure names: inside its own words ("decompression of the left C6 foramen"),
 * right after it ("foraminotomy at L4-5 and L5-S1"), before it up to the previous procedure's
 * own words ("L4-5 laminectomy and L5-S1 foraminotomy"), or, in a list of procedures that share
 * their levels ("Right L4-5 and L5-S1 laminotomies, facetectomies, and foraminotomies"), the
 * levels in front of the list.
 */
function levelsOf(text: string, hit: Range, sentence: Range, others: Range[]): LevelHit[] {
  const inside = findLevels(text.slice(hit.start, hit.end), hit.start);
  if (inside.length > 0) return inside;
  const next = others.find((o) => o.start >= hit.end)?.start ?? sentence.end;
  const after = findLevels(text.slice(hit.end, next), hit.end);
  if (after[0] && ATTACHED.test(text.slice(hit.end, after[0].start))) return after;
  const previous = others.filter((o) => o.end <= hit.start).at(-1);
  const from = previous ? previous.end : sentence.start;
  const before = findLevels(text.slice(from, hit.start), from);
  // After another procedure, levels after the last joint are this one's ("L4-5 laminectomy and
  // L5-S1 foraminotomy"; without one, "Bilateral L4-5 and L5-S1 foraminotomies" names both);
  // with none there, the stretch's levels are shared ("laminectomy C4-C5 and C5-C6 with neural
  // foraminotomy", "discectomy C4-C5 with removal of osteophytes, foraminotomies").
  const stretch = text.slice(from, hit.start);
  let lastJoint = -1;
  JOINTS.lastIndex = 0;
  for (let m = JOINTS.exec(stretch); m !== null; m = JOINTS.exec(stretch)) lastJoint = from + m.index + m[0].length;
  const own = previous ? before.filter((h) => h.start >= lastJoint) : [];
  if (own.length > 0) return own;
  if (before.length > 0) return before;
  // A list of procedures sharing its levels: those in front of the list's first procedure, or
  // right after it ("Right L4-5 and L5-S1 laminotomies, facetectomies, and foraminotomies").
  const first = others[0];
  if (!first || first.start >= hit.start) return [];
  const head = findLevels(text.slice(sentence.start, first.start), sentence.start);
  if (head.length > 0) return head;
  const second = others.find((o) => o.start >= first.end)?.start ?? hit.start;
  return findLevels(text.slice(first.end, Math.min(second, hit.start)), first.end);
}

function uniqueLevels(hits: LevelHit[]): { levels: Level[]; regions: Region[] } {
  const levels = new Map<string, Level>();
  const regions = new Set<Region>();
  for (const h of hits) {
    if (!levels.has(h.level.normalized)) levels.set(h.level.normalized, h.level);
    for (const r of h.regions) regions.add(r);
  }
  return { levels: [...levels.values()], regions: [...regions] };
}

/**
 * Procedures in a note that decompress a named site, with the level, region and status they carry.
 * A statement the note makes about stenosis is a mention (find-mentions.ts); this is the other
 * evidence an operative note gives: what was decompressed, where. `anchors`, when given, is every
 * place of ANCHOR_WORD in the note (any case, in order: findCodes reads them in its sweep of the note).
 *
 * @example findProcedureEvidence({id: 'n', kind: 'note', text: 'PROCEDURE: Right L5-S1 foraminotomy.'})[0] // {site: 'foramen', levels: [{raw: 'L5-S1', ...}], regions: ['lumbar'], status: 'implied-by-procedure', ...}
 */
export function findProcedureEvidence(field: FieldText, anchors?: readonly number[]): ProcedureEvidence[] {
  const text = field.text;
  let m = nextProcedure(text, 0, anchors);
  if (m === null) return [];
  const sections = findSections(text);
  // The note's region words speak only for a procedure with no level or region in its sentence: read on first need.
  let noteRegions: Region[] | undefined;
  const out: ProcedureEvidence[] = [];
  let sentence: SentenceFacts | undefined;
  for (; m !== null; m = nextProcedure(text, PROCEDURE.lastIndex, anchors)) {
    const hit = { start: m.index, end: m.index + m[0].length };
    if (!sentence || hit.start >= sentence.end) {
      const bounds = sentenceBounds(text, hit.start, hit.end);
      const sentenceText = text.slice(bounds.start, bounds.end);
      const others: Range[] = [];
      ANY_PROCEDURE.lastIndex = 0;
      for (let o = ANY_PROCEDURE.exec(sentenceText); o !== null; o = ANY_PROCEDURE.exec(sentenceText)) {
        others.push({ start: bounds.start + o.index, end: bounds.start + o.index + o[0].length });
      }
      const regions = findRegionWords(sentenceText);
      sentence = { ...bounds, others, cues: findCues(text, bounds.start, bounds.end), regions, soleSite: !OTHER_SITE.test(sentenceText), count: 0 };
    }
    if (++sentence.count > MAX_PROCEDURES_PER_SENTENCE) {
      PROCEDURE.lastIndex = sentence.end;
      continue;
    }
    const current = sentence;
    const { others } = current;
    const rule = checked.procedures[matchedEntry(m)];
    // A list of procedures shares its status: "status post L4-5 laminectomy and bilateral
    // foraminotomies" is one earlier operation, though "and bilateral" ends a finding's scope.
    const head = others[0];
    const parts = head && head.end <= hit.start && !LIST_BREAK.test(text.slice(head.end, hit.start)) ? [head, hit] : [hit];
    const context = assessContext(text, hit, { fieldId: field.id, sentence: current, cues: current.cues, parts, sectionStatus: sectionStatusAt(sections, current.start) });
    // Backward negations of findings ("the root was free", "canal is patent") describe the result
    // of the decompression, not its absence; after a procedure only "not done"-style words deny it.
    const denial = context.status === 'negated' && context.trigger && context.trigger.start >= hit.end && !/\b(?:not|never|no)\b/i.test(context.trigger.text);
    const status = denial ? 'implied-by-procedure' : STATUS_OF[context.status];
    if (!rule || !status) continue;
    const { levels, regions: levelRegions } = uniqueLevels(levelsOf(text, hit, current, others.filter((o) => o.end <= hit.start || o.start >= hit.end)));
    const trigger = denial ? null : context.trigger;
    const regions = levelRegions.length > 0 ? levelRegions : current.regions.length > 0 ? current.regions : (noteRegions ??= findRegionWords(text)).length === 1 ? noteRegions : [];
    out.push({
      kind: 'procedure',
      site: rule.site,
      levels,
      regions,
      status,
      trigger,
      span: { fieldId: field.id, start: hit.start, end: hit.end, text: m[0] },
      rule: rule.id,
      soleSite: current.soleSite,
    });
  }
  return out;
}
