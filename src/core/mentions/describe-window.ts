import { reachesRoot, rootSegment, segmentSpan } from '../levels/root-reach';
import { spanOf } from '../text/span-of';
import { firstAtOrAfter, firstStartingAt } from '../text/sorted-search';
import { detachedCopy } from '../text/detached-copy';
import { assessContext, cueSetsStatus, type AssessOptions } from '../context/assess-context';
import type { Cue, findCues } from '../context/find-cues';
import { findRegionHits, type LevelHit, type RegionHit } from '../levels/find-levels';
import type { FieldText, Mechanism, Mention, Region, Site, Span, Status } from '../types';
import type { Anchor, Window } from './window-types';
import { exceptionOf, type Exception } from './exception-levels';
import { findMechanisms } from './find-mechanisms';
import { ownFindingLevels } from './own-finding-levels';
import { SITE_WORDS } from './lexicon';
import type { WindowWords } from './window-words';
import { clausesOf, type SentenceClauses } from './sentence-clauses';

type Range = { start: number; end: number };

export type WindowInput = {
  field: FieldText;
  window: Window;
  /** The window's text (text.slice(window.start, window.end)), sliced once for every sweep. */
  windowText: string;
  sentence: Range;
  /** The window's words, already read (its sites among them). */
  words: WindowWords;
  cues: ReturnType<typeof findCues>;
  /** The sentence's cues with its clause cues, when `cues` holds only word cues that set no status (AssessOptions.moreCues). */
  moreCues: (() => ReturnType<typeof findCues>) | undefined;
  /** Where the sentence's exception cues start ("except", "other than"; exception-levels.ts). */
  exceptions: number[];
  sentenceLevels: LevelHit[];
  /**
   * Region words of the whole sentence, found once per sentence (absolute offsets); read only when
   * the sentence names no level (pickLevels, readRegions), so left empty when it does.
   */
  regionHits: RegionHit[];
  /** The nerve roots that alone tell the sentence's region (none when a region word or a level does). */
  onlyRoots: RegionHit[];
  lookBackLevels: () => LevelHit[];
  /** Where the sentence's unpunctuated clauses start, found on first need (a site word's clause, see sitesInAnchorClauses). */
  clauses: SentenceClauses;
  sectionStatus: Status | null;
  inheritedMechanisms: Mechanism[];
};

const isNear = (anchor: Range, siteStart: number, siteEnd: number) =>
  (siteStart >= anchor.end && siteStart - anchor.end <= 60) || (siteEnd <= anchor.start && anchor.start - siteEnd <= 60);

/** Each SITE_WORDS entry's site, and its bit (see siteBit). */
const ENTRY_SITE: Site[] = SITE_WORDS.map((w) => w.site);
const ENTRY_STRONG: boolean[] = SITE_WORDS.map((w) => w.strong);
const ENTRY_BIT: number[] = SITE_WORDS.map((w) => siteBit(w.site));

/**
 * The window's site words that count, as indices into its words' site lists: reused from window
 * to window (one window is described at a time), like the lists themselves.
 */
const siteIndex: number[] = [];

/** What every site's mention of one window shares, read once per window. */
type Shared = {
  levels: Mention['levels'];
  regions: Region[];
  regionAmbiguous: boolean;
  mechanisms: Mechanism[];
  mechanismAmbiguous: boolean;
  evidence: Span[];
  laterality: Mention['laterality'];
  kind: 'stenosis' | 'compression';
  /** The mention is negated whatever the cues say: only "normal"/"patent" words, or words that deny themselves. */
  denied: boolean;
  anchorsStart: number;
  anchorsEnd: number;
  /**
   * Where the anchors a mention is made of reach (its span, with its site words): the narrowing and
   * compression words; only a window of "normal"/"patent" words alone spans those. A "normal" in
   * another clause of the window ("MRI to r/o stenosis if ABIs normal") is no word of the mention.
   */
  spanStart: number;
  spanEnd: number;
  /** The first anchor's span, the trigger of every denied mention of the window: made once, on first need. */
  deniedBy: Span | undefined;
  /** An exception after the window's finding ("... except L4-5"), with its levels read apart. */
  exception: { at: number; before: Mention['levels']; after: Mention['levels']; affirms: boolean } | undefined;
};

