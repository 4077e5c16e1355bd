/**
 * Reads what a user typed into a lookup box: a code or code prefix in any spelling ("m99 6",
 * "M996", "M99.6"), words in any order, clinical shorthand to expand and spine levels.
 */
import { normalizeCode } from '../catalog';
import { BODY_REGIONS, bodyRegionsOf, spineMatchesOf, withInjuryRegions } from './lay-terms';
import { isValueWord, joinDecimals } from './numeric-ranges';
import { readLevels, splitJoinedLevels, vertebraOrdinalOf } from './read-levels';
import type { Shorthand, ShorthandEntry } from './shorthand';
import { siteNounsOf } from './site-nouns';
import { JOINING_PREFIXES, rejoinPairs, tokenize } from './tokenize';

export type ParsedQuery = {
  text: string;
  /** Dotted, upper-case code or code prefix when the whole query has the shape of one ("M99.6"). */
  code: string | undefined;
  /**
   * What to match, one slot per word the user meant; a title matches a slot when it has any of
   * the slot's alternatives ("l4" -> ["l4", "lumbar"]).
   */
  slots: string[][];
  /** The shorthand that was expanded, so the UI can say "DDD: degenerative disc disease". */
  expanded: ShorthandEntry[];
  /**
   * Words the shorthand put in the query and the user did not type ("bulging disc" -> disc,
   * displacement), and the ordinals read from an injury query's levels ("c2" -> second): the
   * titles' own wording, complete, so the search matches them whole and never as the start of a
   * longer word ("disc" is not "discitis", "second" not "secondary").
   */
  whole?: string[];
  /** Words the query asks to be absent ("without claudication", "no myelopathy"), for ranking. */
  without?: string[];
  /** True when the query speaks of an injury (sprain, fracture, trauma…): injury codes then rank freely. */
  injury?: boolean;
  /**
   * True when the query names a fracture a disease made ("osteoporotic fracture t12",
   * "pathological fracture"): not an injury, but its codes (M80.-, M84.3-M84.6) have encounters
   * as injuries do.
   */
  pathologicalFracture?: boolean;
  /** True when the query asks for a sequela (late effect). */
  sequela?: boolean;
  /** True when the query names an encounter ("initial", "subsequent", "sequela"): rerank.ts then leaves the 7th characters to the words. */
  encounter?: boolean;
  /** True when the query was longer than MAX_QUERY_CHARS and only its start was read. */
  truncated?: boolean;
  /**
   * Which pain the query names, for the FY2025 disc-degeneration codes split by it (M51.36-,
   * M51.37-): back pain only, leg (lower extremity) pain only, both, or none. Absent when the
   * query names no pain.
   */
  pain?: PainSite;
  /** True when the query names a spine region or level ("sacrum", "neck", "L5-S1"): rerank.ts then keeps codes of other body systems below. */
  spine?: boolean;
  /**
   * The measured values the query names ("bmi 17.6": 17.6), matched against the ranges titles
   * state (numeric-ranges.ts). Absent in a spine query, whose numbers are levels ("c5 6"), and never
   * a code's digits: "M51.16" and "m99 63" are codes, not NIHSS 16 or a BMI of 63.
   */
  values?: readonly number[];
};

export type PainSite = 'back' | 'leg' | 'both' | 'none';

/**
 * Nobody types more than this into a lookup box; a pasted page is cut here so that lookup work
 * and memory stay small whatever arrives (the popup and the CLI share this).
 */
export const MAX_QUERY_CHARS = 200;

