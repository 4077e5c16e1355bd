/**
 * Second-pass ranking of the best word matches, with what the first pass cannot see in single
 * words: the titles' qualifiers ("with neurogenic claudication" vs "without neurogenic
 * claudication") against what the query asks for, and whether the query is about an injury.
 *
 * Why a second pass: the first pass scores words in postings, where "with" and "without" are just
 * two more words; a title that says the opposite of the query must rank below the one that
 * agrees, and a degenerative query ("lumbar disc displacement") must not be crowded by its
 * traumatic twins (S33.0-) or by sequela codes nobody asked for.
 */
import type { CatalogEntry } from '../types';
import { valueFit } from './numeric-ranges';
import { DORSOPATHY_REGIONS, nearWord, type PainSite, type ParsedQuery } from './parse-query';
import { regionOf } from './read-levels';
import { essentialWords, tokenize } from './tokenize';

/**
 * A title's qualifier words: those after "with" and those after "without", up to the next comma,
 * and the words before either ("plain").
 */
export type Qualifiers = { with: Set<string>; without: Set<string>; plain: Set<string> };

const qualifierCache = new WeakMap<CatalogEntry, Qualifiers>();

export function qualifiersOf(entry: CatalogEntry): Qualifiers {
  let q = qualifierCache.get(entry);
  if (q) return q;
  q = { with: new Set(), without: new Set(), plain: new Set() };
  for (const clause of entry.title.toLowerCase().split(',')) {
    let target: Set<string> = q.plain;
    for (const w of tokenize(clause)) {
      if (w === 'with') target = q.with;
      else if (w === 'without') target = q.without;
      else target.add(w);
    }
  }
  qualifierCache.set(entry, q);
  return q;
}

const isSequela = (entry: CatalogEntry) => /\bsequela$/i.test(entry.title);

/** Saying the opposite of the query costs more than one unmatched word; agreeing earns a little. */
export const CONTRADICTS = 0.8;
export const AGREES = 0.15;
/** Below a non-injury title with the same words matched, above one with a word fewer. */
export const INJURY_UNASKED = 0.6;
export const SEQUELA_UNASKED = 0.6;
/** Above the header and its other encounters (their coverage bonus differs by ~0.05), below a word more matched. */
export const INITIAL_UNASKED = 0.1;
/** "…, initial encounter" and, for fractures, "…, initial encounter for closed fracture" (7th character A). */
const INITIAL_ENCOUNTER = /, initial encounter(?: for closed fracture| for fracture)?$/i;

/**
 * The pain character of the FY2025 disc-degeneration codes (M51.36-, M51.37-), read from their
 * titles' endings so that any code worded the same way is read alike.
 */
const TITLE_PAIN: readonly [RegExp, PainSite][] = [
  [/with discogenic back pain only$/i, 'back'],
  [/with lower extremity pain only$/i, 'leg'],
  [/with discogenic back pain and lower extremity pain$/i, 'both'],
  [/without mention of [a-z ]*back pain or lower extremity pain$/i, 'none'],
];
/**
 * What a title adds that the query did not ask for: "Other spondylosis …" (the Tabular's
 * specified-NEC code) and "… with myelopathy" (a combination the Index reaches only through a
 * "with" subterm) rank below the plain code the Index gives a bare condition ("neck arthritis" ->
 * M47.812 Spondylosis without myelopathy or radiculopathy, cervical region). 0.1 passes a title
 * that was ahead only by being shorter (the coverage bonus, ~0.05 a word here) and stays far below
 * a query word more matched, so only the order among equally matched titles changes.
 */
export const OTHER_UNASKED = 0.1;
export const WITH_UNASKED = 0.1;
const ASKS_OTHER = new Set(['other', 'specified', 'nec']);

/**
 * A combination title ("X with Y") whose "with" part holds what the query asked while its own
 * condition X is a word the query never named: "cervical myelopathy" did not ask for the disc
 * disorder of M50.0- Cervical disc disorder with myelopathy, nor "rheumatoid arthritis knee" for
 * the vasculitis of M05.26- Rheumatoid vasculitis with rheumatoid arthritis of knee. The Index
 * reaches such codes only through a "with" or "in (due to)" subterm of the named condition
 * (Myelopathy > in (due to) > intervertebral disc disorder), so they rank below codes of the
 * condition itself or of a cause the query named, by less than a query word more matched.
 */