/**
 * One mention per site named in the window (a site-less window gives one "unspecified" mention),
 * added to `out` (the note's mentions, without a list per window).
 */
export function describeWindow(input: WindowInput, out: Mention[]): void {
  const anchors = input.window.anchors;
  let onlyNegative = true;
  let positives = 0;
  let selfDenying = 0;
  let stenosis = false;
  // Where the anchors reach; each site's mention spans its site words and these.
  let anchorsStart = Infinity;
  let anchorsEnd = -Infinity;
  let spanStart = Infinity;
  let spanEnd = -Infinity;
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i] as Anchor;
    if (a.kind !== 'negative') {
      onlyNegative = false;
      positives++;
      if (a.negatedWord) selfDenying++;
      if (a.start < spanStart) spanStart = a.start;
      if (a.end > spanEnd) spanEnd = a.end;
    }
    if (a.kind !== 'compression') stenosis = true;
    if (a.start < anchorsStart) anchorsStart = a.start;
    if (a.end > anchorsEnd) anchorsEnd = a.end;
  }
  const { field, window, windowText, words } = input;
  // "normal"/"patent" only speak about the canal, recess or foramen; "normal cord signal" is no statement.
  // They must sit right by the site word: "normal central canal", "foramina are patent".
  const siteCount = onlyNegative ? strongSitesNear(words, anchors) : sitesInAnchorClauses(input, allSites(words));
  if (onlyNegative && siteCount === 0) return;

  const picked = pickLevels(input);
  let levelHits = ownFindingLevels(picked, field.text, window, anchorsStart, anchorsEnd);
  let regionHits = input.regionHits;
  if (levelHits.length === 0 && picked.length > 0) {
    // Every level of the sentence is another finding's: the narrowing is read as in a sentence
    // that names no level, by its own region words or else the levels before it ("These stenoses
    // are in the foramina and there is also a disc herniation at C6-7": those of the sentence before).
    regionHits = ownRegionHits(field.text, window.start, anchorsEnd);
    levelHits = levelsBefore(input, regionHits);
  }
  const { mechanisms, evidence } = findMechanisms(field, window, windowText, words, input.inheritedMechanisms);
  const shared = SHARED;
  shared.levels = dedupeLevels(levelHits);
  shared.regions = NO_REGIONS;
  shared.regionAmbiguous = false;
  shared.mechanisms = mechanisms;
  shared.mechanismAmbiguous = discAndOsseous(mechanisms);
  shared.evidence = evidence;
  shared.laterality = words.laterality();
  shared.kind = stenosis ? 'stenosis' : 'compression';
  shared.denied = onlyNegative || (positives > 0 && selfDenying === positives);
  shared.anchorsStart = anchorsStart;
  shared.anchorsEnd = anchorsEnd;
  shared.spanStart = onlyNegative ? anchorsStart : spanStart;
  shared.spanEnd = onlyNegative ? anchorsEnd : spanEnd;
  shared.deniedBy = undefined;
  shared.exception = undefined;
  // Most sentences have no exception cue: their windows pay one length test.
  const exception = exceptionOf(input.exceptions, window, input.sentence, levelHits, anchorsStart);
  if (exception) shared.exception = splitLevels(exception);
  readRegions(shared, levelHits, window, regionHits);
  if (picked === OWN_LEVEL_HITS) releaseOwnLevelHits();

  if (siteCount === 0) describeSite(input, shared, siteCount, -1, out);
  // One mention per site, in order of first appearance; a bit per site marks those already described.
  let described = 0;
  let others = 0;
  for (let i = 0; i < siteCount; i++) {
    const bit = ENTRY_BIT[words.siteEntry[siteIndex[i] as number] as number] as number;
    if (described & bit) continue;
    if (!onlyNegative && othersSite(input, shared, i)) {
      others++;
      continue;
    }
    described |= bit;
    describeSite(input, shared, siteCount, i, out);
  }
  // Every site word was another statement's ("Cervical stenosis C5-6 without myelopathy"): the
  // narrowing names no site of its own.
  if (others > 0 && described === 0) describeSite(input, shared, siteCount, -1, out);
  // The mentions keep its values, not it: nothing of the note is kept past the window.
  releaseShared(shared);
}