/** Words that make a query about an injury, whose codes (chapter 19, external causes) otherwise rank below the rest. */
const INJURY_WORDS = /^(?:injur(?:y|ies|ed)|trauma|traumatic|fractures?|fractured|sprains?|sprained|strains?|strained|dislocations?|dislocated|whiplash|falls?|fell|accident|contusions?|lacerations?|wounds?|crush(?:ed|ing)?|burns?|poisoning|tears?|torn|avulsion|concussion|encounter|initial|subsequent|sequelae?|late)$/;
/**
 * Words that make a fracture a disease, not an injury: the Index sends "Fracture, pathological"
 * (due to osteoporosis M80.0-, neoplastic disease M84.5-, other disease M84.6-), "Fracture,
 * insufficiency - see Fracture, pathologic" and stress fractures (M84.3-) to chapter 13.
 * "Fragility" is not an Index word; a fragility fracture (low-energy) is not traumatic either.
 */
const NONTRAUMATIC_FRACTURE_WORDS = /^(?:osteoporotic|osteoporosis|pathologic|pathological|insufficiency|fragility|stress|neoplastic)$/;
const FRACTURE_WORDS = /^(?:fractures?|fractured|initial|subsequent|encounter|sequelae?|late)$/;
const SEQUELA_WORDS = /^(?:sequelae?|late)$/;
const ENCOUNTER_WORDS = /^(?:initial|subsequent|sequelae?|late|encounter|healing|nonunion|malunion)$/;
/** Words that negate the qualifier after them: "without", "no", "not", "w/o" (tokenized as w, o). */
const NEGATORS = new Set(['without', 'no', 'not', 'non']);

/** The dorsopathy region words (M40-M54 titles' regions) that levels and body words are read as. */
export const DORSOPATHY_REGIONS = ['cervical', 'cervicothoracic', 'thoracic', 'thoracolumbar', 'lumbar', 'lumbosacral', 'sacral', 'sacrococcygeal'];
/** A region a query names: the dorsopathy regions, and the occipito-atlanto-axial one. */
const REGION_WORDS = new Set([...DORSOPATHY_REGIONS, 'occipito']);
/**
 * Words that make a query about the spine: the region words levels and body words are read as
 * ("c5" -> cervical, "low back" -> lumbar, "sacrum" -> sacral), and the spine named as such.
 */
// The facet (zygapophyseal) joints are the vertebrae's own joints (Index: Degeneration, facet
// joints - see Spondylosis); the occiput is the occipito-atlanto-axial region of M4x and the
// occipitocervical junction, the head region of M99 (Dysfunction > somatic > occipitocervical
// M99.00), which an occiput is read as (lay-terms.json).
const SPINE_WORDS = new Set([...DORSOPATHY_REGIONS, 'sacroiliac', 'coccyx', 'pelvic', 'spine', 'spinal', 'vertebral', 'vertebra', 'vertebrae', 'back', 'neck', 'facet', 'facets', 'occipito', 'occipitocervical']);
/**
 * Conditions that, named alone, mean the spine's in a spine coding tool (stop 54: "stenosis" and
 * its typo "stenossis" ranked J38.6 Stenosis of larynx first, its title the shortest with the
 * word, above M48.0- Spinal stenosis). A query of nothing else, each word the condition or a typo
 * of it (nearWord), is about the spine; one that names another organ or site ("laryngeal
 * stenosis", "aortic stenosis") is read as typed.
 */
const SPINE_BY_DEFAULT = ['stenosis', 'stenoses'];
const spineByDefault = (words: readonly string[]): boolean => words.length > 0 && words.every((w) => SPINE_BY_DEFAULT.some((c) => nearWord(w, c)));

/** True for a word (or a level's or body word's alternative) that names a spine site (see ParsedQuery.spine). */
export const isSpineWord = (word: string): boolean => SPINE_WORDS.has(word);
/**
 * Region words whose slot, in a query about a pathological fracture, also matches "vertebra(e)":
 * the titles of M80.- and M84.4-M84.6 name the spine by its bones for every region at once (M80.08
 * Age-related osteoporosis with current pathological fracture, vertebra(e); Index: Fracture,
 * pathological > vertebra M84.48), so "osteoporotic fracture t12" must reach them. Only there:
 * elsewhere "vertebra" would also match "Subluxation complex (vertebral)" and the "vertebrae" of
 * every arthritis (queries.json first hits 205 -> 190 when every non-injury query did).
 */
