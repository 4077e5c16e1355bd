import { listParam, quotesParam, term, terms } from '../text/message-params';
import { CERVICAL_DISC_SCHEME, DORSOPATHY_SCHEME, SPINE_FAMILIES, buildSpineCode, parseSpineCode, regionOfLevelIn, schemeOf, type ParsedSpineCode, type QualifierId, type RegionScheme, type SchemeRegion, type Subcategory } from '../spine-families';
import type { Finding, Mention, RuleId, Severity, Span } from '../types';
import { knownCondition, levelsOf, placedFromNote, regionWordsOf, statusOf, statusReasonOf, triggerOf, type Condition, type ConditionKind } from './find-conditions';
import type { CodeFamily, ExtraCharacter, RootLevel } from '../families/types';
import { discLesionsDocumented, fitsDiscLesions } from './disc-lesion-fit';
import { LESION_KINDS } from './lesion-kinds';
import { allAttributedElsewhere, isStenosisCause, spondyloticWords, stenosisNamedAsCause } from './attributed-cause';
import { painFromElsewhere, painNotTheDiscs } from './pain-attribution';
import { sourceRef } from './family-sources';
import { areaOf, placeIn, type Place } from './place';
import { foramenInRegion } from './foramen-in-region';
import { placedOutside } from './outside-family-area';
import { areasOf, regionlessArea } from './regionless-area';
import { statedQualifiers, subcategoriesFor, type AffirmedQualifiers } from './subcategories-for-facts';
import type { IndicationReader } from './imaging-indication';
import { reachesRoot, segmentSpan, vertebraOrdinal } from '../levels/root-reach';
import { statusWord, statusWordText, type StatusWord } from '../context/status-word';
import { denialReaches, isContact, narrowingDenials } from '../rules/stenosis/contact-only';
import { linkDenied, type LinkDenial } from './link-denials';
import { lumbagoWithSciatica } from './lumbago-sciatica';
import { sciaticaCodeChecks, type SciaticaReaders } from './sciatica-codes';
import { sciaticaCauseOf } from './sciatica-cause';
import { narrowerLesion } from './narrower-lesion';

/** What one rule compared for one code (same shape as the core's Comparison). */
export type FamilyComparison = { rule: RuleId; code: string; outcome: 'supported' | 'finding'; evidence: Span[]; reason: string; messageId?: string; params?: Record<string, string> };
/** A text as a catalogue template and its placeholders (see Finding.messageId). */
type Template = { messageId: string; params: Record<string, string> };
export type FamilyCheck = { findings: Finding[]; compared: FamilyComparison[] };
/** `stenosisWords`: dorsopathy region words of a word-placed stenosis mention (stenosis-region-words.ts). */
/** `indication`: whether a statement stands only in an imaging report's indication line (imaging-indication.ts). */
/** `denials`: where the note breaks a lesion's link to a radiculopathy or myelopathy (link-denials.ts). */
export type FamilyInput = { conditions: readonly Condition[]; mentions: readonly Mention[]; stenosisWords?: (m: Mention) => string[] | undefined; indication?: IndicationReader | undefined; denials?: readonly LinkDenial[] | undefined };

const LESION_WORDS: Record<string, string> = {
  spondylolisthesis: 'spondylolisthesis',
  spondylosis: 'spondylosis',
  'spinal-stenosis': 'spinal (canal) stenosis',
  'disc-disorder': 'a disc disorder',
  'disc-displacement': 'disc displacement (herniation, protrusion, bulge)',
  'disc-degeneration': 'disc degeneration',
  'schmorl-node': "Schmorl's nodes",
  radiculopathy: 'radiculopathy',
  'neck-pain': 'neck pain',
  'low-back-pain': 'low back pain',
  'vertebrogenic-low-back-pain': 'vertebrogenic (endplate) low back pain',
  sciatica: 'sciatica',
  'lumbago-with-sciatica': 'lumbago with sciatica',
  'spinal-instability': 'spinal instability',
};
const QUALIFIER_KINDS: Record<QualifierId, ConditionKind[]> = {
  myelopathy: ['myelopathy'],
  radiculopathy: ['radiculopathy'],
  'neurogenic-claudication': ['neurogenic-claudication'],
  'discogenic-back-pain': ['low-back-pain', 'discogenic-back-pain'],
  'lower-extremity-pain': ['lower-extremity-pain'],
};
const QUALIFIER_WORDS: Record<QualifierId, string> = {
  myelopathy: 'myelopathy',
  radiculopathy: 'radiculopathy',
  'neurogenic-claudication': 'neurogenic claudication',
  'discogenic-back-pain': 'discogenic (axial) back pain',
  'lower-extremity-pain': 'lower-extremity (leg) pain',
};

/**
 * The first three distinct texts of the spans, in order: what a message quotes. Stops at three, so
 * a dense note's thousands of supporting conditions are not all read for a quotation.
 */
function firstTexts(spans: readonly Span[]): string[] {
  const out: string[] = [];
  for (const s of spans) {
    if (!out.includes(s.text)) out.push(s.text);
    if (out.length === 3) break;
  }
  return out;
}
const quote = (spans: readonly Span[]) => firstTexts(spans).map((t) => `"${t}"`).join(', ');
/** `quote` as a `_quotes` placeholder. */
const quotes = (spans: readonly Span[]) => quotesParam(firstTexts(spans));
const regionTerm = (scheme: { id: string }, region: { id: string }) => term('sregion', `${scheme.id}_${region.id}`);
const spansOf = (cs: readonly Condition[]) => cs.map((c) => c.span);

/**
 * A stenosis mention as a condition-like statement for M48.0 (canal, recess or unsited). Placed by
 * words only, it takes the dorsopathy words when it has them ("cervicothoracic", where its M99
 * regions say "cervical").
 */
function stenosisAsCondition(m: Mention, words: ((m: Mention) => string[] | undefined) | undefined): Condition {
  const levels = m.levels.map((l) => l.normalized);
  const regionWords = m.levels.length === 0 ? (words?.(m) ?? m.regions) : [];
  return knownCondition('spondylosis', m.span, { start: m.span.start, end: m.span.end }, m.status, m.trigger, levels, [], regionWords, false, m.statusReason);
}

/**
 * The canal statements made only of contact words ("a bulge effaces the ventral thecal sac",
 * "indents the sac") that the note's own denial of canal stenosis reaches (at their level, or
 * unsited): the disc touches the sac and the report says the canal is not narrowed, so they are
 * no stenosis M48.0- reports, as the M99 rules read them (rules/stenosis/contact-only.ts). Counted,
 * they supported M48.061 beside "No canal stenosis" and quoted the contact as the stenosis (blind
 * note QA stop 53, H5).
 */
function deniedContacts(mentions: readonly Mention[]): Set<Mention> | undefined {
  let denied: Set<Mention> | undefined;
  let denials: Mention[] | undefined;
  for (const m of mentions) {
    if (m.status !== 'affirmed' || !isContact(m)) continue;
    denials ??= narrowingDenials(mentions);
    if (denials.some((d) => denialReaches(d, m))) (denied ??= new Set()).add(m);
  }
  return denied;
}

/**
 * The stenosis mentions as conditions, made once per analysis (its mention list and region-word
 * reader) for all of its M48.0 codes, not once per code. Why: the region, qualifier and Excludes1
 * checks memoize per condition object (placeIn, conditionAreas), which fresh copies per code defeat.
 * Read only, never modified.
 */
const stenosisPools = new WeakMap<readonly Mention[], { words: FamilyInput['stenosisWords']; pool: Condition[] }>();

function stenosisConditions(input: FamilyInput): readonly Condition[] {
  const known = stenosisPools.get(input.mentions);
  if (known && known.words === input.stenosisWords) return known.pool;
  const denied = deniedContacts(input.mentions);
  const pool = input.mentions.filter((m) => m.kind !== 'compression' && m.site !== 'foramen' && !denied?.has(m)).map((m) => stenosisAsCondition(m, input.stenosisWords));
  stenosisPools.set(input.mentions, { words: input.stenosisWords, pool });
  return pool;
}

type FamilyCode = { code: string; sub: Subcategory; digit: string; extra?: string | undefined; qualifiers: Partial<Record<QualifierId, boolean>>; level?: string | undefined };

/**
 * The lists `codesOf` made, per family and entered subcategory: fixed data, and a qualifier
 * suggestion asked for the whole family (a few dozen codes, each with a spread) at every analysis.
 * Read only, never modified.
 */
const familyCodes = new WeakMap<ParsedSpineCode['family'], Map<string, FamilyCode[]>>();

/** Every complete code of a family with its region digit and qualifiers, for suggestions. */
function codesOf(parsed: ParsedSpineCode): readonly FamilyCode[] {
  let bySub = familyCodes.get(parsed.family);
  if (!bySub) familyCodes.set(parsed.family, (bySub = new Map<string, FamilyCode[]>()));
  let codes = bySub.get(parsed.subcategory.code);
  if (!codes) bySub.set(parsed.subcategory.code, (codes = familyCodesOf(parsed)));
  return codes;
}

function familyCodesOf(parsed: ParsedSpineCode): FamilyCode[] {
  const out: FamilyCode[] = [];
  for (const sub of parsed.family.subcategories) {
    if (/\.[89]$/.test(sub.code) && sub.code !== parsed.subcategory.code) continue;
    for (const digit of sub.regionDigits) {
      const extras = sub.extra?.[digit];
      if (!extras?.length) out.push({ code: `${sub.code}${digit}`, sub, digit, qualifiers: { ...sub.axes.qualifiers } });
      else for (const e of extras) out.push({ code: `${sub.code}${digit}${e.char}`, sub, digit, extra: e.char, qualifiers: { ...sub.axes.qualifiers, ...e.axes.qualifiers }, level: e.axes.level });
    }
  }
  return out;
}

const DISC_LESIONS = new Set(['disc-disorder', 'disc-displacement', 'disc-degeneration']);

const isAffirmed = (c: Condition) => statusOf(c) === 'affirmed';

/**
 * Where one code's checks collect their findings and comparisons. One literal and module functions
 * (addFinding, addSupported) rather than closures inside checkFamilyCode: the checks below are
 * separate functions, each small enough for V8 to optimise quickly (one function holding every
 * check and message was among the costliest TurboFan compiles of a batch worker). Not a class with
 * fields: its objects' shape died with each analysis (docs/architecture.md, "Stable object shapes").
 */
/** `denials`: the input's (link-denials.ts), for the suggestions a region check builds. */
type FamilyOut = { findings: Finding[]; compared: FamilyComparison[]; code: string; codeEvidence: Span[]; denials: readonly LinkDenial[] | undefined };

function addFinding(out: FamilyOut, rule: RuleId, severity: Severity, suggestions: string[], message: string, evidence: Span[], sources: string[], template: Template): void {
  const code = out.code;
  out.findings.push({
    rule,
    severity,
    code,
    suggestions: suggestions.filter((s) => s !== code),
    message,
    messageId: template.messageId,
    params: template.params,
    evidence: [...out.codeEvidence, ...evidence],
    sources: sources.map(sourceRef),
  });
  out.compared.push({ rule, code, outcome: 'finding', evidence, reason: message, messageId: template.messageId, params: template.params });
}

function addSupported(out: FamilyOut, rule: RuleId, evidence: Span[], reason: string, template: Template): void {
  out.compared.push({ rule, code: out.code, outcome: 'supported', evidence, reason, messageId: template.messageId, params: template.params });
}

/**
 * True once a region finding at error severity was made, or a site finding in the code's region
 * (checkRegion): the qualifiers are then not read, as the statements left are of another region.
 */
function regionWrong(out: FamilyOut): boolean {
  // The code's region holding its lesion only as history (checkRegion): the statements elsewhere are not the code's either.
  for (const f of out.findings) if (((f.rule === 'region-mismatch' || f.rule === 'site-mismatch') && f.severity === 'error') || f.rule === 'unsupported-code') return true;
  return false;
}

/**
 * Compares one code of the spine families (M43.1, M47, M48.0, M50, M51, M54) with the note:
 * lesion (unsupported-code, and site-mismatch for M48.0 against foraminal-only stenosis), region in
 * the family's own scheme and M50's level character (region-mismatch), with/without qualifiers
 * (qualifier-mismatch), and the Excludes1 pairs of M54 (classified-elsewhere). Every check says
 * what it compared, so a code is "supported" only when a check found the note agreeing.
 */
export function checkFamilyCode(parsed: ParsedSpineCode, codeEvidence: Span[], input: FamilyInput): FamilyCheck {
  const out: FamilyOut = { findings: [], compared: [], code: parsed.code, codeEvidence, denials: input.denials };
  const scheme = schemeOf(parsed.family);
  // 1. The lesion the code names.
  const lesionStatements = checkLesion(parsed, scheme, input, out);
  if (!lesionStatements) return { findings: out.findings, compared: out.compared };
  const rootLevels = parsed.subcategory.rootLevels;
  const affirmed = rootLevels ? atRootLevels(rootLevels, lesionStatements, input.conditions) : lesionStatements;
  // What the supported reasons quote: the statements at the code's level or in its region.
  const quoted = atCodePlace(parsed, scheme, affirmed);
  // M54.4-'s lesion statements are its sciatica; its lumbago is compared on its own (sciatica-codes.ts).
  lesionSupported(parsed.axes.lesion === 'lumbago-with-sciatica' ? 'sciatica' : (parsed.axes.lesion ?? ''), quoted, out);
  // 2. Region, in the family's own scheme, and M50's level character.
  const regional = !parsed.region
    ? checkArea(parsed, affirmed, out, input.conditions)
    : parsed.region.residual
      ? checkUnspecified(parsed, parsed.region, scheme, affirmed, out, input.conditions)
      : checkRegion(parsed, parsed.region, scheme, affirmed, out, input.mentions, input.conditions);
  // 3. With/without qualifiers the code states. After a wrong region the qualifiers would be read
  // in the wrong part of the spine: the region finding's suggestion already carries them.
  const codeArea = parsed.region ? areaOf(parsed.region.id) : areaOfConditions(affirmed);
  if (!regionWrong(out)) checkQualifiers(parsed, affirmed, quoted[0], input.conditions, codeArea, out, input.indication, input.denials);
  // A sibling that names the documented kind of the lesion says more (M54.51 beside M54.50).
  if (!regionWrong(out)) saysMoreSibling(parsed, affirmed, out);
  // 4. Excludes1 pairs in M54: radiculopathy, cervicalgia or low back pain due to a disc disorder or spondylosis.
  const excluded = excludes1(parsed, regional.length > 0 ? regional : affirmed, input.conditions, codeArea, input.denials);
  if (excluded) addFinding(out, 'classified-elsewhere', excluded.severity, excluded.suggestions, excluded.message, excluded.spans, excluded.sources, excluded.template);
  // Excludes1 at M54.5: lumbago with sciatica is M54.4- (lumbago-sciatica.ts); a disc cause above comes first.
  else sciaticaExcluded(parsed, affirmed, input.conditions, out);
  // 5. M54.3-/M54.4-: the side the code names, and the lumbago (sciatica-codes.ts); not after a
  // disc the note ties the sciatica to, whose own code (M51.1-) the Excludes1 finding names.
  if (parsed.axes.side && excluded?.severity !== 'warning')
    for (const o of sciaticaCodeChecks(parsed, affirmed, input.conditions, SCIATICA_READERS))
      if (o.outcome === 'finding') addFinding(out, o.rule, o.severity, o.suggestions, o.message, o.spans, o.sources, o.template);
      else addSupported(out, o.rule, o.spans, o.reason, o.template);
  return { findings: out.findings, compared: out.compared };
}

