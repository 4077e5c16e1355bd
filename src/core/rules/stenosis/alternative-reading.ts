import { M99_FAMILY } from '../../families/m99';
import type { AlternativeCondition, FamilyAlternative } from '../../families/types';
import type { Mechanism, Mention, Span } from '../../types';
import type { RuleContext } from '../rule';
import { boneOf, type EvidenceReader, evidenceReader } from './alternative-evidence';
import { type DorsoRegion, dorsopathyRegionReader } from './dorsopathy-regions';
import {
  affirmedClaudication,
  affirmedMyelopathyFor,
  type MyelopathyAnswers,
  myelopathyAnswers,
  radiculopathyFor,
  radiculopathyReader,
  type RadiculopathyReader,
} from './with-statements';

/**
 * What the M99 family's alternatives (codes outside M99 that may describe an M99 code's
 * condition better) read of the page, once per analysis for both rules that name them:
 * classified-elsewhere, for each entered M99 code, and suggested-code, through replacementsFor,
 * for each M99 code the note documents that nobody entered. Both walk the same affirmed mentions
 * against the same alternatives, and what a mention meets (its mechanisms, its listhesis,
 * spondylosis and radiculopathy, its dorsopathy regions) depends on the mention alone: it is read
 * once per mention here, not once per code, alternative and rule.
 */

const CERVICAL_DISC_LEVELS = ['C4-C5', 'C5-C6', 'C6-C7'];
/** A module function, not a closure made per call: see normalizedOf in levels/procedure-levels.ts. */
const isCervicalDiscLevel = (l: Mention['levels'][number]) => CERVICAL_DISC_LEVELS.includes(l.normalized);

/**
 * The code of an alternative for a documented region; undefined where the target has no code for it.
 * The lumbar spinal stenosis code says whether the note documents neurogenic claudication.
 */
const CODE_FOR: Record<
  string,
  (r: DorsoRegion, m: Mention, reading: AlternativeReading) => string | undefined
> = {
  'M48.0': (r, _m, reading) =>
    r.id !== 'lumbar' ? `M48.0${r.digit}` : claudicationOf(reading) ? 'M48.062' : 'M48.061',
  'M43.1': (r) => `M43.1${r.digit}`,
  'M47.2': (r) => (r.id === 'occipito-atlanto-axial' ? undefined : `M47.2${r.digit}`),
  'M50.1': (r, m) => {
    if (r.id === 'cervicothoracic') return 'M50.13';
    if (r.id !== 'cervical') return undefined;
    const level = m.levels.find(isCervicalDiscLevel)?.normalized;
    return level ? `M50.12${CERVICAL_DISC_LEVELS.indexOf(level) + 1}` : 'M50.1-';
  },
  'M51.1': (r) =>
    ['thoracic', 'thoracolumbar', 'lumbar', 'lumbosacral'].includes(r.id) ? `M51.1${r.digit}` : undefined,
  // With myelopathy (QA stop 49, C8: M99.52 beside "T7-8 herniated disc" with thoracic myelopathy).
  // M51.0: thoracic, thoracolumbar, lumbar (M51.04-M51.06; a region without a code gives none, see usableCode).
  'M51.0': (r) => (['thoracic', 'thoracolumbar', 'lumbar'].includes(r.id) ? `M51.0${r.digit}` : undefined),
  // M50.0: high cervical (C2-C3, C3-C4) M50.01, mid-cervical by disc level M50.021-M50.023, cervicothoracic M50.03.
  'M50.0': (r, m) => {
    if (r.id === 'cervicothoracic') return 'M50.03';
    if (r.id !== 'cervical') return undefined;
    if (m.levels.some((l) => HIGH_CERVICAL_DISC_LEVELS.includes(l.normalized))) return 'M50.01';
    const level = m.levels.find(isCervicalDiscLevel)?.normalized;
    return level ? `M50.02${CERVICAL_DISC_LEVELS.indexOf(level) + 1}` : 'M50.0-';
  },
  // M47.1: spondylosis with myelopathy, regions 1-6 (occipito-atlanto-axial to lumbar).
  'M47.1': (r) => `M47.1${r.digit}`,
};

