import { m99RegionLabel, type M99StenosisAxes } from '../../m99/m99-axes';
import type { Mention, ProcedureEvidence, Span } from '../../types';
import type { CodeGroup, RuleContext } from '../rule';
import { codeSiteOf } from './documented-codes';
import { listParam, mentionsParam, quotesParam, term, terms } from '../../text/message-params';
import { quotedLevels } from '../../levels/quoted-levels';
import { keepWords, newLastMentionWords, wordsMadeFrom } from '../../text/last-mention-words';

export type Axis = 'site' | 'region' | 'mechanism';
/**
 * The site is the code's most visible axis: a note naming the code's site is closer than one that
 * only shares region and mechanism. Region and mechanism each change one character and weigh the same.
 */
const AXIS_WEIGHT: Record<Axis, number> = { site: 3, region: 1, mechanism: 1 };

/** A compared mention with the axes it differs on (`bits`: site 1, region 2, mechanism 4) and their weight. */
export type ClosestMention = { m: Mention; diffs: Set<Axis>; distance: number; bits: number };

export type AxisComparison = {
  /** True when a mention matches the code on every axis. */
  matched: boolean;
  /** The mentions that matched (matched) or the closest ones (not matched), with the axes they differ on. */
  closest: ClosestMention[];
  /** The region digit names a region without canal or foramina (pelvis, limbs, rib cage, abdomen). */
  implausible: boolean;
  /**
   * Procedures that imply the code's site in the code's region ("right L5-S1 foraminotomy" for a
   * lumbar foraminal code), set when no statement documents the code: they agree with its site and
   * region only, never with its mechanism, and are never quoted as a diagnosis.
   */
  impliedBy: ProcedureEvidence[] | undefined;
  /**
   * The first two distinct descriptions of `closest`, filled by the first axis rule that needs
   * them: the three axis rules quote the same ones, and a dense note has thousands of mentions.
   */
  described: string[] | undefined;
  /**
   * What the agreements quote of `closest`, filled the same way: its mentions' spans and their
   * first two distinct items (mentionItems). Shared by the three axes' comparisons, which never
   * change them.
   */
  agreed: { evidence: Span[]; items: string[] } | undefined;
};

/** A procedure done or planned here that decompresses the code's site in the code's (stated) region. */
const impliesSiteAndRegion = (axes: M99StenosisAxes, p: ProcedureEvidence) =>
  p.status === 'implied-by-procedure' && p.site === axes.site && axes.region !== undefined && p.regions.some((r) => r === axes.region);

const SITE_BIT = 1;
const REGION_BIT = 2;
const MECHANISM_BIT = 4;
/** Each axis's bit in `ClosestMention.bits`. */
export const AXIS_BIT: Record<Axis, number> = { site: SITE_BIT, region: REGION_BIT, mechanism: MECHANISM_BIT };

/** The axes a mention differs on, as bits (site, region, mechanism). */
export function differingBits(axes: M99StenosisAxes, m: Mention): number {
  let bits = 0;
  const site = codeSiteOf(m);
  if (site && site !== axes.site) bits |= SITE_BIT;
  if (axes.region && m.regions.length > 0 && !m.regions.includes(axes.region as Mention['regions'][number])) bits |= REGION_BIT;
  if (m.mechanisms.length > 0 && !sharesMechanism(m.mechanisms, axes.mechanisms)) bits |= MECHANISM_BIT;
  return bits;
}

/** Whether two mechanism lists share one, by plain loops (asked for every affirmed mention of every M99 stenosis code). */
function sharesMechanism(a: readonly Mention['mechanisms'][number][], b: readonly Mention['mechanisms'][number][]): boolean {
  for (let i = 0; i < a.length; i++) if (b.includes(a[i] as Mention['mechanisms'][number])) return true;
  return false;
}

/**
 * Each combination of differing axes as one shared set with its distance: a dense note compares
 * thousands of mentions, and a set per mention was much of the garbage. Never modified.
 */
const DIFFS: { diffs: Set<Axis>; distance: number }[] = Array.from({ length: 8 }, (_, bits) => {
  const diffs = new Set<Axis>();
  if (bits & SITE_BIT) diffs.add('site');
  if (bits & REGION_BIT) diffs.add('region');
  if (bits & MECHANISM_BIT) diffs.add('mechanism');
  return { diffs, distance: [...diffs].reduce((sum, axis) => sum + AXIS_WEIGHT[axis], 0) };
});

/** Whether the region digit of an M99 stenosis code has no canal or foramina. */
export const isImplausible = (axes: M99StenosisAxes) => axes.region !== undefined && !['head', 'cervical', 'thoracic', 'lumbar', 'sacral'].includes(axes.region);

