import type { FamilyAlternative } from '../../families/types';
import { MECHANISM_WORDS } from '../../mentions/lexicon';
import { spanOf } from '../../text/span-of';
import { spansOnce } from '../../text/spans-once';
import type { FieldText, Mechanism, Mention, Span } from '../../types';

/**
 * The words that document an M99 alternative (classified-elsewhere), so its evidence quotes the
 * condition it names rather than the narrowing the M99 code names: the spondylosis or disc words
 * of "spondylosis with radiculopathy" and the radiculopathy, the listhesis of "spondylolisthesis",
 * the canal stenosis of "spinal stenosis". A coder reads the quote as the proof of the suggestion:
 * "neural foraminal narrowing" names M99.6- (Index: Stenosis, intervertebral foramina), not M47.2-
 * (Index: Spondylosis, with radiculopathy).
 */

/** Each mechanism word list anchored whole, to tell which mechanisms one evidence word names. */
const WHOLE_WORDS = MECHANISM_WORDS.map((entry) => ({
  mechanisms: entry.mechanisms,
  pattern: new RegExp(`^(?:${entry.pattern.source})$`, 'i'),
}));

/**
 * Each mechanism word's answer, by its text: the words are a small vocabulary ("osteophytes",
 * "facet hypertrophy"), and the alternatives ask it per mention and alternative, each time a test
 * of every word list. Bounded, as a page could bring any text.
 */
const MECHANISMS_BY_WORD = new Map<string, readonly Mechanism[]>();
const NO_MECHANISMS: readonly Mechanism[] = [];

/** The mechanisms a mechanism word names: its list's, the first that reads it whole (earlier lists win, as in the sweep). */
function mechanismsOf(text: string): readonly Mechanism[] {
  let found = MECHANISMS_BY_WORD.get(text);
  if (found) return found;
  found = NO_MECHANISMS;
  for (const w of WHOLE_WORDS)
    if (w.pattern.test(text)) {
      found = w.mechanisms;
      break;
    }
  if (MECHANISMS_BY_WORD.size < 1024) MECHANISMS_BY_WORD.set(text, found);
  return found;
}

/**
 * Bone words of the osseous mechanism that do not name spondylosis: an ossified ligament (OPLL,
 * M48.8-) or an enthesophyte. A spondylosis alternative neither rests on nor quotes them.
 */
const NOT_SPONDYLOTIC = /\b(?:OPLL|ossific\w*|ossified|ossification|enthesophyt\w*)\b/i;

/**
 * What a mention's mechanism word (its evidence text) says of bone: spondylotic bone, other bone
 * (see NOT_SPONDYLOTIC), or none (undefined). One answer for both questions: asked as two, the
 * word was read twice.
 */
export function boneOf(text: string): 'spondylotic' | 'other' | undefined {
  return boneOfWord(text, mechanismsOf(text));
}

/** boneOf, for a word whose mechanisms are read already. */
const boneOfWord = (text: string, mechanisms: readonly Mechanism[]): 'spondylotic' | 'other' | undefined =>
  !mechanisms.includes('osseous') ? undefined : NOT_SPONDYLOTIC.test(text) ? 'other' : 'spondylotic';

/** A listhesis word ("anterolisthesis", "spondylolisthesis"). */
const LISTHESIS_WORD = /\b\w*listhesis\b/gi;

/** What an alternative's evidence is read from, once per analysis: the note fields and their radiculopathy. */
export type EvidenceReader = {
  /** A note field by id. */
  field: (id: string) => FieldText | undefined;
  /** The affirmed radiculopathy statement a mention's "with radiculopathy" rests on. */
  radiculopathyFor: (m: Mention) => Span | undefined;
};

/** `radiculopathyFor(m)`: the affirmed radiculopathy statement a mention's "with radiculopathy" rests on (the rule's choice: see classified-elsewhere.ts). */
export function evidenceReader(
  notes: readonly FieldText[],
  radiculopathyFor: (m: Mention) => Span | undefined,
): EvidenceReader {
  const byId = new Map<string, FieldText>();
  for (const n of notes) byId.set(n.id, n);
  return { field: (id) => byId.get(id), radiculopathyFor };
}

/**
 * The mention's mechanism words that name one of `mechanisms`, in text order, words side by side
 * joined into one quote ("uncovertebral joint" and "osteophytes" read as "uncovertebral joint
 * osteophytes", the field's own text between them being only spaces); pushed to `out`.
 */