/**
 * Whether the site word `siteIndex[i]` opens another statement: it comes after every narrowing
 * word, behind a cue that sets a status. "Cervical stenosis C5-6 without myelopathy": "myelopathy"
 * names the canal, but "without" negates the myelopathy, not the stenosis, and as the stenosis's
 * site word it carried the negation over to it (as "without radiculopathy", which names no site,
 * never did). Later words of a site already obey this rule (joinsSite); this is the first word's.
 */
function othersSite(input: WindowInput, shared: Shared, i: number): boolean {
  const start = input.words.siteStart[siteIndex[i] as number] as number;
  return start >= shared.anchorsEnd && statusCueBetween(input.cues, shared.anchorsEnd, start);
}

/** Whether a cue that sets a status starts in [from, to) (cues come in text order: found by binary search). */
function statusCueBetween(cues: readonly Cue[], from: number, to: number): boolean {
  for (let i = firstStartingAt(cues, from); i < cues.length; i++) {
    const cue = cues[i] as Cue;
    if (cue.start >= to) return false;
    if (cueSetsStatus(cue)) return true;
  }
  return false;
}

/**
 * Whether a window links both disc and bone. A plain loop: the lists are frozen (shared by many
 * mentions), and `includes` on a frozen list cost more than the loop.
 */
function discAndOsseous(mechanisms: Mechanism[]): boolean {
  let disc = false;
  let osseous = false;
  for (let i = 0; i < mechanisms.length; i++) {
    const m = mechanisms[i];
    if (m === 'disc') disc = true;
    else if (m === 'osseous') osseous = true;
  }
  return disc && osseous;
}

function siteBit(site: Site): number {
  switch (site) {
    case 'canal':
      return 1;
    case 'foramen':
      return 2;
    case 'lateral-recess':
      return 4;
    default:
      return 8;
  }
}

/** Every site word of the window, into siteIndex; their count. */
function allSites(words: WindowWords): number {
  const count = words.siteCount;
  for (let i = 0; i < count; i++) siteIndex[i] = i;
  return count;
}

/**
 * A site word this far (characters) from a narrowing word or nearer cannot have a clause start
 * between them: a new clause needs a subject and its verb ("he is"). Most site words are that
 * near ("central canal stenosis"), and their sentence's clauses are never looked for.
 */
const SAME_CLAUSE_GAP = 6;

/**
 * Keeps, of the `count` site words in siteIndex, those in the clause of some narrowing or
 * compression word: no unpunctuated clause start (text/clause-starts.ts) stands between them.
 * "her mother needed surgery for cervical myelopathy at age 60 and her brother has spinal
 * stenosis": the myelopathy is the mother's, and no site of the brother's stenosis. Returns the
 * count kept, in order.
 */
function sitesInAnchorClauses(input: WindowInput, count: number): number {
  const { words } = input;
  const anchors = input.window.anchors;
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const index = siteIndex[i] as number;
    const start = words.siteStart[index] as number;
    const end = words.siteEnd[index] as number;
    if (inAnchorClause(input, anchors, start, end)) siteIndex[kept++] = index;
  }
  return kept;
}

/** Whether the site word [start, end) shares a clause with some narrowing or compression word. */
function inAnchorClause(input: WindowInput, anchors: readonly Anchor[], start: number, end: number): boolean {
  let far = true;
  for (let k = 0; k < anchors.length && far; k++) {
    const a = anchors[k] as Anchor;
    if (a.kind === 'negative') continue;
    if ((end <= a.start ? a.start - end : start >= a.end ? start - a.end : 0) <= SAME_CLAUSE_GAP) far = false;
  }
  if (!far) return true;
  const clauses = clausesOf(input.clauses);
  if (clauses.length === 0) return true;
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k] as Anchor;
    if (a.kind === 'negative') continue;
    // No clause start in the stretch between them (one where the later word stands opens its clause).
    const from = end <= a.start ? end : a.end;
    const to = end <= a.start ? a.start : start;
    const at = firstAtOrAfter(clauses, from);
    if (at >= clauses.length || (clauses[at] as number) > to) return true;
  }
  return false;
}

