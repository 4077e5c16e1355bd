import { assessContext } from '../context/assess-context';
import { clauseCueList } from './clause-cues';
import type { FieldText, Span } from '../types';
import type { CareType, PartLetter } from './chiro-types';
import { DATE_PATTERN, dateReadings, numericOrder, periodEnd } from './read-dates';
import type { Clause } from './split-clauses';
import { treatedPartBetween } from './clause-parts';
import { inInstructions, maySpanish, noteMaySpanish, spanishNegated, spanishSource } from './spanish-words';
import { partSymbolMarks } from './part-symbols';

/**
 * P/A/R/T words (Medicare BPM Ch.15 §240.1.2): pain/tenderness, asymmetry/misalignment, range of
 * motion abnormality, tissue/tone change. R needs an abnormal word ("decreased ROM", "restricted"),
 * never "ROM" alone, so "full ROM" is not read as a finding.
 */
const PART: [PartLetter, RegExp][] = [
  ['P', /\b(?:pain(?:ful)?|tender(?:ness)?|TTP|LBP|sore(?:ness)?|aching|ache)\b|\b\d{1,2}\/10(?![/\d])/gi],
  [
    'A',
    /\b(?:asymmetr\w*|misalign\w*|malposition\w*|rotated|rotational\s+malposition|high\s+(?:shoulder|ilium|iliac\s+crest|hip)|short\s+leg|leg\s+length\s+(?:inequality|discrepancy)|(?:retro|antero|latero|spondylo)?listhesis|off-?cent(?:er|re)d|tilt(?:ed)?|deviat\w*|postural\s+(?:shift|distortion)|antalgic\s+(?:lean|posture)|[EF]RS[LR]?|NSR?[LR]|listing\s+[PA][A-Z]{0,3})\b/gi,
  ],
  /**
   * More position words of the same class (BPM §240.1.4: misalignment, malpositioning, rotation,
   * "other terms ... if they clearly refer to position ... of vertebral elements"; clinical brief
   * §2.4): a pelvis or shoulders out of level ("pelvic unleveling", "unlevel iliac crests", "low
   * right ilium", "uneven shoulders", "pelvic obliquity"), a leg length difference ("LLD"), a
   * trunk list or shift ("antalgic list to the left", "right lateral shift"), a tilted or twisted
   * sacrum ("sacral torsion"), and the innominate's osteopathic
   * positions ("upslip", "outflare"; AACOM Glossary of Osteopathic Terminology, innominate shear
   * and flare dysfunctions). QA pages stop 51, M2: "left sacroiliac fixation with pelvic
   * unleveling" found R and missed A. A level pelvis ("iliac crests level") names none of these.
   */
  [
    'A',
    /\b(?:un-?level(?:ing|ling|ed|led)?|(?:uneven|unequal)\s+(?:shoulders?|hips?|iliac\s+crests?|crest\s+heights?|pelvis|leg\s+lengths?)|(?:shoulders?|hips?|iliac\s+crests?|pelvis|leg\s+lengths?)\s+(?:(?:is|are|appear|appears)\s+)?(?:uneven|unequal)|(?:pelvic|sacral|iliac)\s+obliquity|obliquity\s+of\s+the\s+pelvis|(?:high|low|elevated|depressed)\s+(?:(?:left|right|lt|rt|L|R)\.?\s+)?(?:shoulder|ilium|iliac\s+crest|hip|PSIS|ASIS|innominate|sacral\s+base)|(?:left|right|lt|rt|L|R)\.?\s+(?:shoulder|ilium|iliac\s+crest|hip|PSIS|ASIS|innominate|sacral\s+base)\s+(?:is\s+)?(?:high|low|elevated|depressed)|LLD|(?:antalgic|lateral|trunk)\s+(?:list|lean|shift)|list(?:s|ing)?\s+to\s+the\s+(?:left|right)|(?:sacral|pelvic)\s+torsion|(?:up|down)-?slip(?:ped)?|(?:in|out)-?flare[ds]?|tilting)\b/gi,
  ],
  // "C5 right posterior rotation", "A - C4 right rotation": a side or direction before "rotation" is a
  // position (BPM §240.1.4 lists rotation among the misalignment terms; clinical brief §2.4; QA stop
  // 49, C6). Not a motion: after a range-of-motion label in the sentence ("ROM: flexion 40, right
  // rotation 60"), next to a motion word ("decreased right rotation", "pain with left rotation"), or
  // before a measure, a motion judgment or another motion ("right rotation 60°", "left rotation
  // limited", "right rotation and left lateral flexion restricted").
  [
    'A',
    /(?<!\b(?:ROM|AROM|PROM|range\s+of\s+motion)\b[^.;\n]{0,60})(?<!\b(?:decreased|reduced|limited|restricted|diminished|painful|guarded|loss\s+of|lost|dec|decr|full|normal|with|on|during|upon|into|pain|flexion|extension|bending|and)\.?\s+(?:\w+\s+)?)\b(?:(?:right|left|rt|lt|R|L)\.?\s+(?:(?:posterior|anterior|post|ant)\.?\s+)?|(?:posterior|anterior)\s+)rotation\b(?!\s*(?:[:=]|\d|°|of\s+\d|to\s+\d|(?:is\s+|was\s+|are\s+)?(?:decreased|reduced|limited|restricted|diminished|painful|guarded|WNL|full|normal|intact|within|ROM|range|motion|mobility)\b|with\s+pain|(?:,|and\b|or\b|\/)\s*(?:\w+\s+){0,2}?(?:flexion|extension|rotation|(?:side\s*)?bending)))/gi,
  ],
  [
    'R',
    /\b(?:restrict(?:ed|ion|ions)|hypomobil\w*|hypermobil\w*|fixat(?:ed|ion|ions)|aberrant\s+motion|(?:decreased|reduced|limited|diminished|painful|guarded|loss\s+of|lost|dec|decr)\.?\s+(?:\w+\s+){0,2}?(?:ROM|range\s+of\s+motion|motion|mobility|flexion|extension|rotation|lateral\s+(?:flexion|bending)|side\s+bending|abduction|adduction|opening|dorsiflexion|inversion|eversion)|(?:ROM|range\s+of\s+motion)\s+(?:is\s+|was\s+)?(?:decreased|reduced|limited|restricted|diminished)|(?:ROM|range\s+of\s+motion|flexion|extension|rotation|lateral\s+(?:flexion|bending)|side\s*bending|mobility)\s*:?\s+(?:(?!pain\b|and\b|but\b)\w+\s+){0,2}?(?:is\s+|was\s+|are\s+)?(?:decreased|reduced|limited|diminished|painful|guarded)|(?:ROM|range\s+of\s+motion|flexion|extension|rotation|lateral\s+(?:flexion|bending)|side\s*bending)\s*:?\s+(?:\w+\s+){0,2}?\d{1,2}\s?%\s+of\s+normal)\b|(?<!\w)↓\s?(?:\w+\s+){0,2}?(?:ROM|motion|mobility|flexion|extension|rotation)\b/gi,
  ],
  [
    'T',
    /\b(?:hypertoni\w*|spasms?|taut(?:\s+bands?)?|trigger\s+points?|edema|(?:increased|abnormal)\s+tone|tight(?:ness)?|guarding|tissue\s+texture\s+(?:change|abnormalit)\w*|myofascial\s+(?:tension|restriction)|nodul\w*|bogg\w*|swelling)\b/gi,
  ],
];