export const HEAD_UNASKED = 0.3;
/** Title words that place or classify a condition rather than name it: not the condition X of "X with Y". */
const NOT_CONDITION = new Set([
  ...DORSOPATHY_REGIONS,
  'occipito',
  'atlanto',
  'axial',
  'mid',
  'high',
  'region',
  'regions',
  'site',
  'sites',
  'multiple',
  'level',
  'levels',
  'spine',
  'other',
  'unspecified',
  'specified',
  'nec',
  'not',
  'elsewhere',
  'classified',
  'right',
  'left',
  'bilateral',
  'side',
]);

/**
 * Codes of the families a spine query can mean: neoplasms and blood (C, D), the nervous system (G),
 * the musculoskeletal system (M), congenital malformations of the nervous and musculoskeletal
 * systems (Q00-Q07, Q65-Q79), the symptoms of the nervous and musculoskeletal systems (R20-R29),
 * general symptoms (R50-R69: pain R52) and abnormal findings on imaging (R90-R94), injuries (S,
 * T) and factors (Z). Symptoms of other systems are not: "SI joint dysfunction" is no R37 Sexual
 * dysfunction, unspecified, or R48.9 Unspecified symbolic dysfunctions. In a query that names a
 * spine region, other codes ("subluxation sacrum": H27.11 Subluxation of lens, Q82.6 Congenital
 * sacral dimple) matched only part of it in another sense; they rank below codes that matched as
 * much, and still above codes that matched a word less ("cervical incompetence" keeps O34.3-).
 */
export const SPINE_UNRELATED = 0.4;
/**
 * The families above (C, D, G, M, S, T, Z, R2-, R5- R6- R9-, Q00-Q07, Q65-Q79), by char codes: the
 * first pass asks it of every entry a spine query touched (a regex there cost ~0.2 ms a query),
 * so that other systems' codes do not fill the pool that spine codes which matched a little less
 * need ("SI joint dysfunction": M53.3 below N53.1 Ejaculatory dysfunction had it been applied
 * only after the pool was cut).
 */
function isSpineFamily(code: string): boolean {
  const c = code.charCodeAt(0);
  const d = code.charCodeAt(1) - 48;
  const e = code.charCodeAt(2) - 48;
  if (c === 67 || c === 68 || c === 71 || c === 77 || c === 83 || c === 84 || c === 90) return true; // C D G M S T Z
  if (c === 82) return d === 2 || d === 5 || d === 6 || d === 9; // R2, R5, R6, R9
  if (c === 81) return (d === 0 && e <= 7) || (d === 6 && e >= 5) || d === 7; // Q00-Q07, Q65-Q79
  return false;
}

/**
 * A title for a group of patients the query did not name ranks below the same condition's
 * general code: "rheumatoid arthritis spine" is an adult's M06.08 before M08.08 Unspecified
 * juvenile rheumatoid arthritis, vertebrae; "subarachnoid hemorrhage" I60 before P52.5 of newborn;
 * "idiopathic scoliosis thoracolumbar" M41.25 before M41.05 Infantile idiopathic scoliosis.
 * Less than a word more matched, so "juvenile arthritis" or "jra" (if typed) still finds M08.
 * A congenital code is ranked the same way (see the last entry of GROUPS).
 */
export const GROUP_UNASKED = 0.2;
const GROUPS: readonly [RegExp, RegExp][] = [
  [
    /\bjuvenile\b/i,
    /^(?:juvenile|child|children|childhood|pediatric|paediatric|adolescent|adolescents|teen|teenage|kid|kids|youth)$/,
  ],
  [
    /\b(?:newborn|neonatal|perinatal|infantile)\b/i,
    /^(?:newborn|newborns|neonatal|neonate|neonates|perinatal|infant|infants|infantile|baby|babies)$/,
  ],
  // The Index makes "congenital" a subterm and the acquired condition the default (Spondylolisthesis
  // (acquired) (degenerative) M43.10 > congenital Q76.2; Kyphosis > congenital Q76.419): a query
  // that does not say congenital means the acquired code ("spondylolithesis": M43.1-, not Q76.2).
  [
    /\bcongenital\b/i,
    /^(?:congenital|congenitally|birth|born|inborn|inherited|hereditary|malformation|malformations|anomaly|anomalies)$/,
  ],
];