/**
 * Compares an entered M99 stenosis code with the affirmed stenosis mentions: matched when one
 * agrees on every axis; otherwise the closest mentions and the axes they differ on. Shared by the
 * site, region and mechanism rules (computed once per code and analysis).
 */
export function compareAxes(code: CodeGroup, ctx: RuleContext): AxisComparison | undefined {
  const axes = code.m99;
  if (!axes || ctx.affirmed.length === 0) return undefined;
  return ctx.memo('stenosis-axes', code.code, () => closestTo(axes, ctx.affirmed, ctx.procedureEvidence));
}

/** Per-mention flags of `closestTo`'s one pass. */
const NARROWING = 8;
const SITED = 16;
const DOCUMENTS = 32;
const AT_CODE_SITE = 64;
const AXES = 7;
/** A mention left out of the comparison (its entry once the candidates are chosen). */
const NOT_COMPARED = 255;

/**
 * compareAxes' reading, in two passes over the affirmed mentions and no list per step: it runs
 * for every entered M99 stenosis code at every analysis, and filter chains (narrowing, sited,
 * documenting, pool) were much of a short dense note's rule time.
 */
function closestTo(axes: M99StenosisAxes, affirmed: readonly Mention[], procedures: readonly ProcedureEvidence[] | undefined): AxisComparison {
  const implausible = isImplausible(axes);
  const n = affirmed.length;
  // Each mention's differing axes (low three bits) and flags (above them), in one array.
  const read = new Uint8Array(n);
  let narrowing = 0;
  let narrowingSited = 0;
  let sited = 0;
  let documenting = 0;
  for (let i = 0; i < n; i++) {
    const m = affirmed[i] as Mention;
    const b = differingBits(axes, m);
    const site = codeSiteOf(m);
    let f = 0;
    if (m.kind !== 'compression') f |= NARROWING;
    if (site !== undefined) f |= SITED;
    if (site === axes.site) f |= AT_CODE_SITE;
    // documentsCode (mentions/documents-code.ts) for one affirmed mention: the code's site and no
    // differing region or mechanism (closest-mentions.test.ts holds the two equal).
    if (!implausible && site === axes.site && b === 0) f |= DOCUMENTS;
    read[i] = b | f;
    if (f & NARROWING) {
      narrowing++;
      if (f & SITED) narrowingSited++;
    }
    if (f & SITED) sited++;
    if (f & DOCUMENTS) documenting++;
  }
  // Narrowing statements are what M99 codes (annotation guide); cord or root compression counts
  // only when the note has no narrowing statement at all. Then sited statements, when there are.
  // A note that documents the coded site, region and mechanism anywhere supports the code, even
  // beside other findings: compare only with the statements that document it. Compression
  // statements count here too ("a disc protrusion flattens the cord" documents a canal stenosis
  // by disc) even when the note also has narrowing statements (documents-code.ts).
  const byKind = narrowing > 0 ? NARROWING : 0;
  const bySite = (narrowing > 0 ? narrowingSited : sited) > 0 ? SITED : 0;
  const pool = byKind | bySite;
  // A procedure that decompresses the code's site in its region (an operative note's
  // foraminotomy) documents site and region; the mechanism is then compared only with statements
  // of that site and region, and with none when there are none (class 5).
  const impliedBy: ProcedureEvidence[] = [];
  if (documenting === 0 && !implausible && procedures) for (const p of procedures) if (impliesSiteAndRegion(axes, p)) impliedBy.push(p);
  // Which flags a candidate needs: documenting, else the pool (at the code's site and region when a procedure implies them).
  const need = documenting > 0 ? DOCUMENTS : impliedBy.length > 0 ? pool | AT_CODE_SITE : pool;
  const inRegion = documenting === 0 && impliedBy.length > 0;
  // Each candidate's combination of axes, then only the closest as objects: a dense note has
  // thousands of candidates, and an object per candidate was garbage for most of them.
  const mask = implausible ? ~REGION_BIT & AXES : AXES;
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    const r = read[i] as number;
    if (!isCandidate(r, need, inRegion, axes, affirmed[i] as Mention)) {
      read[i] = NOT_COMPARED;
      continue;
    }
    const b = r & mask;
    read[i] = b;
    const distance = (DIFFS[b] as (typeof DIFFS)[number]).distance;
    if (distance < min) min = distance;
  }
  const closest: ClosestMention[] = [];
  for (let i = 0; i < n && min !== Infinity; i++) {
    const b = read[i] as number;
    if (b === NOT_COMPARED) continue;
    const { diffs, distance } = DIFFS[b] as (typeof DIFFS)[number];
    if (distance === min) closest.push({ m: affirmed[i] as Mention, diffs, distance, bits: b });
  }
  // Every field set in the literal: one object shape whichever way, so optimized rule code keeps
  // no map that dies with an analysis (see docs/architecture.md, "Stable object shapes").
  const implied = impliedBy.length > 0 ? impliedBy : undefined;
  if (implied && closest.length === 0) return { matched: true, closest, implausible, impliedBy: implied, described: undefined, agreed: undefined };
  return { matched: min === 0, closest, implausible, impliedBy: implied, described: undefined, agreed: undefined };
}

