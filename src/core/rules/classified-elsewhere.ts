import { listParam, terms } from '../text/message-params';
import { M99_FAMILY } from '../families/m99';
import type { AlternativeCondition, FamilyAlternative } from '../families/types';
import type { Finding, Mention, Span } from '../types';
import { FAMILY_RULE_SOURCES, familyCheck } from '../families-read/family-rule';
import { readCode } from './build-context';
import type { CodeRule, RuleContext } from './rule';
import { alternativeSpans, type EvidenceReader, evidenceReader, boneOf, inNoteOrder } from './stenosis/alternative-evidence';
import { type DorsoRegion, dorsopathyRegionReader } from './stenosis/dorsopathy-regions';
import { affirmedClaudication, radiculopathyFor, radiculopathyReader, type RadiculopathyReader } from './stenosis/with-statements';
import { M99_NOTE, ORDER_FILE } from './sources';

const CERVICAL_DISC_LEVELS = ['C4-C5', 'C5-C6', 'C6-C7'];
/** A module function, not a closure made per call: see normalizedOf in levels/procedure-levels.ts. */
const isCervicalDiscLevel = (l: Mention['levels'][number]) => CERVICAL_DISC_LEVELS.includes(l.normalized);

/**
 * The code of an alternative for a documented region; undefined where the target has no code for it.
 * The lumbar spinal stenosis code says whether the note documents neurogenic claudication.
 */
const CODE_FOR: Record<string, (r: DorsoRegion, m: Mention, reading: AlternativeReading) => string | undefined> = {
  'M48.0': (r, _m, reading) => (r.id !== 'lumbar' ? `M48.0${r.digit}` : claudicationOf(reading) ? 'M48.062' : 'M48.061'),
  'M43.1': (r) => `M43.1${r.digit}`,
  'M47.2': (r) => (r.id === 'occipito-atlanto-axial' ? undefined : `M47.2${r.digit}`),
  'M50.1': (r, m) => {
    if (r.id === 'cervicothoracic') return 'M50.13';
    if (r.id !== 'cervical') return undefined;
    const level = m.levels.find(isCervicalDiscLevel)?.normalized;
    return level ? `M50.12${CERVICAL_DISC_LEVELS.indexOf(level) + 1}` : 'M50.1-';
  },
  'M51.1': (r) => (['thoracic', 'thoracolumbar', 'lumbar', 'lumbosacral'].includes(r.id) ? `M51.1${r.digit}` : undefined),
};

const LISTHESIS = /listhesis/i;

/**
 * What the alternatives read of the page, made once per analysis (ctx.memo) for both checks that
 * read them (this one and suggested-code's replacementsFor) and fetched once per check: each
 * mention's dorsopathy regions, its radiculopathy, the notes the quotes come from, the
 * claudication. Fetched from ctx.memo per replacement, region and quote, they were a twentieth of
 * the rules on a dense note. Every field is set when it is made.
 */
type AlternativeReading = {
  ctx: RuleContext;
  regionsOf: (m: Mention) => DorsoRegion[];
  radicular: RadiculopathyReader;
  /** The notes and radiculopathy the quotes are read from, once a quote is asked for. */
  evidence: EvidenceReader | undefined;
  /** The notes' first affirmed neurogenic claudication (null: none), once asked for. */
  claudication: Span | null | undefined;
};

const readingOf = (ctx: RuleContext): AlternativeReading =>
  ctx.memo('alternative-reading', '', () => ({
    ctx,
    regionsOf: dorsopathyRegionReader(ctx),
    radicular: radiculopathyReader(ctx),
    evidence: undefined,
    claudication: undefined,
  }));

function claudicationOf(reading: AlternativeReading): Span | undefined {
  if (reading.claudication === undefined) reading.claudication = affirmedClaudication(reading.ctx) ?? null;
  return reading.claudication ?? undefined;
}