export type PartHit = { letter: PartLetter; span: Span };

/**
 * The same four classes in Spanish (spanish-words.json: "dolor", "asimetría", "rango de movimiento
 * restringido", "espasmo"), for a note written in Spanish or with Spanish lines beside English ones.
 * Their denials are Spanish too ("sin espasmo"), read by spanishNegated; a paragraph of patient
 * instructions ("Instrucciones: aplicar hielo si hay dolor") documents no finding.
 */
const SPANISH_PART: readonly (readonly [PartLetter, RegExp])[] = (['P', 'A', 'R', 'T'] as const).map((letter) => [letter, new RegExp(spanishSource(letter), 'gi')] as const);
const ANY_SPANISH_PART = new RegExp(SPANISH_PART.map(([, pattern]) => `(?:${pattern.source})`).join('|'), 'i');

/**
 * TART, the osteopathic criteria for somatic dysfunction (AACOM Educational Council on Osteopathic
 * Principles, Glossary of Osteopathic Terminology, "somatic dysfunction"; taught as Tissue texture
 * abnormality, Asymmetry, Restriction of motion, Tenderness), is the osteopathic form of P.A.R.T.:
 * tissue texture → T, asymmetry → A, restriction of motion → R, tenderness → P. "TART changes" or
 * "with TART" states all four. Upper case only ("tart" is a word); not a label followed by a colon
 * ("TART: tenderness only"), whose own words say which letters were found.
 */