const VERTEBRA_REGIONS = new Set(['vertebral', ...DORSOPATHY_REGIONS]);
const VERTEBRA = ['vertebra', 'vertebrae'];
/**
 * Nerve-root words: with a disc word in the query ("sciatica from herniated disc L5-S1") the Index
 * sends them to the disc codes with radiculopathy (Displacement, intervertebral disc > lumbosacral
 * region > with neuritis, radiculitis, radiculopathy or sciatica M51.17; Sciatica > due to
 * displacement of intervertebral disc - see Disorder, disc, with, radiculopathy), and M54.3-
 * excludes sciatica due to a disc disorder.
 */
const RADICULAR = ['radiculopathy', 'sciatica', 'radiculitis', 'radicular', 'neuritis'];
const DISC_SPELLING: Readonly<Record<string, string>> = { disk: 'disc', disks: 'discs' };
const DISC_WORDS = new Set(['disc', 'discs', 'disk', 'disks', 'intervertebral']);
/** Words that tie a condition to its cause, read as the Index's "with" (Guideline I.A.15: "with" means "associated with" or "due to"). */
const CAUSE_WORDS = new Set(['from', 'due', 'secondary', 'caused', 'because', 'related']);
const LEG_WORDS = new Set(['leg', 'legs', 'extremity', 'extremities']);
const PAIN_WORDS = new Set(['pain', 'pains', 'painful', 'ache', 'aches', 'aching']);

/** True when `a` is `b` with at most one letter changed, added, dropped or two swapped (a typo of a known word). */
export function nearWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // The rest after the first difference, compared in place (rerank.ts asks this for many title words).
  const sameFrom = (x: number, y: number) => {
    if (a.length - x !== b.length - y) return false;
    for (; x < a.length; x++, y++) if (a.charCodeAt(x) !== b.charCodeAt(y)) return false;
    return true;
  };
  return sameFrom(i + 1, i + 1) || sameFrom(i, i + 1) || sameFrom(i + 1, i) || (a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(i + 2, i + 2));
}

/** The nerve-root word `word` is (or is a typo of), if any. */
const radicularOf = (word: string) => (word.length > 30 ? undefined : RADICULAR.find((r) => nearWord(word, r)));

/**
 * A nerve-root word with a disc word ("sciatica from herniated disc", "herniated disc with
 * radiculopathy") is the Index's disc disorder with radiculopathy: the root word searches as
 * radiculopathy (the titles' word), and a cause word or none becomes the "with" that rerank.ts
 * weighs. Other queries are returned as they are.
 */
function readDiscWithRadiculopathy(slots: string[][]): string[][] {
  const root = slots.findIndex((s) => radicularOf(s[0] ?? '') !== undefined);
  if (root < 0 || !slots.some((s) => DISC_WORDS.has(s[0] ?? ''))) return slots;
  const out = slots.map((slot, i) => {
    const word = slot[0] ?? '';
    if (i === root && word !== 'radiculopathy') return ['radiculopathy', ...slot];
    if (CAUSE_WORDS.has(word)) return ['with'];
    return slot;
  });
  if (!out.some((s) => s[0] === 'with')) out.splice(root, 0, ['with']);
  // Sciatica is the sciatic nerve's, whose roots are lumbar and sacral: with no region named, the
  // disc is lumbar or lumbosacral (M51.1 includes "Sciatica due to intervertebral disc disorder";
  // the cervical M50.1- never does).
  if (radicularOf(slots[root]?.[0] ?? '') === 'sciatica' && !slots.some((s) => s.some((w) => REGION_WORDS.has(w)))) out.push(['lumbar', 'lumbosacral']);
  return readNerveRootAsDisc(out);
}