/** The strong site words right by some anchor, into siteIndex; their count. */
function strongSitesNear(words: WindowWords, anchors: Anchor[]): number {
  let near = 0;
  for (let i = 0; i < words.siteCount; i++) {
    if (!ENTRY_STRONG[words.siteEntry[i] as number]) continue;
    const start = words.siteStart[i] as number;
    const end = words.siteEnd[i] as number;
    for (let k = 0; k < anchors.length; k++) {
      if (isNear(anchors[k] as Anchor, start, end)) {
        siteIndex[near++] = i;
        break;
      }
    }
  }
  return near;
}

/** The site words of the mention being described, as indices into its window's words' site lists (reused, like siteIndex). */
const siteWords: number[] = [];

/**
 * The target parts handed to assessContext, and the options they go in: filled anew for every
 * mention (assessContext only reads them during the call), so a mention costs no list and no
 * objects of its own for them. One list per part count, each made once, so none ever changes length.
 */
const partLists: Range[][] = [];
const NO_CUES: ReturnType<typeof findCues> = [];
const assessOptions: Required<AssessOptions> = { fieldId: '', sentence: { start: 0, end: 0 }, cues: NO_CUES, sectionStatus: null, parts: [], moreCues: undefined };

/** The reused list of `count` parts. */
function partsOf(count: number): Range[] {
  let list = partLists[count];
  if (list === undefined) {
    list = [];
    for (let i = 0; i < count; i++) list.push({ start: 0, end: 0 });
    partLists[count] = list;
  }
  return list;
}

/** Sets part `n` of `parts` to `start`-`end`. */
function setPart(parts: Range[], n: number, start: number, end: number): void {
  const part = parts[n] as Range;
  part.start = start;
  part.end = end;
}

/**
 * Whether the site word `siteIndex[j]` is a word of the mention of `site` whose first word is
 * `siteIndex[first]`: one of that site, and not past the anchors behind a cue. "Moderate central
 * canal stenosis without cord signal change": "cord" names the canal too, but "without" begins
 * another statement, and as a part of this one it negated the stenosis.
 */
function joinsSite(input: WindowInput, shared: Shared, site: Site, j: number, first: number): boolean {
  const { words } = input;
  const index = siteIndex[j] as number;
  if (ENTRY_SITE[words.siteEntry[index] as number] !== site) return false;
  const start = words.siteStart[index] as number;
  return j === first || start < shared.anchorsEnd || !cueBetween(input.cues, shared.anchorsEnd, start);
}

/**
 * Whether a cue starts in [from, to): the first cue at or after `from`, found by binary search (cues
 * come in text order). A pass from the sentence's first cue, for every later site word of every
 * site, read a run-on sentence's cues over and over.
 */
function cueBetween(cues: readonly Cue[], from: number, to: number): boolean {
  const i = firstStartingAt(cues, from);
  return i < cues.length && (cues[i] as Cue).start < to;
}

/**
 * The mention of the site whose first word is `siteIndex[first]` (-1: the window names none): its
 * words are that one and the later ones of the same site, among the window's `siteCount` that count.
 */
