import { spanOf } from '../text/span-of';
import { assessContext } from '../context/assess-context';
import { clauseCueList } from './clause-cues';
import { sectionStatusAt, type Section } from '../context/find-sections';
import type { FieldText, Span, Status } from '../types';
import type { SegmentKind, SegmentMention } from './chiro-types';
import type { Clause } from './split-clauses';
import { refusalBefore } from './refusal-before';
import { namesPartFinding } from './find-findings';
import { FUTURE, PART_NEGATION, type Part, TREATED, partAround, treatedPartBetween, treatsOwn } from './clause-parts';
import { inInstructions, maySpanish, noteMaySpanish, spanishNegated, spanishPlaceSource, spanishSource, type SpanishPlaceGroup } from './spanish-words';

// Vertebral letters stay upper case: "c2" or "l5" in prose are rare, "L5" in a note never is.
const BASE: Record<string, number> = { C: 0, T: 7, D: 7, L: 19 };
const MAX: Record<string, number> = { C: 7, T: 12, D: 12, L: 5 };
// A region letter of chart shorthand ("C/S", "SMT C/T/L/S"): S alone is the sacrum, S after a slash-free letter the spine.
const LETTER_KIND: Record<string, SegmentKind> = { C: 'cervical-vertebra', T: 'thoracic-vertebra', L: 'lumbar-vertebra', S: 'sacrum' };
const kindOfIndex = (i: number): SegmentKind =>
  i === 0
    ? 'occiput'
    : i <= 7
      ? 'cervical-vertebra'
      : i <= 19
        ? 'thoracic-vertebra'
        : i <= 24
          ? 'lumbar-vertebra'
          : 'sacrum';
const nameOfIndex = (i: number): string =>
  i === 0 ? 'C0' : i <= 7 ? `C${i}` : i <= 19 ? `T${i - 7}` : i <= 24 ? `L${i - 19}` : `S${i - 24}`;

const SIDE = String.raw`(?:(?:left|right|bilateral|bilat\.?|L|R|Lt|Rt)\s+)?`;
type SegmentGroup =
  | 'occ' | 'vert' | 'atlas' | 'lumbosacral' | 'sacrum' | 'pelvis' | 'cv' | 'rib' | 'head' | 'headWord' | 'upper' | 'lower' | 'abdomen'
  | 'spineAbbrev' | 'regionLetter' | 'regionPair' | 'cervicalWord' | 'thoracicWord' | 'lumbarWord' | 'sacralWord' | 'pelvicWord';
/**
 * Places a chiropractor or osteopath treats, one capture group per kind (the only capture groups of
 * SEGMENT, in this order). Region words ("low back", "cervical spine") come last: they name a
 * region without a level (BPM §240.1.4 wants the level).
 */