/**
 * The entered code is its category's broad lesion and the note documents the narrower kind a sibling
 * code names (narrower-lesion.ts): an info finding that the sibling says more, as for an unspecified
 * region or side. Of qualifier-mismatch, the rule that compares the kind the code names within its
 * family (displacement rather than degeneration).
 */
function saysMoreSibling(parsed: ParsedSpineCode, affirmed: readonly Condition[], out: FamilyOut): void {
  const narrower = narrowerLesion(parsed, affirmed);
  if (!narrower) return;
  const code = out.code;
  const spans = spansOf(narrower.statements);
  const sibling = narrower.sub;
  addFinding(
    out,
    'qualifier-mismatch',
    'info',
    [sibling.code],
    `${code} (${parsed.subcategory.title}) does not say what kind it is, but the note documents ${quote(spans)}: ${sibling.code} (${sibling.title}) says more. The less specific code is for when the note does not say.`,
    spans,
    [...sibling.sources, 'guideline-unspecified'],
    {
      messageId: 'finding_family_narrower_lesion',
      params: { code, title: parsed.subcategory.title, quotes_quotes: quotes(spans), sibling: sibling.code, sibling_title: sibling.title },
    },
  );
}

/** How sciatica-codes.ts reads a statement: its sentence, its areas, and whether the note ties it to a disc. */
const SCIATICA_READERS: SciaticaReaders = {
  sentenceOf: (c) => sentenceText(c),
  areasOf: (c) => conditionAreas(c),
  fromDisc: (c, conditions) => sciaticaFromDisc(c, conditions),
};

/** The classified-elsewhere finding for an M54.5- code beside sciatica the note does not tie to a disc (lumbago-sciatica.ts). */
function sciaticaExcluded(parsed: ParsedSpineCode, own: readonly Condition[], conditions: readonly Condition[], out: FamilyOut): void {
  const found = lumbagoWithSciatica(parsed.axes.lesion, sentenceText, own, conditions, conditionAreas, (c) => sciaticaFromDisc(c, conditions));
  if (!found) return;
  const spans = found.sciatica.map((c) => c.span);
  const code = parsed.code;
  addFinding(
    out,
    'classified-elsewhere',
    found.linked ? 'warning' : 'info',
    found.codes,
    `The note documents ${quote(spans)} with the low back pain. An Excludes1 note at M54.5- (low back pain) sends lumbago with sciatica to M54.4-, coded by side (${found.codes.join(', ')}); ${code} is not coded beside it.${found.linked ? '' : ' The note does not state the two in one sentence: check whether the sciatica goes with the back pain.'}`,
    spans,
    found.codes.length > 1 ? ['tabular-m54-4-sciatica', 'guideline-excludes1', 'guideline-laterality'] : ['tabular-m54-4-sciatica', 'guideline-excludes1'],
    {
      messageId: 'finding_family_lumbago_sciatica',
      params: { code, quotes_quotes: quotes(spans), combination_list: listParam(found.codes), unlinked_msg: found.linked ? '' : 'sentence_sciatica_not_linked' },
    },
  );
}

/** A statement's sentence as written (its span alone for a statement made whole). */
function sentenceText(c: Condition): string {
  return c.note ? c.note.field.text.slice(c.sentence.start, c.sentence.end) : c.span.text;
}

/**
 * Step 1: the affirmed statements of the lesion the code names (the caller says so in a
 * comparison); undefined (after a finding) when the note affirms none.
 */
function checkLesion(parsed: ParsedSpineCode, scheme: RegionScheme, input: FamilyInput, out: FamilyOut): Condition[] | undefined {
  const lesion = parsed.axes.lesion ?? '';
  const isStenosis = lesion === 'spinal-stenosis';
  const kinds = LESION_KINDS[lesion] ?? [];
  const pool: readonly Condition[] = isStenosis ? stenosisConditions(input) : input.conditions.filter((c) => kinds.includes(c.kind));
  const affirmed = pool.filter(isAffirmed);
  if (affirmed.length > 0) return affirmed;
  const foramen = isStenosis ? input.mentions.filter((m) => m.status === 'affirmed' && m.site === 'foramen') : [];
  // The code's own region named only to deny its stenosis ("No thoracic canal stenosis" beside
  // M48.04): that denial is the reason, not foraminal narrowing in another region (blind QA stop 54, L8).
  const denied = foramen.length > 0 ? notAffirmedInRegion(parsed, scheme, pool, foramen) : [];
  if (denied.length > 0) lesionNotAffirmed(lesion, denied, out);
  else if (foramen.length > 0) {
    if (!foraminalElsewhere(parsed, scheme, foramen, input, out)) foraminalOnly(foramen, out);
  } else {
    // Kind before status: a statement's status is read lazily (its cues and ConText pass), and only
    // the disc statements' are needed here.
    // Below the neck a Schmorl's node is a disc lesion of its own (M51.4-), and M51.4-'s other lesions are the disc's.
    const m51 = parsed.family.id === 'm51';
    const sibling =
      DISC_LESIONS.has(lesion) || (m51 && lesion === 'schmorl-node')
        ? input.conditions.filter((c) => (c.kind === 'disc-displacement' || c.kind === 'disc-degeneration' || (m51 && lesion !== 'schmorl-node' && c.kind === 'schmorl-node')) && statusOf(c) === 'affirmed')
        : [];
    const slips = lesion === 'spinal-instability' && pool.length === 0 ? input.conditions.filter((c) => c.kind === 'spondylolisthesis' && statusOf(c) === 'affirmed') : [];
    if (sibling.length > 0) otherLesion(parsed, lesion, sibling, input.conditions, out, input.denials);
    else if (slips.length > 0) slipNotInstability(slips, out);
    else if (!(lesion === 'lumbago-with-sciatica' && lumbagoAlone(pool, input.conditions, out))) lesionNotAffirmed(lesion, pool, out);
  }
  return undefined;
}

/**
 * The lesion statements with no level of their own, placed at the disc level a radiculopathy's root
 * names in the same sentence, by the subcategory's root table (Subcategory.rootLevels: M50.1-'s
 * inclusion terms "C6 radiculopathy due to disc disorder" at M50.122 ... and the Index's
 * "Radiculopathy, due to, disc disorder, C6 M50.122"): "left C6 radiculopathy due to disc
 * herniation" is a C5-C6 disc disorder with radiculopathy, not one of the unspecified cervical
 * region (QA stop 46, H). The radiculopathy's levels are its root's segment (find-conditions.ts
 * reads a root as the segment above it, and "C5-6 radiculopathy" names that segment itself, the
 * other inclusion term of each code), so a level in the table is a root of the table. A new plain
 * statement, made only where one is placed so (a rare sentence): the others are the same objects.
 */
function atRootLevels(roots: readonly RootLevel[], lesion: Condition[], conditions: readonly Condition[]): Condition[] {
  let out: Condition[] | undefined;
  for (let i = 0; i < lesion.length; i++) {
    const c = lesion[i] as Condition;
    const levels = levelsOf(c).length === 0 ? rootLevelsBeside(c, roots, conditions) : undefined;
    if (levels === undefined) {
      out?.push(c);
      continue;
    }
    out ??= lesion.slice(0, i);
    out.push(knownCondition(c.kind, c.span, c.sentence, statusOf(c), triggerOf(c), levels, [], [], false, statusReasonOf(c)));
  }
  return out ?? lesion;
}

/** The table's levels of the affirmed radiculopathies placed by their own levels in c's sentence, if any. */
function rootLevelsBeside(c: Condition, roots: readonly RootLevel[], conditions: readonly Condition[]): string[] | undefined {
  let levels: string[] | undefined;
  for (const r of conditions) {
    if (r.kind !== 'radiculopathy' || r.sentence.start !== c.sentence.start || placedFromNote(r) || statusOf(r) !== 'affirmed') continue;
    for (const l of levelsOf(r)) if (roots.some((x) => x.level === l) && !(levels ??= []).includes(l)) levels.push(l);
  }
  return levels;
}

/**
 * The statements a supported code's reasons quote: those at the level the code names (M50.122,
 * C5-C6), else those in the region it names (M51.16, lumbar), else all of them. A note lists
 * every level of a study; quoting a C4-C5 "disc osteophyte complex" and a C6-C7 "disc bulge" as
 * the support of a C5-C6 code reads as if the code covered them.
 */
function atCodePlace(parsed: ParsedSpineCode, scheme: RegionScheme, affirmed: Condition[]): Condition[] {
  const region = parsed.region;
  if (!region || region.residual) return affirmed;
  const inRegion: Condition[] = [];
  for (const c of affirmed) if (isIn(placeIn(scheme, c), region)) inRegion.push(c);
  if (inRegion.length === 0) return affirmed;
  return atLevel(parsed.axes.level, inRegion);
}

/** A place in the region, or (a root alone below the neck) whose other segment is in it (Condition.alsoLevels). */
const isIn = (place: Place, region: SchemeRegion) => place.regions.some((r) => r.id === region.id) || place.also.some((r) => r.id === region.id);

/** The statements at `level`, or all of them when none is there (or no level is named). */
function atLevel(level: string | undefined, cs: Condition[]): Condition[] {
  if (!level) return cs;
  const at = cs.filter((c) => levelsOf(c).includes(level));
  return at.length > 0 ? at : cs;
}

function lesionSupported(lesion: string, affirmed: Condition[], out: FamilyOut): void {
  const spans = spansOf(affirmed);
  addSupported(out, 'unsupported-code', spans, `the note documents ${LESION_WORDS[lesion] ?? lesion} (${quote(spans)})`, {
    messageId: 'reason_family_lesion',
    params: { lesion_term: term('lesion', lesion), quotes_quotes: quotes(spans) },
  });
}

/** M48.0 against foraminal-only stenosis: the index sends it to M99.6-/M99.7-. */
function foraminalOnly(foramen: Mention[], out: FamilyOut): void {
  const code = out.code;
  const suggestions = foraminalCodes(foramen);
  const spans = foramen.map((m) => m.span);
  addFinding(
    out,
    'site-mismatch',
    'error',
    suggestions,
    `${code} is spinal (canal) stenosis, but the note documents stenosis of the intervertebral foramina only (${quote(spans)}). The index sends foraminal stenosis to M99.6-/M99.7-, not to M48.0-.`,
    spans,
    ['index-dorsopathies'],
    { messageId: 'finding_family_foraminal_only', params: { code, quotes_quotes: quotes(spans) } },
  );
}

/**
 * Foraminal statements only, every one placed in another part of the spine than the code's (M48.02
 * beside "right L4-L5 foraminal disc protrusion compressing the exiting L4"): the region is what is wrong
 * first, so it is a region-mismatch in the family's scheme, with the M99 foraminal codes of the
 * regions the note documents as suggestions (said outside M99 by the rule, site-mismatch.ts), not a
 * site finding in a region the note never names (blind QA pages stop 50, L2). A foraminal statement
 * in the code's region, or one the note places nowhere, keeps the site finding. True after a finding.
 */
function foraminalElsewhere(parsed: ParsedSpineCode, scheme: RegionScheme, foramen: readonly Mention[], input: FamilyInput, out: FamilyOut): boolean {
  const region = parsed.region;
  const area = region && !region.residual ? areaOf(region.id) : undefined;
  if (!region || !area || foramenInRegion(scheme, region, foramen).length > 0) return false;
  const placed: Placed[] = [];
  for (const m of foramen) {
    const c = stenosisAsCondition(m, input.stenosisWords);
    const place = placeIn(scheme, c);
    // Another part of the spine only: beside M48.061, "L5-S1 foraminal narrowing" (lumbosacral,
    // next door) is still first of all the wrong site.
    if (place.regions.length === 0 || isIn(place, region) || place.regions.some((r) => { const a = areaOf(r.id); return a === undefined || a === area; })) return false;
    placed.push({ c, place });
  }
  const documented = [...new Map(placed.flatMap((p) => p.place.regions).map((r) => [r.id, r])).values()];
  // Placed by a region word only, or in several regions: the site finding, an error either way,
  // says more than a soft region one would.
  if (placed.some((p) => p.place.soft || placedFromNote(p.c)) || documented.length > 1) return false;
  placesFinding(out, 'error', foraminalCodes(foramen), region, region.label, scheme, placed, scheme, documented, { words: '', id: '' }, ['order-fy2026-dorsopathies', 'index-dorsopathies']);
  return true;
}

/**
 * The statements of the pool placed in the code's own named region, by its levels or its own
 * region word (not a heading's), that the note does not affirm; none when the code's region is a
 * residual one or a foraminal statement also sits there (then the site is what is wrong).
 */
function notAffirmedInRegion(parsed: ParsedSpineCode, scheme: RegionScheme, pool: readonly Condition[], foramen: readonly Mention[]): Condition[] {
  const region = parsed.region;
  if (!region || region.residual || foramenInRegion(scheme, region, foramen).length > 0) return [];
  return pool.filter((c) => !isAffirmed(c) && !placedFromNote(c) && isIn(placeIn(scheme, c), region));
}

/** A disc code whose disc lesion the note does not affirm, beside the other disc lesion it does. */
function otherLesion(parsed: ParsedSpineCode, lesion: string, sibling: Condition[], conditions: readonly Condition[], out: FamilyOut, denials: readonly LinkDenial[] | undefined): void {
  const code = out.code;
  // A displacement or degeneration says more than a Schmorl's node beside it.
  const disc = sibling.filter((c) => c.kind !== 'schmorl-node');
  if (disc.length > 0) sibling = disc;
  const first = sibling[0]?.kind;
  const kind = first === 'disc-displacement' || first === 'schmorl-node' ? first : 'disc-degeneration';
  const target = parsed.family.subcategories.find((s) => s.axes.lesion === kind);
  const suggestions = target && parsed.region ? (parsed.family.id === 'm51' ? lesionElsewhere(parsed, target, sibling, conditions, denials) : lesionCodes(target, parsed.region.digit, code, sibling, conditions)) : [];
  const spans = spansOf(sibling);
  addFinding(
    out,
    'qualifier-mismatch',
    'warning',
    suggestions,
    `${code} is ${LESION_WORDS[lesion]}, but the note documents ${LESION_WORDS[kind]} (${quote(spans)}).`,
    spans,
    ['order-fy2026-dorsopathies', 'index-dorsopathies'],
    {
      messageId: 'finding_family_other_lesion',
      params: { code, code_lesion_term: term('lesion', lesion), note_lesion_term: term('lesion', kind), quotes_quotes: quotes(spans) },
    },
  );
}

/**
 * The M51 codes for the lesion the note documents instead of the entered one (`target`), read as a
 * region move is (suggestRegion): in the regions the note places that lesion (the entered code's
 * own when it places it nowhere), "with" the myelopathy or radiculopathy the note affirms there
 * and the lesion may cause, and with the pain character M51.36-/M51.37- take from the note. The
 * entered code's region digit and its "without" were kept before: M51.24 beside "L4-5 disc
 * degeneration with discogenic back pain" was told M51.34 (thoracic), and M51.34 beside "T7-8 disc
 * herniation with T8 radiculopathy" M51.24 (stop 59, class 4).
 */
