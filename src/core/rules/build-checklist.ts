import type { ChecklistItem, ChecklistItemId, FieldText, Mechanism, Mention, Span, Status } from '../types';
import { factorLetters } from '../text/factor-letters';
import { IMAGING_WORDS, imagingNotDone } from '../mentions/imaging-words';
import type { RuleContext } from './rule';
import { assessContext } from '../context/assess-context';
import { findSections, sectionStatusAt } from '../context/find-sections';
import type { Cue } from '../context/find-cues';
import { sentenceCues } from '../families-read/sentence-cues';
import { sentenceBounds } from '../text/sentence-bounds';
import { AXIS_BIT, compareAxes } from './stenosis/closest-mentions';

const LABELS: Record<ChecklistItemId, string> = {
  site: 'Site: neural foramen or central canal',
  level: 'Level (e.g. C5-C6) or region',
  // The code's own cause: an M99.61 holds up on a bone or subluxation cause, not on a disc (mechanismForCodes).
  mechanism: 'Mechanism the code names: bone/subluxation or ligament/disc',
  imaging: 'Imaging that shows it (MRI, CT, X-ray, myelogram)',
  neuro: 'Neurological findings (radiculopathy, myelopathy, weakness, reflexes)',
};

// Imaging and neurological words. The combined sweep reads both lists (group 1 imaging, group 2
// neuro); once one list has its MAX_EVIDENCE spans, the sweep goes on with the other list alone, a
// shorter alternation and about a third cheaper per character. No word of one list can start
// inside a match of the other, and no position matches both, so each list finds the same spans
// either way (build-checklist.test.ts checks the switch against the combined sweep).
// The imaging words live with the anchor sweep, which reads them for the checklist (imaging-words.ts).
export { IMAGING_WORDS };
export const NEURO_WORDS = String.raw`radiculopath\w*|radicular|radiculitis|myelopath\w*|numbness|paresthesi\w*|weakness|reflex(?:es)?|dermatom\w*|sensory\s+(?:loss|deficit)|Spurling\w*|straight\s+leg\s+rais\w*|EMG|electromyogra\w*|nerve\s+conduction|claudication|sciatica`;
// Compiled with each list grouped by first letter (text/factor-letters.ts): the same matches.
const IMAGING = factorLetters(IMAGING_WORDS);
const NEURO = factorLetters(NEURO_WORDS);
const IMAGING_OR_NEURO = new RegExp(String.raw`\b(?:(${IMAGING})|(${NEURO}))\b`, 'gi');
const IMAGING_ONLY = new RegExp(String.raw`\b(?:${IMAGING})\b`, 'gi');
const NEURO_ONLY = new RegExp(String.raw`\b(?:${NEURO})\b`, 'gi');

// A note's scan keeps as many imaging words (find-mentions.ts's MAX_IMAGING; build-checklist.test.ts holds them equal).
const MAX_EVIDENCE = 3;
const ITEM_IDS = Object.keys(LABELS) as ChecklistItemId[];

/**
 * Up to MAX_EVIDENCE imaging and neuro spans each, in note order; stops sweeping once both are full.
 * `read`, when given, is each field's first imaging spans as the note reader found them (its scan's
 * `imaging`, up to MAX_EVIDENCE, in field order): only the neuro words are then swept.
 */
export function imagingAndNeuro(fields: readonly FieldText[], read?: readonly (readonly Span[])[]): { imaging: Span[]; neuro: Span[] } {
  if (read !== undefined) return { imaging: firstImaging(read), neuro: firstNeuro(fields) };
  const imaging: Span[] = [];
  const neuro: Span[] = [];
  let sweep = IMAGING_OR_NEURO;
  const neuroRead: NeuroRead = { count: 0, text: undefined, sentence: undefined, cues: [] };
  for (const field of fields) {
    const text = field.text;
    sweep.lastIndex = 0;
    for (let m = sweep.exec(text); m !== null; m = sweep.exec(text)) {
      const list = sweep === IMAGING_ONLY || (sweep === IMAGING_OR_NEURO && m[1] !== undefined) ? imaging : neuro;
      if (list.length < MAX_EVIDENCE && (list === imaging ? !imagingNotDone(text, m.index, m.index + m[0].length) : statesFinding(text, m.index, m[0].length, neuroRead)))
        list.push({ fieldId: field.id, start: m.index, end: m.index + m[0].length, text: m[0] });
      const imagingFull = imaging.length >= MAX_EVIDENCE;
      const neuroFull = neuro.length >= MAX_EVIDENCE;
      if (imagingFull && neuroFull) return { imaging, neuro };
      if (sweep === IMAGING_OR_NEURO && (imagingFull || neuroFull)) {
        const rest = imagingFull ? NEURO_ONLY : IMAGING_ONLY;
        rest.lastIndex = sweep.lastIndex;
        sweep = rest;
      }
    }
  }
  return { imaging, neuro };
}