const SEGMENT_PARTS: readonly (readonly [SegmentGroup, string])[] = [
  // "OA" is the occipitoatlantal joint only as a joint, a label or with its position ("OA ESrRl",
  // "OA extended"): bare, it is osteoarthritis. Upper case is required below.
  ['occ', String.raw`(\b(?:occiput|occ|O-?C1|C0(?:-C1)?|atlanto-?occipital(?:\s+joint)?|occipito-?atlantal|OA(?:\s+joint|(?=\s{0,2}:)|(?=\s+\(?(?:[FEN]\s?[RS][RrLl]|[FEN]RS|NS|ext|flex|side-?\s?bent|rotated|(?:release|decompression|inhibition)\b)))|occipito-?cervical)\b)`],
  // A range in Spanish too ("L4 a L5", "C1 hasta C7"), with its second letter written.
  ['vert', String.raw`(\b(?:[CTDL])(?:[1-9]|1[0-2])(?:\s?(?:-|–|\/|\sthrough\s|\sto\s)\s?(?:[CTDLS])?(?:[1-9]|1[0-2])|\s(?:a|hasta)\s[CTDLS](?:[1-9]|1[0-2]))?(?!\w|\.\d))`],
  ['atlas', String.raw`(\batlas\b)`],
  ['lumbosacral', String.raw`(\blumbo-?sacral(?:\s+junction)?\b)`],
  ['sacrum', String.raw`(\b(?:sacrum|sacral\s+base|S[1-5]|coccyx|coccygeal|sacro-?coccygeal)\b)`],
  ['pelvis', String.raw`(\b${SIDE}(?:(?:PI|AS|IN|EX|PIEX|PIIN|ASEX|ASIN)\s+)?(?:SI|S\/I|SIJ|sacro-?iliac)(?:\s+joints?)?\b|\b${SIDE}(?:(?:PI|AS|IN|EX|PIEX|PIIN|ASEX|ASIN|anterior|posterior|superior|inferior)\s+)?(?:ilium|ilia|innominate|pubic\s+symphysis|pubis)\b)`],
  ['cv', String.raw`(\b(?:${SIDE}R(?:[1-9]|1[0-2])\b|costo-?(?:vertebral|transverse)(?:\s+joints?)?|(?:posterior\s+)?rib\s+heads?|posterior\s+ribs?)\b)`],
  ['rib', String.raw`(\b(?:${SIDE}(?:(?:first|second|third|\d{1,2}(?:st|nd|rd|th))\s+)?ribs?(?:\s+cage)?|costochondral|sternocostal)\b)`],
  // "cranial" alone is the head as a treated or diagnosed region ("OMT: cranial, cervical", "SD
  // cranial", "cranial osteopathy"), not the cranial nerves or a direction ("cranial aspect of L5",
  // "caudal to cranial", "in a cranial fashion"): only before a list's end, a region's words, or a
  // gloss that names the head ("cranial (head)", "cranial (CV4)"; QA stop 48, G).
  ['head', String.raw`(\b(?:${SIDE}TMJ|temporo-?mandibular(?:\s+joint)?|cranium|cranial\s+(?:bones|vault)|cranial(?<!\b(?:caudal\w*|from|to|and|or|a|the)\s+cranial)(?=\s*(?:[:,;.]|$)|\s+[-–]\s|\s+(?:and|region|osteopathy|technique|treatment|OMT|SD|somatic|dysfunction|base|rhythm|mechanism)\b|\s*\((?:head|skull|cranium|CV-?4|SBS|sphenobasilar|occiput)\b)|sphenobasilar|SBS|temporal\s+bones?|${SIDE}temporal(?=\s+(?:ER|IR|external(?:ly)?\s+rotat\w*|internal(?:ly)?\s+rotat\w*)\b))\b)`],
  // The head as an osteopathic body region: its full name, a label ("Head:"), or the object of a
  // dysfunction or treatment ("somatic dysfunction of head", "OMT to head and ribs"). A bare "head"
  // is mostly a bone's head or the bed's ("head of bed", "radial head").
  ['headWord', String.raw`(\bhead\s+region\b|\bhead(?=\s{0,2}:)|head\b(?<=\b(?:dysfunctions?|SDs?|OMT|OMM|CMT|treatment|treated|manipulation|adjustments?|applied|performed|directed|release|techniques?|counterstrain|energy)\s+(?:of|to|at|on)\s+(?:the\s+)?head)(?!\s+(?:of|and\s+neck\s+exam)\b)|(?<=(?:[:,&]|\band)\s{0,3})\bhead(?=\s*(?:\(|[,;.&]|\band\b|$)))`],
  ['upper', String.raw`(\b${SIDE}(?:upper\s+extremit(?:y|ies)|shoulders?|glenohumeral|AC\s+joints?|acromioclavicular|sternoclavicular|elbows?|radial\s+heads?|wrists?|carpals?|thumbs?)\b)`],
  ['lower', String.raw`(\b${SIDE}(?:lower\s+extremit(?:y|ies)|hip\s+joints?|hips?|knees?|ankles?|subtalar|talus|cuboid|navicular|fibular\s+heads?|foot|feet|metatarsals?)\b)`],
  // The abdominal (thoraco-abdominal) diaphragm, treated by doming or release, is counted with the
  // abdomen and viscera body region (our reading of the ten OMT regions: it is the abdomen's roof).
  ['abdomen', String.raw`(\b(?:abdomen|abdominal\s+(?:viscera|diaphragm)|viscera|visceral)\b)`],
  // Chart shorthand: "C/S", "T/S", "L/S" are a region's spine; "cerv", "thor", "lumb" its word; LBP low back pain.
  ['spineAbbrev', String.raw`((?<![/\w])[CTL]\/S(?![/\w]))`],
  // A slash list of region letters after a manipulation ("SMT C/T/L/S"): each letter is one region.
  ['regionLetter', String.raw`((?<![/\w])[CTLS](?=\/[CTLS](?:\/|(?!\w)))|(?<=(?<![/\w])[CTLS](?:\/[CTLS])*\/)[CTLS](?![\w]))`],
  // The same as a slash list of two-letter abbreviations ("CMT cx/tx", "cx/tx/lx"): alone, "tx" is
  // treatment and "cx" the cervix, so each counts only inside such a list.
  ['regionPair', String.raw`((?<![/\w])[ctl]x(?=\/[ctl]x(?![\w]))|[ctl]x(?<=(?<![/\w])[ctl]x(?:\/[ctl]x)*\/[ctl]x)(?![\w]))`],
  ['cervicalWord', String.raw`(\b(?:cervical(?:\s+spine)?|cerv|c-spine|neck)\b)`],
  ['thoracicWord', String.raw`(\b(?:thoracic(?:\s+spine)?|thor|t-spine|mid-?\s?back|upper\s+back|dorsal\s+spine)\b)`],
  ['lumbarWord', String.raw`(\b(?:lumbar(?:\s+spine)?|lumb|l-spine|low(?:er)?\s+back|LBP)\b)`],
  ['sacralWord', String.raw`(\bsacral(?:\s+region)?\b)`],
  ['pelvicWord', String.raw`(\b(?:pelvis|pelvic(?:\s+region)?)\b)`],
];
/**
 * A group's pattern with its Spanish words (spanish-words.json: "región cervical", "sacro",
 * "articulación sacroilíaca") as more alternatives inside its one capture group.
 */
function withSpanish(group: SegmentGroup, source: string): string {
  const spanish = spanishPlaceSource(group as SpanishPlaceGroup);
  return spanish === undefined ? source : `${source.slice(0, -1)}|${spanish})`;
}
/**
 * The kinds as plain capture groups, not named ones: V8 builds a match's `groups` object (twenty
 * properties) at every match of a pattern with named groups, and the kind was then found by
 * searching its keys. A chiropractic note has many clauses, and this sweep was the largest share of
 * its reading. The kind of a match is the one capture group that took part.
 */
const SEGMENT = new RegExp(SEGMENT_PARTS.map(([group, source]) => withSpanish(group, source)).join('|'), 'gi');
const SEGMENT_GROUPS: readonly SegmentGroup[] = SEGMENT_PARTS.map(([group]) => group);
/** A match that is one of the Spanish place words, whole. */
const SPANISH_PLACE = new RegExp(
  `^(?:${SEGMENT_GROUPS.map((g) => spanishPlaceSource(g as SpanishPlaceGroup))
    .filter((source) => source !== undefined)
    .join('|')})$`,
  'i',
);

/** A place read by its group's kind (no object spread per match: a copy through the generic clone path). */
function namedPlace(group: SegmentGroup, name: string): { kind: SegmentKind; levelStated: boolean; name: string } {
  const known = GROUP_KIND[group];
  return { kind: known?.kind ?? 'cervical-vertebra', levelStated: known?.levelStated ?? false, name };
}

/** The kind of a SEGMENT match: the capture group that took part (the alternatives are the groups). */
function groupOf(m: RegExpExecArray): SegmentGroup | undefined {
  for (let i = 0; i < SEGMENT_GROUPS.length; i++) if (m[i + 1] !== undefined) return SEGMENT_GROUPS[i];
  return undefined;
}

const GROUP_KIND: Record<string, { kind: SegmentKind; levelStated: boolean }> = {
  occ: { kind: 'occiput', levelStated: true },
  atlas: { kind: 'cervical-vertebra', levelStated: true },
  lumbosacral: { kind: 'lumbar-vertebra', levelStated: true },
  sacrum: { kind: 'sacrum', levelStated: true },
  pelvis: { kind: 'pelvis', levelStated: true },
  cv: { kind: 'costovertebral', levelStated: true },
  rib: { kind: 'rib', levelStated: true },
  head: { kind: 'head', levelStated: true },
  headWord: { kind: 'head', levelStated: true },
  upper: { kind: 'upper-extremity', levelStated: true },
  lower: { kind: 'lower-extremity', levelStated: true },
  abdomen: { kind: 'abdomen', levelStated: true },
  spineAbbrev: { kind: 'cervical-vertebra', levelStated: false },
  regionLetter: { kind: 'cervical-vertebra', levelStated: false },
  regionPair: { kind: 'cervical-vertebra', levelStated: false },
  cervicalWord: { kind: 'cervical-vertebra', levelStated: false },
  thoracicWord: { kind: 'thoracic-vertebra', levelStated: false },
  lumbarWord: { kind: 'lumbar-vertebra', levelStated: false },
  sacralWord: { kind: 'sacrum', levelStated: false },
  pelvicWord: { kind: 'pelvis', levelStated: false },
};

