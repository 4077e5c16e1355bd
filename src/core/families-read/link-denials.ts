import type { FieldText, Span } from '../types';
import { sentenceBounds } from '../text/sentence-bounds';
import { spanOf } from '../text/span-of';
import type { Condition, ConditionKind } from './find-conditions';
import { levelsOf, placedFromNote } from './find-conditions';

/**
 * Where the note breaks the link between a lesion and a radiculopathy or myelopathy it would
 * otherwise be presumed to cause. Official Guidelines I.A.15: "with" in a code title presumes the
 * link "unless the documentation clearly states the conditions are unrelated"; a provider who says
 * the cause is not determined states no link either (blind QA stop 50, H1: "the radiculopathy is
 * not due to the disc", "the protrusion does not contact the L5 root", "unable to determine
 * etiology" beside an L4-L5 protrusion kept M51.16 "supported" and sent M54.16 to it).
 *
 * Three ways a sentence says so:
 * - the qualifier is said not to come from a lesion ("radiculopathy is not due to / unrelated to /
 *   not caused by the disc herniation");
 * - a lesion is said not to reach the nerve ("the protrusion does not contact the root", "the disc
 *   bulge is unrelated to her symptoms");
 * - the cause is said to be unknown ("etiology undetermined", "unable to determine the cause"),
 *   of the qualifier in that sentence or, with none there, of the one just before it.
 */
export type LinkDenial = {
  /** The statement that breaks the link, quoted as evidence. */
  span: Span;
  /** The qualifier kinds it speaks of. */
  qualifiers: ReadonlySet<ConditionKind>;
  /** The lesion kinds it clears; undefined: every lesion (an unknown cause). */
  lesions: ReadonlySet<ConditionKind> | undefined;
  /** The qualifier statements it is about (empty: by kind and place only, see linkDenied). */
  about: readonly Condition[];
  /** The lesion statements it is about (empty: every lesion of its kinds). */
  lesionsAbout: readonly Condition[];
};

const QUALIFIER_KINDS: ReadonlySet<ConditionKind> = new Set(['radiculopathy', 'myelopathy']);
const DISC_KINDS: ConditionKind[] = ['disc-displacement', 'disc-degeneration', 'disc-osteophyte-complex'];
const JOINT_KINDS: ConditionKind[] = ['spondylosis', 'disc-osteophyte-complex'];
const ALL_LESIONS: ConditionKind[] = [...DISC_KINDS, 'spondylosis', 'spondylolisthesis', 'schmorl-node'];