function describeSite(input: WindowInput, shared: Shared, siteCount: number, first: number, out: Mention[]): void {
  const { field, window, words } = input;
  const anchors = window.anchors;
  const firstIndex = first >= 0 ? (siteIndex[first] as number) : -1;
  const entry = firstIndex >= 0 ? (words.siteEntry[firstIndex] as number) : -1;
  const site: Site = entry >= 0 ? (ENTRY_SITE[entry] as Site) : 'unspecified';
  // The parts are this site's words and the anchors that are not "normal"/"patent": counted, then
  // set. The site's words are picked once, into siteWords (joinsSite asks the cues; asked again to
  // set the parts, each word cost two tests of the cues).
  let own = 0;
  if (entry >= 0) for (let j = first; j < siteCount; j++) if (joinsSite(input, shared, site, j, first)) siteWords[own++] = siteIndex[j] as number;
  let count = own;
  for (let k = 0; k < anchors.length; k++) if ((anchors[k] as Anchor).kind !== 'negative') count++;
  const parts = partsOf(count);
  let n = 0;
  let start = shared.spanStart;
  let end = shared.spanEnd;
  for (let j = 0; j < own; j++) {
    const index = siteWords[j] as number;
    const s = words.siteStart[index] as number;
    const e = words.siteEnd[index] as number;
    setPart(parts, n++, s, e);
    if (s < start) start = s;
    if (e > end) end = e;
  }
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k] as Anchor;
    if (a.kind !== 'negative') setPart(parts, n++, a.start, a.end);
  }
  const options = assessOptions;
  options.fieldId = field.id;
  options.sentence = input.sentence;
  options.cues = input.cues;
  options.moreCues = input.moreCues;
  options.sectionStatus = input.sectionStatus;
  options.parts = parts;
  let context = assessContext(field.text, parts[0] ?? window, options);
  // The cues quote the note: not kept past the call, so the options never hold a note alive.
  options.cues = NO_CUES;
  options.moreCues = undefined;
  if (shared.denied && context.status === 'affirmed') {
    const anchor = anchors[0];
    if (anchor) context = { status: 'negated', trigger: (shared.deniedBy ??= spanOf(field, anchor.start, anchor.end)) };
  }
  let levels = shared.levels;
  let severity = words.gradeBefore(firstIndex >= 0 ? (words.siteStart[firstIndex] as number) : (anchors[0]?.start ?? window.start), field.text);
  const exception = shared.exception;
  if (exception) {
    // Negated over every level but one: the finding holds at the excepted levels, as graded there.
    // Otherwise the excepted levels are where the statement does not hold: it keeps only its own.
    const negatedBefore = context.status === 'negated' && context.trigger !== null && context.trigger.start < exception.at;
    if (negatedBefore && exception.affirms) {
      // The negated part that names its own levels ("no stenosis at L2-3 or L3-4, except moderate
      // at L4-5") still says so there: one negated mention at those levels, then the affirmed one.
      if (exception.before.length > 0) out.push(mentionOf(input, shared, site, exception.before, null, context, start, end));
      context = { status: 'affirmed', trigger: null };
      levels = exception.after;
      severity = words.gradeFrom(exception.at);
    } else if (exception.affirms && positivesAfter(anchors, exception.at)) {
      // "Canal: patent at all levels except L4-5 where there is moderate narrowing": what the
      // statement affirms is said after the exception, at its levels, as graded there.
      levels = exception.after;
      severity = words.gradeFrom(exception.at);
    } else levels = exception.before;
  }
  out.push(mentionOf(input, shared, site, levels, severity, context, start, end));
}

/** Whether the window's narrowing or compression words all come at or after `at`, and there are some. */
function positivesAfter(anchors: readonly Anchor[], at: number): boolean {
  let some = false;
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k] as Anchor;
    if (a.kind === 'negative') continue;
    if (a.start < at) return false;
    some = true;
  }
  return some;
}

/** The mention of one site of a window, with the levels, grade and status it was read with. */
function mentionOf(input: WindowInput, shared: Shared, site: Site, levels: Mention['levels'], severity: string | null, context: { status: Mention['status']; trigger: Mention['trigger'] }, start: number, end: number): Mention {
  const { field } = input;
  // A family member's condition takes no level from the sentence before, which is another
  // statement's ("Brother: herniated disc L5-S1. ... family history of spinal stenosis" is no
  // L5-S1 stenosis; QA stop 49, C10): only the sentence's own levels and region words place it.
  const borrowed = context.status === 'family' && input.sentenceLevels.length === 0 && input.regionHits.length === 0 && levels.length > 0;
  return {
    site,
    levels: borrowed ? NO_LEVELS : levels,
    regions: borrowed ? NO_REGIONS : shared.regions,
    regionAmbiguous: shared.regionAmbiguous,
    mechanisms: shared.mechanisms,
    mechanismAmbiguous: shared.mechanismAmbiguous,
    severity,
    laterality: shared.laterality,
    status: context.status,
    trigger: context.trigger,
    // Set when the statement is read as taken back (find-mentions.ts, correctionReasons), in place.
    statusReason: undefined,
    span: spanOf(field, start, end),
    kind: shared.kind,
    mechanismEvidence: shared.evidence,
  };
}