// Words for a lesion at a place: subluxation, dysfunction, fixation or a written listing.
// A rib's somatic dysfunction is named by the breath it is held in ("rib 4 exhalation dysfunction").
const LESION =
  /\b(?:sublux(?:ation|ations|ated)?|VSC|seg(?:mental|\.)?\s*dysf(?:unctions?)?|(?:somatic|inhalation|exhalation)\s+dysf(?:unctions?)?|SDs?|fixat(?:ion|ions|ed)|misalign(?:ed|ment|ments))\b/;
const LESION_I =
  /\b(?:sublux(?:ation|ations|ated)?|seg(?:mental|\.)?\s*dysf(?:unctions?)?|(?:somatic|inhalation|exhalation)\s+dysf(?:unctions?)?|fixat(?:ion|ions|ed)|misalign(?:ed|ment|ments))\b/i;
const LESION_G = new RegExp(LESION.source, 'g');
const LESION_I_G = new RegExp(LESION_I.source, 'gi');
// The same in Spanish ("subluxación", "disfunción somática", "fijación"; spanish-words.json), whose
// denials ("sin subluxación") assessContext does not read: spanishNegated does.
const LESION_ES = new RegExp(spanishSource('lesion'), 'i');
const LESION_ES_G = new RegExp(LESION_ES.source, 'gi');
/** A Spanish lesion word in `text`, asked only of a text that may be Spanish (maySpanish). */
const spanishLesion = (text: string): boolean => maySpanish(text) && LESION_ES.test(text);
// A place written as a label ("Thoracic:", "Lumbar region:", "Sacrum -"): what follows is said of it.
const LABEL_AFTER = /^\s{0,2}(?:region|spine|area)?\s{0,2}[:–-]/i;
// At a named level, restricted motion is the segmental fixation chiropractors list as a subluxation.
const LEVEL_RESTRICTION = /\b(?:restrict(?:ed|ion|ions)|hypomobil\w*)\b/gi;
/**
 * Lost motion written as a finding at or of a level ("decreased ROM at C5-C6", "loss of motion of
 * L4-L5", "reduced mobility at C2 and C3", "ROM limited at T4"): the same segmental restriction as
 * "restricted motion at C5-C6", in other words. Only right before the level (a list of levels may
 * come between), so a region's range of motion ("cervical ROM decreased in rotation, C5 tender")
 * names no level's fixation. Painful or guarded motion is pain, not lost motion. QA pages stop 54.
 */
const LEVEL = String.raw`(?:[CTDL](?:[1-9]|1[0-2])(?:\s?[-–\/]\s?[CTDLS]?(?:[1-9]|1[0-2]))?|S[1-5]|occiput|atlas)`;
const MOTION_LOSS_AT = new RegExp(
  String.raw`(?:\b(?:decreased|reduced|limited|diminished|loss\s+of|lost|dec|decr)\.?\s+(?:\w+\s+){0,2}?(?:ROM|range\s+of\s+motion|(?:segmental\s+|joint\s+)?(?:motion|mobility)|joint\s+play)|(?<!\w)↓\s?(?:ROM|motion|mobility)|\b(?:ROM|range\s+of\s+motion|motion|mobility|joint\s+play)\s+(?:is\s+|was\s+)?(?:decreased|reduced|limited|diminished))\s+(?:at|of|in|through|over|on)\s+(?:the\s+)?(?:(?:level|segment)s?\s+(?:of\s+)?)?(?:${LEVEL}\s*(?:,|&|\band\b|\/)\s*)*$`,
  'i',
);
/** The groups that name a spinal level (SEGMENT_PARTS), where lost motion is a segment's restriction. */
const SPINAL_LEVEL_GROUPS: ReadonlySet<SegmentGroup> = new Set(['vert', 'occ', 'atlas', 'lumbosacral']);
const MOTION_LOSS_WORD = /\b(?:decreased|reduced|limited|diminished|loss\s+of|lost|dec|decr)\b|↓/i;

/**
 * Whether lost motion is written right before the level at `start` (MOTION_LOSS_AT) and the note
 * does not deny it ("no loss of motion at C5": negated). Looked for within the place's part.
 */
function motionLossAt(text: string, from: number, start: number, clause: Clause): boolean {
  const before = text.slice(Math.max(from, start - 80), start);
  const m = MOTION_LOSS_AT.exec(before);
  if (!m) return false;
  const word = MOTION_LOSS_WORD.exec(m[0]);
  const at = start - before.length + m.index + (word?.index ?? 0);
  const context = assessContext(text, { start: at, end: at + (word?.[0].length ?? 1) }, { sentence: { start: clause.start, end: clause.end }, cues: clauseCueList(text, clause) });
  return context.status !== 'negated';
}

/**
 * Whether `region` (the place's clause or its own part) states restricted motion that its clause
 * does not deny: "T4: no restriction, no tenderness" names the level and the word, and was a
 * thoracic lesion that made an M99.02 "supported" (blind QA, stop 43).
 */
function restrictionAffirmed(text: string, region: { start: number; text: string }, clause: Clause): boolean {
  const words = LEVEL_RESTRICTION;
  words.lastIndex = 0;
  for (let m = words.exec(region.text); m !== null; m = words.exec(region.text)) {
    const start = region.start + m.index;
    const context = assessContext(text, { start, end: start + m[0].length }, { sentence: { start: clause.start, end: clause.end }, cues: clauseCueList(text, clause) });
    if (context.status !== 'negated') return true;
  }
  return false;
}
// Said after the place, these undo the treatment or lesion ("lumbar not adjusted", "C5 subluxation ruled out").
const AFTER_NEGATION =
  /^[^.;]{0,40}?\b(not\s+(?:adjusted|manipulated|treated|addressed)|deferred|held|skipped|omitted|withheld|refused|declined|ruled\s+out|resolved|cleared)\b|^\s{1,2}((?:was|were|is|are)\s+not)(?=\s*[.!]?\s*$)/i;
