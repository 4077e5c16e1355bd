import type { Span } from '../types';
import type { Condition } from './find-conditions';
import { statusOf } from './find-conditions';

/**
 * Back or leg pain the note puts down to something other than the disc, and a disc degeneration
 * the note calls asymptomatic (blind QA stop 54, H4).
 *
 * M51.36-/M51.37- (FY2025 tabular addenda) split disc degeneration by its pain: "with discogenic
 * back pain only" (inclusion term "with axial back pain only"), "with lower extremity pain only",
 * both, or "without mention of lumbar back pain or lower extremity pain". ChartLint reads a back
 * pain stated beside a degeneration as that degeneration's pain: the "without mention" title does
 * not fit a note that mentions it, and the Guidelines presume a link the documentation does not
 * deny (I.A.15). A provider who denies the link has said otherwise:
 * - the pain is attributed, in its own sentence, to a cause that is not a disc ("Low back pain is
 *   from SI joint dysfunction", "back pain due to lumbar strain"), or said not to be discogenic;
 * - the pain is named as of another kind ("muscular", "myofascial", "nonspecific", a strain or
 *   sprain, the SI joint or a facet);
 * - the degeneration itself is called asymptomatic or incidental.
 * Then the disc's "with ... pain" is not documented, the pain is coded to its own cause (M54.5-,
 * S39.012-, M53.3 ...; M54.5's Excludes1 reaches only the discogenic codes), and the degeneration
 * is "without": the "with" code gets the finding the Guidelines' "unrelated" gets elsewhere.
 */

/**
 * An attribution right after the pain, with at most a copula or hedge between ("Low back pain is
 * from SI joint dysfunction", "LBP, likely secondary to lumbar strain"): a "from" further on
 * is a direction or a trigger ("radiating from the buttock", "worse from sitting"), not a cause.
 */
const ATTRIBUTED =
  /^\s*,?\s*(?:(?:is|are|was|likely|probably|most\s+likely|possibly|felt\s+to\s+be|thought\s+to\s+be|seems\s+to\s+be|appears\s+to\s+be|believed\s+to\s+be)\s+)*((?:due\s+to|secondary\s+to|2\/2|d\/t|s\/t|caused\s+by|attribut(?:ed|able)\s+to|related\s+to|from|because\s+of|as\s+a\s+result\s+of|originat(?:es|ing)\s+(?:from|in))\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?([^.,;:\n]{1,48}))/i;
/** What follows "from" and is no cause: a time ("from 2019", "from last year") or a place of the body ("from the low back down"). */
const NOT_A_CAUSE =
  /^(?:\d|(?:last|past|prior|previous|this|several|a\s+few|few|one|two|three|onset|childhood)\b|(?:low(?:er)?\s+)?(?:back|buttocks?|legs?|hips?|thighs?|knees?|foot|feet|groin|gluteal|sacrum|waist)\b)/i;
/** A cause that is a disc (or may be one): the attribution then keeps the link. */
const DISC_CAUSE =
  /\b(?:dis[ck]s?|discogenic|DDD|degenerat\w*|desiccat\w*|herniat\w*|protru\w*|bulg\w*|extru\w*|annul\w*|HNP|spondylos[ie]s|DJD)\b/i;
/** "not discogenic", "non-discogenic", "nondiscogenic", "not from the disc", in the pain's sentence after it. */
const NOT_DISCOGENIC =
  /\b(?:not|non-?|nor)\s*(?:discogenic|(?:from|due\s+to|related\s+to)\s+(?:the\s+)?dis[ck]s?)\b/i;
/** A pain of another kind, as the pain's own adjective or predicate. */
const KIND = String.raw`(?:muscular|myofascial|musculoskeletal|muscle|strain|sprain|sacroiliac|SI\s+joint|SIJ|facetogenic|facet(?:[-\s]mediated)?|non-?specific|postural)`;
// One word may stand between ("myofascial low back pain"), but not a conjunction: "SI joint and
// low back pain" names two complaints, not the pain's kind.
const KIND_BEFORE = new RegExp(String.raw`\b${KIND}\s+(?:(?!(?:and|or|with|plus|&)\b)[a-z]+\s+)?$`, 'i');
const KIND_AFTER = new RegExp(
  String.raw`^\s*(?:,\s*|\s(?:is|are|was|seems|appears|felt\s+to\s+be|thought\s+to\s+be)\s+(?:likely\s+|probably\s+|most\s+likely\s+|mainly\s+|primarily\s+)?)(${KIND})\b`,
  'i',
);
/** A degeneration the provider calls silent. */
const SILENT =
  /\b(?:asymptomatic|incidental(?:ly)?|clinically\s+(?:silent|insignificant)|not\s+(?:clinically\s+)?symptomatic)\b/i;