/** Statuses under which a neurological word documents no finding. */
const NO_FINDING: ReadonlySet<Status> = new Set<Status>(['negated', 'hypothetical', 'family']);

/**
 * Whether a neurological word at `start` states a finding: not negated, hypothetical or of a
 * relative in its sentence and section. "Pt denies numbness, tingling or weakness", "without
 * myelopathy or radiculopathy" and "if weakness develops" name the words but document no finding,
 * and the item said "met" on them (QA stop 43, #15). An uncertain or past one still counts: "exam
 * consistent with C7 radiculopathy", "probable radicular impingement" and "a 3 day h/o progressive
 * weakness" are the clinician's findings. "Reflexes are absent" is negated by "absent", and is an
 * abnormal reflex. Asked only of the few words the sweep finds.
 */
function statesFinding(text: string, start: number, length: number, read: NeuroRead): boolean {
  // Bounded: a note that negates its neurological words hundreds of times ("no radiculopathy" at
  // every level) would read each one's sentence; past MAX_NEURO_READ words none counts.
  if (++read.count > MAX_NEURO_READ) return false;
  const sectionStatus = sectionStatusAt(findSections(text), start);
  const end = start + length;
  // Neurological words come in lists ("numbness, tingling or weakness"): their sentence and its
  // cues are read once, not once per word.
  let sentence = read.text === text ? read.sentence : undefined;
  if (sentence === undefined || start < sentence.start || end > sentence.end) {
    sentence = sentenceBounds(text, start, end);
    read.text = text;
    read.sentence = sentence;
    read.cues = sentenceCues(text, sentence.start, sentence.end);
  }
  const { status, trigger } = assessContext(text, { start, end }, { sectionStatus, sentence, cues: read.cues });
  if (!NO_FINDING.has(status)) return true;
  return status === 'negated' && trigger !== null && /\babsent$/i.test(trigger.text) && /^reflex/i.test(text.slice(start, start + length));
}

/** Neurological words read by statesFinding in one checklist (see MAX_NEURO_READ). */
type NeuroRead = { count: number; text: string | undefined; sentence: { start: number; end: number } | undefined; cues: Cue[] };
/** Words read at most per checklist: far more than any clinical note negates before a finding. */
const MAX_NEURO_READ = 64;

/** The first MAX_EVIDENCE spans of the fields' imaging spans, in field order. */
function firstImaging(read: readonly (readonly Span[])[]): Span[] {
  const imaging: Span[] = [];
  for (const spans of read) for (let i = 0; i < spans.length && imaging.length < MAX_EVIDENCE; i++) imaging.push(spans[i] as Span);
  return imaging;
}

/** The first MAX_EVIDENCE neuro spans, in note order: NEURO_ONLY, read no further than needed. */
function firstNeuro(fields: readonly FieldText[]): Span[] {
  const neuro: Span[] = [];
  const sweep = NEURO_ONLY;
  const neuroRead: NeuroRead = { count: 0, text: undefined, sentence: undefined, cues: [] };
  for (const field of fields) {
    const text = field.text;
    sweep.lastIndex = 0;
    for (let m = sweep.exec(text); m !== null; m = sweep.exec(text)) {
      if (!statesFinding(text, m.index, m[0].length, neuroRead)) {
        if (neuroRead.count >= MAX_NEURO_READ) return neuro;
        continue;
      }
      neuro.push({ fieldId: field.id, start: m.index, end: m.index + m[0].length, text: m[0] });
      if (neuro.length >= MAX_EVIDENCE) return neuro;
    }
  }
  return neuro;
}