/**
 * A clause that is only places and the auxiliary ("L4 was.", "C2 and C3 were.", "Low back was
 * too.", "Cervical was not."): it takes its verb from the clause before it (see elidedTreatment).
 */
const ELLIDED_CLAUSE = /^\s*(?:[\w/-]+\s+){1,5}?(?:was|were)(?:\s+not|(?:\s+(?:too|also|as\s+well)))?\s*[.!]?\s*$/i;
/**
 * A listing right after a level: Gonstead/Diversified ("C2 PRS", "L5 PL", "C1 ASRA") or an
 * osteopathic position in Fryette's notation, the somatic dysfunction's own diagnosis: flexed or
 * extended (or neutral), rotated and side-bent ("C3 FRrSr", "T4-T6 ERLSL", "L2 FRS(L)", "NSLRR"), in
 * either order ("T6-8 ESlRr"), with the side written out ("C4 ERS right") or as a neutral group
 * curve ("T3-T5 neutral group curve SlRr").
 */
const LISTING =
  /^(?:\s{1,2}|:\s{0,2})\(?(P[LR][SI]?(?:-[A-Za-z])?|P(?=\s{0,2}(?:[,;.)]|$))|AS[LR][AP]?|AI[LR]|P[SI][LR]|PI|AS|IN|EX|PIEX|PIIN|ASEX|ASIN|[FEN]R[RrLl]S[RrLl]|[FE]RS(?:[RrLl]|\([RrLl]\))|NS[RrLl]R[RrLl]|[FEN]S[RrLl]R[RrLl]|[FE]RS\s(?:left|right|LEFT|RIGHT)|[FE]RS\s[RL]|[FEN]\s?(?:R[RrLl]\s?S[RrLl]|S[RrLl]\s?R[RrLl])|(?:neutral\s(?:group\s(?:curve\s)?)?)?S[RrLl]R[RrLl])(?![\w])/;
/**
 * A position written out after a place, with its side ("Sacrum: base posterior right", "RIB 5
 * POSTERIOR ON LEFT", "L5 posterior right", a sacral torsion "left on left"): a listing like "PR". The side is required, so an
 * anatomical word ("C5 anterior osteophyte") is not one.
 */
const POSITION_LISTING =
  /^(?:\s{1,2}|:\s{0,2})(?:\d{1,2}\s+)?((?:base\s+)?(?:posterior|anterior|superior|inferior|post|ant|sup|inf)(?:ly|\.)?(?:\s+(?:posterior|anterior|superior|inferior|post|ant|sup|inf)(?:ly|\.)?)?\s+(?:on\s+(?:the\s+)?)?(?:left|right|Lt|Rt|L|R)|(?:left|right|L|R)\s+on\s+(?:left|right|L|R)(?:\s+(?:(?:forward|backward)\s+)?(?:sacral\s+)?torsion)?)\b/i;
/**
 * A sacral listing written around the word "sacrum" (Thompson and Gonstead write the listing first,
 * "PI sacrum R", "P-R sacrum"; others put the side first, "R sacrum posterior inferior"): the
 * listing before the word, or the side before it and the position after it without a side.
 */
