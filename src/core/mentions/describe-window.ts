import { assessContext } from '../context/assess-context';
import type { findCues } from '../context/find-cues';
import { regionsOfHits, type LevelHit, type RegionHit } from '../levels/find-levels';
import type { FieldText, Mechanism, Mention, Region, Site, Span, Status } from '../types';
import type { SiteHit, Window } from './window-types';
import { BARE_VERB_ANCHOR, CAUSAL, MECHANISM_PATTERN, MECHANISM_WORDS, VERB_ANCHOR, matchedEntry } from './lexicon';
import { findGrades, findLaterality, pickSeverity } from './read-modifiers';

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

const span = (field: FieldText, start: number, end: number): Span => ({
  fieldId: field.id,
  start,
  end,
  text: field.text.slice(start, end),
});

/** One mention per site named in the window (a site-less window gives one "unspecified" mention). */
export function describeWindow(input: WindowInput): Mention[] {
  const { field, window, sites } = input;
  const text = field.text;
  const anchors = window.anchors;
  const onlyNegative = anchors.every((a) => a.kind === 'negative');
  // "normal"/"patent" only speak about the canal, recess or foramen; "normal cord signal" is no statement.
  // They must sit right by the site word: "normal central canal", "foramina are patent".
  const usable = onlyNegative ? sites.filter((s) => s.strong && anchors.some((a) => isNear(a, s))) : sites;
  if (onlyNegative && usable.length === 0) return [];
  // Site words grouped by site, in order of first appearance (a window names at most a few sites:
  // two short lists cost less than a Map per window).
  const siteOrder: Site[] = [];
  const siteHits: SiteHit[][] = [];
  for (const hit of usable) {
    const at = siteOrder.indexOf(hit.site);
    if (at >= 0) siteHits[at]?.push(hit);
    else {
      siteOrder.push(hit.site);
      siteHits.push([hit]);
    }
  }
  if (siteOrder.length === 0) {
    siteOrder.push('unspecified');
    siteHits.push([]);
  }

  const levelHits = pickLevels(input);
  const levels = dedupeLevels(levelHits);
  const { windowText } = input;
  const regions = regionsOf(levelHits, window, input.regionHits);
  const grades = findGrades(windowText, window.start);
  const { mechanisms, evidence: mechanismEvidence } = findMechanisms(input, windowText);
  const laterality = findLaterality(windowText);
  const kind = anchors.some((a) => a.kind !== 'compression') ? 'stenosis' : 'compression';
  const positiveAnchors = anchors.filter((a) => a.kind !== 'negative');
  const selfDenied = positiveAnchors.length > 0 && positiveAnchors.every((a) => a.negatedWord);
  // Where the anchors reach; each site's mention spans its site words and these.
  let anchorsStart = Infinity;
  let anchorsEnd = -Infinity;
  for (const a of anchors) {
    if (a.start < anchorsStart) anchorsStart = a.start;
    if (a.end > anchorsEnd) anchorsEnd = a.end;
  }

  const mentions: Mention[] = [];
  for (let k = 0; k < siteOrder.length; k++) {
    const site = siteOrder[k] as Site;
    const hits = siteHits[k] ?? [];
    const parts: Range[] = [];
    for (const h of hits) parts.push({ start: h.start, end: h.end });
    for (const a of positiveAnchors) parts.push({ start: a.start, end: a.end });
    let context = assessContext(text, parts[0] ?? window, {
      fieldId: field.id,
      sentence: input.sentence,
      cues: input.cues,
      sectionStatus: input.sectionStatus,
      parts,
    });
    if ((onlyNegative || selfDenied) && context.status === 'affirmed') {
      const anchor = anchors[0];
      if (anchor) context = { status: 'negated', trigger: span(field, anchor.start, anchor.end) };
    }
    let start = anchorsStart;
    let end = anchorsEnd;
    for (const h of hits) {
      if (h.start < start) start = h.start;
      if (h.end > end) end = h.end;
    }
    mentions.push({
      site,
      levels,
      regions: regions.regions,
      regionAmbiguous: regions.ambiguous,
      mechanisms,
      mechanismAmbiguous: mechanisms.includes('disc') && mechanisms.includes('osseous'),
      severity: pickSeverity(grades, hits[0]?.start ?? anchors[0]?.start ?? window.start),
      laterality,
      status: context.status,
      trigger: context.trigger,
      span: span(field, start, end),
      kind,
      mechanismEvidence,
    });
  }
  return mentions;
}