const TART = /\bT(\.?)A\1R\1T\1(?!\w)(?!\s{0,2}[:–-])/g;
const TART_LETTERS: readonly PartLetter[] = ['T', 'A', 'R', 'P'];

// The four P/A/R/T patterns as one, without the global flag: a test with no state between calls.
const ANY_PART = new RegExp(PART.map(([, pattern]) => `(?:${pattern.source})`).join('|'), 'i');

/** Whether `text` names a P/A/R/T finding at all (status not judged): "lumbar tender", "T4 hypomobile". */
export const namesPartFinding = (text: string): boolean => ANY_PART.test(text) || TART_ANY.test(text) || (maySpanish(text) && ANY_SPANISH_PART.test(text));
const TART_ANY = new RegExp(TART.source);

/**
 * Range of motion written as measured over expected ("lumbar extension 10/25 with pain", "flexion
 * 40/60", and as charted in short: "R rot 70/80", "lat flex 30/45", "SB 20/45"): R when the measure
 * is below the expected one (see reducedRatio: a strength grade over 5 is never read).
 */
const ROM_RATIO = /\b(?:ROM|range\s+of\s+motion|flexion|flex|extension|ext|rotation|rot|lateral\s+(?:flexion|bending)|lat\.?\s*flex|side\s*bending|SB)\s*:?\s+(\d{1,3})\s?\/\s?(\d{1,3})(?![/\d])/gi;

/**
 * P/A/R/T as letters listed after a listing's dash or a label's colon ("L5 PRI - P, A, R, T", "R
 * ilium PI (R SI joint) - P, A, R", "L4 PL - P & T"): each letter is the finding it stands for (QA
 * stop 45, H). Upper case, two or more, comma-separated and ending the phrase: "A/P:" (assessment and
 * plan) has a slash, and a single "P" or "A" is no list.
 */
const PART_LETTERS = /(?<=[-–:]\s{0,3})\b[PART](?:\s*[,&]\s*(?:and\s+)?[PART]){1,3}\b(?!\s*[:\w])/g;

/** P/A/R/T findings in a clause that the note affirms (not "no tenderness", not "history of spasm"). */
export function findPart(field: FieldText, clause: Clause): PartHit[] {
  const out: PartHit[] = [];
  for (const [letter, pattern] of PART) for (const { span } of affirmedMatches(field, clause, pattern)) out.push({ letter, span });
  if (noteMaySpanish(field.text) && ANY_SPANISH_PART.test(clause.text) && !inInstructions(field.text, clause.start))
    for (const [letter, pattern] of SPANISH_PART)
      for (const { span } of affirmedMatches(field, clause, pattern)) if (!spanishNegated(field.text, clause.start, span.start)) out.push({ letter, span });
  if (clause.text.includes('T'))
    for (const { span } of affirmedMatches(field, clause, TART)) for (const letter of TART_LETTERS) out.push({ letter, span });
  if (clause.text.includes(',') || clause.text.includes('&'))
    for (const { span } of affirmedMatches(field, clause, PART_LETTERS))
      for (const letter of new Set(span.text.match(/[PART]/g) as PartLetter[])) out.push({ letter, span });
  // P/A/R/T as marks after the letters ("P+ A+ R(-) T(+)"), part-symbols.ts.
  if (clause.text.includes('+'))
    for (const mark of partSymbolMarks(clause.text)) {
      const start = clause.start + mark.index;
      const end = start + mark.length;
      if (isAffirmed(field, clause, start, end)) out.push({ letter: mark.letter, span: { fieldId: field.id, start, end, text: field.text.slice(start, end) } });
    }
  // Only a clause with a digit and a slash can hold a measured range.
  if (clause.text.includes('/'))
    for (const { span } of affirmedMatches(field, clause, ROM_RATIO, reducedRatio)) out.push({ letter: 'R', span });
  return out;
}