/** An exception's level hits as the levels its mentions keep. */
function splitLevels(exception: Exception): NonNullable<Shared['exception']> {
  return { at: exception.at, before: dedupeLevels(exception.before), after: dedupeLevels(exception.after), affirms: exception.affirms };
}

/** The window's own level hits when only some of its sentence's are (see pickLevels). */
const OWN_LEVEL_HITS: LevelHit[] = [];

/** Put in OWN_LEVEL_HITS's slots once it has been read: its hits quote the note, which it must not keep alive. */
const NO_HIT: LevelHit = Object.freeze({ level: Object.freeze({ raw: '', normalized: '' }), start: 0, end: 0, regions: Object.freeze([]) as unknown as Region[], regionAmbiguous: false });

function releaseOwnLevelHits(): void {
  for (let i = 0; i < OWN_LEVEL_HITS.length; i++) OWN_LEVEL_HITS[i] = NO_HIT;
}

/** No level hits (returned, never changed: the caller only reads them). */
const NO_LEVEL_HITS: LevelHit[] = [];

function pickLevels(input: WindowInput): LevelHit[] {
  const { window } = input;
  const all = input.sentenceLevels;
  let inside = 0;
  for (let i = 0; i < all.length; i++) {
    const h = all[i] as LevelHit;
    if (h.start >= window.start && h.end <= window.end) inside++;
  }
  // Most windows are their whole sentence: its levels are the window's own, as they are.
  if (inside === all.length && inside > 0) return all;
  if (inside > 0) {
    // Read by dedupeLevels and readRegions only, during this window's description: one list for
    // every window (a list per window that splits its sentence was garbage on run-on notes).
    const own = OWN_LEVEL_HITS;
    let n = 0;
    for (let i = 0; i < all.length; i++) {
      const h = all[i] as LevelHit;
      if (h.start >= window.start && h.end <= window.end) own[n++] = h;
    }
    // Only grows: entries past `inside` are left from an earlier window, and cut off here.
    if (own.length !== inside) own.length = inside;
    return own;
  }
  if (all.length > 0) return all;
  return levelsBefore(input, input.regionHits);
}

/**
 * The levels of a window whose sentence names none of its own (`regionHits`, the region words it
 * has): none where a region word places it or it speaks of every level ("patent at all levels",
 * "multilevel narrowing" is no one level's), else the look-back, where its nerve roots allow.
 */
function levelsBefore(input: WindowInput, regionHits: RegionHit[]): LevelHit[] {
  if (regionHits.length > 0 && input.onlyRoots.length === 0) return NO_LEVEL_HITS;
  if (EVERY_LEVEL.test(input.windowText)) return NO_LEVEL_HITS;
  if (OTHER_LEVELS.test(input.field.text.slice(input.sentence.start, input.window.end))) return NO_LEVEL_HITS;
  const back = input.lookBackLevels();
  return input.onlyRoots.length === 0 || passesRoots(back, input.onlyRoots, input.field.text) ? back : NO_LEVEL_HITS;
}

/**
 * Whether every level of a look-back is a segment from which a lesion reaches a named root
 * (levels/root-reach.ts, the anatomy the radiculopathy checks use): "L5-S1: ... compression of
 * the exiting L5 nerve roots" (an L5 root is reached from L4-L5 and L5-S1). A root elsewhere
 * ("L3-4: bulge. ... the exiting L5 root") says the look-back is another statement's level.
 */
function passesRoots(levels: LevelHit[], roots: RegionHit[], text: string): boolean {
  if (levels.length === 0) return false;
  const rootLevels: string[] = [];
  for (const root of roots) {
    const name = ROOT_NAME.exec(text.slice(root.start, root.end))?.[0]?.toUpperCase();
    const segment = name === undefined ? undefined : rootSegment(name);
    if (segment !== undefined) rootLevels.push(segment);
  }
  // No readable root: nothing to place the look-back by.
  if (rootLevels.length === 0) return false;
  // A lone vertebra is no segment a root passes through.
  for (const hit of levels) if (segmentSpan(hit.level.normalized) === undefined || !reachesRoot([hit.level.normalized], rootLevels)) return false;
  return true;
}