const SACRAL_LISTING_BEFORE = /(?:^|[\s(,:])(PI|AS|AI|P-?[RL]|PI-?[RL]|AS-?[RL])\s{1,2}$/;
const SIDE_BEFORE = /(?:^|[\s(,:])(?:left|right|Lt|Rt|L|R)\s{1,2}$/;
const POSITION_AFTER =
  /^\s{1,2}(?:(left|right|Lt|Rt|L|R)\s+(?=(?:base\s+)?(?:posterior|anterior|superior|inferior|post|ant|sup|inf)))?((?:base\s+)?(?:posterior|anterior|superior|inferior|post|ant|sup|inf)(?:ly|\.)?(?:\s+(?:posterior|anterior|superior|inferior|post|ant|sup|inf)(?:ly|\.)?)?)(?![\w])/i;
// The sacro-iliac joint of the pelvis group: the ICD-10-CM index puts it in the sacral region (region-conventions.json).
const SACROILIAC = /\b(?:SI|S\/I|SIJ|sacro-?iliac)\b|\bsacro-?il[ií]ac[ao]s?(?![\wÀ-ÿ])/i;
// The hip of the lower-extremity group: the ICD-10-CM index puts it in the pelvic region for M99
// ("Dysfunction, somatic, hip M99.05"); CPT still counts it as a lower extremity (region-conventions.json).
const HIP = /\b(?:hips?|caderas?)\b/i;
const ILIUM_LISTING = /\b(?:PI|AS|IN|EX|PIEX|PIIN|ASEX|ASIN)\b/;
/**
 * A pelvic bone's position written out before it with the side first ("R anterior innominate", "L
 * posterior ilium"): a listing like "AS" or "PI". Without a side it may be anatomy ("posterior
 * ilium" as a landmark), so the side is required, as for POSITION_LISTING after a place.
 */
const SIDED_POSITION = /^(?:left|right|bilat\w*|L|R|Lt|Rt)\s+(anterior|posterior|superior|inferior)\b/i;
// An ilium listing written after the bone ("R ilium PI", "innominate AS").
const ILIUM_AFTER = /^\s{1,2}(PI|AS|IN|EX|PIEX|PIIN|ASEX|ASIN)(?![\w])/;
/**
 * A place named as a muscle's ("L hip flexors hypertonic", "cervical musculature tight"): a soft
 * tissue finding (P/T) there, neither a lesion nor a manipulated joint.
 */
const MUSCLE_AFTER = /^\s{1,2}(?:flexors?|extensors?|abductors?|adductors?|rotators?|muscles?|musculature)\b/i;
/**
 * An examination's range, between the verb that examines and the one that reports ("palpated C1-C7,
 * T1-T12 and L1-L5, sacrum and pelvis and found fixation at T4-T5 only"): the places in it were
 * examined, not found. Medicare wants the level of the subluxation (BPM 100-02 ch.15 §240.1.4), and
 * the lesion word after the report belongs to the places after it.
 */
const EXAM_VERB = /\b(?:(?:motion\s+|static\s+)?palpat(?:ed|ion\s+(?:of|at))|examined|checked|scanned|assessed|evaluated|screened)\b/i;
const REPORT_VERB = /\b(?:found|finding|reveal(?:ed|s|ing)?|show(?:ed|s|ing)|demonstrat(?:ed|es|ing)|identified|noting)\b/i;

/** The offsets (in the field) of an examination's range in the clause, or undefined. */
function examRange(clause: Clause): { start: number; end: number } | undefined {
  const exam = EXAM_VERB.exec(clause.text);
  if (!exam) return undefined;
  const from = exam.index + exam[0].length;
  const report = REPORT_VERB.exec(clause.text.slice(from));
  if (!report) return undefined;
  return { start: clause.start + from, end: clause.start + from + report.index };
}

/**
 * A technique withheld at a place ("HVLA contraindicated at C6-C7", "thrust not performed at L5"):
 * the place is not treated by it. When the clause names another technique that was used instead
 * ("... used counterstrain & FPR only"), the place is treated by that one (SUBSTITUTE).
 */
const WITHHELD_WORDS = String.raw`contraindicated|not\s+(?:performed|done|indicated|tolerated)|withheld|avoided`;
/**
 * Words of a technique used instead (SUBSTITUTE_ONLY, for a clause that names no place for it);
 * after a withheld place, "performed" and "applied" say so too (SUBSTITUTE).
 */
const SUBSTITUTE_WORDS = String.raw`used|using|instead|substituted|switched\s+to`;
const WITHHELD_BEFORE = new RegExp(String.raw`\b(?:${WITHHELD_WORDS}|deferred)\s+(?:at|to|for|in|on|over)\s+(?:the\s+)?$`, 'i');
const SUBSTITUTE = new RegExp(String.raw`\b(?:${SUBSTITUTE_WORDS}|performed|applied)\b`, 'i');
const WITHHELD = new RegExp(String.raw`\b(?:${WITHHELD_WORDS})\b`, 'i');
const SUBSTITUTE_ONLY = new RegExp(String.raw`\b(?:${SUBSTITUTE_WORDS})\b`, 'i');

/**
 * Whether a clause withholds one technique and uses another in its place without naming where
 * ("OMT: HVLA contraindicated at C6-C7 given radic — used counterstrain & FPR only"): the other
 * technique treats the regions the note diagnoses, not only the withheld place.
 */
export function substitutesForDiagnosed(clauseText: string): boolean {
  const withheld = WITHHELD.exec(clauseText);
  if (!withheld) return false;
  const rest = clauseText.slice(withheld.index + withheld[0].length);
  const used = SUBSTITUTE_ONLY.exec(rest);
  if (!used) return false;
  const tail = rest.slice(used.index);
  if (!TREATED.test(tail)) return false;
  const places = new RegExp(SEGMENT.source, 'gi');
  for (let m = places.exec(tail); m !== null; m = places.exec(tail)) if (groupOf(m) !== undefined) return false;
  return true;
}

// Said right after a place, these say it was not looked at ("Lumbar not examined"): nothing is documented there.
const NOT_EXAMINED_AFTER = /^\s{0,2}(?:(?:was|were|is|are)\s+)?not\s+(?:examined|assessed|evaluated|checked|tested|palpated|seen)\b/i;

// Words saying a manipulation was done at this visit, not planned.
const DONE = /\b(?:today|adjusted|manipulated|performed|delivered|treated|done|given|completed)\b/i;
// A level that names a nerve, dermatome or myotome is not a treated segment.
const NERVE_AFTER = /^\s{0,2}(?:nerve|roots?|dermatom\w*|myotom\w*|radicul\w*|distribution|reflex)/i;

/**
 * Treated and examined places in one clause of a note: vertebral levels (occiput to coccyx), SI
 * joint, ribs, TMJ, extremity joints and region words, each with its status (negation, history,
 * plan), whether the clause says it was manipulated today and whether it documents a lesion there.
 *
 * @example findSegments(field, clause)[0] // {kind: 'cervical-vertebra', name: 'C2', listing: 'PRS', treated: true, lesion: true, ...}
 */
export function findSegments(
  field: FieldText,
  clause: Clause,
  heading: { treated: boolean; lesion: boolean } = { treated: false, lesion: false },
  sections: readonly Section[] = [],
): SegmentMention[] {
  const text = field.text;
  const out: SegmentMention[] = [];
  const source = clause.text;
  // exec, not matchAll, which makes a copy of the pattern for every clause. Nothing below runs SEGMENT.
  SEGMENT.lastIndex = 0;
  let m = SEGMENT.exec(source);
  // Most clauses name no place: the clause's own cues are read only for one that does.
  if (m === null) return out;
  const treatedCue = TREATED.exec(source);
  const lesionRead = readLesion(field, clause, clause.start, source, sections);
  const future = FUTURE.test(source);
  const range = lesionRead.cue !== null ? examRange(clause) : undefined;
  // Patient instructions in Spanish ("Instrucciones: hielo en la zona lumbar") name no place of the visit.
  const advice = noteMaySpanish(text) && inInstructions(text, clause.start);
  for (; m !== null; m = SEGMENT.exec(source)) {
    const group = groupOf(m);
    if (!group) continue;
    if (advice && SPANISH_PLACE.test(m[0])) continue;
    const start = clause.start + m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 60);
    if (NERVE_AFTER.test(after) || NOT_EXAMINED_AFTER.test(after)) continue;
    // The pattern ignores case for words; vertebral letters and joint abbreviations must be upper case.
    // A one-letter side ("L R4", "r R4") is stripped like a word: "l r4" is prose, not a rib level.
    const bare = m[0].replace(/^(?:left|right|bilat\w*|lt|rt|l|r)\s+/i, '');
    if (
      (group === 'vert' && /^[a-z]/.test(bare)) ||
      ((group === 'sacrum' || group === 'cv') && /^[a-z]\d/.test(bare)) ||
      ((group === 'spineAbbrev' || group === 'regionLetter') && /[a-z]/.test(m[0])) ||
      (group === 'occ' && /^oa\b/i.test(bare) && !bare.startsWith('OA'))
    )
      continue;
    if (
      group === 'pelvis' &&
      /\b(?:si|sij|as|in|ex|pi)\b/.test(m[0]) &&
      !/ilium|ilia|innominate|pubi|sacro/i.test(m[0])
    )
      continue;
    const found =
      group === 'vert'
        ? readVertebra(m[0])
        : group === 'regionPair'
          ? { kind: LETTER_KIND[m[0].charAt(0).toUpperCase()] ?? 'cervical-vertebra', levelStated: false as const, name: m[0] }
        : group === 'spineAbbrev' || group === 'regionLetter'
          ? { kind: LETTER_KIND[group === 'spineAbbrev' ? m[0].charAt(0) : m[0]] ?? 'sacrum', levelStated: false as const, name: m[0] }
          : group === 'pelvis' && SACROILIAC.test(m[0])
            ? { kind: 'sacroiliac' as const, levelStated: true, name: m[0].trim() }
            : group === 'lower' && HIP.test(m[0])
              ? { kind: 'hip' as const, levelStated: true, name: m[0].trim() }
              : namedPlace(group, m[0].trim());
    if (!found) continue;
    const name =
      group === 'atlas'
        ? 'C1'
        : group === 'lumbosacral'
          ? 'L5-S1'
          : group === 'occ'
            ? /c1/i.test(found.name)
              ? 'C0-C1'
              : 'occiput'
            : found.name.replace(/\s+/g, ' ');
    const pelvic = found.kind === 'pelvis' || found.kind === 'sacroiliac';
    const muscle = MUSCLE_AFTER.test(after);
    // A pelvic bone's listing is written in it ("Rt AS ilium", "R anterior innominate") or after it
    // with its side ("innominate anterior right", "R ilium PI").
    const listingMatch = muscle
      ? null
      : !pelvic
        ? (LISTING.exec(after) ?? POSITION_LISTING.exec(after))
        : (ILIUM_AFTER.exec(after) ?? POSITION_LISTING.exec(after));
    // A place in the examination's range with no listing of its own was examined, not found.
    if (range && start >= range.start && end <= range.end && listingMatch === null) continue;
    const sacralWord = group === 'sacrum' && /^(?:sacrum|sacral|sacro\b)/i.test(m[0]);
    const listingBefore = sacralWord && listingMatch === null ? sacralListingAround(text, start, after) : undefined;
    const listing =
      listingMatch?.[1] ??
      listingBefore ??
      (pelvic ? (ILIUM_LISTING.exec(m[0])?.[0] ?? SIDED_POSITION.exec(m[0].trim())?.[1]) : undefined);
    // "Past history: lumbar subluxation" is history by its heading, as for stenosis statements.
    const sectionStatus = sectionStatusAt(sections, start);
    const context = assessContext(
      text,
      { start, end },
      { fieldId: field.id, sentence: { start: clause.start, end: clause.end }, cues: clauseCueList(text, clause), sectionStatus },
    );
    let status: Status = context.status;
    let trigger = context.trigger;
    const part = partAround(clause, start, end);
    // A part that names its own manipulation is not reached by a refusal in another part.
    const own = part && treatsOwn(part, clause.text) ? part : undefined;
    // Nor is a part that states a finding of its own and no manipulation ("Cervical not adjusted,
    // lumbar tender"); the manipulation the clause negates is the other part's, so this place was
    // examined, not treated, and only its own part's words say whether it has a lesion.
    const finding = part && !own && treatedCue && findsOwn(part) ? part : undefined;
    let separate = false;
    // A finding part is reached by what is said after it ("T6 subluxation, previously treated, resolved").
    if ((own ?? finding) && status === 'negated' && trigger) {
      const mine = (own ?? finding) as Part;
      const across = own ? trigger.start < mine.start || trigger.start >= mine.end : trigger.start < mine.start && negatesManipulation(clause, trigger.start);
      if (across) {
        status = 'affirmed';
        trigger = null;
        separate = finding !== undefined;
      }
    }
    // A negated list ends at a part with a manipulation of its own: "Pt denied neck pain, adjusted
    // lumbar, thoracic tender" denies only the neck; the places after "adjusted lumbar" read as they
    // would without the denial ("Adjusted lumbar, thoracic tender").
    if (status === 'negated' && trigger && trigger.start < start && treatedPartBetween(clause, trigger.start, start)) {
      status = 'affirmed';
      trigger = null;
    }
    // "Patient refused cervical CMT": a refusal the negation rules do not hold (refusal-before.ts).
    const refusal = status === 'affirmed' && treatedCue ? refusalBefore(clause.text, start - clause.start) : undefined;
    const refusedElsewhere = refusal !== undefined && finding !== undefined && clause.start + refusal.start < finding.start && negatesManipulation(clause, clause.start + refusal.start);
    if (refusal && !refusedElsewhere && (!own || clause.start + refusal.start >= own.start)) {
      status = 'negated';
      trigger = spanOf(field, clause.start + refusal.start, clause.start + refusal.end);
    } else if (refusedElsewhere) separate = true;
    // What follows the place up to its own part's end: a separate part's words end there too.
    const mine = own ?? (separate ? finding : undefined);
    const negatedAfter = AFTER_NEGATION.exec(text.slice(end, mine ? mine.end : clause.end));
    if (negatedAfter && status === 'affirmed') {
      status = /resolved|cleared/i.test(negatedAfter[0]) ? 'historical' : 'negated';
      // The cue whole, as the reader says it ("not adjusted", "ruled out"), not its last word.
      const cue = negatedAfter[1] ?? negatedAfter[2] ?? '';
      const cueStart = end + negatedAfter[0].length - cue.length;
      trigger = spanOf(field, cueStart, end + negatedAfter[0].length);
    }
    // "HVLA contraindicated at C6-C7": untreated by that technique, treated if another was used instead.
    const withheld = WITHHELD_BEFORE.test(text.slice(Math.max(clause.start, start - 40), start));
    const substituted = withheld && SUBSTITUTE.test(text.slice(end, clause.end)) && TREATED.test(text.slice(end, clause.end));
    // A separate finding part's lesion is what its own words say, not the other part's.
    const ownRead = separate && part ? readLesion(field, clause, part.start, part.text, sections) : lesionRead;
    // A label the clause's lesion word is said of, where the note denies or puts it in the past
    // ("Thoracic: no subluxation found this visit", "Lumbar region: no somatic dysfunction"): the
    // place is that statement's subject, so it takes the statement's status. Not when the clause
    // treats it today or documents a lesion the note affirms.
    const denied = ownRead.denied;
    if (
      status === 'affirmed' &&
      denied &&
      ownRead.cue === null &&
      denied.start >= end &&
      treatedCue === null &&
      !heading.treated &&
      listingMatch === null &&
      LABEL_AFTER.test(after)
    ) {
      status = denied.status;
      trigger = denied.trigger;
    }
    // A place the note denies or puts in the past keeps the lesion it was denied with ("T6
    // subluxation resolved"): that is what a code for its region is then told.
    // A place named as the object of an examination finding, in a part of the clause with no lesion
    // word of its own ("Subluxation L5: tenderness at L5, asymmetric pelvis, hypertonic
    // paraspinals"): the asymmetry supports the lesion the clause names elsewhere and names none at
    // the pelvis (BPM 100-02 ch.15 §240.1.2: P/A/R/T findings are evidence for a subluxation the
    // note documents, not a subluxation). A place heading its part ("C5 tender, T4 restricted") is
    // an item of the lesion's list and keeps it; restricted motion at a named level is a fixation
    // wherever the clause states it (restrictionAffirmed).
    const findingOnly = part !== undefined && !separate && objectOfFinding(text, part, start, end, !found.levelStated);
    const ownLesion = findingOnly ? null : status === 'affirmed' ? ownRead.cue : (ownRead.cue ?? ownRead.any);
    const restricted =
      found.levelStated &&
      (restrictionAffirmed(text, separate && part ? part : clause, clause) ||
        // A vertebral level only: a shoulder's or knee's lost motion is an orthopedic finding, no subluxation.
        (SPINAL_LEVEL_GROUPS.has(group) && motionLossAt(text, part?.start ?? clause.start, start, clause)));
    const mention: SegmentMention = {
      kind: found.kind,
      name,
      levelStated: found.levelStated,
      span: spanOf(field, start, end + (listingMatch ? listingMatch[0].length : 0)),
      status,
      trigger,
      // A part that says its own manipulation was done ("Adjusted C5-T1, RTC 1 wk") is today's
      // care whatever a later visit named in another part of the clause.
      treated: (!withheld || substituted) && (treatedCue !== null || heading.treated) && (!future || (own !== undefined && DONE.test(own.text))) && !separate && !muscle,
      lesion: !muscle && (ownLesion !== null || listing !== undefined || restricted || (heading.lesion && !separate && !findingOnly)),
    };
    if (listing) mention.listing = listing;
    // The level a finding is said at, in a clause of one part too ("Tenderness at C5.").
    if (found.levelStated && !mention.lesion && !muscle && (findingOnly || objectOfFinding(text, part ?? { start: clause.start, end: clause.end, text: clause.text }, start, end, false)))
      mention.finding = true;
    const word = ownLesion?.[0].toLowerCase();
    if (word) mention.lesionKind = /dysf|disf|^sds?$/.test(word) ? 'dysfunction' : 'subluxation';
    out.push(mention);
  }
  return out;
}

// A P/A/R/T finding's noun right after a region word: the word names where the finding is.
const FINDING_NOUN_AFTER =
  /^\s{1,2}(?:asymmetr(?:y|ies)|tenderness|pain|soreness|range\s+of\s+motion|ROM|motion|mobility|hypertonicity|hypertonus|spasms?|tightness|tone)\b/i;

/**
 * Whether the place at `start` is what a P/A/R/T finding before it in its part is said of
 * ("asymmetric pelvis", "tenderness at L5", "restricted lumbar range of motion", "pelvic
 * asymmetry"), in a part that names no lesion (subluxation, dysfunction, fixation, misalignment) itself.
 */
function objectOfFinding(text: string, part: Part, start: number, end: number, regionWord: boolean): boolean {
  if (LESION.test(part.text) || LESION_I.test(part.text) || spanishLesion(part.text)) return false;
  // A region word that qualifies a finding's noun ("pelvic asymmetry", "cervical range of motion
  // reduced") is the finding's place; a level before an adjective ("C5 tender") is a list item.
  if (regionWord && FINDING_NOUN_AFTER.test(text.slice(end, part.end))) return true;
  return namesPartFinding(text.slice(part.start, start));
}

/** A sacral listing written before the word "sacrum", or its side before it and its position after (SACRAL_LISTING_BEFORE). */
function sacralListingAround(text: string, start: number, after: string): string | undefined {
  const before = text.slice(Math.max(0, start - 8), start);
  const listed = SACRAL_LISTING_BEFORE.exec(before)?.[1];
  if (listed) return listed;
  const position = POSITION_AFTER.exec(after);
  // The side is written before the word or just after it ("sacrum R base posterior").
  return position && (position[1] !== undefined || SIDE_BEFORE.test(before)) ? position[2] : undefined;
}

const LESION_PATTERNS: readonly RegExp[] = [LESION_G, LESION_I_G, LESION_ES_G];
const LESION_PATTERNS_EN: readonly RegExp[] = [LESION_G, LESION_I_G];

type LesionRead = {
  /** The first lesion word the note affirms (case-sensitive abbreviations first, as before). */
  cue: RegExpExecArray | null;
  /** The first lesion word whatever its status, in the same order. */
  any: RegExpExecArray | null;
  /** The first lesion word it does not (negated, historical, planned...), with the cue that says so. */
  denied?: { start: number; status: Status; trigger: Span | null };
};

/**
 * The lesion words of a clause (or of one part of it, at `offset` in the field) and whether the
 * note affirms them: "no subluxation found", "subluxation resolved" or "history of fixation" is no
 * lesion at the places beside it. Only clauses that name a place get here.
 */
function readLesion(field: FieldText, clause: Clause, offset: number, source: string, sections: readonly Section[]): LesionRead {
  const out: LesionRead = { cue: null, any: null };
  const patterns = noteMaySpanish(field.text) ? LESION_PATTERNS : LESION_PATTERNS_EN;
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(source); m !== null; m = pattern.exec(source)) {
      out.any ??= m;
      const start = offset + m.index;
      const end = start + m[0].length;
      const context = assessContext(
        field.text,
        { start, end },
        { fieldId: field.id, sentence: { start: clause.start, end: clause.end }, cues: clauseCueList(field.text, clause), sectionStatus: sectionStatusAt(sections, start) },
      );
      // "Sin subluxación en L5": denied in Spanish, which assessContext does not read.
      if (pattern === LESION_ES_G && context.status === 'affirmed' && spanishNegated(field.text, clause.start, start)) {
        out.denied ??= { start, status: 'negated', trigger: null };
        continue;
      }
      if (context.status === 'affirmed' || negationOfOtherPart(clause, context, start, end)) {
        out.cue = m;
        return out;
      }
      out.denied ??= { start, status: context.status, trigger: context.trigger };
    }
  }
  return out;
}