function lesionElsewhere(parsed: ParsedSpineCode, target: Subcategory, sibling: readonly Condition[], conditions: readonly Condition[], denials: readonly LinkDenial[] | undefined): string[] {
  const placed: Placed[] = sibling.map((c) => ({ c, place: placeIn(DORSOPATHY_SCHEME, c) }));
  const regions = [...new Map(placed.flatMap((p) => p.place.regions).map((r) => [r.id, r])).values()];
  if (regions.length === 0 && parsed.region) regions.push(parsed.region);
  const out: string[] = [];
  for (const r of regions)
    for (const code of suggestRegion(parsed, r, placedIn(placed, r, sibling), conditions, denials, target)) if (code !== undefined && !out.includes(code)) out.push(code);
  return out;
}

/** The qualifiers a code states as "with" or "without mention of" (M51.36-/M51.37-'s pain, FY2025). */
const MENTION_QUALIFIERS: readonly QualifierId[] = ['discogenic-back-pain', 'lower-extremity-pain'];

/**
 * How the note states a qualifier: affirmed, stated otherwise but not denied (historical, uncertain
 * …), or neither. Only the pain that M51.36-/M51.37- state "with" or "without mention of" can be
 * 'mentioned': a past or uncertain myelopathy, radiculopathy or neurogenic claudication is not
 * affirmed, and a code "with" it is not what the note supports (Guidelines IV.H, and a resolved
 * condition is not current), so it reads 'no'.
 */
type QualifierFact = 'yes' | 'mentioned' | 'no';

/** `area`, when given, takes the statements in the code's area only (see inArea). */
function qualifierFact(q: QualifierId, conditions: readonly Condition[], area?: string): QualifierFact {
  const kinds = QUALIFIER_KINDS[q];
  const mentionCounts = MENTION_QUALIFIERS.includes(q);
  let fact: QualifierFact = 'no';
  for (const c of conditions) {
    if (!kinds.includes(c.kind) || (area !== undefined && !inArea(c, area))) continue;
    const status = statusOf(c);
    if (status === 'negated') continue;
    // A pain the note puts down to another cause is not a disc's (pain-attribution.ts).
    if (mentionCounts && c.kind !== 'discogenic-back-pain' && painFromElsewhere(c)) continue;
    if (status === 'affirmed') return 'yes';
    if (mentionCounts) fact = 'mentioned';
  }
  return fact;
}

/**
 * The codes of `target` in the region for the lesion the note documents instead, each character
 * read from the note: the level character from the statements' levels (M50.321 against a C5-C6
 * "disc osteophyte complex" suggested M50.221, C4-C5 kept), the pain character from the pain the
 * note affirms (it was always "without mention of ... pain", beside a note that names leg pain).
 * A character the note neither affirms nor denies (pain only as history) is not guessed: no code.
 * QA stop 43, #6/#6b.
 */
const defined = (codes: (string | undefined)[]): string[] => codes.filter((c): c is string => c !== undefined);

function lesionCodes(target: Subcategory, digit: string, entered: string, sibling: readonly Condition[], conditions: readonly Condition[]): string[] {
  // A "specified NEC" subcategory beside a note that denies each of its qualifiers: the Index's
  // "without" sibling of that region (SPECIFIED_NEC), as the qualifier check says of the entered
  // code; the region's M47.89 code would be a suggestion the note contradicts (QA stop 57).
  const without = withoutSibling(target, conditions);
  if (without?.regionDigits.includes(digit)) return defined([buildSpineCode(without, digit)]);
  const extras = target.extra?.[digit];
  if (!extras?.length) return defined([buildSpineCode(target, digit)]);
  const levels = new Set(sibling.flatMap(levelsOf));
  const byLevel = extras.filter((e) => e.axes.level !== undefined);
  if (byLevel.length > 0) {
    const at = byLevel.filter((e) => levels.has(e.axes.level as string));
    if (at.length > 0) return defined(at.map((e) => buildSpineCode(target, digit, e.char)));
    // No documented level of the lesion has its own character: the entered one's when the note
    // names no level, else the region's unspecified level.
    const own = entered.slice(-1);
    const keep = levels.size === 0 && extras.some((e) => e.char === own) ? own : extras.some((e) => e.char === '0') ? '0' : undefined;
    return keep === undefined ? [] : defined([buildSpineCode(target, digit, keep)]);
  }
  const facts = new Map<QualifierId, QualifierFact>();
  const fits = (e: ExtraCharacter) =>
    (Object.entries(e.axes.qualifiers ?? {}) as [QualifierId, boolean][]).every(([q, v]) => {
      let fact = facts.get(q);
      if (fact === undefined) facts.set(q, (fact = qualifierFact(q, conditions)));
      return fact !== 'mentioned' && (fact === 'yes') === v;
    });
  return defined(extras.filter(fits).map((e) => buildSpineCode(target, digit, e.char)));
}

/**
 * M53.2X- beside a note that names a slipped vertebra and no instability at all: the Index codes
 * the slip at Spondylolisthesis, M43.1- (by region), and the spine's instability at Instability,
 * joint, spine, M53.2-; a listhesis is not the instability M53.2X- names.
 */
function slipNotInstability(slips: readonly Condition[], out: FamilyOut): void {
  const code = out.code;
  const suggestions = new Set<string>();
  for (const c of slips) for (const r of placeIn(DORSOPATHY_SCHEME, c).regions) if (!r.residual) suggestions.add(`M43.1${r.digit}`);
  const spans = spansOf(slips);
  const codes = suggestions.size > 0 ? [...suggestions] : ['M43.1-'];
  addFinding(
    out,
    'unsupported-code',
    'warning',
    [...suggestions],
    `${code} is spinal instability, but the note documents a spondylolisthesis (${quote(spans)}) and no instability: the Index codes a slipped vertebra at M43.1- (${codes.join(', ')}), not at M53.2X-.`,
    spans,
    ['index-dorsopathies', 'index-instability'],
    { messageId: 'finding_family_slip_not_instability', params: { code, quotes_quotes: quotes(spans), codes_list: listParam(codes) } },
  );
}

/** The lesion absent, or documented only as negated, uncertain, historical…. */
function lesionNotAffirmed(lesion: string, pool: readonly Condition[], out: FamilyOut): void {
  const code = out.code;
  const other = pool.filter((c) => statusOf(c) !== 'affirmed');
  // A statement a later addendum or correction took back is said so, not "negated" (stop 53).
  const statuses = [...new Set(other.map((c) => statusWord(statusOf(c), triggerOf(c), statusReasonOf(c))))];
  const uncertainOnly = other.length > 0 && statuses.every((s) => s === 'uncertain');
  const spans = spansOf(other);
  addFinding(
    out,
    'unsupported-code',
    'warning',
    [],
    other.length === 0
      ? `${code} is ${LESION_WORDS[lesion] ?? lesion}, but the note does not document ${LESION_WORDS[lesion] ?? lesion}.`
      : `${code} is ${LESION_WORDS[lesion] ?? lesion}, but the note documents it only as ${statuses.map(statusWordText).join(' or ')} (${quote(spans)}).`,
    spans,
    uncertainOnly ? ['guideline-uncertain', 'index-dorsopathies'] : ['index-dorsopathies'],
    {
      messageId: other.length === 0 ? 'finding_family_lesion_absent' : 'finding_family_lesion_only_as',
      params: { code, lesion_term: term('lesion', lesion), statuses_or_terms: terms('status', statuses), quotes_quotes: quotes(spans) },
    },
  );
}

/**
 * M54.4- whose note affirms the low back pain but not the sciatica (denied, past, or never named):
 * what it documents is low back pain alone, M54.5-. The FY2022 tabular addenda split M54.5 into
 * M54.50 "Low back pain, unspecified" (inclusion terms "Loin pain", "Lumbago NOS"), M54.51
 * "Vertebrogenic low back pain" ("Low back vertebral endplate pain") and M54.59 "Other low back
 * pain", and the Index sends "Pain, low back" to M54.50, "vertebrogenic" and "vertebral end plate"
 * to M54.51, "specified NEC" to M54.59. So the suggestion is M54.51 for pain the note calls
 * vertebrogenic, else M54.50; M54.59 needs a kind the provider names, which the note's words do
 * not decide. A pain the note calls discogenic is the disc's (M51.36-/M51.37-): not answered here.
 * True when it made the finding.
 */
function lumbagoAlone(pool: readonly Condition[], conditions: readonly Condition[], out: FamilyOut): boolean {
  const pain = conditions.filter((c) => (c.kind === 'low-back-pain' || c.kind === 'vertebrogenic-back-pain') && isAffirmed(c) && inArea(c, 'low'));
  if (pain.length === 0) return false;
  const code = out.code;
  const suggestion = pain.some((c) => c.kind === 'vertebrogenic-back-pain') ? 'M54.51' : 'M54.50';
  const other = pool.filter((c) => statusOf(c) !== 'affirmed');
  const statuses = [...new Set(other.map((c) => statusWord(statusOf(c), triggerOf(c), statusReasonOf(c))))];
  const spans = spansOf(other);
  const painSpans = spansOf(pain);
  const said = other.length === 0 ? 'does not document sciatica' : `documents sciatica only as ${statuses.map(statusWordText).join(' or ')} (${quote(spans)})`;
  addFinding(
    out,
    'unsupported-code',
    'warning',
    [suggestion],
    `${code} is lumbago with sciatica, but the note ${said}. The low back pain it documents (${quote(painSpans)}) is coded alone: ${suggestion} (Index: Pain, low back M54.50; vertebrogenic M54.51; specified NEC M54.59, for a kind of low back pain the provider names).`,
    [...spans, ...painSpans],
    ['tabular-m54-4-sciatica', 'index-low-back-pain'],
    {
      messageId: other.length === 0 ? 'finding_family_lumbago_alone_absent' : 'finding_family_lumbago_alone_only_as',
      params: { code, statuses_or_terms: terms('status', statuses), quotes_quotes: quotes(spans), pain_quotes: quotes(painSpans), codes_list: listParam([suggestion]) },
    },
  );
  return true;
}

type Placed = { c: Condition; place: Place };

/** Step 2: the code's region against where the note places the lesion; returns the statements in the code's region. */
function checkRegion(parsed: ParsedSpineCode, region: SchemeRegion, scheme: RegionScheme, affirmed: Condition[], out: FamilyOut, mentions: readonly Mention[], all: readonly Condition[]): Condition[] {
  const placed: Placed[] = [];
  for (const c of affirmed) {
    const place = placeIn(scheme, c);
    if (place.regions.length > 0) placed.push({ c, place });
  }
  // A root alone below the neck names two segments: a code for the region of either agrees (Condition.alsoLevels).
  const matching = placed.filter((p) => isIn(p.place, region));
  if (placed.length === 0) {
    // Nothing in the scheme's part of the spine: a statement below the neck for an M50 code is in another region, not unplaced.
    if (outsideArea(parsed, region, scheme, affirmed, out, all)) return [];
    noPlace(region, scheme, affirmed, out);
    return affirmed;
  }
  if (matching.length === 0) {
    // The code's own region documented with the other site: a wrong site, not a wrong region.
    const foramen = parsed.axes.lesion === 'spinal-stenosis' ? foramenInRegion(scheme, region, mentions) : [];
    if (foramen.length > 0) foraminalOnly(foramen, out);
    else {
      // The code's own region names the lesion, but only as history, negated or uncertain: that
      // statement is what the code was entered for, not the lesion elsewhere (M51.16 beside "s/p
      // L4-5 microdiscectomy for ... a L4-L5 HNP" and a cervical degenerative disc was told to
      // be M50.122; QA stop 49, C7).
      const setAside = setAsideInRegion(parsed, region, scheme, all);
      if (setAside.length > 0) lesionNotAffirmed(parsed.axes.lesion ?? '', setAside, out);
      else otherRegion(parsed, region, scheme, affirmed, placed, out, scheme, all);
    }
    return [];
  }
  const hardMatch = matching.some((p) => p.place.fromLevels && !placedFromNote(p.c));
  const regional = matching.map((p) => p.c);
  if (!hardMatch && scheme.id === 'cervical-disc' && matching.every((p) => p.place.soft || placedFromNote(p.c))) {
    cervicalOnly(region, scheme, regional, out);
    return regional;
  }
  const level = parsed.axes.level;
  const levelled = level ? regional.filter((c) => levelsOf(c).length > 0) : [];
  // Any disc statement at the code's level keeps it (the level a radiculopathy is read at may be
  // wrong); a code at none names the levels whose disc causes the radiculopathy.
  if (level && levelled.length > 0 && !levelled.some((c) => levelsOf(c).includes(level)))
    otherLevel(parsed, level, scheme, radiculopathyCauses(parsed.subcategory, levelled, all, out.denials), out);
  else regionSupported(region, level, scheme, atLevel(level, regional), out);
  return regional;
}

/** The statements of the code's lesion in its region (placed from their levels) that the note does not affirm; stenosis aside. */
function setAsideInRegion(parsed: ParsedSpineCode, region: SchemeRegion, scheme: RegionScheme, all: readonly Condition[]): Condition[] {
  const kinds = LESION_KINDS[parsed.axes.lesion ?? ''] ?? [];
  if (parsed.axes.lesion === 'spinal-stenosis' || kinds.length === 0) return [];
  const out: Condition[] = [];
  for (const c of all) {
    if (!kinds.includes(c.kind) || statusOf(c) === 'affirmed') continue;
    const place = placeIn(scheme, c);
    if (place.fromLevels && isIn(place, region)) out.push(c);
  }
  return out;
}

/**
 * Statements all outside the family's part of the spine (outside-family-area.ts: a thoracic or
 * lumbar disc for an M50 code): a wrong region, with the other family's code. True after a finding.
 */
function outsideArea(parsed: ParsedSpineCode, region: SchemeRegion, scheme: RegionScheme, affirmed: Condition[], out: FamilyOut, all: readonly Condition[]): boolean {
  const area = areaOf(region.id);
  const elsewhere = area ? placedOutside([area], affirmed) : [];
  if (elsewhere.length === 0) return false;
  otherRegion(parsed, region, scheme, affirmed, elsewhere, out, DORSOPATHY_SCHEME, all);
  return true;
}

/**
 * A code of an unspecified region (M48.00 site unspecified, M50.20 unspecified cervical region):
 * outside the family's area it is a wrong region; where the note places the statements in a
 * region of the scheme, the code of that region says more (ICD-10-CM Official Guidelines I.B.18:
 * an unspecified code is for when the record does not say), an info with that region's codes, each
 * character read from the note. "Multiple sites" is left alone: several regions may be its point.
 * Returns the statements the later checks read.
 */
function checkUnspecified(parsed: ParsedSpineCode, region: SchemeRegion, scheme: RegionScheme, affirmed: Condition[], out: FamilyOut, all: readonly Condition[]): Condition[] {
  if (outsideArea(parsed, region, scheme, affirmed, out, all)) return [];
  if (region.id !== 'site-unspecified' && region.id !== 'cervical-unspecified') return affirmed;
  const placed: Placed[] = [];
  for (const c of affirmed) {
    const place = placeIn(scheme, c);
    if (place.regions.some((r) => !r.residual)) placed.push({ c, place });
  }
  if (placed.length > 0) moreSpecificRegion(parsed, region, scheme, placed, out, all);
  return affirmed;
}