const LEVEL_WORD = /^[ctls]\d{1,2}$/;
/**
 * A cervical nerve root's disc, as the Index reads it (Radiculopathy > due to > disc disorder >
 * C3, C4 M50.11 high cervical; C5 M50.121 (C4-C5); C6 M50.122 (C5-C6); C7 M50.123 (C6-C7); C8
 * M50.13 cervicothoracic): the root exits below the disc above it. Slots that replace the root's.
 */
const DISC_OF_CERVICAL_ROOT: Record<string, string[][]> = {
  c3: [['high', 'c3'], ['cervical']],
  c4: [['high', 'c4'], ['cervical']],
  c5: [['c4'], ['c5']],
  c6: [['c5'], ['c6']],
  c7: [['c6'], ['c7']],
  c8: [['cervicothoracic', 'c8']],
};

/**
 * In a disc-with-radiculopathy query, one cervical level named alone ("C7 radiculopathy disc") is
 * the nerve root, and the disc is the one above it (DISC_OF_CERVICAL_ROOT): read as the region
 * only, it ranked the unspecified and high cervical M50.1- codes above M50.123. A pair of levels
 * ("c6-7") names the disc itself and is left as it is.
 */
function readNerveRootAsDisc(slots: string[][]): string[][] {
  const levels = slots.filter((s) => LEVEL_WORD.test(s[0] ?? ''));
  const disc = levels.length === 1 ? DISC_OF_CERVICAL_ROOT[levels[0]?.[0] ?? ''] : undefined;
  if (!disc || levels[0]?.some((w) => w !== 'cervical' && !LEVEL_WORD.test(w))) return slots;
  return slots.flatMap((s) => (s === levels[0] ? disc : [s]));
}


/** The pain a query names (see ParsedQuery.pain), from its words after shorthand ("lbp" -> low back pain). */
function painOf(words: readonly string[], without: readonly string[]): PainSite | undefined {
  // Only a disc query: "back pain" alone is M54.-, not a disc-degeneration code.
  if (!words.some((w) => PAIN_WORDS.has(w)) || !words.some((w) => DISC_WORDS.has(w) || w === 'discogenic')) return undefined;
  if (without.some((w) => PAIN_WORDS.has(w))) return 'none';
  const leg = words.findIndex((w) => LEG_WORDS.has(w));
  const back = words.findIndex((w) => w === 'back' || w === 'discogenic' || w === 'lumbago');
  if (leg < 0) return back < 0 ? undefined : 'back';
  if (back < 0 || words.includes('both')) return back < 0 ? 'leg' : 'both';
  // "… back … leg pain only": "only" keeps the site named nearest before it.
  const only = words.indexOf('only');
  if (only > 0) {
    const lastLeg = words.slice(0, only).findLastIndex((w) => LEG_WORDS.has(w));
    const lastBack = words.slice(0, only).findLastIndex((w) => w === 'back' || w === 'discogenic');
    if (lastLeg >= 0 || lastBack >= 0) return lastLeg > lastBack ? 'leg' : 'back';
  }
  return 'both';
}

/**
 * A lone R or L after the words of a condition ("sciatica R", "radiculopathy L") is its side, as
 * notes write it: the titles name the side ("Sciatica, right side", M54.31). Only as the last word:
 * elsewhere a lone L is the start of a level ("L 4-5") or of L/S (lumbosacral, shorthand.json).
 */
const SIDE_LETTERS: Readonly<Record<string, string>> = { r: 'right', l: 'left' };

/** A dotted code inside a word query ("M51.16 lumbar"), which the tokenizer splits at its dot. */
const DOTTED_CODE = /(?<![\w.])([a-z]\d[0-9a-z])\.([0-9a-z]{1,4})(?![\w.])/gi;

/**
 * The words of a query with each dotted code whole again ("m51", "16" -> "m5116"): split, its
 * category matched every M51 code and its digits the titles that hold them ("NIHSS score 16"),
 * and "M51.16 lumbar" listed Schmorl's nodes first. Whole, it is a code word (search-codes.ts).
 */