/**
 * A measured range below its expected value. An expected value of ten or less is a scale, not
 * degrees: a pain score (x/10), a muscle grade ("hip flexion 4/5") or a reflex grade.
 */
const reducedRatio = (m: RegExpExecArray): boolean => {
  const measured = Number(m[1]);
  const expected = Number(m[2]);
  return expected > 10 && measured < expected;
};

/**
 * Whether the note affirms the words at start..end, judged within their clause. A negated list ends
 * at a part with a manipulation of its own ("Pt denied neck pain, adjusted lumbar, thoracic tender":
 * the tenderness is found, not denied), as it does for the places (find-segments.ts).
 */
function isAffirmed(field: FieldText, clause: Clause, start: number, end: number): boolean {
  const { status, trigger } = assessContext(field.text, { start, end }, { sentence: { start: clause.start, end: clause.end }, cues: clauseCueList(field.text, clause) });
  if (status === 'affirmed') return true;
  return status === 'negated' && trigger !== null && trigger.start < start && treatedPartBetween(clause, trigger.start, start);
}

/**
 * Every match of a global pattern in the clause that the note affirms, as a span of the field, in
 * order. An exec loop and a list, not matchAll and a generator: this runs for six patterns in every
 * clause of a chiropractic note, and matchAll copies its pattern at each call. Nothing it calls runs
 * these patterns (isAffirmed is pure), so their lastIndex is this loop's alone.
 */
function affirmedMatches(field: FieldText, clause: Clause, pattern: RegExp, keep?: (m: RegExpExecArray) => boolean): { index: number; span: Span }[] {
  const out: { index: number; span: Span }[] = [];
  const text = clause.text;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    // As matchAll does past an empty match (none of these patterns has one).
    if (m[0] === '') pattern.lastIndex++;
    if (keep && !keep(m)) continue;
    const start = clause.start + m.index;
    const end = start + m[0].length;
    if (isAffirmed(field, clause, start, end)) out.push({ index: m.index, span: { fieldId: field.id, start, end, text: m[0] } });
  }
  return out;
}

const XRAY =
  /\b(?:x-?rays?|XRs?|radiographs?|radiographic\s+(?:study|studies|series)|plain\s+films?|films?|MRI|CT)\b/gi;
const NOT_YET =
  /\b(?:ordered|order|pending|requested|will|to\s+be|scheduled|recommend\w*|declined|not\s+available|none)\b/i;
const DATE = new RegExp(DATE_PATTERN, 'gi');
/**
 * Said right after the film, these say none was taken ("X-ray: not taken", "X-rays not done today",
 * "X-ray: N/A", "X-rays deferred"): within the film's own phrase, so "X-ray 11/20/2026 shows L5
 * rotation, MRI not done" keeps its X-ray.
 */
const NOT_TAKEN_AFTER =
  /^\s{0,2}(?::\s{0,2})?(?:[^.;,:]{0,25}?\s)?(?:not\s+(?:taken|done|performed|obtained|indicated|required|needed|ordered)\b|N\/A(?![\w/])|deferred\b|refused\b|waived\b)/i;

/**
 * A template's blank answer right after the film ("X-ray: ___", "X-ray: ____.", "X-ray: [ ]",
 * "X-ray: --"): the field was left empty, so no X-ray is documented.
 */
const BLANK_AFTER = /^\s{0,2}(?::\s{0,2})?(?:_{2,}|\[\s*\]|-{2,}|\(\s*\))\s*(?:[.;,]|$)/;

export type XrayHit = { span: Span; date?: string; readings?: string[]; until?: string };