const HIGH_CERVICAL_DISC_LEVELS = ['C2-C3', 'C3-C4'];

const LISTHESIS = /listhesis/i;

/**
 * The reading, made once per analysis (ctx.memo) and fetched once per check: each mention's
 * dorsopathy regions and facts (by its place among ctx.affirmed), its radiculopathy, the notes the
 * quotes come from, the claudication. Fetched from ctx.memo per replacement, region and quote,
 * they were a twentieth of the rules on a dense note. Every field is set when it is made.
 */
export type AlternativeReading = {
  ctx: RuleContext;
  regionsOf: (m: Mention) => DorsoRegion[];
  radicular: RadiculopathyReader;
  /** The notes and radiculopathy the quotes are read from, once a quote is asked for. */
  evidence: EvidenceReader | undefined;
  /** The notes' first affirmed neurogenic claudication (null: none), once asked for. */
  claudication: Span | null | undefined;
  /** The affirmed myelopathy each set of vertebra letters rests on, once asked for (affirmedMyelopathyFor). */
  myelopathy: MyelopathyAnswers;
  /** Each affirmed mention's dorsopathy regions, by its place in ctx.affirmed, once read. */
  regions: (DorsoRegion[] | undefined)[];
  /** Each affirmed mention's facts, by its place: MECHANISMS_READ and its mechanisms' bits, then each condition's asked and met bits. */
  facts: Uint16Array;
};

export const readingOf = (ctx: RuleContext): AlternativeReading =>
  ctx.memo('alternative-reading', '', () => ({
    ctx,
    regionsOf: dorsopathyRegionReader(ctx),
    radicular: radiculopathyReader(ctx),
    evidence: undefined,
    claudication: undefined,
    myelopathy: myelopathyAnswers(),
    regions: new Array<DorsoRegion[] | undefined>(ctx.affirmed.length).fill(undefined),
    facts: new Uint16Array(ctx.affirmed.length),
  }));

/** The notes' first affirmed neurogenic claudication, read once per analysis and only when a lumbar spinal stenosis code is built. */
export function claudicationOf(reading: AlternativeReading): Span | undefined {
  if (reading.claudication === undefined) reading.claudication = affirmedClaudication(reading.ctx) ?? null;
  return reading.claudication ?? undefined;
}

/** What the alternatives' quotes are read from (the note fields, each mention's radiculopathy). */
export function evidenceOf(reading: AlternativeReading): EvidenceReader {
  const radicular = reading.radicular;
  return (reading.evidence ??= evidenceReader(reading.ctx.notes, (mention) =>
    radiculopathyFor(radicular, mention),
  ));
}

/** The dorsopathy regions of the affirmed mention at `place`, read once per analysis. */
export function regionsAt(reading: AlternativeReading, place: number, m: Mention): DorsoRegion[] {
  return (reading.regions[place] ??= reading.regionsOf(m));
}

/**
 * The places in ctx.affirmed of some of its mentions (-1: a mention that is not one of them). The
 * callers' mentions come in note order, as ctx.affirmed does (documentedCodes' support, an axis
 * rule's closest mentions), so one walk finds them; a mention out of that order is looked for from
 * the start. A map of places cost more to fill at every analysis than the walk.
 */
export function placesOf(reading: AlternativeReading, mentions: readonly Mention[]): number[] {
  const affirmed = reading.ctx.affirmed;
  const out: number[] = [];
  let from = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    let place = placeIn(affirmed, m, from, affirmed.length);
    if (place < 0) place = placeIn(affirmed, m, 0, from);
    out.push(place);
    if (place >= 0) from = place + 1;
  }
  return out;
}

function placeIn(affirmed: readonly Mention[], m: Mention, from: number, to: number): number {
  for (let j = from; j < to; j++) if (affirmed[j] === m) return j;
  return -1;
}

