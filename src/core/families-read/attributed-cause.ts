import type { Span } from '../types';
import type { Condition, ConditionKind } from './find-conditions';
import { statusOf } from './find-conditions';

/**
 * A radiculopathy or myelopathy the note attributes, in its own sentence, to a lesion other than
 * the coded one (blind QA stop 51, M1: "Right L5 radiculopathy due to L4-5 disc protrusion. Lumbar
 * facet arthropathy." sent M47.816 to M47.26). "With radiculopathy" in a code title names a
 * radiculopathy of that code's lesion; the link is presumed only where the note does not say
 * otherwise (Official Guidelines I.A.15), and a note that names the radiculopathy's cause has said
 * otherwise for every lesion it did not name. The disc code already carries that radiculopathy
 * (M51.16); a spondylosis code "with radiculopathy" beside it would report it twice (M54.1's
 * Excludes1 sends it to the lesion that causes it). A "without" code of the other lesion is then
 * right, not contradicted.
 *
 * Two ways a sentence names the cause: the qualifier, then an attribution word and the lesion
 * ("radiculopathy due to / secondary to / from / caused by the L4-5 disc protrusion"), or the
 * lesion, then a causing word and the qualifier ("L4-5 extrusion compressing the L5 root, causing
 * right L5 radiculopathy").
 */

/** The attribution words between a qualifier and its cause: "due to", "secondary to", "2/2", "from", "caused by". */
const ATTRIBUTION = String.raw`(?:due\s+to|secondary\s+to|2\/2|d\/t|s\/t|caused\s+by|attribut(?:ed|able)\s+to|related\s+to|from|because\s+of|as\s+a\s+result\s+of|resulting\s+from)`;
/** An attribution between a qualifier and its cause. */
const ATTRIBUTED_TO = new RegExp(String.raw`^[^.;:\n]{0,48}?\b${ATTRIBUTION}\b[^.;:\n]{0,40}$`, 'i');
/**
 * A radiculopathy put down to a stenosis: the attribution, then within the same stretch a
 * narrowing word ("secondary to L4-5 foraminal stenosis", "due to C5-6 neural foraminal narrowing").
 */
const ATTRIBUTED_TO_STENOSIS = new RegExp(String.raw`^[^.;:\n]{0,48}?\b${ATTRIBUTION}\s+(?:the\s+|an?\s+)?([^.;:\n]{0,40}?\b(?:stenos[ie]s|stenotic|narrowing|encroachment))\b`, 'i');
/** A denial inside the attribution ("not due to stenosis", "without stenosis"): no cause named. */
const DENIED_IN_ATTRIBUTION = /\b(?:not|no|without|rather\s+than|unrelated)\b/i;
/** A causing word between a lesion and its qualifier: "causing", "producing", "resulting in", "responsible for". */
const CAUSING =
  /^[^.;:\n]{0,80}?\b(?:caus(?:ing|es)|produc(?:ing|es)|resulting\s+in|result(?:s|ed)\s+in|responsible\s+for|leading\s+to|with\s+resultant)\b[^.;:\n]{0,40}$/i;

/**
 * A root compression read as the radiculopathy statement itself ("compressing the traversing L5
 * root", condition-lexicon.ts): the lesion just before it in its clause is its cause ("L4-5
 * herniated disc compressing the traversing root").
 */
const COMPRESSION = /^(?:compress|imping|entrap|mass\s+effect)/i;
// As far as a causing word may stand (CAUSING): the lesion's level and what it does on the way
// ("disc herniation at C5-6 with severe right foraminal stenosis compressing the exiting C6 root").
const SAME_CLAUSE = /^[^.;:,\n]{0,80}$/;

/**
 * A disc-osteophyte complex is bone and disc at once (condition-lexicon.ts): it is the coded
 * lesion's own kind for a disc code and for a spondylosis code alike, never "another" lesion.
 */
const SHARED: ReadonlySet<ConditionKind> = new Set(['disc-osteophyte-complex']);

/**
 * The causes (their spans) when the note attributes the qualifier statement `q` in its own
 * sentence to affirmed lesions none of which is of the coded lesion's kinds (`codedKinds`) or may
 * be; else undefined. `lesionKinds`: the kinds that are lesions (not qualifiers or pain).
 */
export function attributedElsewhere(
  q: Condition,
  codedKinds: readonly ConditionKind[],
  lesionKinds: ReadonlySet<ConditionKind>,
  conditions: readonly Condition[],
): Span[] | undefined {
  const text = q.note?.field.text;
  if (text === undefined) return undefined;
  let causes: Span[] | undefined;
  for (const c of conditions) {
    if (c === q || c.sentence.start !== q.sentence.start || !lesionKinds.has(c.kind)) continue;
    const named =
      c.span.start >= q.span.end
        ? ATTRIBUTED_TO.test(text.slice(q.span.end, c.span.start))
        : c.span.end <= q.span.start
          ? CAUSING.test(text.slice(c.span.end, q.span.start)) ||
            (COMPRESSION.test(q.span.text) && SAME_CLAUSE.test(text.slice(c.span.end, q.span.start)))
          : false;
    if (!named || statusOf(c) !== 'affirmed') continue;
    // A cause of the coded lesion's kind (or one that may be it) keeps the link.
    if (codedKinds.includes(c.kind) || SHARED.has(c.kind)) return undefined;
    (causes ??= []).push(c.span);
  }
  return causes ?? (q.kind === 'radiculopathy' ? stenosisNamedAsCause(q, lesionKinds, conditions) : undefined);
}