/**
 * A film dated by its year alone ("X-ray lumbar 2023"), read only when the clause has no fuller
 * date: the window then weighs the whole year (periodEnd).
 */
const YEAR = /(?<![\d/.-])(?:19|20)\d{2}(?![\d/.-]\d)/;

/** An X-ray (or CT/MRI) the note says was taken, with the date written in the same clause. */
export function findXray(field: FieldText, clause: Clause): XrayHit | undefined {
  XRAY.lastIndex = 0;
  const m = XRAY.exec(clause.text);
  if (!m) return undefined;
  if (NOT_YET.test(clause.text)) return undefined;
  const rest = clause.text.slice(m.index + m[0].length);
  if (NOT_TAKEN_AFTER.test(rest) || BLANK_AFTER.test(rest)) return undefined;
  const start = clause.start + m.index;
  const end = start + m[0].length;
  if (!isAffirmed(field, clause, start, end)) return undefined;
  DATE.lastIndex = 0;
  const dateMatch = DATE.exec(clause.text);
  // A year alone: the one after the film's name first ("In 2000 ... MRI dated 2004"), else before it.
  const raw = dateMatch?.[0] ?? YEAR.exec(rest)?.[0] ?? YEAR.exec(clause.text)?.[0];
  const readings = raw === undefined ? [] : dateMatch ? dateReadings(raw) : [`${raw}-01-01`];
  const hit: XrayHit = { span: { fieldId: field.id, start, end, text: m[0] } };
  if (readings[0]) hit.date = readings[0];
  if (readings.length > 1) hit.readings = readings;
  const until = raw === undefined || !readings[0] ? undefined : periodEnd(raw);
  if (until) hit.until = until;
  return hit;
}

// "maint care", "maint. tx": the charting abbreviation, as a word of its own ("maintain" is not it; QA stop 49, C6).
const MAINTENANCE =
  /\b(?:maint\b\.?|maintenance|wellness|preventive|preventative|supportive\s+care|maximum\s+(?:medical|therapeutic)\s+improvement|MMI|MTI|plateau(?:ed)?)\b/gi;
// "active tx", "progressing toward goals": chiropractic shorthand for the same (QA stop 45, H).
const ACTIVE =
  /\b(?:active(?:\/corrective)?\s+(?:care|treatment|phase|tx|trt)|corrective\s+(?:care|treatment|tx)|active\/corrective|progress\w*\s+(?:toward|towards)\s+(?:\w+\s+)?goals?|acute|exacerbation|flare-?up|improving|functional\s+(?:improvement|goals?))\b/gi;

// The same in Spanish ("cuidado activo/correctivo", "mantenimiento"), denied in Spanish ("no es de mantenimiento").
const MAINTENANCE_ES = new RegExp(spanishSource('maintenance'), 'gi');
const ACTIVE_ES = new RegExp(spanishSource('active'), 'gi');
const CARE_PATTERNS = [
  [MAINTENANCE, 'maintenance', false],
  [MAINTENANCE_ES, 'maintenance', true],
  [ACTIVE, 'active', false],
  [ACTIVE_ES, 'active', true],
] as const;

/** Active/corrective or maintenance wording that the note affirms; maintenance decides when both are said. */
export function findCareType(field: FieldText, clauses: Clause[]): { type: CareType; evidence?: Span } {
  let active: Span | undefined;
  const maySpanishCare = noteMaySpanish(field.text);
  for (const clause of clauses) {
    for (const [pattern, type, spanish] of CARE_PATTERNS) {
      if (spanish && !maySpanishCare) continue;
      for (const { index, span } of affirmedMatches(field, clause, pattern)) {
        if (/\bnot\b[^.;]{0,30}$/i.test(clause.text.slice(0, index))) continue;
        if (spanish && (spanishNegated(field.text, clause.start, span.start) || inInstructions(field.text, span.start))) continue;
        if (type === 'maintenance') return { type, evidence: span };
        active ??= span;
      }
    }
  }
  return active ? { type: 'active', evidence: active } : { type: 'unknown' };
}