/** "is not due to", "unrelated to", "not caused by": the qualifier before it, its denied cause after it. */
const NOT_FROM =
  /\b(?:(?:is|are|was|were|be|seems?|appears?)\s+)?(?:not|n't|never)\s+(?:likely\s+|thought\s+to\s+be\s+|felt\s+to\s+be\s+|believed\s+to\s+be\s+)?(?:due\s+to|caused\s+by|from|related\s+to|attributable\s+to|attributed\s+to|secondary\s+to|explained\s+by|a\s+result\s+of)\b|\b(?:unrelated|not\s+related)\s+to\b|\bno\s+(?:causal\s+)?(?:relation(?:ship)?|connection|link)\s+(?:to|with)\b/i;
/** "does not contact the root", "is not the cause of the radiculopathy": the lesion before it, the nerve after it. */
const NOT_REACHING =
  /\b(?:does|do|did|is|are|was|were)\s*(?:not|n't)\s+(?:contact(?:ing)?|touch(?:ing)?|abut(?:ting)?|compress(?:ing)?|imping(?:e|ing)(?:\s+(?:on|upon))?|explain|account\s+for|the\s+(?:cause|source)\s+of|responsible\s+for|causing|related\s+to)\b|\b(?:unrelated|not\s+related)\s+to\b|\bno\s+(?:contact|compression|impingement)\s+(?:with|of|on)\b/i;
/** A cause the provider says is not known (of the qualifier in its sentence, or the one before). */
const UNKNOWN_CAUSE =
  /\b(?:(?:cause|etiology|aetiology|source|origin)\s+(?:is\s+|remains\s+|was\s+|has\s+|of\s+(?:the\s+|this\s+|her\s+|his\s+|their\s+)?(?:radicul\w+|radic|myelopath\w+|symptoms|weakness|deficits?|findings|it|this)\s+(?:is\s+|remains\s+)?)?(?:still\s+|yet\s+)?(?:not\s+(?:yet\s+)?(?:been\s+)?(?:determined|established|identified|known|clear)|undetermined|unknown|unclear|uncertain|indeterminate|to\s+be\s+determined|TBD)|(?:unable|not\s+able)\s+to\s+(?:yet\s+)?(?:determine|establish|identify)\s+(?:the\s+|its\s+|an\s+)?(?:cause|etiology|aetiology|source)|(?:cannot|can\s*not|can't|could\s+not|couldn't)\s+(?:yet\s+)?(?:determine|establish|identify)\s+(?:the\s+|its\s+|an\s+)?(?:cause|etiology|aetiology|source)|of\s+(?:unknown|unclear|undetermined|uncertain|indeterminate)\s+(?:cause|etiology|aetiology|origin))\b/i;

/** The lesions a denied cause names ("the disc", "the facet arthropathy", "the MRI findings"). */
function lesionsNamed(object: string): ConditionKind[] | undefined {
  const out = new Set<ConditionKind>();
  if (/\b(?:dis[ck]s?|herniat\w*|protru\w*|extru\w*|bulg\w*|HNP|DDD)\b/i.test(object))
    for (const k of DISC_KINDS) out.add(k);
  if (
    /\b(?:spondylo(?:sis|tic)|arthr\w+|facets?|osteophyt\w*|spurs?|spurring|DJD|uncovertebral)\b/i.test(
      object,
    )
  )
    for (const k of JOINT_KINDS) out.add(k);
  if (/\b(?:listhesis|spondylolisthesis|anterolisthesis|retrolisthesis|slip)\b/i.test(object))
    out.add('spondylolisthesis');
  if (/\b(?:imaging|MRI|CT|films?|structural|degenerative\s+(?:changes|findings)|findings)\b/i.test(object))
    for (const k of ALL_LESIONS) out.add(k);
  return out.size > 0 ? [...out] : undefined;
}

/** The qualifiers a nerve word names ("the L5 root": radiculopathy; "the cord": myelopathy; "her symptoms": both). */
function qualifiersNamed(object: string): ConditionKind[] | undefined {
  const out = new Set<ConditionKind>();
  if (/\b(?:radicul\w*|radic|roots?|nerves?|sciatica)\b/i.test(object)) out.add('radiculopathy');
  if (/\b(?:myelopath\w*|cord)\b/i.test(object)) out.add('myelopathy');
  if (/\b(?:symptoms?|complaints?|presentation|deficits?)\b/i.test(object)) {
    out.add('radiculopathy');
    out.add('myelopathy');
  }
  return out.size > 0 ? [...out] : undefined;
}

/** Whether a statement names one of the lesions a denial of contact may be about. */
const isLesion = (c: Condition): boolean => ALL_LESIONS.includes(c.kind);

/** A clause's end after `from` (";" or the sentence's end), so "not due to the disc; MRI shows..." names the disc only. */
function clauseEnd(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === 59) return i;
  return end;
}

/**
 * The note's link denials, read per sentence that holds a qualifier or lesion statement (only those
 * can speak of a link) and for an unknown cause, the sentence after one holding a qualifier too.
 */
export function findLinkDenials(notes: readonly FieldText[], conditions: readonly Condition[]): LinkDenial[] {
  const out: LinkDenial[] = [];
  for (const field of notes) {
    const mine = conditions.filter((c) => c.span.fieldId === field.id);
    if (!mine.some((c) => QUALIFIER_KINDS.has(c.kind))) continue;
    const text = field.text;
    // Sentences in note order, each with its statements; an unknown cause may sit in the next sentence.
    const sentences = new Map<number, { end: number; cs: Condition[] }>();
    for (const c of mine) {
      const s = sentences.get(c.sentence.start);
      if (s) s.cs.push(c);
      else sentences.set(c.sentence.start, { end: c.sentence.end, cs: [c] });
    }
    const withQualifier = [...sentences.entries()].filter(([, s]) =>
      s.cs.some((c) => QUALIFIER_KINDS.has(c.kind)),
    );
    for (const [start, s] of sentences) readSentence(field, start, s.end, s.cs, out);
    // An unknown cause in a sentence of its own ("Etiology undetermined.", "Cause not yet determined:
    // ..."), up to two sentences after a qualifier's.
    for (const [start, s] of withQualifier) {
      let at = s.end;
      for (let k = 0; k < 2 && at < text.length; k++) {
        const next = sentenceBounds(text, Math.min(text.length, at + 1), Math.min(text.length, at + 1));
        if (next.start <= start || next.end <= at) break;
        const own = sentences.get(next.start);
        if (own?.cs.some((c) => QUALIFIER_KINDS.has(c.kind))) break;
        const m = UNKNOWN_CAUSE.exec(text.slice(next.start, next.end));
        if (m) {
          const qs = s.cs.filter((c) => QUALIFIER_KINDS.has(c.kind));
          out.push({
            span: spanOf(field, next.start + m.index, next.start + m.index + m[0].length),
            qualifiers: new Set(qs.map((c) => c.kind)),
            lesions: undefined,
            about: qs,
            lesionsAbout: [],
          });
          break;
        }
        at = next.end;
      }
    }
  }
  return out;
}

/** The denials one sentence states about its own statements. */
function readSentence(
  field: FieldText,
  start: number,
  end: number,
  cs: Condition[],
  out: LinkDenial[],
): void {
  const text = field.text;
  const sentence = text.slice(start, end);
  const qs = cs.filter((c) => QUALIFIER_KINDS.has(c.kind));
  const unknown = qs.length > 0 ? UNKNOWN_CAUSE.exec(sentence) : null;
  if (unknown)
    out.push({
      span: spanOf(field, start + unknown.index, start + unknown.index + unknown[0].length),
      qualifiers: new Set(qs.map((c) => c.kind)),
      lesions: undefined,
      about: qs,
      lesionsAbout: [],
    });
  // Each denial is kept only beside a statement it can be about (a qualifier before "not due to", a
  // lesion before "does not contact"): a sentence with none is not searched for it.
  const from = qs.length > 0 ? NOT_FROM.exec(sentence) : null;
  if (from) {
    const at = start + from.index;
    const before = qs.filter((c) => c.span.end <= at);
    const object = text.slice(at + from[0].length, clauseEnd(text, at + from[0].length, end));
    const lesions = lesionsNamed(object);
    if (before.length > 0 && lesions)
      out.push({
        span: spanOf(field, at, at + from[0].length + object.length),
        qualifiers: new Set(before.map((c) => c.kind)),
        lesions: new Set(lesions),
        about: before,
        lesionsAbout: [],
      });
  }
  const reach = cs.some(isLesion) ? NOT_REACHING.exec(sentence) : null;
  if (reach) {
    const at = start + reach.index;
    const lesionsBefore = cs.filter((c) => isLesion(c) && c.span.end <= at);
    const object = text.slice(at + reach[0].length, clauseEnd(text, at + reach[0].length, end));
    const qualifiers = qualifiersNamed(object);
    if (lesionsBefore.length > 0 && qualifiers)
      out.push({
        span: spanOf(field, at, at + reach[0].length + object.length),
        qualifiers: new Set(qualifiers),
        lesions: new Set(lesionsBefore.map((c) => c.kind)),
        about: [],
        lesionsAbout: lesionsBefore,
      });
  }
}

const sameStatement = (a: Condition, b: Condition) =>
  a.span.fieldId === b.span.fieldId && a.span.start === b.span.start;

/**
 * Whether a denial speaks of this qualifier statement: one it names, or one of the same kind the
 * named one stands for ("the radiculopathy is not due to the disc" after "Left L5 radiculopathy"):
 * a named statement with no level of its own stands for every statement of its kind, one with
 * levels for those sharing one (lesions alike: "the protrusion does not contact the root" speaks of
 * the L4-L5 protrusion the impression names again).
 */
function speaksOf(d: LinkDenial, q: Condition): boolean {
  if (!d.qualifiers.has(q.kind)) return false;
  return d.about.length === 0 || d.about.some((a) => standsFor(a, q));
}

/** Whether statement `a` (named by a denial) stands for `b`: itself, or one of its kind with no level of its own or sharing one. */
function standsFor(a: Condition, b: Condition): boolean {
  if (sameStatement(a, b)) return true;
  if (a.kind !== b.kind) return false;
  const own = placedFromNote(a) ? [] : levelsOf(a);
  if (own.length === 0) return true;
  const theirs = placedFromNote(b) ? [] : levelsOf(b);
  return theirs.some((l) => own.includes(l));
}

/** The denial that breaks the link between this lesion statement and this qualifier statement, if any. */
export function linkDenied(
  denials: readonly LinkDenial[],
  lesion: Condition,
  qualifier: Condition,
): LinkDenial | undefined {
  if (!ALL_LESIONS.includes(lesion.kind)) return undefined;
  for (const d of denials) {
    if (d.lesions !== undefined && !d.lesions.has(lesion.kind)) continue;
    if (d.lesionsAbout.length > 0 && !d.lesionsAbout.some((l) => standsFor(l, lesion))) continue;
    if (speaksOf(d, qualifier)) return d;
  }
  return undefined;
}