/**
 * A fracture named without its kind is a traumatic one (Index: Fracture, traumatic > humerus
 * S42.30-; the kinds a disease makes are subterms: Fracture, pathological > humerus M84.42-;
 * Fracture, traumatic > stress > humerus M84.32-), so "humerus fracture" or "pelvis fracture"
 * ranks chapter 19's codes before the stress and pathological fractures of the bone, which matched
 * the same two words (GROUP_UNASKED, less than a word). A query that names the kind (parse-query.ts
 * reads "stress", "pathological", "osteoporotic"... as ParsedQuery.pathologicalFracture) is untouched.
 */
const NONTRAUMATIC_FRACTURE = /\b(?:stress|pathological|fatigue|periprosthetic|atypical)(?: \w+)? fracture\b/i;

/**
 * A title that names a spine region other than the query's ranks below the codes of the region
 * the query named: "SI joint dysfunction" is M99.04 (Index: Dysfunction > somatic > sacroiliac;
 * sacral region), then other sacroiliac codes (Disease > sacroiliac NEC M53.3, Instability >
 * joint > sacroiliac M53.2X8), not the segmental dysfunction of the head, cervical or lumbar
 * region, nor M62.85 Dysfunction of the multifidus muscles, lumbar region. A junction is
 * compatible with both its regions (the Index sends L5-S1 to lumbar codes where a family has no
 * lumbosacral one), and the occipito-atlanto-axial region is cervical. Less than a word more
 * matched: a query that names no region, or the region's code, is untouched.
 */
export const REGION_CONTRADICTS = 0.3;
/**
 * The places a query or title word names, as parts. Spine regions as above; a limb site too,
 * the way chapter 13 divides the limbs (each site code's title names its site: M71.33- Other
 * bursal cyst, wrist; M71.2- Synovial cyst of popliteal space [Baker], knee): "synovial cyst
 * wrist" is M71.33- (Index: Cyst, synovial - see also Cyst, bursa; Cyst, bursa > wrist M71.33-),
 * not the knee's Baker cyst, which matched the two words of the condition and ranked first. A
 * whole names its parts as well (a forearm holds the wrist, a hand the fingers, an ankle and foot
 * the toes, a lower leg the knee), so the two are compatible either way round.
 */
const REGION_PARTS: Readonly<Record<string, readonly string[]>> = {
  cervical: ['cervical'],
  cervicothoracic: ['cervical', 'thoracic'],
  thoracic: ['thoracic'],
  thoracolumbar: ['thoracic', 'lumbar'],
  lumbar: ['lumbar'],
  lumbosacral: ['lumbar', 'sacral'],
  sacral: ['sacral'],
  sacrococcygeal: ['sacral', 'coccygeal'],
  // The occipito-atlanto-axial region is the occiput and C1-C2 (M43.21, M53.2X1), and the Index
  // sends the occipitocervical junction to the head region (Dysfunction > somatic > occipitocervical
  // M99.00; Complex > subluxation > occipitocervical M99.10).
  occipito: ['cervical', 'head'],
  occipitocervical: ['cervical', 'head'],
  // The Index sends the sacroiliac joint to the sacral region (Dysfunction > somatic > sacroiliac
  // M99.04; Complex > subluxation > sacroiliac M99.14; Lesion > biomechanical > sacroiliac M99.84)
  // and to sacrococcygeal codes (Disease > sacroiliac NEC M53.3), and the coccyx to the latter.
  sacroiliac: ['sacral', 'coccygeal'],
  coccyx: ['coccygeal'],
  pelvic: ['pelvic'],
  shoulder: ['shoulder'],
  elbow: ['elbow'],
  forearm: ['forearm', 'wrist'],
  wrist: ['wrist'],
  hand: ['hand', 'finger'],
  finger: ['finger'],
  fingers: ['finger'],
  thumb: ['finger'],
  hip: ['hip'],
  thigh: ['thigh', 'hip'],
  knee: ['knee'],
  popliteal: ['knee'],
  patella: ['knee'],
  ankle: ['ankle'],
  foot: ['foot', 'toe'],
  feet: ['foot', 'toe'],
  toe: ['toe'],
  toes: ['toe'],
};
/** Places named by two words: a whole with its parts, as above. */
const PLACE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'head region': ['head'],
  'upper arm': ['upperarm', 'elbow'],
  'lower leg': ['lowerleg', 'knee'],
  'upper extremity': ['shoulder', 'upperarm', 'elbow', 'forearm', 'wrist', 'hand', 'finger'],
  'upper limb': ['shoulder', 'upperarm', 'elbow', 'forearm', 'wrist', 'hand', 'finger'],
  'lower extremity': ['hip', 'thigh', 'knee', 'lowerleg', 'ankle', 'foot', 'toe'],
  'lower limb': ['hip', 'thigh', 'knee', 'lowerleg', 'ankle', 'foot', 'toe'],
};
/** The other places the M99 titles name (M99.x7 upper extremity … M99.x9 abdomen and other regions) that no query word above names. */
const OTHER_PLACES = /\b(?:rib cage|abdomen and other regions)\b/;
/** Any place above, in a title: the two tables' words, so a place added to them is read in titles too. */
const REGION_WORD = new RegExp(String.raw`\b(?:${[...Object.keys(PLACE_PHRASES), ...Object.keys(REGION_PARTS)].join('|')})\b`, 'g');