/** The clause around a span: its sentence cut at ; : and newlines, and after it at "but". */
function clauseAround(
  text: string,
  span: Span,
  sentence: { start: number; end: number },
): { start: number; end: number } {
  let start = span.start;
  while (start > sentence.start && !/[;:\n]/.test(text[start - 1] as string)) start--;
  let end = span.end;
  while (end < sentence.end && !/[;:\n]/.test(text[end] as string)) end++;
  const but = /\bbut\b/i.exec(text.slice(span.end, end));
  if (but) end = span.end + but.index;
  return { start, end };
}

/** A span of the same field as `of`. */
const spanAt = (of: Span, text: string, start: number, end: number): Span => ({
  fieldId: of.fieldId,
  start,
  end,
  text: text.slice(start, end),
});

/**
 * The words that tie a back or leg pain statement to a cause other than a disc, if its clause has
 * them (see above); undefined when the note leaves the pain free to be the disc's.
 */
export function painFromElsewhere(pain: Condition): Span | undefined {
  const text = pain.note?.field.text;
  if (text === undefined) return undefined;
  const { start, end } = clauseAround(text, pain.span, pain.sentence);
  const after = text.slice(pain.span.end, end);
  const not = NOT_DISCOGENIC.exec(text.slice(pain.span.end, pain.sentence.end));
  if (not)
    return spanAt(pain.span, text, pain.span.end + not.index, pain.span.end + not.index + not[0].length);
  const cause = ATTRIBUTED.exec(after);
  if (cause && !NOT_A_CAUSE.test(cause[2] as string)) {
    if (DISC_CAUSE.test(cause[2] as string)) return undefined;
    const words = cause[1] as string;
    const from = pain.span.end + cause[0].length - words.length;
    return spanAt(pain.span, text, from, from + words.trimEnd().length);
  }
  const kindAfter = KIND_AFTER.exec(after);
  if (kindAfter) {
    const word = kindAfter[1] as string;
    const at = pain.span.end + kindAfter[0].length - word.length;
    return spanAt(pain.span, text, at, at + word.length);
  }
  const kindBefore = KIND_BEFORE.exec(text.slice(start, pain.span.start));
  if (kindBefore)
    return spanAt(
      pain.span,
      text,
      start + kindBefore.index,
      start + kindBefore.index + kindBefore[0].trimEnd().length,
    );
  return undefined;
}

/**
 * The words calling every affirmed lesion statement silent ("L3-4 disc degeneration, mild,
 * asymptomatic"), one per statement, in its own clause; undefined unless each has them.
 */
export function silentLesions(lesions: readonly Condition[]): Span[] | undefined {
  const affirmed = lesions.filter((c) => statusOf(c) === 'affirmed');
  if (affirmed.length === 0) return undefined;
  const spans: Span[] = [];
  for (const c of affirmed) {
    const text = c.note?.field.text;
    if (text === undefined) return undefined;
    const { start, end } = clauseAround(text, c.span, c.sentence);
    const m = SILENT.exec(text.slice(start, end));
    if (!m) return undefined;
    spans.push(spanAt(c.span, text, start + m.index, start + m.index + m[0].length));
  }
  return spans;
}

/**
 * Why the note's back or leg pain statements (`pains`, affirmed) are not the coded degeneration's
 * (`lesions`): the words calling the degeneration silent, or those tying each pain to another
 * cause; undefined when the pain may be the disc's. A pain the note itself calls discogenic is.
 */
export function painNotTheDiscs(
  pains: readonly Condition[],
  lesions: readonly Condition[],
): Span[] | undefined {
  if (pains.some((c) => c.kind === 'discogenic-back-pain')) return undefined;
  const silent = silentLesions(lesions);
  if (silent) return silent;
  const spans: Span[] = [];
  for (const c of pains) {
    const elsewhere = painFromElsewhere(c);
    if (!elsewhere) return undefined;
    spans.push(elsewhere);
  }
  return spans.length > 0 ? spans : undefined;
}