// The initial exam or evaluation is the first visit of the course of care: its date is the start of
// care ("Initial exam 11/30/2026"), as the date of initial treatment is.
const INITIAL = new RegExp(
  String.raw`\b(?:(?:date\s+of\s+)?initial\s+(?:treatment|visit|date|exam(?:ination)?|evaluation|eval|consult(?:ation)?)|start\s+of\s+(?:care|treatment)|(?:care|treatment)\s+(?:began|started|start(?:\s+date)?)|first\s+(?:treatment|visit|tx)|onset\s+of\s+care)\b\s*(?:date)?\s*(?:[:=-]|on|was)?\s*(${DATE_PATTERN})`,
  'i',
);
// The onset of the condition or the injury ("Onset 10/20/2026", "DOI: 10/20/2026", "date of injury
// 10/20/2026"): the X-ray window's reference when the note gives no start of treatment (QA stop 46, F).
const ONSET = new RegExp(
  String.raw`\b(?:onset(?!\s+of\s+care)(?:\s+of\s+(?:symptoms|pain|injury|complaint))?|date\s+of\s+(?:injury|onset)|injury\s+date|DOI)\b\s*(?:date)?\s*(?:[:=-]|on|was)?\s*(${DATE_PATTERN})`,
  'i',
);
// A bare "Date:" is the visit's only as a label of its own: "Initial treatment date:", "Injury
// date:" or "X-ray date:" name another day.
const VISIT = new RegExp(
  String.raw`\b(?:date\s+of\s+(?:service|visit)|DOS|(?:visit|encounter|service)\s+date|(?<![A-Za-z-]\s?)date)\b\s*[:=]\s*(${DATE_PATTERN})`,
  'i',
);
// "3 veces por semana": a Spanish note's frequency.
const PLAN =
  /\b(?:plan\s*:|treatment\s+plan|plan\s+of\s+care|\d\s*(?:x|times)\s*(?:\/|per|a)\s*(?:week|wk|month)|\d\s*veces\s+(?:por|a\s+la|al)\s+(?:semana|mes)|re-?evaluat\w*|re-?exam\w*|goals?\s*:)/i;

export type DateHit = { date: string; span: Span; readings?: string[] };

function dateHit(field: FieldText, pattern: RegExp): DateHit | undefined {
  const m = pattern.exec(field.text);
  const raw = m?.[1];
  if (!m || !raw) return undefined;
  const readings = dateReadings(raw);
  const date = readings[0];
  if (!date) return undefined;
  const hit: DateHit = { date, span: { fieldId: field.id, start: m.index, end: m.index + m[0].length, text: m[0] } };
  if (readings.length > 1) hit.readings = readings;
  return hit;
}

/**
 * The order of day and month the notes' numeric dates prove (numericOrder: 0 month-first, 1
 * day-first), so a date that could be either is read as the note writes its dates; undefined when
 * none proves one, or two prove different ones.
 */
export function findDateOrder(fields: readonly FieldText[]): 0 | 1 | undefined {
  let order: 0 | 1 | undefined;
  for (const field of fields) {
    DATE.lastIndex = 0;
    for (let m = DATE.exec(field.text); m; m = DATE.exec(field.text)) {
      const own = numericOrder(m[0]);
      if (own === undefined) continue;
      if (order !== undefined && order !== own) return undefined;
      order = own;
    }
  }
  return order;
}

/** The start of this course of treatment, the date of this visit and the onset, where the note gives them. */
export function findDates(field: FieldText): { initial?: DateHit; visit?: DateHit; onset?: DateHit } {
  const out: { initial?: DateHit; visit?: DateHit; onset?: DateHit } = {};
  const initial = dateHit(field, INITIAL);
  const visit = dateHit(field, VISIT);
  const onset = dateHit(field, ONSET);
  if (initial) out.initial = initial;
  if (visit) out.visit = visit;
  if (onset) out.onset = onset;
  return out;
}

/** A treatment plan (frequency, duration, goals, re-evaluation) anywhere in the note. */
export function findPlan(field: FieldText): Span | undefined {
  const m = PLAN.exec(field.text);
  return m ? { fieldId: field.id, start: m.index, end: m.index + m[0].length, text: m[0] } : undefined;
}