function moreSpecificRegion(parsed: ParsedSpineCode, region: SchemeRegion, scheme: RegionScheme, placed: Placed[], out: FamilyOut, all: readonly Condition[]): void {
  const suggestions = new Set<string>();
  for (const r of new Map(placed.flatMap((p) => p.place.regions.filter((x) => !x.residual)).map((x) => [x.id, x])).values()) {
    const there = placed.filter((p) => p.place.regions.includes(r)).map((p) => p.c);
    for (const s of lesionCodes(parsed.subcategory, r.digit, out.code, there, all)) suggestions.add(s);
  }
  placesFinding(out, 'info', [...suggestions], region, region.id === 'site-unspecified' ? 'unspecified site of the spine' : region.label, scheme, placed, scheme, placed.flatMap((p) => p.place.regions), {
    words: ' A code of that region says more: the unspecified code is for when the note does not say.',
    id: 'sentence_region_more_specific',
  }, ['order-fy2026-dorsopathies', 'guideline-unspecified']);
}

/**
 * The sentence a soft region-mismatch ends with, saying why it is soft (stop 54: "mixed or gives the
 * region only in words" did not say which): the statements stand in several regions, or the note
 * places them by region words or its other sentences only.
 */
const REGIONS_SEVERAL = { words: ' The statements stand in more than one region: check which one the code is for.', id: 'sentence_regions_several' };
const REGION_WORDS_ONLY = { words: ' The note places them by region words or its other sentences only, with no level of their own: check the region.', id: 'sentence_region_words_only' };
const softSentence = (several: boolean) => (several ? REGIONS_SEVERAL : REGION_WORDS_ONLY);

/**
 * What the note says, for a region finding card's headline: the statements' levels, else the
 * regions they were placed in (`regions`, in `scheme`).
 */
function saidParams(placed: readonly Placed[], scheme: RegionScheme, regions: readonly SchemeRegion[]): { said_list: string } | { said_terms: string } {
  return placed.some((p) => levelsOf(p.c).length > 0)
    ? { said_list: listParam([...new Set(placed.flatMap((p) => levelsOf(p.c)))]) }
    : { said_terms: listParam(regions.map((r) => regionTerm(scheme, r))) };
}

/**
 * The region-mismatch finding that says where the note places the statements (`placed`, in
 * `placeScheme`): "X is for the <codeRegion> of the <scheme>, but the note documents … at …",
 * then `sentence` (English and its catalogue id; none: empty). `saidRegions` are the card's
 * headline when no statement names a level.
 */
function placesFinding(
  out: FamilyOut,
  severity: Severity,
  suggestions: string[],
  region: SchemeRegion,
  codeRegion: string,
  scheme: RegionScheme,
  placed: Placed[],
  placeScheme: RegionScheme,
  saidRegions: readonly SchemeRegion[],
  sentence: { words: string; id: string },
  sources: string[],
): void {
  const code = out.code;
  const spans = placed.map((p) => p.c.span);
  addFinding(
    out,
    'region-mismatch',
    severity,
    suggestions,
    `${code} is for the ${codeRegion} of the ${scheme.name}, but the note documents ${quote(spans)} at ${placeWords(placed)}.${sentence.words}`,
    spans,
    sources,
    {
      messageId: 'finding_family_region',
      params: {
        code,
        region_term: regionTerm(scheme, region),
        scheme_term: term('scheme_name', scheme.id),
        quotes_quotes: quotes(spans),
        places_desc: placesDesc(placed, placeScheme),
        soft_msg: sentence.id,
        ...saidParams(placed, placeScheme, saidRegions),
      },
    },
  );
}

/**
 * The statements that tell a place of their own: one placed by region words only ("lumbar
 * radiculopathy") whose regions a statement with levels already names ("L4-L5 (lumbar region)")
 * adds nothing, and was said twice ("at L4-L5 (lumbar region); lumbar (lumbar region)"; QA stop 57).
 */
function distinctPlaces(placed: readonly Placed[]): readonly Placed[] {
  const leveled = new Set(placed.filter((p) => levelsOf(p.c).length > 0).flatMap((p) => p.place.regions.map((r) => r.id)));
  // Levels another place names already, in any order, add nothing either: a place whose levels
  // are all among a place before it ("C4-C5, C5-C6", then "C5-C6, C4-C5" or "C5-C6"), or among a
  // later place that names more ("L3-L4", then "L3-L4, L4-L5": said once, as the longer list).
  const places = placed.map((p) => ({ p, levels: new Set(levelsOf(p.c)) }));
  const kept = places
    .filter(({ p, levels }, i) =>
      levels.size === 0
        ? !p.place.regions.every((r) => leveled.has(r.id))
        : !places.some(
            (other, j) =>
              j !== i &&
              [...levels].every((l) => other.levels.has(l)) &&
              (j < i || other.levels.size > levels.size),
          ),
    )
    .map(({ p }) => p);
  return kept.length > 0 ? kept : placed;
}

/** Where the statements are, in English: "C5-C6 (cervical region); lumbar (lumbar region)", three at most. */
function placeWords(placed: readonly Placed[]): string {
  const words = distinctPlaces(placed).map((p) => `${levelsOf(p.c).join(', ') || regionWordsOf(p.c).join('/')} (${p.place.regions.map((r) => r.label).join(', ')})`);
  return [...new Set(words)].slice(0, 3).join('; ');
}

/** placeWords as a `_desc` placeholder, its regions as vocabulary words of `placeScheme`. */
function placesDesc(placed: readonly Placed[], placeScheme: RegionScheme): string {
  return listParam([...new Set(distinctPlaces(placed).map((p) => `${levelsOf(p.c).join(', ') || regionWordsOf(p.c).join('/')};(${p.place.regions.map((r) => `@${regionTerm(placeScheme, r)}`).join('+')})`))].slice(0, 3));
}

/**
 * A code with no region character whose title names a part of the spine (regionless-area.ts: M51.9
 * the thoracic to lumbosacral discs, M54.5- the low back) beside statements all in another part:
 * the wrong code, as a region character would say (error; info when placed by words only, from the
 * note's other sentences, or in several regions). Its suggestion is the code the Tabular gives that
 * part, or, for a category (M50), the code of that category the statements document
 * (suggestRegion). Titles that name no part (M54.9) are not rows. Returns the statements the later
 * checks read.
 */
function checkArea(parsed: ParsedSpineCode, affirmed: Condition[], out: FamilyOut, all: readonly Condition[]): Condition[] {
  const row = regionlessArea(parsed.code);
  const elsewhere = row ? placedOutside(areasOf(row), affirmed) : [];
  if (!row || elsewhere.length === 0) return affirmed;
  const documented = [...new Map(elsewhere.flatMap((p) => p.place.regions).map((r) => [r.id, r])).values()];
  const suggestions = new Set<string>();
  for (const r of documented) {
    const area = areaOf(r.id);
    const target = area ? row.elsewhere[area] : undefined;
    if (target === undefined) continue;
    const codes = target.includes('.') ? [target] : suggestRegion(parsed, r, placedIn(elsewhere, r, affirmed), all, out.denials);
    for (const c of codes) if (c !== undefined) suggestions.add(c);
  }
  const several = documented.length > 1;
  const soft = elsewhere.every((p) => p.place.soft || placedFromNote(p.c)) || several;
  const covered = row.regions.map((id) => DORSOPATHY_SCHEME.regions.find((r) => r.id === id)).filter((r): r is SchemeRegion => r !== undefined);
  const spans = elsewhere.map((p) => p.c.span);
  const sentence = soft ? softSentence(several) : { words: '', id: '' };
  addFinding(
    out,
    'region-mismatch',
    soft ? 'info' : 'error',
    [...suggestions],
    `${parsed.code} is for the ${orList(covered.map((r) => r.label.replace(/ region$/, '')))} region (its title: "${row.title}"), but the note documents ${quote(spans)} at ${placeWords(elsewhere)}.${sentence.words}`,
    spans,
    [...row.sources],
    {
      messageId: 'finding_family_area',
      params: {
        code: parsed.code,
        regions_or_terms: listParam(covered.map((r) => regionTerm(DORSOPATHY_SCHEME, r))),
        title: row.title,
        quotes_quotes: quotes(spans),
        places_desc: placesDesc(elsewhere, DORSOPATHY_SCHEME),
        soft_msg: sentence.id,
        ...saidParams(elsewhere, DORSOPATHY_SCHEME, documented),
      },
    },
  );
  return [];
}