const ROOT_NAME = /[CTLS]\d{1,2}/i;

/**
 * Words that say a statement holds over every level, or over several unnamed ones. Not "at each
 * level": an operative note says so of the levels it operated on ("the canal was wide open at each
 * level"), which the look-back finds.
 */
const EVERY_LEVEL = /\b(?:(?:at|on|of)\s+(?:all|any|every)\s+(?:\w+\s+)?levels?|throughout|multi-?level|multiple\s+levels|diffuse(?:ly)?)\b/i;

/**
 * Words for the levels a note has not named, read from the sentence's start to the window's end
 * ("Remaining levels are unremarkable without stenosis", "other levels: no stenosis", "mild
 * foraminal narrowing elsewhere"): the complement of the levels before, so the look-back's level is
 * the one they leave out, never theirs.
 */
const OTHER_LEVELS = /\b(?:(?:other|remaining)\s+(?:\w+\s+)?(?:levels?|segments?|interspaces?)|rest\s+of\s+the\s+(?:\w+\s+)?(?:levels?|segments?|spine)|elsewhere)\b/i;

type Level = Mention['levels'][number];

/**
 * Level lists of one level, and levels, by the level as written, shared by every mention that
 * names it: a note names the same few levels window after window, and each list and level a
 * mention kept (with its strings) was one more object for the garbage collector to copy on
 * run-on notes. Frozen like the region lists (nothing changes a mention's levels), kept across
 * notes, and bounded: a level whose slot another text holds, or written alike but read
 * differently, gets its own list as before.
 *
 * Kept in a fixed table of slots by a hash of the text's few characters, one text per slot, first
 * come keeps it: a Map keyed by the text had to hash a new string (every level is a new match) at
 * every window, which profiled at several times this table's cost.
 */
const LEVEL_SLOTS = 1024;
/** An empty slot's list (never handed out). */
const NO_LEVELS: Level[] = Object.freeze([]) as unknown as Level[];
const KEPT_RAW: string[] = new Array<string>(LEVEL_SLOTS).fill('');
const KEPT_LIST: Level[][] = new Array<Level[]>(LEVEL_SLOTS).fill(NO_LEVELS);

/** The slot of a level as written (a few characters: every one is read). */
function levelSlot(raw: string): number {
  let h = Math.imul(raw.length, 0x9e3779b1);
  for (let i = 0; i < raw.length; i++) h = Math.imul(h ^ raw.charCodeAt(i), 0x85ebca6b) ^ (h >>> 13);
  return (Math.imul(h ^ (h >>> 16), 0x27d4eb2f) >>> 0) % LEVEL_SLOTS;
}

/** The shared list holding only `level`, else a new one. */
function oneLevel(level: Level): Level[] {
  const slot = levelSlot(level.raw);
  const known = KEPT_LIST[slot] as Level[];
  if (known !== NO_LEVELS) {
    return KEPT_RAW[slot] === level.raw && (known[0] as Level).normalized === level.normalized ? known : [level];
  }
  // Copies of the strings: a slice of the note would keep the whole note alive with the list.
  const kept = Object.freeze({ raw: detachedCopy(level.raw), normalized: detachedCopy(level.normalized) });
  const list = Object.freeze([kept]) as unknown as Level[];
  KEPT_RAW[slot] = kept.raw;
  KEPT_LIST[slot] = list;
  return list;
}

/** The shared level equal to `level` (see KEPT_LIST), else `level` itself. */
function sharedLevel(level: Level): Level {
  const slot = levelSlot(level.raw);
  const known = KEPT_LIST[slot] as Level[];
  if (known === NO_LEVELS || KEPT_RAW[slot] !== level.raw) return level;
  const kept = known[0] as Level;
  return kept.normalized === level.normalized ? kept : level;
}