const PART_BITS: Readonly<Record<string, number>> = {
  cervical: 1, thoracic: 2, lumbar: 4, sacral: 8, coccygeal: 16, pelvic: 32, head: 1 << 7, shoulder: 1 << 8, upperarm: 1 << 9,
  elbow: 1 << 10, forearm: 1 << 11, wrist: 1 << 12, hand: 1 << 13, finger: 1 << 14, hip: 1 << 15, thigh: 1 << 16, knee: 1 << 17,
  lowerleg: 1 << 18, ankle: 1 << 19, foot: 1 << 20, toe: 1 << 21,
};
const OTHER_PLACE_BIT = 64;
/** The spine regions: what "spine", "spinal" or "facet" in a query names (no one region, so a title "site unspecified" may hold it). */
const SPINE_BITS = 1 | 2 | 4 | 8 | 16;
const SPINE_ANY = new Set(['spine', 'spinal', 'facet', 'facets']);
const bitsOf = (word: string) => (REGION_PARTS[word] ?? PLACE_PHRASES[word] ?? []).reduce((bits, p) => bits | (PART_BITS[p] ?? 0), 0);

/**
 * The places a query names (from its slots' words and their alternatives, and its two-word places),
 * as bits, and those of them a word other than "spine" or "spinal" names; once per query.
 */
type QueryPlaces = { asked: number; specific: number; spineWords: string[] };
const queryParts = new WeakMap<ParsedQuery, QueryPlaces>();
function queryPlaces(query: ParsedQuery): QueryPlaces {
  let places = queryParts.get(query);
  if (places === undefined) {
    places = { asked: 0, specific: 0, spineWords: [] };
    for (const [i, slot] of query.slots.entries()) {
      for (const w of slot) {
        if (SPINE_ANY.has(w)) {
          places.asked |= SPINE_BITS;
          if (!places.spineWords.includes(w)) places.spineWords.push(w);
          continue;
        }
        const bits = bitsOf(w) | bitsOf(`${w} ${query.slots[i + 1]?.[0] ?? ''}`);
        places.asked |= bits;
        places.specific |= bits;
      }
    }
    queryParts.set(query, places);
  }
  return places;
}

/**
 * The places a title names, as bits (each place word its own; OTHER_PLACE_BIT for the M99 places
 * no query word names), and whether it leaves the site unspecified (see SITE_UNSPECIFIED) or is a
 * family's other site (SITE_OTHER); once per entry: the first pass asks this of every entry it touched.
 */
type TitlePlaces = { bits: number[]; unspecified: boolean; otherSite: boolean };
const titleParts = new WeakMap<CatalogEntry, TitlePlaces>();
function titlePlaces(entry: CatalogEntry): TitlePlaces {
  let found = titleParts.get(entry);
  if (!found) {
    const lower = entry.title.toLowerCase();
    const bits = (lower.match(REGION_WORD) ?? []).map(bitsOf);
    if (OTHER_PLACES.test(lower)) bits.push(OTHER_PLACE_BIT);
    const unnamed = bits.length === 0;
    found = { bits, unspecified: unnamed && UNSPECIFIED_SITE.test(lower), otherSite: unnamed && OTHER_SITE.test(lower) };
    titleParts.set(entry, found);
  }
  return found;
}