/** "a, b or c". */
const orList = (items: readonly string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`);

function noPlace(region: SchemeRegion, scheme: RegionScheme, affirmed: Condition[], out: FamilyOut): void {
  const code = out.code;
  const spans = spansOf(affirmed);
  addFinding(
    out,
    'region-mismatch',
    'info',
    [],
    `${code} is for the ${region.label} (${scheme.name}), but the note names no level or region for ${quote(spans)}. Check the region.`,
    spans,
    ['order-fy2026-dorsopathies'],
    { messageId: 'finding_family_no_place', params: { code, region_term: regionTerm(scheme, region), scheme_term: term('scheme_name', scheme.id), quotes_quotes: quotes(spans) } },
  );
}

/** `placeScheme`: the scheme the statements were placed in (the dorsopathy scheme for M50 statements below the neck). */
function otherRegion(parsed: ParsedSpineCode, region: SchemeRegion, scheme: RegionScheme, affirmed: Condition[], placed: Placed[], out: FamilyOut, placeScheme: RegionScheme, all: readonly Condition[]): void {
  const documented = [...new Map(placed.flatMap((p) => p.place.regions).map((r) => [r.id, r])).values()];
  // Region words only, or several other regions documented (mixed): soften to info, as for M99.
  // Outside the family's part of the spine ("lumbar" for a cervical disc code) even a region word
  // says the code is wrong.
  const several = documented.length > 1;
  const soft = placeScheme === scheme && (placed.every((p) => p.place.soft || placedFromNote(p.c)) || several);
  const suggestions = specificOnly(documented.flatMap((r) => suggestRegion(parsed, r, placedIn(placed, r, affirmed), all, out.denials)).filter((c): c is string => c !== undefined));
  placesFinding(
    out,
    soft ? 'info' : 'error',
    [...new Set(suggestions)],
    region,
    region.label,
    scheme,
    placed,
    placeScheme,
    documented,
    soft ? softSentence(several) : { words: '', id: '' },
    ['order-fy2026-dorsopathies', ...(scheme.id === 'cervical-disc' ? ['tabular-dorsopathies'] : [])],
  );
}

/**
 * The suggestions without a code of an unspecified region (M50.20) beside a code of the same
 * subcategory in a named one (M50.222): statements placed only by a region word add nothing to
 * those whose levels name the region (the unspecified code is for when the note does not say).
 */
function specificOnly(codes: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of codes) {
    const p = parseSpineCode(c);
    if (p?.region?.residual && codes.some((o) => namedRegionOf(o, p.subcategory))) continue;
    if (!out.includes(c)) out.push(c);
  }
  return out;
}

/** Whether `code` is of `sub` in a region that is not the unspecified one. */
function namedRegionOf(code: string, sub: Subcategory): boolean {
  const o = parseSpineCode(code);
  return o?.subcategory === sub && o.region !== undefined && !o.region.residual;
}

/**
 * The statements placed in `region` (those a suggestion for that region reads its lesion, levels and
 * qualifiers from: an L5-S1 extrusion and an L4-L5 desiccation are M51.27 and M51.36-, not both
 * codes at both levels), else all of them.
 */
function placedIn(placed: readonly Placed[], region: SchemeRegion, affirmed: readonly Condition[]): readonly Condition[] {
  const there: Condition[] = [];
  for (const p of placed) if (p.place.regions.some((r) => r.id === region.id)) there.push(p.c);
  return there.length > 0 ? there : affirmed;
}

function cervicalOnly(region: SchemeRegion, scheme: RegionScheme, matching: Condition[], out: FamilyOut): void {
  const code = out.code;
  const spans = spansOf(matching);
  addFinding(
    out,
    'region-mismatch',
    'info',
    [],
    `${code} is for the ${region.label} of the ${scheme.name}, but the note says only "cervical" for ${quote(spans)} and names no level. Check the level.`,
    spans,
    ['order-fy2026-dorsopathies', 'tabular-dorsopathies'],
    { messageId: 'finding_family_cervical_only', params: { code, region_term: regionTerm(scheme, region), scheme_term: term('scheme_name', scheme.id), quotes_quotes: quotes(spans) } },
  );
}

function otherLevel(parsed: ParsedSpineCode, level: string, scheme: RegionScheme, levelled: readonly Condition[], out: FamilyOut): void {
  const code = out.code;
  const documentedLevels = [...new Set(levelled.flatMap(levelsOf))];
  const suggestions = documentedLevels.map((l) => codesOf(parsed).find((x) => x.sub === parsed.subcategory && x.level === l)?.code).filter((c): c is string => c !== undefined);
  const spans = spansOf(levelled);
  addFinding(
    out,
    'region-mismatch',
    'error',
    suggestions,
    `${code} names the ${level} level (6th character of the ${scheme.name}), but the note documents ${quote(spans)} at ${documentedLevels.join(', ')}.`,
    spans,
    ['order-fy2026-dorsopathies'],
    {
      messageId: 'finding_family_level',
      params: { code, level, scheme_term: term('scheme_name', scheme.id), quotes_quotes: quotes(spans), levels_list: listParam(documentedLevels), said_list: listParam(documentedLevels) },
    },
  );
}

function regionSupported(region: SchemeRegion, level: string | undefined, scheme: RegionScheme, regional: Condition[], out: FamilyOut): void {
  const spans = spansOf(regional);
  addSupported(out, 'region-mismatch', spans, `${quote(spans)} is in the ${region.label}${level ? ` at ${level}` : ''} (${scheme.name})`, {
    messageId: 'reason_family_region',
    params: { quotes_quotes: quotes(spans), region_term: regionTerm(scheme, region), at_msg: level ? 'part_at_level' : '', level: level ?? '', scheme_term: term('scheme_name', scheme.id) },
  });
}

/**
 * A qualifier the note contradicts; `statuses`, how the note states it when it does not affirm it
 * (negated, uncertain …); `unreachedFrom`, the coded lesion's levels when the note affirms it only
 * at a root those levels cannot reach (empty otherwise).
 */
/** `attributedTo`: the other lesion the note names as the qualifier's cause (attributed-cause.ts), empty otherwise. */
type WrongQualifier = { q: QualifierId; coded: boolean; spans: Span[]; statuses: StatusWord[]; soft: boolean; unreachedFrom: string[]; deniedBy: Span[]; attributedTo: Span[] };

/**
 * The statements that break every link between the qualifier statements and the coded lesion's
 * (one per pair, in order), when each pair's link is broken; undefined when some pair stays linked.
 */
function unlinkedFrom(qualifiers: readonly Condition[], lesions: readonly Condition[], denials: readonly LinkDenial[]): Span[] | undefined {
  const spans: Span[] = [];
  for (const q of qualifiers)
    for (const l of lesions) {
      const d = linkDenied(denials, l, q);
      if (!d) return undefined;
      if (!spans.includes(d.span)) spans.push(d.span);
    }
  return spans;
}

/**
 * Whether a lesion statement may cause the radiculopathies: the note links it to one of them in a
 * sentence, or it lies at a level that reaches their roots (root-reach.ts, which reads a thoracic,
 * lumbar or sacral root's exit segment from its `levels`, so `alsoLevels` is not needed). Asked by the
 * qualifier check and by the M54.1- Excludes1 check, so the two judge a cause alike.
 */
function mayCause(lesion: Condition, radiculopathies: readonly Condition[], denials: readonly LinkDenial[] | undefined, kin: readonly Condition[] = []): boolean {
  // A link the note denies, or whose cause it leaves undetermined, holds at no level (link-denials.ts).
  const linkable = denials && denials.length > 0 ? radiculopathies.filter((r) => !linkDenied(denials, lesion, r)) : radiculopathies;
  if (linkable.length === 0 && radiculopathies.length > 0) return false;
  const own = placedFromNote(lesion) ? [] : levelsOf(lesion);
  const rootsOf = (rs: readonly Condition[]) => rs.flatMap((r) => (placedFromNote(r) ? [] : levelsOf(r)));
  // Paired in a sentence, the note links the two, unless each names its level and they disagree
  // ("L3-L4 disc herniation with radiculopathy at L5-S1"): "with" then pairs a disc with a
  // radiculopathy it does not reach (QA stop 54, class 1). Soft, as every level check here.
  const paired = linkable.filter((r) => r.sentence.start === lesion.sentence.start);
  if (paired.length > 0 && (own.length === 0 || reachesRoot(own, rootsOf(paired)))) return true;
  return reachesRoot(own.length > 0 ? own : kinLevels(lesion, kin), rootsOf(linkable));
}

/**
 * The statements a "with radiculopathy" code's suggested level is read from: those that may cause an affirmed
 * radiculopathy (mayCause: linked in a sentence, or at a level that reaches its root), when some do;
 * else all of them. An MRI lists every level: "C5-C6 protrusion ... impingement of the exiting C6
 * root", "C6-C7 mild disc bulge without stenosis", "Right C6 radiculopathy secondary to C5-C6 disc
 * herniation" is M50.122, and M50.123 beside it named a level whose disc causes no radiculopathy
 * (lead QA stop 59). Other subcategories, and notes with one lesion level, are left as they are.
 * Only suggestions read it: whether an entered level is wrong is still judged on every disc level.
 */
function radiculopathyCauses(sub: Subcategory, cs: readonly Condition[], all: readonly Condition[], denials?: readonly LinkDenial[]): readonly Condition[] {
  if (sub.axes.qualifiers?.radiculopathy !== true || new Set(cs.flatMap(levelsOf)).size < 2) return cs;
  const radiculopathies = all.filter((c) => c.kind === 'radiculopathy' && statusOf(c) === 'affirmed');
  if (radiculopathies.length === 0) return cs;
  const causes = cs.filter((c) => mayCause(c, radiculopathies, denials, cs));
  return causes.length > 0 ? causes : cs;
}

/**
 * The levels a statement without its own takes from `kin`, the coded lesion's other statements:
 * those of its kind that the note places, when some do ("MRI: disc bulge at L3-L4" then
 * "Assessment: lumbar disc bulge" is the L3-L4 bulge, not a disc at any level). None when no
 * statement of its kind names a level: then it may lie anywhere.
 */
function kinLevels(lesion: Condition, kin: readonly Condition[]): string[] {
  const out: string[] = [];
  for (const k of kin) if (k !== lesion && k.kind === lesion.kind && !placedFromNote(k)) for (const l of levelsOf(k)) if (!out.includes(l)) out.push(l);
  return out;
}

/** The condition kinds of a disc disorder, whose sciatica is "with radiculopathy" (sciaticaFromDisc). */
const DISC_KINDS: readonly ConditionKind[] = LESION_KINDS['disc-disorder'] ?? [];

/**
 * Sciatica that a disc code's "with radiculopathy" counts: stated in a sentence with one of the
 * disc's affirmed statements among `lesion` ("L5-S1 disc herniation with left sciatica", "sciatica
 * due to the L4-5 protrusion"). The Tabular's M51.1 inclusion term is "Sciatica due to
 * intervertebral disc disorder", and the Index sends "Sciatica, due to displacement of
 * intervertebral disc" and "Lumbago, due to displacement, intervertebral disc, with sciatica" to
 * M51.1-; sciatica alone is M54.3- (M51.1 Excludes1 sciatica NOS), never M54.1- (condition-lexicon.ts).
 */
function sciaticaFromDisc(c: Condition, lesion: readonly Condition[]): boolean {
  // A sciatica the note puts down to the sciatic nerve, the hip or the SI joint is no disc's (sciatica-cause.ts).
  if (c.kind !== 'sciatica' || sciaticaCauseOf(c) !== undefined) return false;
  for (const l of lesion) if (l.sentence.start === c.sentence.start && DISC_KINDS.includes(l.kind) && statusOf(l) === 'affirmed') return true;
  for (const l of lesion) if (DISC_KINDS.includes(l.kind) && statusOf(l) === 'affirmed' && sciaticaBesideDisc(c, l)) return true;
  return false;
}

/** The disc segments whose roots (L4 to S1) run in the sciatic nerve: a disc there can be the sciatica's. */
const SCIATIC_SEGMENTS: ReadonlySet<string> = new Set(['L3-L4', 'L4-L5', 'L5-S1']);
/** A cause the sciatica's own sentence names ("sciatica from piriformis syndrome"): not the disc's then. */
const OWN_CAUSE = /\b(?:due\s+to|from|secondary\s+to|caused\s+by|because\s+of|attributed\s+to|2\/2|d\/t)\b/i;
/** How far apart, in characters, two sentences of one assessment line may be. */
const ASSESSMENT_GAP = 160;

/**
 * Sciatica and a lumbar disc stated in separate sentences of one assessment ("Dx: Acute low back
 * pain with right-sided sciatica. Suspect L5-S1 disc herniation."): the line that names the
 * pain's sciatica goes on to name its disc, so the provider ties them as the Index's "Sciatica,
 * due to displacement of intervertebral disc" does (blind QA stop 54, M4). Only on one line, a
 * short way apart, with the disc in the low back at a segment whose roots make up the sciatic
 * nerve (or at no stated segment), and with no other cause named in the sciatica's own sentence.
 * Inpatient, a suspected disc is documented (OG II.H / III.C: care-setting/), and reaches here as
 * affirmed.
 */
function sciaticaBesideDisc(c: Condition, disc: Condition): boolean {
  if (c.span.fieldId !== disc.span.fieldId || !c.note) return false;
  const text = c.note.field.text;
  const from = Math.min(c.span.end, disc.span.end);
  const to = Math.max(c.span.start, disc.span.start);
  if (to - from > ASSESSMENT_GAP || text.slice(from, to).includes('\n')) return false;
  if (!conditionAreas(disc).includes('low') || OWN_CAUSE.test(sentenceText(c))) return false;
  const levels = placedFromNote(disc) ? [] : levelsOf(disc);
  return levels.every((l) => SCIATIC_SEGMENTS.has(l));
}

/** The lesion kinds a note may name as a radiculopathy's or myelopathy's cause (attributed-cause.ts). */
const CAUSE_LESION_KINDS: ReadonlySet<ConditionKind> = new Set<ConditionKind>(['disc-displacement', 'disc-degeneration', 'disc-osteophyte-complex', 'spondylosis', 'spondylolisthesis', 'schmorl-node']);

/** Condition kinds that are qualifiers (myelopathy, radiculopathy, pain …), not lesions. */
const QUALIFIER_KIND_SET: ReadonlySet<ConditionKind> = new Set(Object.values(QUALIFIER_KINDS).flat());

/**
 * Whether a qualifier statement's own sentence names another affirmed lesion as its cause and none
 * of the coded lesion's statements: the note then ties it to that lesion, not to the coded one.
 */
function causedByOtherLesion(q: Condition, lesionStatements: readonly Condition[], conditions: readonly Condition[]): boolean {
  const at = q.sentence.start;
  if (lesionStatements.some((c) => c.sentence.start === at)) return false;
  const own = new Set(lesionStatements.map((c) => c.kind));
  return conditions.some((c) => c.sentence.start === at && !QUALIFIER_KIND_SET.has(c.kind) && !own.has(c.kind) && statusOf(c) === 'affirmed');
}

/**
 * Subcategories the Index reaches only as a type "specified NEC", with the sibling it sends a
 * statement in without words to, and the qualifiers whose with/without entries are its siblings:
 * "Spondylosis, specified NEC M47.89-", while "Spondylosis, without myelopathy or radiculopathy" is
 * M47.81-, "Spondylosis, with, myelopathy NEC" M47.1- and "Spondylosis, with, radiculopathy" M47.2-
 * (ICD-10-CM Index, FY2017 XML; no later addendum changes the entry). M47.89- "Other spondylosis"
 * states no qualifier, so the qualifier check never read it: "spondylosis without myelopathy or
 * radiculopathy" supported it (QA stop 57), and so did "spondylosis with myelopathy" (stop 58).
 */
type SpecifiedNec = { without: string; qualifiers: QualifierId[] };
const SPECIFIED_NEC: Record<string, SpecifiedNec> = {
  'M47.89': { without: 'M47.81', qualifiers: ['myelopathy', 'radiculopathy'] },
};

/** Every family's subcategories by code (SPECIFIED_NEC's siblings are looked up on the suggestion path). */
const SUBCATEGORY_BY_CODE: ReadonlyMap<string, Subcategory> = new Map(SPINE_FAMILIES.flatMap((f) => f.subcategories.map((s) => [s.code, s] as const)));

/** The statements of qualifier `q` (in `area`, when given) when the note names it and denies every one; else undefined. */
function deniedOnly(q: QualifierId, conditions: readonly Condition[], area?: string): Condition[] | undefined {
  const named = conditions.filter((c) => QUALIFIER_KINDS[q].includes(c.kind) && (area === undefined || inArea(c, area)));
  return named.length > 0 && named.every((c) => statusOf(c) === 'negated') ? named : undefined;
}

/** The Index's "without" sibling of a "specified NEC" subcategory (SPECIFIED_NEC) when the note, in `area` when given, denies each of its qualifiers; else undefined. */
function withoutSibling(sub: Subcategory, conditions: readonly Condition[], area?: string): Subcategory | undefined {
  const nec = SPECIFIED_NEC[sub.code];
  if (!nec || !nec.qualifiers.every((q) => deniedOnly(q, conditions, area))) return undefined;
  return SUBCATEGORY_BY_CODE.get(nec.without);
}

/**
 * A "specified NEC" code (SPECIFIED_NEC) beside a note that, in the code's area, states each of its
 * qualifiers absent (the Index's "without" entry), or documents one of them (its "with" entries):
 * either names a sibling, in the same region.
 */
function specifiedNec(
  parsed: ParsedSpineCode,
  affirmed: Condition[],
  lesionQuote: Condition | undefined,
  conditions: readonly Condition[],
  codeArea: string | undefined,
  out: FamilyOut,
  indication: IndicationReader | undefined,
  denials: readonly LinkDenial[] | undefined,
): void {
  const row = SPECIFIED_NEC[parsed.subcategory.code];
  const region = parsed.region;
  if (!row || !region) return;
  if (!specifiedNecWithout(row, region.digit, conditions, codeArea, out)) specifiedNecWith(parsed, row, region, affirmed, lesionQuote, conditions, codeArea, out, indication, denials);
}

/** The "without" sibling when the note denies each qualifier, none affirmed (see specifiedNec); true after a finding. */
function specifiedNecWithout(row: SpecifiedNec, digit: string, conditions: readonly Condition[], codeArea: string | undefined, out: FamilyOut): boolean {
  const denials: Span[] = [];
  for (const q of row.qualifiers) {
    const named = deniedOnly(q, conditions, codeArea);
    if (!named) return false;
    for (const c of named) denials.push(c.span);
  }
  const target = SUBCATEGORY_BY_CODE.get(row.without);
  const suggestion = target?.regionDigits.includes(digit) ? buildSpineCode(target, digit) : undefined;
  if (!target || !suggestion) return false;
  const absent = row.qualifiers.map((q) => QUALIFIER_WORDS[q]).join(' or ');
  addFinding(
    out,
    'qualifier-mismatch',
    'warning',
    [suggestion],
    `${out.code} is other spondylosis (Index: specified NEC), but the note documents it without ${absent} (${quote(denials)}), which the Index codes at ${target.code}-: ${suggestion}.`,
    denials,
    ['order-fy2026-dorsopathies', 'index-dorsopathies'],
    {
      messageId: 'finding_family_specified_nec',
      params: { code: out.code, without_or_terms: listParam(row.qualifiers.map((q) => term('qual', q))), quotes_quotes: quotes(denials), target: target.code, suggestion },
    },
  );
  return true;
}

/**
 * A qualifier the note documents beside a "specified NEC" code: the Index sends spondylosis "with
 * myelopathy" to M47.1- and "with radiculopathy" to M47.2- (ICD-10-CM Index, Spondylosis, with), so
 * "other spondylosis" is not what the note supports. The note is read as the "without" sibling's
 * qualifier check reads it (readQualifiers): only a statement affirmed in the code's area, which the
 * note neither unlinks from the spondylosis nor puts down to another lesion, counts; a negated,
 * uncertain or past one, or one in another part of the spine, does not. The suggestion is the
 * family's code in the same region for what the note documents (suggestQualifiers: with myelopathy
 * first, M47.2- being "without myelopathy" in this project's axes); a subcategory with no code in
 * the region (M47.1- at the lumbosacral region) suggests none and says so.
 */
function specifiedNecWith(
  parsed: ParsedSpineCode,
  row: SpecifiedNec,
  region: SchemeRegion,
  affirmed: Condition[],
  lesionQuote: Condition | undefined,
  conditions: readonly Condition[],
  codeArea: string | undefined,
  out: FamilyOut,
  indication: IndicationReader | undefined,
  denials: readonly LinkDenial[] | undefined,
): void {
  const read = readQualifiers(parsed, row.qualifiers.map((q) => [q, false] as [QualifierId, boolean]), affirmed, lesionQuote, conditions, codeArea, out, indication, denials);
  const documentedWith = read?.wrong.filter((w) => !w.coded && !w.soft) ?? [];
  const first = documentedWith[0];
  if (!read || !first) return;
  const documented = documentedQualifiers(parsed, read.want, conditions, codeArea);
  const suggestions = suggestQualifiers(parsed, read.want, documented, unsureQualifiers(documented, read.uncertainWith, conditions, codeArea), undefined);
  const suggested = suggestions[0];
  const target = (suggested ? codesOf(parsed).find((x) => x.code === suggested)?.sub : undefined) ?? parsed.family.subcategories.find((s) => s.axes.lesion === parsed.axes.lesion && s.axes.qualifiers?.[first.q] === true);
  if (!target) return;
  const targetQualifier = documentedWith.find((w) => target.axes.qualifiers?.[w.q] === true)?.q ?? first.q;
  const spans = documentedWith.flatMap((w) => w.spans);
  const named = documentedWith.map((w) => QUALIFIER_WORDS[w.q]).join(' and ');
  const scheme = schemeOf(parsed.family);
  const ending = suggested ? `: ${suggestions.join(', ')}.` : `, which has no code for the ${region.label}: check the region.`;
  addFinding(
    out,
    'qualifier-mismatch',
    'warning',
    suggestions,
    `${out.code} is other spondylosis (Index: specified NEC), but the note documents ${named} beside it (${quote(spans)}), and the Index codes spondylosis with ${QUALIFIER_WORDS[targetQualifier]} at ${target.code}-${ending}`,
    spans,
    ['order-fy2026-dorsopathies', 'index-dorsopathies'],
    {
      messageId: suggested ? 'finding_family_specified_nec_with' : 'finding_family_specified_nec_with_no_code',
      params: {
        code: out.code,
        qualifiers_terms: listParam(documentedWith.map((w) => term('qual', w.q))),
        quotes_quotes: quotes(spans),
        target_term: term('with', targetQualifier),
        target: target.code,
        ...(suggested ? { suggestions_list: listParam(suggestions) } : { region_term: regionTerm(scheme, region) }),
      },
    },
  );
}

/** Step 3: each qualifier the code states (with or without) against what the note documents in the code's part of the spine. */
function checkQualifiers(
  parsed: ParsedSpineCode,
  affirmed: Condition[],
  lesionQuote: Condition | undefined,
  conditions: readonly Condition[],
  codeArea: string | undefined,
  out: FamilyOut,
  indication: IndicationReader | undefined,
  denials: readonly LinkDenial[] | undefined,
): void {
  const qualifiers = Object.entries(parsed.axes.qualifiers ?? {}) as [QualifierId, boolean][];
  if (qualifiers.length === 0) {
    if (parsed.subcategory.code in SPECIFIED_NEC) specifiedNec(parsed, affirmed, lesionQuote, conditions, codeArea, out, indication, denials);
    return;
  }
  const read = readQualifiers(parsed, qualifiers, affirmed, lesionQuote, conditions, codeArea, out, indication, denials);
  if (!read) return;
  const { want, wrong, right, uncertainWith, unmentioned } = read;
  if (wrong.length === 0) {
    qualifiersSupported(qualifiers, right, out, unmentioned);
    return;
  }
  const documented = documentedQualifiers(parsed, want, conditions, codeArea);
  const unsure = unsureQualifiers(documented, uncertainWith, conditions, codeArea);
  qualifierFinding(parsed, want, documented, unsure, wrong, out, discLesionsDocumented(parsed.axes.lesion ?? '', conditions, inArea, codeArea));
}

/**
 * What the note says of each qualifier `qualifiers` states (with: true, without: false) in the
 * code's area: `want`, whether the note documents it for the coded lesion; `wrong`, those it
 * contradicts; `right`, the statements that agree; `uncertainWith`, a "with" stated only as
 * uncertain; `unmentioned`, a "without" the note names nowhere. Undefined after the disc question
 * (spondyloticQuestion) was asked instead.
 */
type QualifierReading = { want: Partial<Record<QualifierId, boolean>>; wrong: WrongQualifier[]; right: Span[]; uncertainWith: QualifierId[]; unmentioned: QualifierId[] };

function readQualifiers(
  parsed: ParsedSpineCode,
  qualifiers: readonly [QualifierId, boolean][],
  affirmed: Condition[],
  lesionQuote: Condition | undefined,
  conditions: readonly Condition[],
  codeArea: string | undefined,
  out: FamilyOut,
  indication: IndicationReader | undefined,
  denials: readonly LinkDenial[] | undefined,
): QualifierReading | undefined {
  const want: Partial<Record<QualifierId, boolean>> = {};
  const wrong: WrongQualifier[] = [];
  const right: Span[] = [];
  // A "with" the note states only as uncertain ("possibly neurogenic claudication"): a question for
  // the provider, not a "without" code, which would assert an absence the note does not state
  // (Guidelines IV.H; QA stop 47, class 5).
  const uncertainWith: QualifierId[] = [];
  // "Without" qualifiers the note names nowhere: the code is right by default, and the reason says
  // so rather than that the note documents their absence (blind QA stop 54, M10).
  const unmentioned: QualifierId[] = [];
  for (const [q, coded] of qualifiers) {
    const kinds = QUALIFIER_KINDS[q];
    const all = conditions.filter((c) => (kinds.includes(c.kind) || (q === 'radiculopathy' && sciaticaFromDisc(c, affirmed))) && inArea(c, codeArea));
    const yes = all.filter(isAffirmed);
    const has = yes.length > 0;
    want[q] = has;
    // A radiculopathy or myelopathy the note says the lesion does not cause, or whose cause it leaves
    // undetermined, is not the lesion's "with" (Guidelines I.A.15: the link is presumed unless the
    // documentation says the conditions are unrelated; QA stop 50, H1). "Without" is then right.
    const unlinked = has && denials && denials.length > 0 && affirmed.length > 0 && (q === 'radiculopathy' || q === 'myelopathy') ? unlinkedFrom(yes, affirmed, denials) : undefined;
    if (unlinked) {
      want[q] = false;
      if (coded) wrong.push({ q, coded, spans: spansOf(yes), statuses: [], soft: false, unreachedFrom: [], deniedBy: unlinked, attributedTo: [] });
      else for (const c of affirmed) right.push(c.span);
      continue;
    }
    // Back or leg pain the note puts down to another cause, or beside a degeneration it calls
    // asymptomatic, is not the disc's pain: M51.36-/M51.37- "with ... pain" is not documented and
    // the "without mention" code is right (pain-attribution.ts; blind QA stop 54, H4).
    const painElsewhere = has && MENTION_QUALIFIERS.includes(q) ? painNotTheDiscs(yes, affirmed) : undefined;
    if (painElsewhere) {
      want[q] = false;
      if (coded) wrong.push({ q, coded, spans: spansOf(yes), statuses: [], soft: false, unreachedFrom: [], deniedBy: painElsewhere, attributedTo: [] });
      else for (const c of affirmed) right.push(c.span);
      continue;
    }
    // "With radiculopathy" names a radiculopathy the coded lesion causes: one only at a root the
    // lesion's levels cannot reach (a C4-C5 disc, a C6 radiculopathy) does not show it, unless the
    // note links the two in a sentence (see root-reach.ts). Soft: the levels may be read wrongly.
    if (q === 'radiculopathy' && coded && has && !yes.some((r) => affirmed.some((c) => mayCause(c, [r], denials, affirmed)))) {
      want[q] = false;
      const lesionLevels = [...new Set(affirmed.flatMap((c) => (placedFromNote(c) ? [] : levelsOf(c))))];
      wrong.push({ q, coded, spans: spansOf(yes), statuses: [], soft: true, unreachedFrom: lesionLevels, deniedBy: [], attributedTo: [] });
      continue;
    }
    // A myelopathy the note puts down to another lesion in its own sentence ("myelopathy from a
    // C3-4 disc herniation") says nothing against a "without myelopathy" code for a lesion stated
    // apart ("Separately, C6-7 spondylosis with radiculopathy"): QA stop 48, E.
    if (q === 'myelopathy' && !coded && has && yes.every((m) => causedByOtherLesion(m, affirmed, conditions))) {
      want[q] = false;
      for (const c of affirmed) right.push(c.span);
      continue;
    }
    // A radiculopathy or myelopathy the note puts down, in its own sentence, to a lesion other than
    // the coded one ("L5 radiculopathy due to L4-5 disc protrusion" beside facet arthropathy) is
    // not the coded lesion's "with" (attributed-cause.ts; QA stop 51, M1): "without" is right.
    // A "with" code of the lesion the note did not name is then worth a look (soft: an attribution
    // read from one sentence), and its "without" sibling is suggested.
    // A disc code "with" a myelopathy or radiculopathy the note calls spondylotic, its disc named
    // only as a disc-osteophyte complex (bone and disc at once): the note documents spondylosis with
    // it (M47.1-/M47.2-), and the complex does not say a disc disorder causes it too (QA stop 51,
    // M2: "cervical spondylotic myelopathy due to disc osteophyte complex" made M50.021 and M47.12
    // both supported). The provider is asked; no code is picked.
    if (coded && has && (q === 'radiculopathy' || q === 'myelopathy') && DISC_LESIONS.has(parsed.axes.lesion ?? '') && affirmed.every((c) => c.kind === 'disc-osteophyte-complex')) {
      const spondylotic = spondyloticOf(yes, conditions);
      if (spondylotic) {
        spondyloticQuestion(q, yes, spondylotic, affirmed, out);
        return undefined;
      }
    }
    const codedKinds = LESION_KINDS[parsed.axes.lesion ?? ''] ?? [];
    const attributed = (q === 'radiculopathy' || q === 'myelopathy') && has && codedKinds.some((k) => CAUSE_LESION_KINDS.has(k)) ? allAttributedElsewhere(yes, codedKinds, CAUSE_LESION_KINDS, conditions) : undefined;
    if (attributed) {
      want[q] = false;
      if (coded) wrong.push({ q, coded, spans: spansOf(yes), statuses: [], soft: true, unreachedFrom: [], deniedBy: [], attributedTo: attributed });
      else for (const c of affirmed) right.push(c.span);
      continue;
    }
    if (has === coded) {
      for (const c of has ? yes : all) right.push(c.span);
      if (!has && all.length === 0) {
        if (lesionQuote) right.push(lesionQuote.span);
        unmentioned.push(q);
      }
      continue;
    }
    // Pain named only as an imaging report's indication ("History: LBP.") is the ordering reason,
    // not the interpreting physician's diagnosis (Guidelines IV.K): a "without" pain code beside it
    // is worth a look, not a warning (QA stop 46, G34; imaging-indication.ts).
    const indicationOnly = has && !coded && indication !== undefined && MENTION_QUALIFIERS.includes(q) && yes.every((c) => indication(c.span));
    wrong.push({ q, coded, spans: spansOf(has ? yes : all), statuses: has ? [] : [...new Set(all.map((c) => statusWord(statusOf(c), triggerOf(c), statusReasonOf(c))))], soft: (!has && all.some((c) => statusOf(c) === 'uncertain')) || indicationOnly, unreachedFrom: [], deniedBy: [], attributedTo: [] });
    if (coded && !has && all.length > 0 && all.every((c) => statusOf(c) === 'uncertain')) uncertainWith.push(q);
  }
  return { want, wrong, right, uncertainWith, unmentioned };
}

/**
 * Every qualifier as the note documents it, for a suggestion: `want` (the code's own, as read), and
 * the others read from the note too, so none says "with" what the note does not document: M47.12
 * against a note that denies myelopathy suggests M47.812, not M47.22 (with radiculopathy) when no
 * radiculopathy is documented either.
 */
function documentedQualifiers(parsed: ParsedSpineCode, want: Partial<Record<QualifierId, boolean>>, conditions: readonly Condition[], codeArea: string | undefined): Partial<Record<QualifierId, boolean>> {
  const documented: Partial<Record<QualifierId, boolean>> = { ...want };
  const codedKinds = LESION_KINDS[parsed.axes.lesion ?? ''] ?? [];
  for (const q of Object.keys(QUALIFIER_KINDS) as QualifierId[]) {
    if (documented[q] !== undefined) continue;
    const kinds = QUALIFIER_KINDS[q];
    const yes = conditions.filter((c) => kinds.includes(c.kind) && inArea(c, codeArea) && statusOf(c) === 'affirmed');
    // Nor "with" a radiculopathy or myelopathy the note puts down to another lesion ("C6
    // radiculopathy due to C5-6 disc herniation" beside M47.12: M47.812, not M47.22, and the disc's
    // own code is suggested apart; blind QA stop 54, M3), as for the coded qualifier above.
    const elsewhere =
      yes.length > 0 && (q === 'radiculopathy' || q === 'myelopathy') && codedKinds.some((k) => CAUSE_LESION_KINDS.has(k))
        ? allAttributedElsewhere(yes, codedKinds, CAUSE_LESION_KINDS, conditions)
        : undefined;
    documented[q] = yes.length > 0 && !elsewhere;
  }
  return documented;
}

/**
 * The qualifiers no suggestion may state either way: the pain the note names but does not affirm
 * ("recurrent L leg pain" under a history heading: neither "with" it nor "without mention of" it,
 * see suggestQualifiers), in the code's area only (each statement's place is read only if its kind
 * can count), and a "with" the note states only as uncertain.
 */
function unsureQualifiers(documented: Partial<Record<QualifierId, boolean>>, uncertainWith: readonly QualifierId[], conditions: readonly Condition[], codeArea: string | undefined): Set<QualifierId> {
  const unsure = new Set<QualifierId>();
  for (const q of MENTION_QUALIFIERS) if (!documented[q] && qualifierFact(q, conditions, codeArea) === 'mentioned') unsure.add(q);
  for (const q of uncertainWith) unsure.add(q);
  return unsure;
}

/**
 * The spondylosis words that name qualifier statements spondylotic (attributed-cause.ts), when some
 * do; else undefined. Some, not every: the others ("cord compression", "myelomalacia") name no
 * cause, and the disc is named only as a complex (the caller's condition), so none names a disc.
 */
function spondyloticOf(qs: readonly Condition[], conditions: readonly Condition[]): Span[] | undefined {
  let spans: Span[] | undefined;
  for (const q of qs) {
    const span = spondyloticWords(q, conditions);
    if (span && !(spans ??= []).includes(span)) spans.push(span);
  }
  return spans;
}

/** The question for a disc code whose myelopathy or radiculopathy the note calls spondylotic (see checkQualifiers): info, no code suggested. */
function spondyloticQuestion(q: QualifierId, yes: readonly Condition[], spondylotic: Span[], complexes: readonly Condition[], out: FamilyOut): void {
  const code = out.code;
  const qualifier = QUALIFIER_WORDS[q];
  const complexSpans = spansOf(complexes);
  addFinding(
    out,
    'qualifier-mismatch',
    'info',
    [],
    `${code} says with ${qualifier} of a disc disorder, but the note calls the ${qualifier} spondylotic (${quote(spondylotic)}) and names the disc only as a disc-osteophyte complex (${quote(complexSpans)}), which does not tell a disc disorder from spondylosis: ask the provider whether a disc disorder causes the ${qualifier} (spondylosis with it is M47.1- or M47.2-).`,
    [...spansOf(yes), ...spondylotic, ...complexSpans],
    ['index-dorsopathies', 'chartlint-convention-spine'],
    { messageId: 'finding_family_spondylotic_qualifier', params: { code, qualifier_term: term('qual', q), spondylotic_quotes: quotes(spondylotic), complex_quotes: quotes(complexSpans) } },
  );
}

function qualifierFinding(
  parsed: ParsedSpineCode,
  want: Partial<Record<QualifierId, boolean>>,
  documented: Partial<Record<QualifierId, boolean>>,
  unsure: ReadonlySet<QualifierId>,
  wrong: WrongQualifier[],
  out: FamilyOut,
  discLesions: ReadonlySet<string> | undefined,
): void {
  const code = out.code;
  const suggestions = suggestQualifiers(parsed, want, documented, unsure, discLesions);
  const parts = wrong.map((w) =>
    w.attributedTo.length > 0 && w.attributedTo.every(isStenosisCause)
      ? `${code} says with ${QUALIFIER_WORDS[w.q]}, but the note puts the ${QUALIFIER_WORDS[w.q]} (${quote(w.spans)}) down to a stenosis (${quote(w.attributedTo)}), which no combination code carries: the ${QUALIFIER_WORDS[w.q]} is coded on its own (M54.1-) beside the stenosis`
      : w.attributedTo.length > 0
      ? `${code} says with ${QUALIFIER_WORDS[w.q]}, but the note puts the ${QUALIFIER_WORDS[w.q]} (${quote(w.spans)}) down to another lesion (${quote(w.attributedTo)}), whose own code carries it`
      : w.deniedBy.length > 0
      ? `${code} says with ${QUALIFIER_WORDS[w.q]}, but the note says the ${QUALIFIER_WORDS[w.q]} (${quote(w.spans)}) is not caused by the lesion or that its cause is not determined (${quote(w.deniedBy)}); code the two conditions apart`
      : w.unreachedFrom.length > 0
      ? `${code} says with ${QUALIFIER_WORDS[w.q]}, but the note's ${QUALIFIER_WORDS[w.q]} (${quote(w.spans)}) is at a nerve root the lesion at ${w.unreachedFrom.join(', ')} does not reach; check the level`
      : w.coded
        ? `${code} says with ${QUALIFIER_WORDS[w.q]}, but the note ${w.spans.length ? `documents it only as ${w.statuses.map(statusWordText).join(' or ')} (${quote(w.spans)})` : `does not document ${QUALIFIER_WORDS[w.q]}`}`
        : `${code} says without ${QUALIFIER_WORDS[w.q]}, but the note documents ${quote(w.spans)}`,
  );
  const soft = wrong.every((w) => w.soft);
  addFinding(
    out,
    'qualifier-mismatch',
    soft ? 'info' : 'warning',
    suggestions,
    `${parts.join('; ')}.`,
    wrong.flatMap((w) => w.spans.concat(w.deniedBy)),
    ['order-fy2026-dorsopathies', 'index-dorsopathies', ...(wrong.some((w) => w.q.includes('pain')) ? ['addenda-fy2025-m51'] : []), ...(wrong.some((w) => w.deniedBy.length > 0 || w.attributedTo.length > 0) ? ['guideline-with'] : [])],
    {
      messageId: 'finding_family_qualifier',
      params: {
        parts_msgs: JSON.stringify(
          wrong.map((w) => ({
            id: w.attributedTo.length > 0 ? (w.attributedTo.every(isStenosisCause) ? 'part_says_with_attributed_stenosis' : 'part_says_with_attributed') : w.deniedBy.length > 0 ? 'part_says_with_unlinked' : w.unreachedFrom.length > 0 ? 'part_says_with_unreached' : w.coded ? (w.spans.length ? 'part_says_with_only_as' : 'part_says_with_absent') : 'part_says_without',
            // Each part's own placeholders only.
            params: {
              code,
              qualifier_term: term('qual', w.q),
              quotes_quotes: quotes(w.spans),
              ...(w.attributedTo.length > 0 ? { causes_quotes: quotes(w.attributedTo) } : w.deniedBy.length > 0 ? { denial_quotes: quotes(w.deniedBy) } : w.unreachedFrom.length > 0 ? { levels_list: listParam(w.unreachedFrom) } : w.statuses.length > 0 ? { statuses_or_terms: terms('status', w.statuses) } : {}),
            },
          })),
        ),
      },
    },
  );
}