/**
 * The stenosis (as one span, the attribution's end) a radiculopathy `q` is put down to in its own
 * sentence when that stenosis is the only cause named: no lesion statement (`lesionKinds`) stands in
 * the sentence ("L5 radiculopathy secondary to L4-5 foraminal stenosis"; not "... secondary to
 * foraminal stenosis from the L4-5 disc protrusion", whose disc is the cause). ICD-10-CM gives a
 * radiculopathy from a stenosis no combination code: the Index's "Radiculopathy, due to" names
 * only a disc disorder and a displaced disc, "Stenosis, spinal" (M48.0-) and "Stenosis,
 * intervertebral foramina" (M99.6-/M99.7-) have no "with radiculopathy", and M54.1's Excludes1
 * sends only the disc (M50.1, M51.1-) and spondylosis (M47.2-) radiculopathies to a combination
 * (FY2017 Index XML; FY2021 Tabular XML, data/icd10cm). So M54.1- is coded beside the stenosis, and
 * a lesion stated apart is not the radiculopathy's "with" (Guidelines I.A.15: the note has said
 * otherwise). Radiculopathy only: a myelopathy's cord compression has other Index paths.
 */
export function stenosisNamedAsCause(
  q: Condition,
  lesionKinds: ReadonlySet<ConditionKind>,
  conditions: readonly Condition[],
): Span[] | undefined {
  const text = q.note?.field.text;
  if (text === undefined) return undefined;
  const m = ATTRIBUTED_TO_STENOSIS.exec(text.slice(q.span.end, q.sentence.end));
  if (m === null || DENIED_IN_ATTRIBUTION.test(m[0])) return undefined;
  for (const c of conditions)
    if (c !== q && c.sentence.start === q.sentence.start && lesionKinds.has(c.kind) && statusOf(c) === 'affirmed')
      return undefined;
  const phrase = m[1] as string;
  const end = q.span.end + m[0].length;
  const start = end - phrase.length;
  return [{ fieldId: q.span.fieldId, start, end, text: phrase }];
}

/** Whether a cause span is a stenosis (stenosisNamedAsCause), which no "with radiculopathy" code carries. */
export const isStenosisCause = (span: Span) => /\b(?:stenos[ie]s|stenotic|narrowing|encroachment)$/i.test(span.text);

/** The causes of every statement in `qs`, when each is attributed elsewhere (attributedElsewhere); else undefined. */
export function allAttributedElsewhere(
  qs: readonly Condition[],
  codedKinds: readonly ConditionKind[],
  lesionKinds: ReadonlySet<ConditionKind>,
  conditions: readonly Condition[],
): Span[] | undefined {
  if (qs.length === 0) return undefined;
  const spans: Span[] = [];
  for (const q of qs) {
    const causes = attributedElsewhere(q, codedKinds, lesionKinds, conditions);
    if (causes === undefined) return undefined;
    for (const c of causes) if (!spans.includes(c)) spans.push(c);
  }
  return spans;
}

/** What may stand between "spondylotic" and its qualifier: a space or a hyphen ("spondylotic myelopathy"). */
const JOINED = /^[\s-]{0,2}$/;

/**
 * The words that name the qualifier statement `q` spondylotic, when its own sentence does: a
 * spondylosis word right before it ("cervical spondylotic myelopathy", "spondylotic radiculopathy"),
 * one word for both ("CSM"), or a spondylosis statement it is attributed to ("myelopathy due to
 * cervical spondylosis"); else undefined. The Index files a spondylotic myelopathy or radiculopathy
 * under Spondylosis, with myelopathy (M47.1-) / with radiculopathy (M47.2-).
 */
export function spondyloticWords(q: Condition, conditions: readonly Condition[]): Span | undefined {
  const text = q.note?.field.text;
  if (text === undefined) return undefined;
  for (const c of conditions) {
    if (c.kind !== 'spondylosis' || c.sentence.start !== q.sentence.start || insideComplex(c, conditions))
      continue;
    const named =
      c.span.start === q.span.start ||
      (c.span.end <= q.span.start && JOINED.test(text.slice(c.span.end, q.span.start))) ||
      (c.span.start >= q.span.end && ATTRIBUTED_TO.test(text.slice(q.span.end, c.span.start)));
    if (named && statusOf(c) === 'affirmed') return c.span;
  }
  return undefined;
}

/** Whether a spondylosis word is the "osteophyte" of a disc-osteophyte complex, which says bone or disc, not spondylosis alone. */
function insideComplex(c: Condition, conditions: readonly Condition[]): boolean {
  for (const o of conditions)
    if (
      o.kind === 'disc-osteophyte-complex' &&
      o.sentence.start === c.sentence.start &&
      o.span.start <= c.span.start &&
      o.span.end >= c.span.end
    )
      return true;
  return false;
}