/**
 * A title that leaves the site unnamed ("Other bursal cyst, unspecified site", "Spondylolisthesis,
 * site unspecified") or names several ("…, multiple sites") when the query names one: the Index
 * codes a named site to its own code, or to its family's "specified site NEC" (Cyst, bursa >
 * specified site NEC M71.38, "Other bursal cyst, other site", for a spinal synovial cyst). Less
 * than REGION_CONTRADICTS: a site of the query's beats it, and it beats another site.
 */
export const SITE_UNSPECIFIED = 0.1;
const UNSPECIFIED_SITE = /\b(?:unspecified sites?|sites? unspecified|multiple sites)\b/i;
const ASKS_UNSPECIFIED = new Set(['unspecified', 'multiple', 'nos']);

/**
 * A family's "other site" code ("Other bursal cyst, other site", "Pathological fracture, other
 * site"), for a query that names a place its title does not: the Index's "specified site NEC" of
 * the family (Cyst, bursa > specified site NEC M71.38, where a spinal synovial cyst goes; Fracture,
 * pathological > vertebra M84.48). Read in the second pass: above the family's header and its
 * unspecified site, below a code that names the place itself (a word more matched).
 */
export const SITE_OTHER = 0.1;
const OTHER_SITE = /\b(?:other|specified) sites?(?: nec)?(?:,|$)/i;

/**
 * REGION_CONTRADICTS when the title names a place and none of its places is compatible with the
 * query's, else 0 (less SITE_UNSPECIFIED, see there). The first pass applies it (so that the named
 * region's codes that matched less of the query, M53.3 for "SI joint dysfunction", reach the pool
 * ahead of other regions' codes that matched as much), but only to an entry that would otherwise
 * enter its best hits: the penalty can only lower a score, and reading every touched title cost
 * ~10 ms a cold query.
 */
export function regionAdjustment(entry: CatalogEntry, query: ParsedQuery): number {
  const places = queryPlaces(query);
  if (places.asked === 0) return 0;
  const title = titlePlaces(entry);
  if (title.bits.length > 0) {
    for (const bits of title.bits) if ((bits & places.asked) !== 0) return 0;
    return -REGION_CONTRADICTS;
  }
  if (!title.unspecified || query.slots.some((s) => ASKS_UNSPECIFIED.has(s[0] ?? ''))) return 0;
  // "spinal stenosis" names the condition M48.00 Spinal stenosis, site unspecified is titled by,
  // not a site; "synovial cyst spine" names a site M71.30 leaves unnamed.
  const lower = entry.title.toLowerCase();
  return places.specific !== 0 || places.spineWords.some((w) => !lower.includes(w)) ? -SITE_UNSPECIFIED : 0;
}

/** The code with the pain the query names ranks above its siblings (less than a word more matched). */
export const PAIN_AGREES = 0.3;

// A typo the first pass forgave ("cervical myleopathy") is the title's word here too, or the
// query would seem not to ask for the "with myelopathy" it matched.
const matches = (set: Set<string>, word: string) => {
  if (set.has(word)) return true;
  for (const w of set) if ((w.startsWith(word) && word.length >= 4) || nearWord(word, w)) return true;
  return false;
};

/**
 * The part of the second pass that reads only the code, which the first pass applies itself
 * before it keeps its best RERANK_POOL hits (search-codes.ts): otherwise injury codes a plain query
 * never wanted fill the pool ("osteoporotic compression fracture t12": over 50 S22.0- wedge
 * compression fractures and their encounters left M80.08 out, to be demoted after the cut).
 */
/**
 * M99.2-M99.7 (stenosis by its cause: subluxation, bone, connective tissue, disc) are not used when
 * the condition can be classified elsewhere (the M99 category note; clinical brief §3.6): a query
 * that names stenosis without a cause or an M99 word ("lumbar stenosis", "estenosis lumbar") means
 * M48.06- first, which the Index gives "Stenosis, spinal, lumbar region" (QA stop 48). Less than a
 * word: a query that names the cause or the foramina still finds its M99 code first.
 */
export const RESIDUAL_UNASKED = 0.2;
/** Words that ask for an M99 stenosis code: its causes, its sites, or M99's own terms. */
const ASKS_M99 = new Set(['subluxation', 'osseous', 'bony', 'bone', 'connective', 'ligament', 'ligamentous', 'disc', 'disk', 'intervertebral', 'foramina', 'foramen', 'foraminal', 'neural', 'canal', 'biomechanical', 'segmental', 'somatic', 'm99']);