/**
 * Whether a negation reaching a lesion word belongs to another part of the clause, as for the places:
 * a refused manipulation there ("No CMT to cervical, lumbar subluxation noted") or a list the
 * negation governs that ends at a part treated on its own before the lesion word.
 */
function negationOfOtherPart(clause: Clause, context: { status: Status; trigger: Span | null }, start: number, end: number): boolean {
  const trigger = context.trigger;
  if (context.status !== 'negated' || !trigger || trigger.start >= start) return false;
  const part = partAround(clause, start, end);
  if (part && trigger.start < part.start && negatesManipulation(clause, trigger.start)) return true;
  return treatedPartBetween(clause, trigger.start, start);
}

/**
 * Whether the part of the clause holding the negation at `at` names the manipulation ("Cervical not
 * adjusted", "No CMT to cervical"): only then is a finding part beside it a contrast, not one more
 * item of a negated list ("denied bowel difficulties, neck pain, or weakness").
 */
function negatesManipulation(clause: Clause, at: number): boolean {
  const part = partAround(clause, at, at + 1);
  return part !== undefined && TREATED.test(part.text);
}

/** Whether a part states a finding of its own (P/A/R/T or a lesion), with no manipulation and no negation of its own. */
function findsOwn(part: Part): boolean {
  return (namesPartFinding(part.text) || LESION_I.test(part.text) || spanishLesion(part.text)) && !TREATED.test(part.text) && !PART_NEGATION.test(part.text);
}