/** Whether a mention is compared: it has every flag `need` asks, and (when a procedure implies the site) states no other region. */
function isCandidate(flags: number, need: number, inRegion: boolean, axes: M99StenosisAxes, m: Mention): boolean {
  if ((flags & need) !== need) return false;
  return !inRegion || m.regions.length === 0 || m.regions.some((r) => r === axes.region);
}

const SITE_WORDING: Record<Mention['site'], string> = {
  foramen: 'foraminal stenosis',
  canal: 'canal stenosis',
  'lateral-recess': 'lateral recess stenosis',
  unspecified: 'stenosis',
};

/** The last description made (text/last-mention-words.ts). */
const described = newLastMentionWords();

/** "foraminal stenosis, C5-6, osseous": how findings name what the note documents. */
export function describeMention(m: Mention): string {
  const kept = wordsMadeFrom(described, m);
  if (kept !== undefined) return kept;
  // Concatenated, not an array filtered by Boolean and joined: findings and reasons describe
  // mentions at every analysis, and those array builtins cost more than the words.
  let out = SITE_WORDING[m.site];
  const where = quotedLevels(m.levels) || m.regions.join('/');
  if (where) out += `, ${where}`;
  const mechanisms = m.mechanisms.join(' + ');
  if (mechanisms) out += `, ${mechanisms}`;
  return keepWords(described, m, out);
}


/**
 * The first `count` distinct values of `describe` over `items`, describing no more items than
 * needed: a dense note can hold thousands of supporting mentions, and a message names two or three.
 */
export function firstDistinct<T>(items: readonly T[], describe: (item: T) => string, count: number): string[] {
  const out: string[] = [];
  for (const item of items) {
    const value = describe(item);
    if (!out.includes(value)) out.push(value);
    if (out.length === count) break;
  }
  return out;
}

/**
 * Whether two mentions say the same on the axis: the same code site, or the same regions or
 * mechanisms in the same order (what their lists joined by "/" compared, without a string per
 * mention: asked for every differing mention of every axis rule; no value holds a "/").
 */
export function sameValue(axis: Axis, a: Mention, b: Mention): boolean {
  if (axis === 'site') return codeSiteOf(a) === codeSiteOf(b);
  return sameList(axis === 'region' ? a.regions : a.mechanisms, axis === 'region' ? b.regions : b.mechanisms);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * What makes a mismatch unsure, said so a coder can act on it (stop 54: "The documentation is mixed
 * or ambiguous" named neither the statements nor what they disagree on): the statements disagree
 * among themselves on the axis (`disagree`: the values they give), a statement's region or cause
 * reads two ways (`ambiguous`), or the statements of the code's site and region name no cause while
 * others there name another (`cause-elsewhere`). `values` are the axis's own words (the raw values,
 * as the English says them), `quotes` the statements'.
 */
export type UnsureWhy = { kind: 'disagree' | 'ambiguous' | 'cause-elsewhere'; values: string[]; quotes: string[] };

const UNSURE_ID: Record<UnsureWhy['kind'], string> = {
  disagree: 'sentence_statements_disagree',
  ambiguous: 'sentence_statement_ambiguous',
  'cause-elsewhere': 'sentence_cause_elsewhere',
};

/** The English of an UnsureWhy (its catalogue templates say the same). */
function unsureWords(axis: Axis, why: UnsureWhy): string {
  const quoted = why.quotes.map((q) => `"${q}"`).join(', ');
  const values = why.values.map((v) => (axis === 'site' ? SITE_WORDING[v as Mention['site']] : v.replace(/-/g, ' ')));
  const said = values.length < 2 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} and ${values[values.length - 1] ?? ''}`;
  if (why.kind === 'disagree') return ` The statements disagree on the ${axis}: they say ${said} (${quoted}); check which one the code should follow.`;
  if (why.kind === 'ambiguous') return ` ${quoted} can be read in more than one ${axis}; check which one the provider means.`;
  return ` The statements at the code's site and region (${quoted}) name no cause, and only other statements there name one; check which cause applies.`;
}