/** Whether the entry is M99.2- to M99.7- (by char codes: asked of every entry the first pass touches). */
const isResidualStenosis = (code: string): boolean => code.startsWith('M99.') && code.charCodeAt(4) >= 50 && code.charCodeAt(4) <= 55;

export function codeAdjustment(entry: CatalogEntry, query: ParsedQuery): number {
  const residual = isResidualStenosis(entry.code) && !query.slots.some((slot) => slot.some((w) => ASKS_M99.has(w))) ? -RESIDUAL_UNASKED : 0;
  const region = (query.spine && !isSpineFamily(entry.code) ? -SPINE_UNRELATED : 0) + residual;
  if (query.injury) return region;
  // Injury codes (chapter 19, S00-T88) and external causes (chapter 20, V00-Y99), by the first
  // letter's char code: this runs for every entry the first pass touches, and a regex test there
  // cost ~0.2 ms a query.
  const c = entry.code.charCodeAt(0);
  return region + (c === 83 || c === 84 || (c >= 86 && c <= 89) ? -INJURY_UNASKED : 0);
}

/** True when the query names a word of the condition that a combination title's "with" part qualifies (see HEAD_UNASKED), or the title names none. */
function asksConditionOf(titleQ: Qualifiers, query: ParsedQuery): boolean {
  let named = false;
  for (const w of titleQ.plain) {
    if (titleQ.with.has(w) || NOT_CONDITION.has(w) || regionOf(w) !== undefined) continue;
    named = true;
    if (
      query.slots.some((s) => s.some((q) => q === w || nearWord(q, w) || (q.length >= 4 && w.startsWith(q))))
    )
      return true;
  }
  return !named;
}

/**
 * The condition a combination title qualifies ("Spinal stenosis, lumbar region" of M48.062 …with
 * neurogenic claudication), when the query named its qualifier and no word of the condition
 * ("neurogenic claudication"); else undefined. The Index reaches such a qualifier only as a
 * subterm of its condition (Stenosis > spinal > lumbar region > with neurogenic claudication), so
 * the query means that condition, and its codes belong beside the combination (search-codes.ts).
 */
export function qualifiedCondition(entry: CatalogEntry, query: ParsedQuery): string | undefined {
  const at = entry.title.search(/ with(?:out)?\b/i);
  if (at <= 0) return undefined;
  const titleQ = qualifiersOf(entry);
  const qualifier = [...titleQ.with, ...titleQ.without];
  const named = query.slots.some((s) => s.some((w) => w !== 'with' && w !== 'without' && qualifier.some((q) => q === w || nearWord(w, q))));
  return named && !asksConditionOf(titleQ, query) ? entry.title.slice(0, at) : undefined;
}

/**
 * A condition named with no type is its unspecified code (ICD-10-CM's NOS: Index Anxiety F41.9,
 * Fibrillation > atrial I48.91, Hyperlipidemia E78.5): a title that says "unspecified" and has no
 * other word the query left unnamed ranks above the condition's typed codes that matched the same
 * words ("anxiety": F41.9 Anxiety disorder, unspecified before F41.1 Generalized anxiety disorder
 * and F41.0 Panic disorder [episodic paroxysmal anxiety], ahead only by a shorter title). Less
 * than a word; "disorder" and "disease" are the condition's own head, not a type.
 */
export const UNSPECIFIED_DEFAULT = 0.1;
const CONDITION_HEADS = new Set(['unspecified', 'disorder', 'disorders', 'disease', 'diseases']);
const UNSPECIFIED = /\bunspecified\b/i;

function isUnspecifiedDefault(entry: CatalogEntry, query: ParsedQuery): boolean {
  // Not when the query names a site (SITE_UNSPECIFIED weighs a title that leaves it open) or asks
  // for the "other" (specified) code: "facet cyst" is read as Other bursal cyst, other site
  // (M71.38), not M71.30 Other bursal cyst, unspecified site.
  if (!UNSPECIFIED.test(entry.title) || query.slots.some((s) => ASKS_OTHER.has(s[0] ?? ''))) return false;
  if (titlePlaces(entry).unspecified && queryPlaces(query).asked !== 0) return false;
  const words = essentialWords(entry.title);
  const named = (q: string) => (w: string) => q === w || nearWord(q, w) || (q.length >= 4 && w.startsWith(q));
  // Every title word named, and every query word in the title: "knee pain right" named the side
  // that M25.569 Pain in unspecified knee leaves open.
  for (const w of words) if (!CONDITION_HEADS.has(w) && !query.slots.some((s) => s.some((q) => named(q)(w)))) return false;
  return query.slots.every((s) => s[0] === 'with' || s[0] === 'without' || s.some((q) => words.some(named(q))));
}