function qualifiersSupported(qualifiers: [QualifierId, boolean][], right: Span[], out: FamilyOut, unmentioned: readonly QualifierId[]): void {
  const code = out.code;
  // A qualifier the note names nowhere is not said to be documented: the others are, and when
  // there are none the reason says the code is the default for a note that is silent.
  const stated = qualifiers.filter(([q]) => !unmentioned.includes(q));
  if (stated.length === 0) {
    addSupported(out, 'qualifier-mismatch', right, `the note does not mention ${unmentioned.map((q) => QUALIFIER_WORDS[q]).join(' or ')}; ${code} is the default code when the note is silent on that`, {
      messageId: 'reason_family_qualifiers_unmentioned',
      params: { code, silent_terms: listParam(unmentioned.map((q) => term('qual', q))) },
    });
    return;
  }
  addSupported(out, 'qualifier-mismatch', right, `the note documents what ${code} says: ${stated.map(([q, v]) => `${v ? 'with' : 'without'} ${QUALIFIER_WORDS[q]}`).join(', ')}`, {
    messageId: 'reason_family_qualifiers',
    params: { code, qualifiers_terms: listParam(stated.map(([q, v]) => term(v ? 'with' : 'without', q))) },
  });
}

/** Areas per condition, read once (kept on the condition): the qualifier and Excludes1 checks ask for each condition again and again. */
function conditionAreas(c: Condition): string[] {
  let areas = c.areas;
  if (!areas) {
    const place = placeIn(DORSOPATHY_SCHEME, c);
    // A root's other segment counts too: a T1 radiculopathy is in the neck (C7-T1) and the thoracic spine (T1-T2).
    areas = [...new Set([...place.regions, ...place.also].map((r) => areaOf(r.id)).filter((a): a is 'neck' | 'thoracic' | 'low' => a !== undefined))];
    c.areas = areas;
  }
  return areas;
}
/** Whether a statement is in the code's area (`area`), or has no area of its own, or the code has none. */
function inArea(c: Condition, area: string | undefined): boolean {
  if (!area) return true;
  const areas = conditionAreas(c);
  return areas.length === 0 || areas.includes(area);
}