function pickLevels(input: WindowInput): LevelHit[] {
  const { window } = input;
  const own = input.sentenceLevels.filter((h) => h.start >= window.start && h.end <= window.end);
  if (own.length > 0) return own;
  if (input.sentenceLevels.length > 0) return input.sentenceLevels;
  if (input.regionHits.length > 0) return [];
  return input.lookBackLevels();
}

function dedupeLevels(hits: LevelHit[]): Mention['levels'] {
  const out: Mention['levels'] = [];
  for (const h of hits) if (!out.some((l) => l.normalized === h.level.normalized)) out.push(h.level);
  return out;
}

const REGION_ORDER: Region[] = ['head', 'cervical', 'thoracic', 'lumbar', 'sacral'];

function regionsOf(hits: LevelHit[], window: Range, regionHits: RegionHit[]): { regions: Region[]; ambiguous: boolean } {
  if (hits.length > 0) {
    let ambiguous = false;
    let seen = 0;
    for (const h of hits) {
      ambiguous ||= h.regionAmbiguous;
      for (const r of h.regions) seen |= 1 << REGION_ORDER.indexOf(r);
    }
    const regions: Region[] = [];
    for (let i = 0; i < REGION_ORDER.length; i++) if (seen & (1 << i)) regions.push(REGION_ORDER[i] as Region);
    return { regions, ambiguous };
  }
  const own = regionsOfHits(regionHits.filter((h) => h.start >= window.start && h.end <= window.end));
  const words = own.length > 0 ? own : regionsOfHits(regionHits);
  return { regions: words, ambiguous: words.length > 1 };
}

/**
 * A mechanism counts only when the clause links it to the narrowing (annotation guide): a causal
 * word ("secondary to", "causing"), a verb anchor whose subject is the cause, or "[cause] with
 * [narrowing]". Merely co-listed findings get none.
 */
function findMechanisms(input: WindowInput, slice: string): { mechanisms: Mechanism[]; evidence: Span[] } {
  const { field, window } = input;
  const found: { mechanisms: Mechanism[]; start: number; end: number }[] = [];
  MECHANISM_PATTERN.lastIndex = 0;
  for (let m = MECHANISM_PATTERN.exec(slice); m !== null; m = MECHANISM_PATTERN.exec(slice)) {
    const entry = MECHANISM_WORDS[matchedEntry(m)];
    const start = window.start + m.index;
    if (entry) found.push({ mechanisms: entry.mechanisms, start, end: start + m[0].length });
  }
  if (found.length === 0) {
    return { mechanisms: /^\s*(?:,|and\b)/i.test(slice) ? input.inheritedMechanisms : [], evidence: [] };
  }
  const firstAnchor = window.anchors[0];
  const linked =
    CAUSAL.test(slice) ||
    window.anchors.some((a) => VERB_ANCHOR.test(a.word) && found.some((f) => f.end <= a.start)) ||
    window.anchors.some((a) => BARE_VERB_ANCHOR.test(a.word) && found.some((f) => f.end <= a.start && /^\s+(?:\w+ly\s+)?$/.test(field.text.slice(f.end, a.start)))) ||
    (firstAnchor !== undefined && found.some((f) => f.end <= firstAnchor.start && /\bwith\b/i.test(field.text.slice(f.end, firstAnchor.start))));
  if (!linked) return { mechanisms: [], evidence: [] };
  const mechanisms = MECHANISM_ORDER.filter((x) => found.some((f) => f.mechanisms.includes(x)));
  return { mechanisms, evidence: found.map((f) => span(field, f.start, f.end)) };
}

/** The order mechanisms are listed in. */
const MECHANISM_ORDER: Mechanism[] = ['osseous', 'subluxation', 'connective-tissue', 'disc'];