/** The score change for one entry under this query (0 when nothing applies), besides codeAdjustment. */
export function adjustment(entry: CatalogEntry, query: ParsedQuery): number {
  let delta = 0;
  let headUnasked = false;
  const without = new Set(query.without ?? []);
  const titleQ = entry.title.includes(' with') ? qualifiersOf(entry) : undefined;
  if (titleQ) {
    // Agreement counts only when the query itself qualifies ("with …", "without …"): a plain
    // "radiculopathy" must not prefer "… with radiculopathy" over "Radiculopathy, cervical region".
    const qualifies = query.slots.some((s) => s[0] === 'with' || s[0] === 'without');
    let contradicted = false;
    let agreed = false;
    for (const slot of query.slots) {
      const word = slot[0] ?? '';
      if (word === 'with' || word === 'without') continue;
      if (without.has(word)) {
        if (matches(titleQ.with, word) && !matches(titleQ.without, word)) contradicted = true;
        else if (matches(titleQ.without, word)) agreed = true;
      } else if (matches(titleQ.without, word) && !matches(titleQ.with, word) && !titleQ.plain.has(word))
        contradicted = true;
      else if (matches(titleQ.with, word)) agreed = true;
    }
    const asksWith = titleQ.with.size > 0 && query.slots.some((s) => s.some((w) => matches(titleQ.with, w)));
    if (contradicted) delta -= CONTRADICTS;
    else if (agreed && qualifies) delta += AGREES;
    else if (!agreed && !qualifies && titleQ.with.size > 0 && !asksWith) delta -= WITH_UNASKED;
    // A query that qualifies ("low back pain with sciatica") asks for its own condition's "with"
    // code too: M51.17 Intervertebral disc disorders with radiculopathy, which the Index reaches
    // from it only by a further subterm the query did not name (Lumbago > with sciatica > due to
    // intervertebral disc disorder M51.17), is such a combination even though its "with" part
    // says radiculopathy, not sciatica.
    headUnasked = !contradicted && (asksWith || qualifies) && titleQ.with.size > 0 && !asksConditionOf(titleQ, query);
    if (headUnasked) delta -= HEAD_UNASKED;
  }
  // "Other X" ranks below the plain X for a query that named X; one that did not name X has no
  // plain X to prefer ("cervical myelopathy": M47.12 Other spondylosis with myelopathy, cervical
  // region, ranks with M50.0- Cervical disc disorder with myelopathy).
  if (
    entry.title.startsWith('Other ') &&
    !headUnasked &&
    !query.slots.some((s) => ASKS_OTHER.has(s[0] ?? ''))
  )
    delta -= OTHER_UNASKED;
  // A query that names no encounter ("neck sprain", "whiplash", "osteoporotic fracture t12") means
  // the first one: the initial encounter code, which has two title words more than its header and
  // so ranked below it.
  if ((query.injury || query.pathologicalFracture) && !query.encounter && INITIAL_ENCOUNTER.test(entry.title))
    delta += INITIAL_UNASKED;
  if (!query.sequela && isSequela(entry)) delta -= SEQUELA_UNASKED;
  if (query.injury && !query.pathologicalFracture && NONTRAUMATIC_FRACTURE.test(entry.title)) delta -= GROUP_UNASKED;
  for (const [inTitle, asks] of GROUPS)
    if (inTitle.test(entry.title) && !query.slots.some((s) => s.some((w) => asks.test(w))))
      delta -= GROUP_UNASKED;
  if (
    query.pain &&
    entry.title.includes(' pain') &&
    TITLE_PAIN.some(([re, site]) => site === query.pain && re.test(entry.title))
  )
    delta += PAIN_AGREES;
  if (titlePlaces(entry).otherSite && queryPlaces(query).asked !== 0) delta += SITE_OTHER;
  if (isUnspecifiedDefault(entry, query)) delta += UNSPECIFIED_DEFAULT;
  // A measured value ("bmi 27.4") is the code whose range holds it; a spine query's numbers are levels.
  if (query.values) delta += valueFit(entry.title, query.values);
  return delta;
}
