import { spanOf } from '../text/span-of';
import { assessContext } from '../context/assess-context';
import type { findCues } from '../context/find-cues';
import type { LevelHit, RegionHit } from '../levels/find-levels';
import type { FieldText, Mechanism, Mention, Region, Site, Span, Status } from '../types';
import type { Anchor, SiteHit, Window } from './window-types';
import { findMechanisms } from './find-mechanisms';
import { WindowWords } from './window-words';

type Range = { start: number; end: number };

export type WindowInput = {
  field: FieldText;
  window: Window;
  /** The window's text (text.slice(window.start, window.end)), sliced once for every sweep. */
  windowText: string;
  sentence: Range;
  sites: SiteHit[];
  cues: ReturnType<typeof findCues>;
  sentenceLevels: LevelHit[];
  /** Region words of the whole sentence, found once per sentence (absolute offsets). */
  regionHits: RegionHit[];
  lookBackLevels: () => LevelHit[];
  sectionStatus: Status | null;
  inheritedMechanisms: Mechanism[];
};

const isNear = (anchor: Range, site: Range) =>
  (site.start >= anchor.end && site.start - anchor.end <= 60) || (site.end <= anchor.start && anchor.start - site.end <= 60);

/** Read anew for every window (one window is described at a time). */
const words = new WindowWords();

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
};

/** One mention per site named in the window (a site-less window gives one "unspecified" mention). */
export function describeWindow(input: WindowInput): Mention[] {
  const anchors = input.window.anchors;
  let onlyNegative = true;
  let positives = 0;
  let selfDenying = 0;
  let stenosis = false;
  // Where the anchors reach; each site's mention spans its site words and these.
  let anchorsStart = Infinity;
  let anchorsEnd = -Infinity;
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i] as Anchor;
    if (a.kind !== 'negative') {
      onlyNegative = false;
      positives++;
      if (a.negatedWord) selfDenying++;
    }
    if (a.kind !== 'compression') stenosis = true;
    if (a.start < anchorsStart) anchorsStart = a.start;
    if (a.end > anchorsEnd) anchorsEnd = a.end;
  }
  // "normal"/"patent" only speak about the canal, recess or foramen; "normal cord signal" is no statement.
  // They must sit right by the site word: "normal central canal", "foramina are patent".
  const sites = onlyNegative ? strongSitesNear(input.sites, anchors) : input.sites;
  if (onlyNegative && sites.length === 0) return [];

  const { field, window, windowText } = input;
  const levelHits = pickLevels(input);
  words.read(windowText, window.start);
  const { mechanisms, evidence } = findMechanisms(field, window, windowText, words, input.inheritedMechanisms);
  const shared: Shared = {
    levels: dedupeLevels(levelHits),
    regions: NO_REGIONS,
    regionAmbiguous: false,
    mechanisms,
    mechanismAmbiguous: mechanisms.includes('disc') && mechanisms.includes('osseous'),
    evidence,
    laterality: words.laterality(),
    kind: stenosis ? 'stenosis' : 'compression',
    denied: onlyNegative || (positives > 0 && selfDenying === positives),
    anchorsStart,
    anchorsEnd,
  };
  readRegions(shared, levelHits, window, input.regionHits);

  const mentions: Mention[] = [];
  if (sites.length === 0) mentions.push(describeSite(input, shared, sites, -1));
  // One mention per site, in order of first appearance; a bit per site marks those already described.
  let described = 0;
  for (let i = 0; i < sites.length; i++) {
    const bit = siteBit((sites[i] as SiteHit).site);
    if (described & bit) continue;
    described |= bit;
    mentions.push(describeSite(input, shared, sites, i));
  }
  return mentions;
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

/** The strong site words right by some anchor (sites.filter without a callback per site and anchor). */
function strongSitesNear(sites: SiteHit[], anchors: Anchor[]): SiteHit[] {
  const near: SiteHit[] = [];
  for (let i = 0; i < sites.length; i++) {
    const s = sites[i] as SiteHit;
    if (!s.strong) continue;
    for (let k = 0; k < anchors.length; k++) {
      if (isNear(anchors[k] as Anchor, s)) {
        near.push(s);
        break;
      }
    }
  }
  return near;
}

/**
 * The mention of the site whose first word is `sites[first]` (-1: the window names none): its
 * words are that one and the later ones of the same site.
 */
function describeSite(input: WindowInput, shared: Shared, sites: SiteHit[], first: number): Mention {
  const { field, window } = input;
  const anchors = window.anchors;
  const firstHit = sites[first];
  const site: Site = firstHit ? firstHit.site : 'unspecified';
  const parts: Range[] = [];
  let start = shared.anchorsStart;
  let end = shared.anchorsEnd;
  if (firstHit) {
    for (let j = first; j < sites.length; j++) {
      const h = sites[j] as SiteHit;
      if (h.site !== site) continue;
      parts.push({ start: h.start, end: h.end });
      if (h.start < start) start = h.start;
      if (h.end > end) end = h.end;
    }
  }
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k] as Anchor;
    if (a.kind !== 'negative') parts.push({ start: a.start, end: a.end });
  }
  let context = assessContext(field.text, parts[0] ?? window, {
    fieldId: field.id,
    sentence: input.sentence,
    cues: input.cues,
    sectionStatus: input.sectionStatus,
    parts,
  });
  if (shared.denied && context.status === 'affirmed') {
    const anchor = anchors[0];
    if (anchor) context = { status: 'negated', trigger: spanOf(field, anchor.start, anchor.end) };
  }
  return {
    site,
    levels: shared.levels,
    regions: shared.regions,
    regionAmbiguous: shared.regionAmbiguous,
    mechanisms: shared.mechanisms,
    mechanismAmbiguous: shared.mechanismAmbiguous,
    severity: words.gradeBefore(firstHit?.start ?? anchors[0]?.start ?? window.start),
    laterality: shared.laterality,
    status: context.status,
    trigger: context.trigger,
    span: spanOf(field, start, end),
    kind: shared.kind,
    mechanismEvidence: shared.evidence,
  };
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
    const own: LevelHit[] = [];
    for (let i = 0; i < all.length; i++) {
      const h = all[i] as LevelHit;
      if (h.start >= window.start && h.end <= window.end) own.push(h);
    }
    return own;
  }
  if (all.length > 0) return all;
  if (input.regionHits.length > 0) return NO_LEVEL_HITS;
  return input.lookBackLevels();
}

function dedupeLevels(hits: LevelHit[]): Mention['levels'] {
  const out: Mention['levels'] = [];
  for (let i = 0; i < hits.length; i++) {
    const level = (hits[i] as LevelHit).level;
    let seen = false;
    for (let k = 0; k < out.length && !seen; k++) seen = (out[k] as Mention['levels'][number]).normalized === level.normalized;
    if (!seen) out.push(level);
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