export function axisMessage(axis: Axis, axes: M99StenosisAxes, against: Mention[], suggestions: string[], unsure: boolean, why?: UnsureWhy): string {
  // A report often states one finding twice (findings and impression): name each description once.
  const documented = firstDistinct(against, describeMention, 3).join('; ');
  // A sure suggestion is not said here: the card's and panel's Suggested row shows it, and the CLI its arrow.
  const wanted = unsure && suggestions.length > 0 ? ` Check whether ${suggestions.join(' or ')} fits better.` : '';
  const codeSays =
    axis === 'site'
      ? `${axes.code} is for stenosis of the ${axes.site === 'canal' ? 'neural canal' : 'intervertebral foramina'}`
      : axis === 'region'
        ? `${axes.code} is for the ${axes.region ? m99RegionLabel(axes.region) : '?'} region (digit ${axes.regionDigit ?? '?'})`
        : `${axes.code} is for ${axes.mechanisms.join(' or ')} stenosis`;
  return `${codeSays}, but the note documents ${documented}.${unsure ? (why ? unsureWords(axis, why) : ' The documentation is mixed or ambiguous.') : ''}${wanted}`;
}

// Each level (else region) once, in order, by plain loops: flatMap and a spread set cost more
// than the rest of the finding.

/** The mentions' normalized levels, each once. */
function levelsOf(mentions: readonly Mention[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    for (const l of m.levels) {
      if (seen.has(l.normalized)) continue;
      seen.add(l.normalized);
      out.push(l.normalized);
    }
  }
  return out;
}

/** The mentions' region words as `m99_` ids, each once. */
function regionWordsOf(mentions: readonly Mention[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    for (const r of m.regions) {
      if (seen.has(r)) continue;
      seen.add(r);
      out.push(`m99_${r}`);
    }
  }
  return out;
}

const AXIS_MESSAGE: Record<Axis, string> = { site: 'finding_axis_site', region: 'finding_axis_region', mechanism: 'finding_axis_mechanism' };

/**
 * axisMessage as a catalogue template and its placeholders (the surfaces' other languages), with
 * what the note says (`said_list`: levels, else `said_terms`: regions) for a region mismatch's headline.
 */
export function axisTemplate(axis: Axis, axes: M99StenosisAxes, against: Mention[], suggestions: string[], unsure: boolean, why?: UnsureWhy): { messageId: string; params: Record<string, string> } {
  const messageId = AXIS_MESSAGE[axis];
  const code = axes.code;
  const documented_desc = mentionsParam(against);
  const unsure_msg = unsure ? (why ? UNSURE_ID[why.kind] : 'sentence_documentation_mixed') : '';
  // What the unsure sentence names (empty without one): every literal below carries them.
  const unsure_axis_term = why ? term('axis', axis) : '';
  const unsure_values_terms = why ? terms(axis === 'site' ? 'site' : axis === 'region' ? 'region' : 'mech', why.values) : '';
  const unsure_quotes = why ? quotesParam(why.quotes) : '';
  const wanted_msg = unsure && suggestions.length > 0 ? 'sentence_check_fits_better' : '';
  const suggestions_or = listParam(suggestions);
  // Each axis's placeholders in one literal of their own, none added afterwards: a shape reached
  // by adding fields dies with the analysis, and the optimized code of axisCheck that made it is
  // thrown away at the next full collection (docs/architecture.md, "Stable object shapes").
  if (axis === 'site')
    return {
      messageId,
      params: {
        code,
        documented_desc,
        unsure_msg,
        unsure_axis_term,
        unsure_values_terms,
        unsure_quotes,
        wanted_msg,
        suggestions_or,
        code_site_term: term('stenosis_of', axes.site),
      },
    };
  if (axis === 'mechanism')
    return {
      messageId,
      params: {
        code,
        documented_desc,
        unsure_msg,
        unsure_axis_term,
        unsure_values_terms,
        unsure_quotes,
        wanted_msg,
        suggestions_or,
        code_mech_or_terms: terms('mech', axes.mechanisms),
      },
    };
  const code_region_term = term('region', axes.region ?? 'unknown');
  const digit = String(axes.regionDigit ?? '?');
  const levels = levelsOf(against);
  if (levels.length > 0)
    return {
      messageId,
      params: {
        code,
        documented_desc,
        unsure_msg,
        unsure_axis_term,
        unsure_values_terms,
        unsure_quotes,
        wanted_msg,
        suggestions_or,
        code_region_term,
        digit,
        said_list: listParam(levels),
      },
    };
  return {
    messageId,
    params: {
      code,
      documented_desc,
      unsure_msg,
      unsure_axis_term,
      unsure_values_terms,
      unsure_quotes,
      wanted_msg,
      suggestions_or,
      code_region_term,
      digit,
      said_terms: terms('sregion', regionWordsOf(against)),
    },
  };
}