// A mention's facts (AlternativeReading.facts): whether its mechanisms were read, their bits, and
// two bits per condition (asked, met) from CONDITION_SHIFT up.
const MECHANISMS_READ = 1;
const MECHANISM_BITS: Record<Mechanism, number> = {
  osseous: 2,
  subluxation: 4,
  'connective-tissue': 8,
  disc: 16,
};
const CONDITION_SHIFT = 5;
const CONDITIONS: readonly AlternativeCondition[] = [
  'spinal-stenosis',
  'spondylolisthesis',
  'spondylosis',
  'radiculopathy',
  'myelopathy',
];
/** Each condition's "asked" bit (the "met" bit is the next one up). */
const CONDITION_ASKED = CONDITIONS.map((_, i) => 1 << (CONDITION_SHIFT + 2 * i));

function mechanismBits(mechanisms: readonly Mechanism[]): number {
  let bits = 0;
  for (let i = 0; i < mechanisms.length; i++) bits |= MECHANISM_BITS[mechanisms[i] as Mechanism];
  return bits;
}

/**
 * Whether a mention (and the note around it) documents what an alternative requires. A
 * radiculopathy is read from the notes once per analysis (ctx.memo), whichever M99 code asks first,
 * and only as far as needed (radiculopathyFor): asked per mention, a 1 MB note with thousands of
 * mentions was read thousands of times, and per code a note with five M99 codes five times.
 */
function meets(condition: AlternativeCondition, m: Mention, reading: AlternativeReading): boolean {
  if (condition === 'spinal-stenosis') return m.kind !== 'compression' && m.site !== 'foramen';
  if (condition === 'spondylolisthesis')
    return namesListhesis(m) || (carriesSubluxation(m) && atListhesisLevel(m, reading.ctx));
  if (condition === 'spondylosis') return namesSpondylosis(m);
  if (condition === 'myelopathy')
    return affirmedMyelopathyFor(reading.ctx, m, reading.myelopathy) !== undefined;
  return radiculopathyFor(reading.radicular, m) !== undefined;
}

const namesListhesis = (m: Mention): boolean =>
  LISTHESIS.test(m.span.text) || (m.mechanismEvidence ?? []).some((s) => LISTHESIS.test(s.text));

/**
 * Whether the mention's subluxation is carried over from the clause before (it names no cause word
 * of its own): "Grade 1 anterolisthesis of L4 on L5 … resulting in severe canal stenosis and
 * moderate foraminal stenosis" gives the foraminal stenosis the listhesis's subluxation.
 */
const carriesSubluxation = (m: Mention): boolean =>
  m.mechanisms.includes('subluxation') && (m.mechanismEvidence ?? []).length === 0;

/** Whether an affirmed mention at one of the mention's levels names a listhesis (the levels read once per analysis). */
function atListhesisLevel(m: Mention, ctx: RuleContext): boolean {
  if (m.levels.length === 0) return false;
  const levels = ctx.memo('listhesis-levels', '', () => {
    const out = new Set<string>();
    // A mention without a level adds none: its words are not read (a run-on note has thousands).
    for (const a of ctx.affirmed)
      if (a.levels.length > 0 && namesListhesis(a)) for (const l of a.levels) out.add(l.normalized);
    return out;
  });
  return m.levels.some((l) => levels.has(l.normalized));
}

/**
 * Whether the mention's bone words name spondylosis: one of them does (see boneOf), or
 * it has none of its own (its bone mechanism carried over from the clause before, which was read
 * there). "Canal stenosis due to OPLL" does not.
 */
function namesSpondylosis(m: Mention): boolean {
  let bone = false;
  for (const s of m.mechanismEvidence ?? []) {
    const word = boneOf(s.text);
    if (word === 'spondylotic') return true;
    if (word) bone = true;
  }
  return !bone;
}

/** Targets whose code depends on the mention as well as its region (M50.1 reads the cervical disc level). */
const READS_MENTION = new Set(['M50.1', 'M50.0']);

/**
 * An alternative with a code builder, and what the checks read of it: its mechanisms as bits
 * (0: any) and its conditions by their place in CONDITIONS.
 */
export type Prepared = {
  alt: FamilyAlternative;
  build: (r: DorsoRegion, m: Mention, reading: AlternativeReading) => string | undefined;
  reason: string;
  readsMention: boolean;
  /** Whether it codes "with myelopathy" (its statement is quoted beside the condition). */
  myelopathy: boolean;
  mechanisms: number;
  requires: number[];
};