function areaOfConditions(cs: readonly Condition[]): string | undefined {
  const areas = [...new Set(cs.flatMap(conditionAreas))];
  return areas.length === 1 ? areas[0] : undefined;
}

/**
 * The code for a documented region: the same family's (or, for a disc code across the neck, the
 * sibling family's: M50.122 for an L4-L5 herniation → M51.-, M51.16 for a C6-C7 one → M50.-) in that
 * region, its subcategory and qualifier characters read from what the note affirms there
 * (subcategories-for-facts.ts), never carried over from the entered code. ICD-10-CM splits the disc
 * disorders by region across the two categories (Tabular M50 and M51; no change to either in
 * FY2027; blind QA stop 48, stop 49).
 */
function suggestRegion(parsed: ParsedSpineCode, region: SchemeRegion, conditions: readonly Condition[], all: readonly Condition[], denials: readonly LinkDenial[] | undefined, sub: Subcategory = parsed.subcategory): (string | undefined)[] {
  const area = areaOf(region.id);
  const toM51 = parsed.family.id === 'm50' && area !== 'neck';
  const toM50 = parsed.family.id === 'm51' && area === 'neck' && !sub.regionDigits.includes(region.digit);
  const family = toM51 ? M51_FAMILY : toM50 ? M50_FAMILY : parsed.family;
  if (!family) return [];
  const lesions = DISC_LESIONS.has(sub.axes.lesion ?? '') ? discLesionsDocumented('disc-disorder', conditions, inArea, area) : undefined;
  // An M50 code at a cervical level is built from the level (cervicalDiscCodes), whatever the M50 region digit.
  const inRegion = toM50 ? hasRegionDigit : (s: Subcategory) => s.regionDigits.includes(region.digit);
  const facts = affirmedQualifiers(family, conditions, all, area, denials);
  const targets = subcategoriesFor(family, sub, facts, lesions, inRegion);
  if (toM50) return cervicalCodesOf(targets, conditions);
  const out: (string | undefined)[] = [];
  for (const target of targets) for (const s of necSiblings(family, target, facts, lesions, inRegion, all, area)) out.push(...codesInRegion(parsed, s, region, conditions, all));
  return out;
}

/**
 * The subcategories a "specified NEC" one (SPECIFIED_NEC) stands for in a region, as the qualifier
 * check says of the entered code: its "without" sibling where the note denies each qualifier
 * (M47.89- → M47.81-), the "with" ones agreeing with what it affirms there (M47.1-, M47.2-; none
 * when none has a code in the region); itself where the note says neither. Any other subcategory
 * is itself.
 */
function necSiblings(family: CodeFamily, sub: Subcategory, facts: AffirmedQualifiers, lesions: ReadonlySet<string> | undefined, inRegion: (s: Subcategory) => boolean, all: readonly Condition[], area: string | undefined): Subcategory[] {
  const row = SPECIFIED_NEC[sub.code];
  if (!row) return [sub];
  const without = withoutSibling(sub, all, area);
  if (without) return inRegion(without) ? [without] : [sub];
  const withoutSub = SUBCATEGORY_BY_CODE.get(row.without);
  if (!withoutSub || !row.qualifiers.some((q) => facts[q] === true)) return [sub];
  return subcategoriesFor(family, withoutSub, facts, lesions, inRegion);
}

/**
 * The M50 codes of the target subcategories at the levels of their own lesion's statements (a
 * C5-C6 protrusion is M50.222, a C6-C7 desiccation M50.323); where no statement names a level,
 * the codes of the unspecified cervical region (M50.10), never the header, and only then.
 */
function cervicalCodesOf(targets: readonly Subcategory[], conditions: readonly Condition[]): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  for (const target of targets) {
    const kinds = LESION_KINDS[target.axes.lesion ?? ''] ?? [];
    for (const c of cervicalDiscCodes(target.code, conditions.flatMap((x) => (kinds.includes(x.kind) ? levelsOf(x) : [])))) if (!c.endsWith('-')) out.push(c);
  }
  return out.length > 0 ? out : targets.map((t) => buildSpineCode(t, '0'));
}

const hasRegionDigit = (s: Subcategory) => s.regionDigits.length > 0;

/** A subcategory's code in a region of its own family's scheme, its extra character from the note (or the entered code's, for a level). */
function codesInRegion(parsed: ParsedSpineCode, sub: Subcategory, region: SchemeRegion, conditions: readonly Condition[], all: readonly Condition[]): (string | undefined)[] {
  const extras = sub.extra?.[region.digit];
  if (!extras?.length) return [buildSpineCode(sub, region.digit)];
  // A character that states a qualifier (M51.36-'s pain, M48.06-'s neurogenic claudication): what
  // the note affirms, not the entered code's character nor a default "without".
  if (extras.some((e) => e.axes.qualifiers !== undefined)) return lesionCodes(sub, region.digit, parsed.code, conditions, all);
  if (region.id === 'mid-cervical') {
    const levels = radiculopathyCauses(sub, conditions, all).flatMap(levelsOf);
    const byLevel = extras.filter((e) => e.axes.level && levels.includes(e.axes.level)).map((e) => buildSpineCode(sub, region.digit, e.char));
    return byLevel.length > 0 ? byLevel : [buildSpineCode(sub, region.digit, '0')];
  }
  const current = parsed.code.length > sub.code.length + 1 ? parsed.code.slice(sub.code.length + 1) : undefined;
  if (current && extras.some((e) => e.char === current)) return [buildSpineCode(sub, region.digit, current)];
  return [buildSpineCode(sub, region.digit, extras[0]?.char)];
}

/**
 * Whether the note affirms each qualifier the family's subcategories state, in `area`: a
 * radiculopathy only where one of the lesion statements may cause it (mayCause, as the qualifier
 * check reads it). One literal (the families state only these two at subcategory level; the pain
 * and claudication characters are read by lesionCodes).
 */
function affirmedQualifiers(family: CodeFamily, lesion: readonly Condition[], all: readonly Condition[], area: string | undefined, denials: readonly LinkDenial[] | undefined): AffirmedQualifiers {
  const stated = statedQualifiers(family);
  return {
    myelopathy: stated.includes('myelopathy') ? affirmedIn('myelopathy', lesion, all, area, denials) : undefined,
    radiculopathy: stated.includes('radiculopathy') ? affirmedIn('radiculopathy', lesion, all, area, denials) : undefined,
  };
}

function affirmedIn(q: QualifierId, lesion: readonly Condition[], all: readonly Condition[], area: string | undefined, denials: readonly LinkDenial[] | undefined): boolean {
  const kinds = QUALIFIER_KINDS[q];
  for (const c of all) {
    if (!(kinds.includes(c.kind) || (q === 'radiculopathy' && sciaticaFromDisc(c, lesion))) || !inArea(c, area) || statusOf(c) !== 'affirmed') continue;
    // A link the note denies (link-denials.ts) gives no "with" code either.
    if (q !== 'radiculopathy' || lesion.some((l) => mayCause(l, [c], denials, lesion))) return true;
  }
  return false;
}

/**
 * Codes of the family in the same region whose qualifiers match what the note documents: `want`, the
 * entered code's qualifiers as the note has them (a candidate carrying one of their documented "with"
 * facts is preferred), and `documented`, every qualifier as the note has it (no candidate says
 * otherwise).
 */
function suggestQualifiers(
  parsed: ParsedSpineCode,
  want: Partial<Record<QualifierId, boolean>>,
  documented: Partial<Record<QualifierId, boolean>>,
  unsure: ReadonlySet<QualifierId>,
  discLesions: ReadonlySet<string> | undefined,
): string[] {
  const digit = parsed.region?.digit;
  const lesion = parsed.axes.lesion ?? '';
  const candidates = codesOf(parsed).filter((x) => {
    if (digit !== undefined && x.digit !== digit) return false;
    // M50's mid-cervical level character stays what the code says (the region check judges it).
    if (parsed.region?.id === 'mid-cervical' && x.extra !== parsed.code.slice(-1)) return false;
    const xl = x.sub.axes.lesion ?? '';
    if (xl !== lesion && !(DISC_LESIONS.has(lesion) && xl === 'disc-disorder') && !(lesion === 'disc-disorder' && DISC_LESIONS.has(xl))) return false;
    // A general disc disorder moves only to the disc lesion the note documents (disc-lesion-fit.ts).
    if (!fitsDiscLesions(xl, discLesions)) return false;
    const keys = Object.keys(x.qualifiers) as QualifierId[];
    // Pain the note names but does not affirm: neither "with" nor "without mention of" it holds.
    // M51.16 against "recurrent L leg pain" suggested M51.369, "without mention of ... lower
    // extremity pain" (QA stop 43, #6b).
    if (keys.some((k) => unsure.has(k))) return false;
    // "Other spondylosis" and the like state no qualifier: never the answer to a qualifier question.
    if (keys.length === 0) return false;
    if (keys.some((k) => documented[k] !== undefined && x.qualifiers[k] !== documented[k])) return false;
    // "with" facts the note documents must be carried by the candidate (or not denied by it).
    return (Object.entries(documented) as [QualifierId, boolean][]).every(([k, v]) => !v || x.qualifiers[k] !== false);
  });
  const withFacts = candidates.filter((x) => (Object.entries(want) as [QualifierId, boolean][]).some(([k, v]) => v && x.qualifiers[k] === true));
  const pick = (withFacts.length > 0 ? withFacts : candidates).filter((x) => !x.code.startsWith(parsed.subcategory.code) || x.code !== parsed.code);
  return [...new Set(pick.map((x) => x.code))].slice(0, 3);
}