/** What the alternatives' quotes are read from (the note fields, each mention's radiculopathy). */
function evidenceOf(reading: AlternativeReading): EvidenceReader {
  const radicular = reading.radicular;
  return (reading.evidence ??= evidenceReader(reading.ctx.notes, (mention) => radiculopathyFor(radicular, mention)));
}

/**
 * The order of the quotes: the first words naming a condition, then the first "with" statement
 * (radiculopathy, neurogenic claudication), then the rest of each (note order within each), every
 * span once. The badge's card shows the first quote and the side panel the first two: the condition
 * the code names (spondylosis, a disc) is what sets the suggestion apart, and the "with" statement
 * is the other half of the claim.
 */
function quoteOrder(named: readonly Span[], withStatements: readonly Span[], out: Span[]): Span[] {
  // Each list holds a span once (inNoteOrder): only a span in both comes twice, and is kept where
  // it first comes in this order (slices of both lists, and spansOnce's maps, were more work than
  // comparing these few spans).
  const n0 = named[0];
  const w0 = withStatements[0];
  if (n0) out.push(n0);
  if (w0 && !(n0 && sameSpan(n0, w0))) out.push(w0);
  for (let i = 1; i < named.length; i++) {
    const s = named[i] as Span;
    if (!(w0 && sameSpan(s, w0))) out.push(s);
  }
  for (let j = 1; j < withStatements.length; j++) {
    const s = withStatements[j] as Span;
    if (!named.some((n) => sameSpan(n, s))) out.push(s);
  }
  return out;
}

const sameSpan = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end && a.fieldId === b.fieldId;

/**
 * Whether a mention (and the note around it) documents what an alternative requires. A
 * radiculopathy is read from the notes once per analysis (ctx.memo), whichever M99 code asks first,
 * and only as far as needed (radiculopathyFor): asked per mention, a 1 MB note with thousands of
 * mentions was read thousands of times, and per code a note with five M99 codes five times.
 */
function meets(condition: AlternativeCondition, m: Mention, reading: AlternativeReading): boolean {
  if (condition === 'spinal-stenosis') return m.kind !== 'compression' && m.site !== 'foramen';
  if (condition === 'spondylolisthesis') return namesListhesis(m) || (carriesSubluxation(m) && atListhesisLevel(m, reading.ctx));
  if (condition === 'spondylosis') return namesSpondylosis(m);
  return radiculopathyFor(reading.radicular, m) !== undefined;
}

const namesListhesis = (m: Mention): boolean => LISTHESIS.test(m.span.text) || (m.mechanismEvidence ?? []).some((s) => LISTHESIS.test(s.text));

/**
 * Whether the mention's subluxation is carried over from the clause before (it names no cause word
 * of its own): "Grade 1 anterolisthesis of L4 on L5 … resulting in severe canal stenosis and
 * moderate foraminal stenosis" gives the foraminal stenosis the listhesis's subluxation.
 */
const carriesSubluxation = (m: Mention): boolean => m.mechanisms.includes('subluxation') && (m.mechanismEvidence ?? []).length === 0;