function prepare(alt: FamilyAlternative, build: Prepared['build']): Prepared {
  const requires: number[] = [];
  for (const c of alt.requires ?? []) requires.push(CONDITIONS.indexOf(c));
  return {
    alt,
    build,
    reason: alt.label ?? alt.target,
    readsMention: READS_MENTION.has(alt.target),
    myelopathy: alt.requires?.includes('myelopathy') ?? false,
    mechanisms: mechanismBits(alt.mechanisms ?? []),
    requires,
  };
}

/**
 * The alternatives offered for each lesion (undefined: a code without one), in the family's order,
 * with their builders: fixed data, chosen once per lesion rather than at every analysis (the check
 * walked the family's alternatives and looked each target up for every M99 code of every analysis).
 */
const preparedByLesion = new Map<string | undefined, Prepared[]>();
export function preparedFor(lesion: string | undefined): Prepared[] {
  let prepared = preparedByLesion.get(lesion);
  if (prepared) return prepared;
  prepared = [];
  for (const alt of M99_FAMILY.alternatives) {
    if (alt.lesions && (!lesion || !alt.lesions.includes(lesion))) continue;
    const build = CODE_FOR[alt.target];
    if (build) prepared.push(prepare(alt, build));
  }
  // Lesions are the M99 subcategories' few axes.lesion values.
  if (preparedByLesion.size < 64) preparedByLesion.set(lesion, prepared);
  return prepared;
}

/**
 * Whether an alternative applies to the affirmed mention at `place` (-1: a mention outside
 * ctx.affirmed, read afresh): its mechanisms first, then each condition, each read once per
 * mention for the whole analysis (facts) however many codes, alternatives and rules ask.
 */
export function applies(p: Prepared, place: number, m: Mention, reading: AlternativeReading): boolean {
  if (place < 0) return appliesAfresh(p, m, reading);
  if (!hasMechanism(p, place, m, reading)) return false;
  const facts = reading.facts;
  let f = facts[place] as number;
  const requires = p.requires;
  for (let i = 0; i < requires.length; i++) {
    const c = requires[i] as number;
    const asked = CONDITION_ASKED[c] as number;
    if (!(f & asked))
      facts[place] = f |= asked | (meets(CONDITIONS[c] as AlternativeCondition, m, reading) ? asked << 1 : 0);
    if (!(f & (asked << 1))) return false;
  }
  return true;
}

/**
 * Whether the affirmed mention at `place` has one of the alternative's mechanisms (any, for one
 * that names none): the first half of applies, and what most mentions fail, asked before the
 * callers read anything else of a mention (-1: a mention outside ctx.affirmed, which passes here).
 */
export function hasMechanism(p: Prepared, place: number, m: Mention, reading: AlternativeReading): boolean {
  if (p.mechanisms === 0 || place < 0) return true;
  const facts = reading.facts;
  let f = facts[place] as number;
  if (!(f & MECHANISMS_READ)) facts[place] = f = MECHANISMS_READ | mechanismBits(m.mechanisms);
  return (f & p.mechanisms) !== 0;
}

/** applies, for a mention without a place: nothing kept. */
function appliesAfresh(p: Prepared, m: Mention, reading: AlternativeReading): boolean {
  if (p.mechanisms !== 0 && (mechanismBits(m.mechanisms) & p.mechanisms) === 0) return false;
  const requires = p.requires;
  for (let i = 0; i < requires.length; i++)
    if (!meets(CONDITIONS[requires[i] as number] as AlternativeCondition, m, reading)) return false;
  return true;
}

/** An alternative's code for a region, if it is one to offer: a category marker ("M50.1-") or a reportable code. */
export function usableCode(
  build: Prepared['build'],
  region: DorsoRegion,
  m: Mention,
  reading: AlternativeReading,
): string | undefined {
  const c = build(region, m, reading);
  const lookup = reading.ctx.lookup;
  return c && !c.endsWith('-') && lookup && lookup(c)?.billable !== true ? undefined : c;
}