/**
 * The first MAX_EVIDENCE spans of the affirmed mentions for site, level and mechanism, each list
 * in mention order: a sited mention's span, a mention with a level or region, a mention with a
 * mechanism's evidence (else its span). One pass, read no further than needed (a dense note has
 * thousands of mentions; the checklist quotes three), and no list per mention: this runs at every
 * analysis.
 */
function mentionEvidence(mentions: readonly Mention[]): { site: Span[]; level: Span[]; mechanism: Span[] } {
  const site: Span[] = [];
  const level: Span[] = [];
  const mechanism: Span[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.status !== 'affirmed') continue;
    if (site.length < MAX_EVIDENCE && m.site !== 'unspecified') site.push(m.span);
    if (level.length < MAX_EVIDENCE && (m.levels.length > 0 || m.regions.length > 0)) level.push(m.span);
    if (mechanism.length < MAX_EVIDENCE && m.mechanisms.length > 0) {
      const spans = m.mechanismEvidence;
      if (spans === undefined) mechanism.push(m.span);
      else for (let k = 0; k < spans.length && mechanism.length < MAX_EVIDENCE; k++) mechanism.push(spans[k] as Span);
    }
    if (site.length === MAX_EVIDENCE && level.length === MAX_EVIDENCE && mechanism.length === MAX_EVIDENCE) break;
  }
  return { site, level, mechanism };
}

/**
 * The documentation checklist a coder needs before an M99 stenosis code holds up: site, level,
 * mechanism, imaging and neurological findings, each with the note text that meets it.
 * `imagingRead`: each note's first imaging spans, when the note reader has read them (see
 * imagingAndNeuro).
 *
 * @example buildChecklist([], []).every((item) => !item.met)
 */
export function buildChecklist(notes: FieldText[], mentions: Mention[], imagingRead?: readonly (readonly Span[])[]): ChecklistItem[] {
  const { site, level, mechanism } = mentionEvidence(mentions);
  const { imaging, neuro } = imagingAndNeuro(notes, imagingRead);
  const evidence: Record<ChecklistItemId, Span[]> = { site, level, mechanism, imaging, neuro };
  // Pushed into a literal rather than made by map: the rules iterate the checklist at every
  // analysis, and map's result changed its elements kind once optimised (a deopt mid warm-up).
  const items: ChecklistItem[] = [];
  for (const id of ITEM_IDS) items.push({ id, label: LABELS[id], met: evidence[id].length > 0, evidence: evidence[id] });
  return items;
}

/** How the mechanism item says a cause: plain words, as the M99 titles name them (bone, ligament). */
const CAUSE_WORDS: Record<Mechanism, string> = { osseous: 'bone', subluxation: 'subluxation', 'connective-tissue': 'ligament', disc: 'disc' };
const causeWords = (ms: readonly Mechanism[]) => ms.map((m) => CAUSE_WORDS[m]).join(' or ');

/**
 * The mechanism item against the entered M99 stenosis codes: met only when the note names a cause
 * each code names, and the statements mechanism-mismatch compares with the code name no other.
 * An M99.6- code is bone or subluxation at the foramen, M99.7- ligament or disc (clinical brief §1.1:
 * only that split changes the code; §7.3, the mechanism router): "disc bulge" meets no part of
 * what M99.61 needs, and a checklist that said "met" beside the mechanism warning contradicted it.
 * The label then says which cause the code names and which the note names; the evidence is the
 * causes that agree. A page without such a code keeps the item as built (any cause named).
 * Reads the comparison the axis rules share (compareAxes, once per code and analysis).
 */