/** M99 foraminal codes for M48.0 entered against foraminal-only stenosis. */
function foraminalCodes(foramen: readonly Mention[]): string[] {
  const REGION_DIGIT: Record<string, string> = { head: '0', cervical: '1', thoracic: '2', lumbar: '3', sacral: '4' };
  const out = new Set<string>();
  for (const m of foramen) {
    if (m.mechanismAmbiguous || m.mechanisms.length === 0) continue;
    for (const r of m.regions) {
      const d = REGION_DIGIT[r];
      if (!d) continue;
      if (m.mechanisms.some((x) => x === 'osseous' || x === 'subluxation')) out.add(`M99.6${d}`);
      if (m.mechanisms.some((x) => x === 'disc' || x === 'connective-tissue')) out.add(`M99.7${d}`);
    }
  }
  return [...out];
}

const CAUSE_KINDS: ConditionKind[] = ['disc-displacement', 'disc-degeneration', 'disc-osteophyte-complex', 'spondylosis'];

function excludes1(
  parsed: ParsedSpineCode,
  own: readonly Condition[],
  conditions: readonly Condition[],
  area: string | undefined,
  denials: readonly LinkDenial[] | undefined,
): { severity: Severity; suggestions: string[]; message: string; spans: Span[]; sources: string[]; template: Template } | undefined {
  const lesion = parsed.axes.lesion;
  // M54.3 and M54.4 Excludes1 "sciatica (lumbago with sciatica) due to intervertebral disc disorder
  // (M51.1-)": a disc only, never spondylosis (Index: Sciatica, due to displacement of intervertebral
  // disc, see Disorder, disc, with radiculopathy). A disc the note names with no place of its own
  // counts where the note ties the sciatica to it ("sciatica due to a disc herniation").
  const sciatica = lesion === 'sciatica' || lesion === 'lumbago-with-sciatica';
  if (lesion !== 'radiculopathy' && lesion !== 'neck-pain' && lesion !== 'low-back-pain' && !sciatica) return undefined;
  // Sciatica the note puts down, every time, to a cause outside the spine is no disc's to combine with (sciatica-cause.ts).
  if (sciatica && own.length > 0 && own.every((s) => sciaticaCauseOf(s) !== undefined)) return undefined;
  const wantArea = lesion === 'neck-pain' ? 'neck' : lesion === 'low-back-pain' || sciatica ? 'low' : area;
  const inWantedArea = (c: Condition) => {
    const areas = conditionAreas(c);
    return areas.some((a) => a === wantArea) || (sciatica && areas.length === 0 && own.some((s) => sciaticaFromDisc(s, [c])));
  };
  // Kind before status, as in checkLesion: only the causes' statuses are read, not every statement's.
  let causes = conditions.filter(
    (c) => CAUSE_KINDS.includes(c.kind) && (lesion !== 'neck-pain' || c.kind !== 'spondylosis') && (!sciatica || c.kind !== 'spondylosis') && statusOf(c) === 'affirmed' && inWantedArea(c),
  );
  if (lesion === 'low-back-pain' && !causes.some((c) => c.kind !== 'spondylosis')) return undefined;
  // Linked in one sentence ("due to", "from", "with") the note states the combination; otherwise only co-occurring.
  const sameSentence = (c: Condition) => own.some((o) => o.sentence.start === c.sentence.start);
  // A cause in another sentence at a level that cannot reach the radiculopathy's root is not its
  // cause ("C4-C5: mild disc bulge" beside "left C6 radiculopathy"). One the provider links in a
  // sentence stays unless both name levels that disagree: the note states the relation (mayCause).
  if (lesion === 'radiculopathy') causes = causes.filter((c) => mayCause(c, own, denials, causes));
  // Nor is a lesion when the note names another as the cause of each radiculopathy (attributed-cause.ts).
  // A radiculopathy the note puts down to a stenosis alone is no lesion's either, one lesion or more:
  // no combination code carries a radiculopathy from a stenosis (attributed-cause.ts stenosisNamedAsCause).
  if (lesion === 'radiculopathy' && (causes.length > 1 || (causes.length > 0 && own.length > 0 && own.every((r) => stenosisNamedAsCause(r, CAUSE_LESION_KINDS, conditions) !== undefined))))
    causes = causes.filter((c) => !allAttributedElsewhere(own, [c.kind], CAUSE_LESION_KINDS, conditions));
  if (causes.length === 0) return undefined;
  // Sciatica is tied to its disc in a sentence or on one assessment line (sciaticaFromDisc).
  const bySentence = sciatica ? own.some((s) => sciaticaFromDisc(s, causes)) : causes.some(sameSentence);
  // Not linked in a sentence, a cervical cause at the segment the radiculopathy's root exits
  // through is linked by level, as a coder links them ("C5-6 disc space narrowing", "right C6
  // radiculopathy"): the index pairs the roots with those levels (Radiculopathy, due to disc
  // disorder, C6 M50.122) and a cervical root exits above the vertebra of its number.
  const byLevel = lesion === 'radiculopathy' && !bySentence ? sharedCervicalLevel(causes, own) : undefined;
  const linked = bySentence || byLevel !== undefined;
  const place = (c: Condition) => placeIn(DORSOPATHY_SCHEME, c).regions[0];
  // Cervicalgia's combination code says what else the disc does, as the note documents it: M50.0-
  // with myelopathy, M50.1- with a radiculopathy the disc can cause, else M50.2-/M50.3- (without
  // either). A C5-C6 herniation with a C6 radiculopathy is M50.122, never M50.222 (blind QA stop 48).
  const neckNeuro = lesion === 'neck-pain' ? neckNeurology(conditions) : undefined;
  // Low back pain's the same way: a lumbar disc that the note says causes a radiculopathy is
  // M51.1- (Index: Displacement, intervertebral disc, lumbar, with radiculopathy M51.16), whatever
  // the pain; M51.26 "without" beside an L4-L5 extrusion with L5 radiculopathy contradicted the
  // note and the M51.16 entered beside it (blind QA pages stop 50, L1).
  const lowRadiculopathies = lesion === 'low-back-pain' ? neckNeurology(conditions, 'low').radiculopathies : undefined;
  const suggestions = new Set<string>();
  for (const c of causes) {
    // Back pain at both L4-5 and L5-S1 discs is M51.360 and M51.370 (QA stop 45, G): each region;
    // a radiculopathy's cause is judged by its root (mayCause), its first region as before.
    const regions = lesion === 'radiculopathy' ? [place(c)] : placeIn(DORSOPATHY_SCHEME, c).regions;
    for (const r of regions) {
      if (!r) continue;
      if (lesion === 'radiculopathy') {
        if (c.kind === 'spondylosis') suggestions.add(`M47.2${r.digit}`);
        else if (areaOf(r.id) === 'neck') suggestions.add(r.id === 'cervicothoracic' ? 'M50.13' : cervicalRadiculopathy(levelsOf(c).length > 0 || !sameSentence(c) ? levelsOf(c) : rootLevelsOf(own, c)));
        else if (['4', '5', '6', '7'].includes(r.digit)) suggestions.add(`M51.1${r.digit}`);
      } else if (sciatica) {
        if (['4', '5', '6', '7'].includes(r.digit)) suggestions.add(`M51.1${r.digit}`);
      } else if (lesion === 'neck-pain') {
        // At a level the note states, the code of that level ("neck pain due to C5-6 disc
        // degeneration": M50.322, not the header M50.3-; QA stop 46, G35).
        const sub = neckNeuro?.myelopathy ? 'M50.0' : neckNeuro && neckNeuro.radiculopathies.length > 0 && mayCause(c, neckNeuro.radiculopathies, denials) ? 'M50.1' : c.kind === 'disc-displacement' ? 'M50.2' : 'M50.3';
        for (const code of cervicalDiscCodes(sub, c.kind === 'disc-osteophyte-complex' ? [] : levelsOf(c))) suggestions.add(code);
      } else if (['6', '7'].includes(r.digit)) {
        // Degeneration's pain character as the note affirms it: the back pain is the code's own,
        // the leg pain may be there too (M51.362, not "back pain only" M51.360).
        if ((c.kind === 'disc-displacement' || c.kind === 'disc-degeneration') && lowRadiculopathies && lowRadiculopathies.length > 0 && mayCause(c, lowRadiculopathies, denials)) suggestions.add(`M51.1${r.digit}`);
        else if (c.kind === 'disc-displacement') suggestions.add(`M51.2${r.digit}`);
        else for (const code of M51_3 ? lesionCodes(M51_3, r.digit, parsed.code, [c], conditions) : []) suggestions.add(code);
      }
    }
  }
  // A disc with no place of its own names no region: the sciatica's combination is named as the Tabular does (M51.1-).
  const shown = suggestions.size > 0 ? [...suggestions] : sciatica ? ['M51.1-'] : [];
  const what = lesion === 'radiculopathy' ? 'M54.1- (radiculopathy)' : lesion === 'neck-pain' ? 'M54.2 (cervicalgia)' : lesion === 'sciatica' ? 'M54.3- (sciatica)' : lesion === 'lumbago-with-sciatica' ? 'M54.4- (lumbago with sciatica)' : 'M54.5- (low back pain)';
  return {
    // One rule for the three Excludes1 notes (M54.1-, M54.2, M54.5-): a pair the note links is a
    // warning, one it only names side by side is info (QA stop 45, G: M54.50 beside "DDD ... with
    // discogenic axial back pain" was info while M54.17 beside its linked disc was a warning).
    severity: linked ? 'warning' : 'info',
    suggestions: [...suggestions],
    message: `The note documents ${quote(causes.map((c) => c.span))} in the same part of the spine. An Excludes1 note at ${what} sends the condition with that cause to the combination code${shown.length > 0 ? ` (${shown.join(', ')})` : ''}; ${parsed.code} is not coded beside it.${linked ? (byLevel ? ` The note links the two by level: a ${byLevel.root} nerve root exits at ${byLevel.level}, the level of the cause.` : '') : ' The note does not link the two in one sentence: check whether they are related.'}`,
    spans: causes.map((c) => c.span),
    // A link by level rests on the index's root-to-level pairs and the roots' anatomy.
    sources: sciatica
      ? [lesion === 'sciatica' ? 'tabular-m54-3-sciatica' : 'tabular-m54-4-sciatica', 'index-sciatica', 'guideline-excludes1']
      : byLevel
        ? ['tabular-dorsopathies', 'guideline-excludes1', 'index-dorsopathies', 'britannica-foramen']
        : ['tabular-dorsopathies', 'guideline-excludes1'],
    template: {
      messageId: 'finding_family_excludes1',
      params: {
        code: parsed.code,
        quotes_quotes: quotes(causes.map((c) => c.span)),
        excluded_term: term('excludes1', lesion),
        combo_msg: shown.length > 0 ? 'part_combination_codes' : '',
        combination_list: listParam(shown),
        unlinked_msg: linked ? (byLevel ? 'sentence_linked_by_level' : '') : 'sentence_not_linked',
        ...(byLevel ? { root: byLevel.root, level: byLevel.level } : {}),
      },
    },
  };
}

/**
 * The neck's (or `area`'s) affirmed radiculopathies and whether it has an affirmed myelopathy: what
 * a cervical disc's combination code (M50.0-, M50.1-) must carry for cervicalgia's Excludes1
 * suggestion, and a lumbar disc's (M51.1-) for low back pain's.
 */
function neckNeurology(conditions: readonly Condition[], area = 'neck'): { radiculopathies: Condition[]; myelopathy: boolean } {
  const radiculopathies: Condition[] = [];
  let myelopathy = false;
  for (const c of conditions) {
    if (c.kind !== 'radiculopathy' && c.kind !== 'myelopathy') continue;
    if (statusOf(c) !== 'affirmed' || !conditionAreas(c).some((a) => a === area)) continue;
    if (c.kind === 'myelopathy') myelopathy = true;
    else radiculopathies.push(c);
  }
  return { radiculopathies, myelopathy };
}

/**
 * The first cervical segment (C2-C3 … C6-C7) where both a cause and a radiculopathy are placed by
 * their own levels, with the root that exits there (the lower vertebra: C5-C6 → C6). Only in the
 * cervical spine, where a root's exit segment is one and fixed (clinical brief §5.3, Britannica
 * "intervertebral foramen"); C7-T1 may be the C8 or the T1 root, and a lumbar root is reached from
 * two segments (root-reach.ts), so neither links by level.
 */
function sharedCervicalLevel(causes: readonly Condition[], radiculopathies: readonly Condition[]): { level: string; root: string } | undefined {
  for (const r of radiculopathies) {
    if (placedFromNote(r)) continue;
    for (const level of levelsOf(r)) {
      const span = segmentSpan(level);
      if (!span || span[1] > vertebraOrdinal('C', 7) || span[1] - span[0] !== 1) continue;
      if (causes.some((c) => !placedFromNote(c) && levelsOf(c).includes(level))) return { level, root: `C${span[1]}` };
    }
  }
  return undefined;
}

/**
 * A disc cause without a level of its own linked in a sentence to the radiculopathy: the levels of
 * that sentence's radiculopathies, whose roots name the disc (M50.1-'s root table, atRootLevels).
 */
function rootLevelsOf(own: readonly Condition[], c: Condition): string[] {
  const levels: string[] = [];
  for (const o of own) if (o.sentence.start === c.sentence.start && !placedFromNote(o)) for (const l of levelsOf(o)) if (M50_1?.rootLevels?.some((x) => x.level === l) && !levels.includes(l)) levels.push(l);
  return levels;
}

/** M50's subcategories by code, for the codes of a cervical disc lesion at its level (cervicalDiscCodes). */
const M50_FAMILY = SPINE_FAMILIES.find((f) => f.id === 'm50');
const M51_FAMILY = SPINE_FAMILIES.find((f) => f.id === 'm51');
const M50_SUBS = new Map((M50_FAMILY?.subcategories ?? []).map((x) => [x.code, x]));
const M50_1 = M50_SUBS.get('M50.1');
const M51_3 = M51_FAMILY?.subcategories.find((x) => x.code === 'M51.3');

/**
 * The codes of an M50 subcategory at the levels a statement names, each in the M50 scheme's region
 * with its level character (C5-C6 → M50.322 for 'M50.3'); the subcategory's header ("M50.3-") when
 * no level names a code.
 */
function cervicalDiscCodes(subCode: string, levels: readonly string[]): string[] {
  const sub = M50_SUBS.get(subCode);
  const codes: string[] = [];
  for (const l of levels) {
    const region = sub ? regionOfLevelIn(CERVICAL_DISC_SCHEME, l) : undefined;
    if (!sub || !region || region.residual) continue;
    const extras = sub.extra?.[region.digit];
    const code = extras?.length ? buildSpineCode(sub, region.digit, extras.find((e) => e.axes.level === l)?.char) : buildSpineCode(sub, region.digit);
    if (code !== undefined && !codes.includes(code)) codes.push(code);
  }
  return codes.length > 0 ? codes : [`${subCode}-`];
}

function cervicalRadiculopathy(levels: string[]): string {
  const LEVEL: Record<string, string> = { 'C4-C5': 'M50.121', 'C5-C6': 'M50.122', 'C6-C7': 'M50.123', 'C2-C3': 'M50.11', 'C3-C4': 'M50.11' };
  for (const l of levels) {
    const c = LEVEL[l];
    if (c) return c;
  }
  return 'M50.120';
}
