import type { Span } from '../types';
import type { Condition } from './find-conditions';

/**
 * The cause a sciatica statement's own clause names, when it is not the spine (QA stop 59, class 2).
 *
 * Sciatica has three homes in ICD-10-CM: M54.3- (sciatica NOS; with lumbago M54.4-), M51.1- when
 * an intervertebral disc disorder causes it (M51.1 inclusion term "Sciatica due to intervertebral
 * disc disorder"), and G57.0- when it is a lesion of the sciatic nerve itself: M54.3 Excludes1
 * "lesion of sciatic nerve (G57.0)", G57.0 Excludes1 "sciatica NOS (M54.3-)" (FY2021 tabular XML,
 * unchanged through FY2027). Piriformis syndrome is the sciatic nerve caught by the piriformis
 * muscle (src/kb/search/lay-terms.json: G57.0- by common clinical usage; the FY2017 Index has no
 * entry of its own). A note that puts the sciatica down to such a cause has said the nerve, not a
 * disc and not sciatica NOS, is what hurts; one that puts it down to another non-spinal cause (the
 * hip, the SI joint) has at least said it is not the disc's.
 */
export type SciaticaCause = { span: Span; nerve: boolean };

/**
 * An attribution right after the statement, with at most a side, a copula or a hedge between
 * ("right sciatica, likely secondary to piriformis syndrome", "sciatica is from piriformis
 * tightness"), or a nerve lesion named right before it ("piriformis sciatica").
 */
const AFTER =
  /^(?:[ \t]*,)?(?:[ \t]+(?:on\s+the\s+)?(?:left|right|bilateral(?:ly)?|L|R)(?:\s+side(?:d)?)?)?[ \t]*,?[ \t]*(?:(?:is|are|was|likely|probably|most\s+likely|possibly|felt\s+to\s+be|thought\s+to\s+be|believed\s+to\s+be|consistent\s+with|c\/w)\s+)*((?:due\s+to|secondary\s+to|2\/2|d\/t|s\/t|caused\s+by|attribut(?:ed|able)\s+to|related\s+to|from|because\s+of|as\s+a\s+result\s+of|consistent\s+with|c\/w)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|(?:left|right|bilateral|L|R)\s+)*([^.,;:\n]{1,48}))/i;
/** A sciatic nerve lesion (G57.0-): piriformis syndrome, deep gluteal syndrome, the sciatic nerve caught, hurt or inflamed. */
const NERVE_LESION =
  /^(?:piriformis|deep\s+gluteal\s+syndrome|sciatic\s+(?:nerve\s+)?(?:entrapment|compression|impingement|injury|lesion|neuropathy|neuritis|neuralgia|irritation|palsy)|(?:entrapment|compression|impingement|injury|lesion|neuropathy|neuritis)\s+of\s+the\s+sciatic\s+nerve)/i;
/**
 * Another cause outside the spine that notes give "sciatica" (pain referred from the hip, the SI
 * joint, the trochanteric bursa, the hamstring origin, a pelvic mass): not the disc's sciatica. A
 * cause the list does not know ("from lifting", "from sitting") is left to the disc checks.
 */
const OTHER_CAUSE =
  /^(?:(?:\w+\s+){0,2}(?:hip|sacroiliac|SI\s+joint|SIJ|trochanter\w*|bursitis|hamstring|ischial|gluteal|coccy\w*|pelvic\s+(?:mass|tumou?r)|endometrio\w*|pregnan\w*|hematoma|intramuscular\s+injection|injection\s+injury))\b/i;
const NERVE_BEFORE = /\bpiriformis(?:[-\s]related)?\s+$/i;
/** A cause that is the spine's (a disc, a root, the canal): the attribution keeps the spine's reading. */
const SPINAL_CAUSE =
  /\b(?:dis[ck]s?|discogenic|DDD|degenerat\w*|desiccat\w*|herniat\w*|protru\w*|bulg\w*|extru\w*|annul\w*|HNP|spondyl\w*|DJD|stenos[ie]s|stenotic|foramin\w*|narrowing|nerve\s+roots?|roots?|radicul\w*|lumbar|lumbosacral|spine|spinal|[LS]\d(?:\s*-\s*[LS]?\d)?)\b/i;
/** What follows "from" and is no cause: a time or a place of the body the pain goes from. */
const NOT_A_CAUSE =
  /^(?:\d|(?:last|past|prior|previous|this|several|a\s+few|few|one|two|three|onset|childhood|time\s+to\s+time)\b|(?:low(?:er)?\s+)?(?:back|buttocks?|legs?|hips?\s+(?:down|to)|thighs?|knees?|foot|feet|groin|gluteal|sacrum|waist)\b)/i;

/** The non-spinal cause the statement's clause names, if any (see SciaticaCause). */
export function sciaticaCauseOf(c: Condition): SciaticaCause | undefined {
  const field = c.note?.field;
  if (c.kind !== 'sciatica' || field === undefined) return undefined;
  const text = field.text;
  const before = NERVE_BEFORE.exec(text.slice(Math.max(c.sentence.start, c.span.start - 24), c.span.start));
  if (before)
    return {
      span: spanAt(
        c.span,
        text,
        c.span.start - before[0].length,
        c.span.start - before[0].length + before[0].trimEnd().length,
      ),
      nerve: true,
    };
  const after = AFTER.exec(text.slice(c.span.end, Math.min(c.sentence.end, c.span.end + 120)));
  if (!after) return undefined;
  const cause = after[2] as string;
  if (NOT_A_CAUSE.test(cause) || SPINAL_CAUSE.test(cause)) return undefined;
  const words = after[1] as string;
  const from = c.span.end + after[0].length - words.length;
  const nerve = NERVE_LESION.test(cause);
  if (!nerve && !OTHER_CAUSE.test(cause)) return undefined;
  return { span: spanAt(c.span, text, from, from + words.trimEnd().length), nerve };
}

const spanAt = (of: Span, text: string, start: number, end: number): Span => ({
  fieldId: of.fieldId,
  start,
  end,
  text: text.slice(start, end),
});