/** Whether an affirmed mention at one of the mention's levels names a listhesis (the levels read once per analysis). */
function atListhesisLevel(m: Mention, ctx: RuleContext): boolean {
  if (m.levels.length === 0) return false;
  const levels = ctx.memo('listhesis-levels', '', () => {
    const out = new Set<string>();
    for (const a of ctx.affirmed) if (namesListhesis(a)) for (const l of a.levels) out.add(l.normalized);
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

/** Plain loops rather than some/every with closures: asked once per affirmed mention and alternative (thousands in a dense note). */
function applies(alt: FamilyAlternative, m: Mention, reading: AlternativeReading): boolean {
  const mechanisms = alt.mechanisms;
  if (mechanisms) {
    let any = false;
    for (let i = 0; i < mechanisms.length && !any; i++) any = m.mechanisms.includes(mechanisms[i] as Mention['mechanisms'][number]);
    if (!any) return false;
  }
  const requires = alt.requires;
  if (requires) for (let i = 0; i < requires.length; i++) if (!meets(requires[i] as AlternativeCondition, m, reading)) return false;
  return true;
}

/** Targets whose code depends on the mention as well as its region (M50.1 reads the cervical disc level). */
const READS_MENTION = new Set(['M50.1']);

/** An alternative with a code builder, and what the check reads of it. */
type Prepared = { alt: FamilyAlternative; build: (r: DorsoRegion, m: Mention, reading: AlternativeReading) => string | undefined; reason: string; readsMention: boolean };

/**
 * The alternatives offered for each lesion (undefined: a code without one), in the family's order,
 * with their builders: fixed data, chosen once per lesion rather than at every analysis (the check
 * walked the family's alternatives and looked each target up for every M99 code of every analysis).
 */
const preparedByLesion = new Map<string | undefined, Prepared[]>();
function preparedFor(lesion: string | undefined): Prepared[] {
  let prepared = preparedByLesion.get(lesion);
  if (prepared) return prepared;
  prepared = [];
  for (const alt of M99_FAMILY.alternatives) {
    if (alt.lesions && (!lesion || !alt.lesions.includes(lesion))) continue;
    const build = CODE_FOR[alt.target];
    if (build) prepared.push({ alt, build, reason: alt.label ?? alt.target, readsMention: READS_MENTION.has(alt.target) });
  }
  // Lesions are the M99 subcategories' few axes.lesion values.
  if (preparedByLesion.size < 64) preparedByLesion.set(lesion, prepared);
  return prepared;
}

/** An alternative's code for a region, if it is one to offer: a category marker ("M50.1-") or a reportable code. */
function usableCode(build: Prepared['build'], region: DorsoRegion, m: Mention, reading: AlternativeReading): string | undefined {
  const c = build(region, m, reading);
  const lookup = reading.ctx.lookup;
  return c && !c.endsWith('-') && lookup && lookup(c)?.billable !== true ? undefined : c;
}

/** A code outside M99 for what a mention documents: the alternative it comes from and the first mention that gives it. */
export type Replacement = { code: string; target: string; reason: string; alt: FamilyAlternative; mention: Mention };

/**
 * The codes outside M99 that describe what `support` documents, for an M99 stenosis code nobody
 * entered (suggested-code reads it): the alternatives this check would name had the code been
 * entered, read from the mentions that document the code alone, without the "beside" ones (those
 * code a second finding and never replace the code). One reading for both rules, so the page never
 * suggests an M99 code and then, once it is entered, says a code outside M99 describes it better.
 */
export function replacementsFor(code: string, support: readonly Mention[], ctx: RuleContext): Replacement[] {
  const lesion = readCode(code).family?.axes.lesion;
  if (!lesion) return [];
  const out: Replacement[] = [];
  const reading = readingOf(ctx);
  const regionsOf = reading.regionsOf;
  const prepared = preparedFor(lesion);
  for (let a = 0; a < prepared.length; a++) {
    const { alt, build, reason, readsMention } = prepared[a] as Prepared;
    if (alt.besideLesions?.includes(lesion)) continue;
    // The regions this alternative has answered (a code or none), by id: where the region alone
    // decides the code, a later mention there adds nothing, and a dense note's code has hundreds.
    const answered: string[] | undefined = readsMention ? undefined : [];
    for (let i = 0; i < support.length; i++) {
      const m = support[i] as Mention;
      const regions = regionsOf(m);
      if (answered && allAnswered(regions, answered)) continue;
      if (!applies(alt, m, reading)) continue;
      for (let r = 0; r < regions.length; r++) {
        const region = regions[r] as DorsoRegion;
        if (answered && !answered.includes(region.id)) answered.push(region.id);
        const c = usableCode(build, region, m, reading);
        if (c && !hasCode(out, c)) out.push({ code: c, target: alt.target, reason, alt, mention: m });
      }
    }
  }
  return out;
}

/**
 * Other rules' M99 suggestions said as classified-elsewhere would say them once entered: an M99
 * code that a code outside M99 describes becomes that code, and one whose replacement is entered
 * already (the condition is classified) is dropped. Without it, M99.73 beside a disc prolapse with
 * sciatica pointed to M99.53, and M48.061 beside a slip's foraminal narrowing to M99.63 with M43.16
 * entered (QA stop 45, I). `support(code)`: the mentions the code was suggested from.
 */
export function outsideM99(codes: readonly string[], support: (code: string) => readonly Mention[], ctx: RuleContext): string[] {
  const out: string[] = [];
  for (const c of codes) {
    const replacements = c.startsWith('M99.') ? replacementsFor(c, support(c), ctx) : [];
    if (replacements.length === 0) {
      if (!out.includes(c)) out.push(c);
      continue;
    }
    for (const r of replacements) if (!out.includes(r.code) && !ctx.entered.some((e) => e.code === r.code)) out.push(r.code);
  }
  return out;
}

function hasCode(replacements: readonly Replacement[], code: string): boolean {
  for (let i = 0; i < replacements.length; i++) if ((replacements[i] as Replacement).code === code) return true;
  return false;
}

/** Whether every region's id is among the answered ones. */
function allAnswered(regions: readonly DorsoRegion[], answered: readonly string[]): boolean {
  for (let r = 0; r < regions.length; r++) if (!answered.includes((regions[r] as DorsoRegion).id)) return false;
  return true;
}

/**
 * The words a replacement rests on besides its mention's own span, as the check quotes them: the
 * condition it names, its "with" statement, and for M48.062 the claudication; pushed to `quotes`,
 * so a caller quoting several replacements makes one list.
 */
export function replacementQuotes(r: Replacement, ctx: RuleContext, quotes: Span[]): void {
  // A spinal stenosis is named by its mention's own span alone, which the suggestion quotes already.
  if (r.target !== 'M48.0') {
    const { named, radiculopathy } = alternativeSpans(r.alt, r.mention, evidenceOf(readingOf(ctx)));
    for (const s of named) if (s !== r.mention.span) quotes.push(s);
    if (radiculopathy) quotes.push(radiculopathy);
  }
  if (r.code === 'M48.062') {
    const claudication = claudicationOf(readingOf(ctx));
    if (claudication) quotes.push(claudication);
  }
}

/**
 * classified-elsewhere (info): the M99 category note says M99 is not used when the condition can
 * be classified elsewhere; this names the codes outside M99 that fit what the note documents. The
 * alternatives and their conditions are the M99 family's data (families/m99.ts), which the code
 * reference reads too, so a suggestion never claims more than the note it quotes.
 */
const sameText = (reasons: readonly string[], same: readonly string[], code: string): string =>
  `The M99 category note says M99 is not used when the condition can be classified elsewhere. The note documents ${reasons.join(', ')}: ${same.join(', ')} may describe it more specifically than ${code}.`;

const besideText = (reasons: readonly string[], other: readonly string[], code: string): string =>
  `The note also documents ${reasons.join(', ')}, a finding coded outside M99 with ${other.join(', ')}. That code is for that finding and does not replace ${code}.`;

/** The site an M99 stenosis lesion names (the subcategories' axes.lesion). */
const SITE_OF_LESION: Record<string, Mention['site']> = { 'foraminal-stenosis': 'foramen', 'canal-stenosis': 'canal' };

export const classifiedElsewhere: CodeRule = {
  id: 'classified-elsewhere',
  title: 'A code outside M99 may fit better',
  help: 'M99 is used only when the condition cannot be classified elsewhere; this names the spine codes outside M99 that fit what the note documents (spinal stenosis, spondylolisthesis, radiculopathy with spondylosis or a disc).',
  defaultSeverity: 'info',
  readsNote: true,
  // M54.1-/M54.2/M54.5- too: their Excludes1 notes send the condition with a disc or spondylosis cause to the combination code.
  families: ['m99', 'm54'],
  sources: [M99_NOTE, ORDER_FILE, ...FAMILY_RULE_SOURCES],
  scope: 'code',
  check(code, ctx) {
    if (!code.m99) return familyCheck('classified-elsewhere', code, ctx);
    if (code.exists === false || ctx.affirmed.length === 0) return [];
    const lesion = code.family?.axes.lesion;
    // Lists, each item once, not sets and maps spread into lists: a code has a few suggestions,
    // each added once per region (see answeredIds), and most lists stay empty.
    const codes: string[] = [];
    const reasons: string[] = [];
    /** The alternative behind each reason (one per label, side by side), to name it in the surfaces' languages. */
    const reasonTargets: string[] = [];
    /** The same, for alternatives that code another finding beside the code's own (see besideLesions). */
    const besideCodes: string[] = [];
    const besideReasons: string[] = [];
    const besideTargets: string[] = [];
    /** Every suggestion in the order the alternatives give them. */
    const all: string[] = [];
    /**
     * The words naming each suggested condition, from the first three mentions that support each
     * alternative (a dense note has thousands): per alternative, so a suggestion never goes
     * unquoted because an earlier one's mentions came first.
     */
    const quoted: Span[] = [];
    /** The statements the "with" suggestions rest on: radiculopathy (M47.2-, M50.1-, M51.1-), neurogenic claudication (M48.062); see quoteOrder. */
    const withQuotes: Span[] = [];
    // Fetched once per code, not per mention: its readings are per analysis.
    const reading = readingOf(ctx);
    // A mention's dorsopathy regions (a junction word is a region of its own here, where the
    // mention's M99 regions hold its upper vertebra's): the same reading as the M48.0- check's.
    const regionsOf = reading.regionsOf;
    // "Beside" only when the note affirms the code's own finding too (a foraminal stenosis beside
    // the canal stenosis); with none, the alternative may well replace the code.
    let ownSite: boolean | undefined;
    const documentsOwnSite = () => (ownSite ??= ctx.affirmed.some((m) => m.site === SITE_OF_LESION[lesion ?? '']));
    const affirmed = ctx.affirmed;
    const prepared = preparedFor(lesion);
    // Indexed loops, not for-of: the iterator steps were a fifth of what this check allocated.
    for (let a = 0; a < prepared.length; a++) {
      const { alt, build, reason, readsMention } = prepared[a] as Prepared;
      const beside = lesion !== undefined && (alt.besideLesions?.includes(lesion) ?? false) && documentsOwnSite();
      // The usable code of each region (undefined: none), by region id, built and looked up once
      // per region rather than once per mention, for the targets whose code the region alone
      // decides; a region answered before has added its code already. Two short lists, not a
      // map: a code has a few regions.
      const answeredIds: string[] = [];
      const answeredCodes: (string | undefined)[] = [];
      let supported = 0;
      /** A supporting mention that names no cause word of its own (a mechanism carried over), quoted only if none does. */
      let bare: Mention | undefined;
      for (let i = 0; i < affirmed.length; i++) {
        const m = affirmed[i] as Mention;
        let regions: DorsoRegion[] | undefined;
        // Three mentions quoted, a mention whose regions are all answered adds nothing: it is not
        // read further (a dense note's code has hundreds of mentions, most in regions seen before).
        if (supported === 3 && !readsMention && allAnswered((regions = regionsOf(m)), answeredIds)) continue;
        if (!applies(alt, m, reading)) continue;
        regions ??= regionsOf(m);
        let supports = false;
        for (let r = 0; r < regions.length; r++) {
          const region = regions[r] as DorsoRegion;
          let c: string | undefined;
          if (readsMention) c = usableCode(build, region, m, reading);
          else {
            const k = answeredIds.indexOf(region.id);
            if (k >= 0) {
              if (answeredCodes[k] !== undefined) supports = true;
              continue;
            }
            c = usableCode(build, region, m, reading);
            answeredIds.push(region.id);
            answeredCodes.push(c);
          }
          if (!c) continue;
          supports = true;
          // M50.1's codes (read per mention) come again; the others once per region.
          if (all.includes(c)) continue;
          all.push(c);
          if (beside) {
            besideCodes.push(c);
            if (!besideReasons.includes(reason)) {
              besideReasons.push(reason);
              besideTargets.push(alt.target);
            }
          } else {
            codes.push(c);
            if (!reasons.includes(reason)) {
              reasons.push(reason);
              reasonTargets.push(alt.target);
            }
          }
        }
        if (!supports || supported === 3) continue;
        // The notes' radiculopathy words are read once per analysis, and only for a suggestion.
        const { named, radiculopathy } = alternativeSpans(alt, m, evidenceOf(reading));
        if (named.length > 0) {
          for (const s of named) quoted.push(s);
          if (radiculopathy) withQuotes.push(radiculopathy);
          supported++;
        } else bare ??= m;
      }
      if (supported === 0 && bare) quoted.push(bare.span);
    }
    if (codes.length === 0 && besideCodes.length === 0) return [];
    const claudication = all.includes('M48.062') ? claudicationOf(reading) : undefined;
    if (claudication) withQuotes.push(claudication);
    const other: string[] = [];
    for (const c of besideCodes) if (!codes.includes(c)) other.push(c);
    // The same finding better coded elsewhere, or another finding beside it that has a code of its
    // own outside M99 (canal stenosis beside a foraminal code): that one never replaces the code.
    // Only the message and placeholders of the finding made are built.
    let message: string;
    let messageId: string;
    let params: Record<string, string>;
    if (other.length === 0) {
      message = sameText(reasons, codes, code.code);
      messageId = 'finding_m99_classified_elsewhere';
      params = { code: code.code, reasons_terms: terms('alt', reasonTargets), suggestions_or: listParam(codes) };
    } else if (codes.length === 0) {
      message = `${besideText(besideReasons, other, code.code)} (The M99 category note says M99 is not used when the condition can be classified elsewhere.)`;
      messageId = 'finding_m99_classified_elsewhere_beside';
      params = { code: code.code, beside_terms: terms('alt', besideTargets), beside_or: listParam(other) };
    } else {
      message = `${sameText(reasons, codes, code.code)} ${besideText(besideReasons, other, code.code)}`;
      messageId = 'finding_m99_classified_elsewhere_and_beside';
      params = {
        code: code.code,
        reasons_terms: terms('alt', reasonTargets),
        suggestions_or: listParam(codes),
        beside_terms: terms('alt', besideTargets),
        beside_or: listParam(other),
      };
    }
    const evidence = quoteOrder(inNoteOrder(quoted, ctx.fields), inNoteOrder(withQuotes, ctx.fields), code.evidence.slice());
    const sources = [M99_NOTE, ORDER_FILE];
    // Two whole literals, not `additions` spread into one: a field added by a spread gives the
    // finding a shape that dies with the analysis, and every optimized rule that read a finding of
    // that shape was thrown away at the next full collection and compiled again (docs/architecture.md,
    // "Stable object shapes"; the dense 10 KB bench row paid about 20 ms of compiling per 50 calls).
    const finding: Finding =
      other.length > 0
        ? { rule: 'classified-elsewhere', severity: 'info', code: code.code, suggestions: all, additions: other, message, messageId, params, evidence, sources }
        : { rule: 'classified-elsewhere', severity: 'info', code: code.code, suggestions: all, message, messageId, params, evidence, sources };
    return [finding];
  },
};