function causeSpans(
  m: Mention,
  mechanisms: readonly Mechanism[],
  field: FieldText | undefined,
  spondylosis: boolean,
  out: Span[],
): void {
  // Words are joined only to the words this call pushed.
  const own = out.length;
  for (const s of m.mechanismEvidence ?? []) {
    const named = mechanismsOf(s.text);
    if (!named.some((x) => mechanisms.includes(x))) continue;
    if (spondylosis && boneOfWord(s.text, named) !== 'spondylotic') continue;
    const last = out.length > own ? out[out.length - 1] : undefined;
    if (
      field &&
      last &&
      last.fieldId === s.fieldId &&
      last.end <= s.start &&
      /^[ \t]+$/.test(field.text.slice(last.end, s.start))
    )
      out[out.length - 1] = spanOf(field, last.start, s.end);
    else out.push(s);
  }
}

/** The listhesis words of the mention's span and of its mechanism words, pushed to `out`. */
function listhesisSpans(m: Mention, field: FieldText | undefined, out: Span[]): void {
  if (field) {
    // The module's sweep, from the start: nothing between here and the loop's end sweeps it again.
    const words = LISTHESIS_WORD;
    words.lastIndex = 0;
    const text = m.span.text;
    for (let w = words.exec(text); w; w = words.exec(text))
      out.push(spanOf(field, m.span.start + w.index, m.span.start + w.index + w[0].length));
  }
  for (const s of m.mechanismEvidence ?? []) if (/listhesis/i.test(s.text)) out.push(s);
}

/**
 * The spans that name what `alt` codes, for one mention that supports it: the words of the
 * condition it names (`named`) and, for a combination "with radiculopathy", the radiculopathy
 * statement of its note (EvidenceReader). `named` is empty when the mention names no cause word of its own
 * (a mechanism carried over from the clause before); the radiculopathy is then not looked for.
 */
export function alternativeSpans(
  alt: FamilyAlternative,
  m: Mention,
  reader: EvidenceReader,
): { named: Span[]; radiculopathy: Span | undefined } {
  const requires = alt.requires ?? [];
  const field = reader.field(m.span.fieldId);
  const named: Span[] = [];
  // Spinal stenosis is the narrowing itself: its words name it.
  if (requires.includes('spinal-stenosis')) named.push(m.span);
  // Pushed to `named` by the readers: a spread push was a third of this function.
  if (requires.includes('spondylolisthesis')) listhesisSpans(m, field, named);
  else if (alt.mechanisms) causeSpans(m, alt.mechanisms, field, requires.includes('spondylosis'), named);
  const radiculopathy =
    named.length > 0 && requires.includes('radiculopathy') ? reader.radiculopathyFor(m) : undefined;
  return { named, radiculopathy };
}

const byOffset = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/** Spans in note order (page order of their fields, then offset), each once (spansOnce). */
export function inNoteOrder(spans: readonly Span[], fieldOrder: readonly { id: string }[]): Span[] {
  // Spans of one field (the usual page) are ordered by offset alone, and a span met again is then
  // next to its first (the sort is stable): no rank of the fields, and no map of the spans seen.
  let oneField = true;
  for (let i = 1; i < spans.length && oneField; i++)
    oneField = (spans[i] as Span).fieldId === (spans[0] as Span).fieldId;
  if (oneField) {
    // Insertion, each span after those that come before it or equal it (what the stable sort by
    // offset gave), dropping a span equal to the one before it: a finding quotes a few dozen spans
    // at most, and the sort's calls of a comparison function cost more than this loop.
    const out: Span[] = [];
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i] as Span;
      let j = out.length;
      while (j > 0 && byOffset(out[j - 1] as Span, s) > 0) j--;
      const before = out[j - 1];
      if (before && before.start === s.start && before.end === s.end) continue;
      out.push(s);
      for (let k = out.length - 1; k > j; k--) out[k] = out[k - 1] as Span;
      out[j] = s;
    }
    return out;
  }
  const rank = new Map<string, number>();
  for (let i = 0; i < fieldOrder.length; i++) rank.set((fieldOrder[i] as { id: string }).id, i);
  const last = fieldOrder.length;
  return spansOnce([spans]).sort(
    (a, b) =>
      (rank.get(a.fieldId) ?? last) - (rank.get(b.fieldId) ?? last) || a.start - b.start || a.end - b.end,
  );
}