function joinDottedCodes(tokens: readonly string[], text: string): string[] {
  return rejoinPairs(tokens, [...text.matchAll(DOTTED_CODE)], '');
}

/** A code's category as typed in a word query ("m51", "Z68"), before the digits after its dot. */
const CODE_FIRST_PART = /^[a-z]\d[0-9a-z]$/i;

/** A letter, a digit, then up to five letters or digits: every ICD-10-CM code and code prefix. */
const CODE_SHAPE = /^[A-Z][0-9][0-9A-Z]{0,5}$/;

/** The dotted code a query spells, or undefined when it is not code-shaped. */
export function readCodeQuery(text: string): string | undefined {
  // A word after the first part ("L5 radic", "c6 radiculopathy") makes a query of words: a code
  // typed with spaces has only digits or a code's letters after its first part ("m48 062", "S13.4 XXA").
  if (text.trim().split(/\s+/).slice(1).some(isWordPart)) return undefined;
  // A hyphen after a whole category ("m99-03", "M47-816") separates, and a trailing one ("M48.0-",
  // the tabular's "and its subcodes") ends, the code. After a bare level it is a range ("L4-5",
  // "c5-6": not codes L45 or C56), so a hyphen counts only after a letter and two characters.
  // A comma is the decimal point in much of the world ("M99,03"); a code never holds one.
  // Marks that never belong to a code or to a level range ("M99.6Q!", "(M54.5)", "m48.062?") are
  // dropped, so such a query still reads as the code it nearly is; a slash or hyphen stays, since
  // "c5/6" and "L4-5" are levels, not the codes C56 and L45.
  const typed = text
    .replace(/[\s.,!?*#;:'"()[\]{}<>]+/g, '')
    .toUpperCase()
    .replace(/^([A-Z]\d[0-9A-Z][0-9A-Z]*)-([0-9A-Z]*)$/, '$1$2');
  // The letter O never appears after the first character of an ICD-10-CM code: in something
  // already code-like ("M99.6O") it is a zero typed as a letter. Words being typed ("lo", "co")
  // have no digit and stay words.
  const compact = /\d/.test(typed) ? typed.slice(0, 1) + typed.slice(1).replace(/O/g, '0') : typed;
  return CODE_SHAPE.test(compact) ? normalizeCode(compact) : undefined;
}

/** Three letters or more that are not a 7th-character placeholder run ("XXA", "XXXD"): a word, never part of a code. */
const isWordPart = (part: string) => /^[a-z]{3,}$/i.test(part) && !/^x+[a-z]$/i.test(part);

/** The query words after a negator, up to "with" or the end: what the user wants absent. */
function negatedWords(words: readonly string[]): string[] {
  const out: string[] = [];
  let negated = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (w === 'w' && words[i + 1] === 'o') {
      negated = true;
      i++;
    } else if (NEGATORS.has(w)) negated = true;
    else if (w === 'with') negated = false;
    else if (negated) out.push(w);
  }
  return out;
}

/**
 * Whether a prefix written apart or hyphenated ("post laminectomy", "non-union") joins the next
 * word: when `known` says the joined word ("postlaminectomy", "nonunion") or a word it starts
 * ("postconcussion" -> postconcussional) is in the index; "non" otherwise stays a negator.
 */
function joinsNext(w: string, next: string | undefined, known: (word: string) => boolean): next is string {
  return next !== undefined && JOINING_PREFIXES.has(w) && /^[a-z]/.test(next) && known(w + next);
}

/**
 * A site named alone ("tailbone", "neck", "coccyx") as the pain of that site, when the shorthand
 * knows that pain ("tailbone pain" -> M53.3, "neck pain" -> M54.2 Cervicalgia): the Index's entry
 * for a bare site is its pain (Pain > coccyx M53.3, Pain > neck NEC M54.2), and the codes that
 * merely name the site as their region ("Spondylolysis, sacral and sacrococcygeal region") are a
 * condition the query did not name. Returns the pain word to read after the site, if any; the
 * site is searched as well, so its other codes still follow.
 */
function sitePainOf(tokens: readonly string[], shorthand: readonly Shorthand[]): string | undefined {
  const site =
    (tokens.length === 1 && SPINE_WORDS.has(tokens[0] ?? '')) ||
    BODY_REGIONS.some((b) => b.words.length === tokens.length && b.words.every((w, k) => tokens[k] === w));
  if (!site) return undefined;
  const pain = shorthand.find(
    (s) =>
      s.termWords.length === tokens.length + 1 &&
      s.termWords.every((w, k) => (k < tokens.length ? tokens[k] === w : PAIN_WORDS.has(w))),
  );
  return pain?.termWords.at(-1);
}

/**
 * Words that may stand between a shorthand's words without breaking it: the site of what the
 * phrase names ("history of lumbar fusion", "s/p L4-5 fusion", "h/o C5-6 fusion" are "history of
 * fusion" and "s/p fusion" at that site). They stay words of the query, read after the shorthand.
 */
const SHORTHAND_GAP = new Set([...DORSOPATHY_REGIONS, 'spinal', 'spine', 'vertebral']);
const isGapWord = (word: string, before: string | undefined) =>
  SHORTHAND_GAP.has(word) || LEVEL_WORD.test(word) || (/^\d{1,2}$/.test(word) && before !== undefined && LEVEL_WORD.test(before));

/**
 * The entries read again (a procedure's acronym): their words take the typed ones' place before
 * any other entry is read, so that "s/p ACDF" is read as "s/p fusion", which the status entries
 * know, whichever word comes first.
 */
function readAgain(tokens: string[], shorthand: readonly Shorthand[], expanded: ShorthandEntry[]): void {
  // Alone, the acronym names the operation, which is no diagnosis: it is searched as typed.
  if (tokens.length < 2) return;
  for (let i = 0; i < tokens.length; i++) {
    const hit = matchShorthand(tokens, i, shorthand, true);
    if (!hit) continue;
    tokens.splice(i, hit.end - i, ...hit.shorthand.searchWords, ...hit.sites);
    if (!expanded.includes(hit.shorthand.entry)) expanded.push(hit.shorthand.entry);
    i += hit.shorthand.searchWords.length + hit.sites.length - 1;
  }
}

type ShorthandHit = { shorthand: Shorthand; end: number; sites: string[] };

/**
 * The shorthand (longest first) whose words start at tokens[i], with site words allowed between
 * its words (SHORTHAND_GAP), never before its first or after its last; `readAgain`: among the
 * entries read again only (readAgain), else among the others.
 */
function matchShorthand(tokens: readonly string[], i: number, shorthand: readonly Shorthand[], readAgain = false): ShorthandHit | undefined {
  for (const s of shorthand) {
    if (tokens[i] !== s.termWords[0] || (s.entry.readAgain === true) !== readAgain) continue;
    let at = i + 1;
    const sites: string[] = [];
    let k = 1;
    for (; k < s.termWords.length; k++) {
      while (at < tokens.length && tokens[at] !== s.termWords[k] && isGapWord(tokens[at] ?? '', tokens[at - 1])) sites.push(tokens[at++] ?? '');
      if (tokens[at] !== s.termWords[k]) break;
      at++;
    }
    if (k === s.termWords.length) return { shorthand: s, end: at, sites };
  }
  return undefined;
}

/**
 * `known` (optional) tells whether the index has a word or words starting with it, for joining
 * prefixes written apart ("post laminectomy"); `isSite` (optional) whether a word names a body
 * site, for the nouns of site adjectives typed ("coccygeal" -> coccyx, site-nouns.ts).
 */
export function parseQuery(
  text: string,
  shorthand: readonly Shorthand[] = [],
  known?: (word: string) => boolean,
  isSite?: (noun: string, adjective: string) => boolean,
): ParsedQuery {
  const truncated = text.length > MAX_QUERY_CHARS;
  const kept = truncated ? text.slice(0, MAX_QUERY_CHARS) : text;
  // A query that is a code's category and digits ("m51 16", "M99.63") is one code word: its parts
  // as words matched titles that hold their digits ("NIHSS score 16"). Levels ("T12-L1") and 7th
  // characters ("S13.4XXA") keep their words.
  const code = readCodeQuery(kept);
  const split = tokenize(kept);
  const typed =
    code && split.length === 2 && CODE_FIRST_PART.test(split[0] ?? '') && /^\d+$/.test(split[1] ?? '')
      ? [split.join('')]
      : splitJoinedLevels(joinDecimals(joinDottedCodes(split, kept), kept));
  // A lone "w" ("lss w nc", "hnp w radic") is the clinical "with" the titles spell out: read it
  // before the shorthand, so that phrases with "with" match however it was typed; "w/o" stays.
  // "disk" (MedlinePlus's and many US notes' spelling) is the titles' "disc": no ICD-10-CM FY2027
  // title spells it with a k, and read as typed it missed the shorthand ("herniated disk") and
  // fell to typo matches (Discitis).
  const asWritten = typed.map((w, i, all) =>
    w === 'w' && all[i + 1] !== 'o' ? 'with' : (DISC_SPELLING[w] ?? (i > 0 && i === all.length - 1 ? (SIDE_LETTERS[w] ?? w) : w)),
  );
  const sitePain = sitePainOf(asWritten, shorthand);
  const tokens = sitePain ? [...asWritten, sitePain] : [...asWritten];
  const words: string[] = [];
  const expanded: ShorthandEntry[] = [];
  const readIn: string[] = [];
  const asTyped: string[] = [];
  readAgain(tokens, shorthand, expanded);
  // The shorthand is read on the words as typed, and only then is a prefix written apart joined
  // to the next word (joinsNext): joined first, "status post spinal fusion" read "post spinal"
  // as "postspinal" and the shorthand "status post fusion" never matched.
  for (let i = 0; i < tokens.length; ) {
    const hit = matchShorthand(tokens, i, shorthand);
    if (hit) {
      words.push(...hit.shorthand.searchWords);
      readIn.push(...hit.shorthand.searchWords);
      if (!expanded.includes(hit.shorthand.entry)) expanded.push(hit.shorthand.entry);
      // The site words read between the shorthand's words keep their place after it.
      for (const w of hit.sites) {
        words.push(w);
        asTyped.push(w);
      }
      i = hit.end;
      continue;
    }
    const w = tokens[i] ?? '';
    const next = tokens[i + 1];
    if (known && joinsNext(w, next, known) && !matchShorthand(tokens, i + 1, shorthand)) {
      // Joined, the word is read again: the shorthand may know it ("pseudo claudication").
      tokens.splice(i, 2, w + next);
      continue;
    }
    words.push(w);
    asTyped.push(w);
    i++;
  }
  if (sitePain)
    for (const w of asWritten) {
      words.push(w);
      asTyped.push(w);
    }
  const without = negatedWords(words);
  // "no"/"not" before a qualifier searches as the titles' "without"; "w/o" too (a lone "w" is
  // already "with").
  const searched = words
    .map((w, i) => (NEGATORS.has(w) || (w === 'w' && words[i + 1] === 'o') ? 'without' : w))
    .filter((w, i) => !(w === 'o' && words[i - 1] === 'w'));
  const regions = bodyRegionsOf(searched);
  const seen = new Set<string>();
  // "osteoporotic fracture t12": the fracture (and its encounter) is no injury; "traumatic" or
  // "fall" still make one.
  const nontraumatic = words.some((w) => NONTRAUMATIC_FRACTURE_WORDS.test(w));
  const injury = words.some((w) => INJURY_WORDS.test(w) && !(nontraumatic && FRACTURE_WORDS.test(w)));
  const pathologicalFracture = nontraumatic && words.some((w) => /^fractur/.test(w));
  const ordinals: string[] = [];
  // A site's adjective typed ("coccygeal pain", "scapular deformity") also matches its noun, the
  // Index's and the titles' word for the site (Pain > coccyx M53.3), whole: "face" is not "facet".
  // Not when the query names the noun itself ("spinal stenosis c spine"), nor for the spine's
  // region words, which are the titles' own (M54.6 Pain in thoracic spine, not the thorax).
  const nouns: string[] = [];
  const nounsOf = (w: string) => {
    const read = isSite && asTyped.includes(w) && !REGION_WORDS.has(w);
    const found = read ? siteNounsOf(w, isSite).filter((n) => !searched.includes(n)) : [];
    for (const n of found) if (!nouns.includes(n)) nouns.push(n);
    return found;
  };
  const read = readLevels(searched).map((slot, i) => {
    const more = [...(regions[i] ?? []), ...nounsOf(slot[0] ?? '')];
    return [...slot, ...more.filter((r, k) => !slot.includes(r) && more.indexOf(r) === k)];
  });
  // About the spine, "arthritis" is spondylosis and "subluxation" also segmental dysfunction.
  const spine = read.some((slot) => slot.some((w) => SPINE_WORDS.has(w))) || spineByDefault(searched);
  const spineAlso = spine ? spineMatchesOf(searched) : [];
  const slots = readDiscWithRadiculopathy(read.map((slot, i) => [...slot, ...(spineAlso[i] ?? []).filter((r) => !slot.includes(r))]))
    // Chapter 19 names regions its own way ("at neck level", "of lower back"): an injury query's
    // "cervical" also finds them.
    .map((slot) => (injury ? withInjuryRegions(slot) : pathologicalFracture && slot.some((w) => VERTEBRA_REGIONS.has(w)) ? [...slot, ...VERTEBRA.filter((v) => !slot.includes(v))] : slot))
    // An injury query's level is also the vertebra chapter 19 names by its place ("c2 fracture":
    // S12.1- Fracture of second cervical vertebra), as a slot of its own so that the title naming
    // both the place and the region ranks above the region's other vertebrae and above "Fracture
    // of neck"; the level itself still matches it ("C1/C2", "at C2 level").
    .flatMap((slot) => {
      const ordinal = injury ? vertebraOrdinalOf(slot[0] ?? '') : undefined;
      if (!ordinal) return [slot];
      ordinals.push(ordinal);
      return [slot, [ordinal, slot[0] ?? '']];
    })
    .filter((slot) => {
      const key = slot.join(' ');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const pain = painOf(words, without);
  // A word typed outside the shorthand as well may be unfinished there.
  const whole = [...readIn.filter((w) => !asTyped.includes(w)), ...ordinals, ...nouns.filter((w) => !asTyped.includes(w))];
  // A number right after a code's first part ("M51 16 lumbar") is the rest of the code.
  const values =
    spine || code
      ? []
      : slots.flatMap((slot, i) => {
          const word = slot[0] ?? '';
          return isValueWord(word) && !CODE_FIRST_PART.test(slots[i - 1]?.[0] ?? '') ? [Number(word)] : [];
        });
  return {
    text,
    code,
    slots,
    expanded,
    ...(whole.length ? { whole } : {}),
    without,
    injury,
    ...(pathologicalFracture ? { pathologicalFracture } : {}),
    sequela: words.some((w) => SEQUELA_WORDS.test(w)),
    encounter: words.some((w) => ENCOUNTER_WORDS.test(w)),
    truncated,
    ...(pain ? { pain } : {}),
    ...(spine ? { spine } : {}),
    ...(values.length ? { values } : {}),
  };
}