export function mechanismForCodes(items: readonly ChecklistItem[], ctx: RuleContext): readonly ChecklistItem[] {
  let item: ChecklistItem | undefined;
  for (const it of items) if (it.id === 'mechanism') item = it;
  if (!item || !item.met) return items;
  let judged = false;
  let wrong = '';
  const agreeing: Span[] = [];
  for (const code of ctx.entered) {
    const axes = code.m99;
    if (!axes || code.exists === false || axes.mechanisms.length === 0) continue;
    judged = true;
    const named = namedCauses(code, axes.mechanisms, ctx, agreeing);
    if (named === undefined) continue;
    wrong += `${wrong ? '; ' : ''}${causeWords(axes.mechanisms)} for ${code.code} (the note names ${causeWords(named)})`;
  }
  if (!judged) return items;
  const mechanism: ChecklistItem =
    wrong === ''
      ? { id: 'mechanism', label: item.label, met: true, evidence: agreeing }
      : { id: 'mechanism', label: WRONG_CAUSE_LABEL + wrong, met: false, evidence: [] };
  const out: ChecklistItem[] = [];
  for (const it of items) out.push(it === item ? mechanism : it);
  return out;
}

/**
 * Whether `mechanisms` holds one of `wanted`: a loop, not `mechanisms.some((x) => wanted.includes(x))`,
 * whose callback was a closure made per mention and analysis that V8 optimized again every few
 * hundred analyses (a full collection took the closure its code was made for).
 */
function sharesAny(mechanisms: readonly Mechanism[], wanted: readonly Mechanism[]): boolean {
  for (let i = 0; i < mechanisms.length; i++) if (wanted.includes(mechanisms[i] as Mechanism)) return true;
  return false;
}

/** How mechanismForCodes starts an unmet item's label, before each code's part. */
const WRONG_CAUSE_LABEL = 'Mechanism the code names: ';

/**
 * The unmet mechanism item's label as it concerns `code` alone, or undefined when it names other
 * codes only: the item is the page's, one part per entered code whose cause the note does not name
 * ("ligament or disc for M99.71 (the note names bone)"), and a finding on M99.61 that quoted
 * M99.71's part spoke of another code (QA stop 50). The item as first built (no cause named) and
 * any other item keep their label.
 */
export function checklistLabelFor(item: ChecklistItem, code: string): string | undefined {
  if (item.id !== 'mechanism' || item.met || item.label === LABELS.mechanism || !item.label.startsWith(WRONG_CAUSE_LABEL)) return item.label;
  const parts = item.label.slice(WRONG_CAUSE_LABEL.length).split('; ');
  const own = parts.find((part) => part.includes(` for ${code} (`));
  return own === undefined ? undefined : WRONG_CAUSE_LABEL + own;
}

/**
 * Undefined when the note names a cause the code names (its evidence added to `agreeing`, up to
 * MAX_EVIDENCE) and mechanism-mismatch's statements name no other; else the causes the note names
 * instead: those of the statements mechanism-mismatch compared, or of the whole note. Reads no
 * further than needed: a dense note has thousands of statements naming the code's cause.
 */
function namedCauses(code: Parameters<typeof compareAxes>[0], wanted: readonly Mechanism[], ctx: RuleContext, agreeing: Span[]): Mechanism[] | undefined {
  const compared = compareAxes(code, ctx);
  const differing = new Set<Mechanism>();
  if (compared) for (const s of compared.closest) if (s.bits & AXIS_BIT.mechanism) for (const m of s.m.mechanisms) differing.add(m);
  // A differing statement shares no cause with the code (differingBits).
  if (differing.size > 0) return [...differing];
  let found = false;
  const other = new Set<Mechanism>();
  for (const m of ctx.affirmed) {
    if (m.mechanisms.length === 0) continue;
    if (!sharesAny(m.mechanisms, wanted)) {
      for (const x of m.mechanisms) other.add(x);
      continue;
    }
    found = true;
    const spans = m.mechanismEvidence ?? [m.span];
    // Each span once: the codes of a page read the same statements.
    for (let k = 0; k < spans.length && agreeing.length < MAX_EVIDENCE; k++) if (!agreeing.includes(spans[k] as Span)) agreeing.push(spans[k] as Span);
    if (agreeing.length >= MAX_EVIDENCE) return undefined;
  }
  return found ? undefined : [...other];
}