/**
 * Whether a clause leaves out the verb of the clause before it, which named places and a
 * manipulation for today ("C5 not adjusted today; L4 was.", "Neck not manipulated. Low back
 * was."): its places are then treated, or not treated when it says "was not" (AFTER_NEGATION).
 * The previous clause's own polarity does not matter: the ellipsis restates its verb, not its "not".
 *
 * @example elidedTreatment({ text: 'C5 not adjusted today;', places: 1 }, 'L4 was.') // true
 */
export function elidedTreatment(previous: { text: string; places: number } | undefined, clauseText: string): boolean {
  return previous !== undefined && previous.places > 0 && ELLIDED_CLAUSE.test(clauseText) && TREATED.test(previous.text) && !FUTURE.test(previous.text);
}

/**
 * A clause that is one more item of a list the clause before it began and ended with a semicolon
 * ("Adjusted: C5; L5; T4.", "CMT today: cervical (C5, C6) diversified; lumbar (L5) side posture."):
 * it starts with a place and states no lesion and no verb of its own. A semicolon inside a
 * treatment list separates items, as a comma does; it does not end the manipulation's reach
 * (blind QA stop 54, H7: the lumbar and thoracic items went uncounted and 98941 was sent to 98940).
 */
const LIST_ITEM = /^\(?\s*(?:[CTLDS]\d{1,2}\b|(?:occiput|occipital|atlas|axis|sacrum|sacral|sacroiliac|SI|SIJ|coccyx|coccygeal|pelvi[cs]|pelvis|cervical|thoracic|lumbar|lumbosacral|thoracolumbar|cervicothoracic|upper|mid|lower|ribs?|neck|(?:low\s+)?back)\b)/i;

/** A verb of the item's own ("T4 was restricted", "L5 remains tender"): a new statement, not one more item. */
const OWN_PREDICATE = /\b(?:was|were|is|are|has|have|had|shows?|showed|remains?|noted|feels?|felt|appears?)\b/i;

/**
 * Whether `clauseText` continues a list of places treated today that the clause before it left
 * open with a semicolon (`listOpen`, see LIST_ITEM).
 *
 * @example listedTreatment(true, 'L5;') // true
 */
export function listedTreatment(listOpen: boolean, clauseText: string): boolean {
  return listOpen && LIST_ITEM.test(clauseText) && !OWN_PREDICATE.test(clauseText) && !TREATED.test(clauseText) && !clauseCues(clauseText).lesion && !namesPartFinding(clauseText) && !AFTER_NEGATION.test(clauseText);
}

/** Whether a clause that named places treated today leaves its list open for the next clause (it ends with a semicolon). */
export function leavesListOpen(clauseText: string, treated: boolean, places: number): boolean {
  return treated && places > 0 && clauseText.endsWith(';') && !FUTURE.test(clauseText);
}

/** Whether a clause is a heading that carries to the rest of its line ("Adjusted:", "Subluxations:"). */
export function clauseCues(clauseText: string): { treated: boolean; lesion: boolean } {
  return {
    treated: TREATED.test(clauseText) && !FUTURE.test(clauseText),
    // A denied lesion ("LE: no SD.") heads nothing: the places later in the line are not its lesions.
    lesion: (LESION.test(clauseText) || LESION_I.test(clauseText) || spanishLesion(clauseText)) && !PART_NEGATION.test(clauseText),
  };
}

function readVertebra(raw: string): { kind: SegmentKind; name: string; levelStated: true } | undefined {
  const m = /^([CTDL])(\d{1,2})(?:\s?(?:-|–|\/|\sthrough\s|\sto\s|\sa\s|\shasta\s)\s?([CTDLS])?(\d{1,2}))?$/.exec(raw.trim());
  if (!m) return undefined;
  const letter = m[1] ?? 'C';
  const first = (BASE[letter] ?? 0) + Number(m[2]);
  if (Number(m[2]) > (MAX[letter] ?? 0)) return undefined;
  if (m[4] === undefined) return { kind: kindOfIndex(first), name: nameOfIndex(first), levelStated: true };
  const secondLetter = m[3] ?? letter;
  const base = secondLetter === 'S' ? 24 : (BASE[secondLetter] ?? 0);
  const second = base + Number(m[4]);
  if (second <= first) return { kind: kindOfIndex(first), name: nameOfIndex(first), levelStated: true };
  // A motion segment or a range takes its upper vertebra's region (the junction convention).
  return {
    kind: kindOfIndex(first),
    name: `${nameOfIndex(first)}-${nameOfIndex(second)}`,
    levelStated: true,
  };
}