function dedupeLevels(hits: LevelHit[]): Mention['levels'] {
  // Most windows name one level: its shared list.
  if (hits.length === 1) return oneLevel((hits[0] as LevelHit).level);
  const out: Mention['levels'] = [];
  for (let i = 0; i < hits.length; i++) {
    const level = (hits[i] as LevelHit).level;
    let seen = false;
    for (let k = 0; k < out.length && !seen; k++) seen = (out[k] as Level).normalized === level.normalized;
    if (!seen) out.push(sharedLevel(level));
  }
  return out;
}

const REGION_ORDER: Region[] = ['head', 'cervical', 'thoracic', 'lumbar', 'sacral'];

/**
 * Shared by every mention whose window has no region: nothing changes a mention's list in place
 * (the note's region, when filled in, replaces it), and frozen, a change would throw.
 */
const NO_REGIONS = Object.freeze([]) as unknown as Region[];

/** A region as a bit of REGION_ORDER (none for a region outside it, which no list names). */
function regionBit(region: Region): number {
  const at = REGION_ORDER.indexOf(region);
  return at < 0 ? 0 : 1 << at;
}

/** Every list of regions by its bits, made once and frozen like NO_REGIONS (one list per mention was garbage on run-on notes). */
const REGION_LISTS: readonly Region[][] = Array.from({ length: 1 << REGION_ORDER.length }, (_, bits) =>
  bits === 0 ? NO_REGIONS : (Object.freeze(REGION_ORDER.filter((_r, i) => bits & (1 << i))) as unknown as Region[]),
);

const regionList = (bits: number): Region[] => REGION_LISTS[bits] as Region[];

/**
 * The region words of a window whose sentence's levels were all another finding's (own-finding-levels.ts:
 * "lumbar spinal stenosis, and facet joint syndrome on the right L4-5 and L5-S1"): the sentence's
 * region words were not read (they count only where no level names the region), so those up to the
 * narrowing's own words are read here, not the other finding's after them. A rare path.
 */
function ownRegionHits(text: string, start: number, end: number): RegionHit[] {
  return findRegionHits(text.slice(start, end), start);
}

/** The window's regions: of its levels, else of the region words in it, else of those in its sentence. */
function readRegions(shared: Shared, hits: LevelHit[], window: Range, regionHits: RegionHit[]): void {
  if (hits.length > 0) {
    let ambiguous = false;
    let bits = 0;
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i] as LevelHit;
      ambiguous ||= h.regionAmbiguous;
      for (let k = 0; k < h.regions.length; k++) bits |= regionBit(h.regions[k] as Region);
    }
    shared.regions = regionList(bits);
    shared.regionAmbiguous = ambiguous;
    return;
  }
  let own = 0;
  let all = 0;
  for (let i = 0; i < regionHits.length; i++) {
    const h = regionHits[i] as RegionHit;
    const bit = regionBit(h.region);
    all |= bit;
    if (h.start >= window.start && h.end <= window.end) own |= bit;
  }
  const regions = regionList(own !== 0 ? own : all);
  shared.regions = regions;
  shared.regionAmbiguous = regions.length > 1;
}

/** The record's lists between windows (never handed to a mention). */
const NO_MECHANISMS: Mechanism[] = Object.freeze([]) as unknown as Mechanism[];
const NO_EVIDENCE: Span[] = Object.freeze([]) as unknown as Span[];

/**
 * What every site's mention of the window being described shares: one record, set afresh for each
 * window (one window is described at a time, and its mentions copy what they keep), where an
 * object per window was garbage on run-on notes.
 */
const SHARED: Shared = {
  levels: NO_LEVELS,
  regions: NO_REGIONS,
  regionAmbiguous: false,
  mechanisms: NO_MECHANISMS,
  mechanismAmbiguous: false,
  evidence: NO_EVIDENCE,
  laterality: null,
  kind: 'stenosis',
  denied: false,
  anchorsStart: 0,
  anchorsEnd: 0,
  spanStart: 0,
  spanEnd: 0,
  deniedBy: undefined,
  exception: undefined,
};

/** Empties the record's lists and spans, which quote the note: the record outlives the analysis. */
function releaseShared(shared: Shared): void {
  shared.levels = NO_LEVELS;
  shared.mechanisms = NO_MECHANISMS;
  shared.evidence = NO_EVIDENCE;
  shared.deniedBy = undefined;
  shared.exception = undefined;
}
