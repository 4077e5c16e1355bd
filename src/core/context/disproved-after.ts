/**
 * A finding put forward and then disproved later in its own sentence (QA stop 54, H2 and H3):
 * "Radiculopathy was considered but EMG was normal", "Severe stenosis at C5-6 was suspected on
 * X-ray but MRI showed none", "Myelopathy was queried; however, the MRI did not confirm it" (when
 * the semicolon is a comma). The cue rules read "considered but not found" as one phrase
 * (neg-considered-not-found-b); here a test or a study stands between "but" and its result, and
 * "but" ends every cue's scope, so the result never reached the finding and it read as present.
 *
 * The finding must be put forward first (considered, suspected, queried, questioned, entertained)
 * within a few words after it: "L4-5 disc herniation, but EMG was normal" says nothing against the
 * herniation, only against what an EMG would show.
 */

/** How far after the finding the putting forward may stand, in characters. */
const REACH = 60;

/** Words between the finding and its verb ("at C5-6 was"), then the verb that puts it forward. */
const PUT_FORWARD = String.raw`^[^,;:.()]{0,40}?\b(?:was|were|is|are|had\s+been|has\s+been|been|initially|originally|first|clinically)\s+(?:(?:initially|originally|first|clinically)\s+)?(?:considered|suspected|queried|questioned|entertained|raised|proposed)\b`;
/** Where it was put forward ("on X-ray", "clinically", "at the last visit"): a few words, no clause mark. */
const ASIDE = String.raw`[^,;:.()]{0,40}?`;
/** The contrast that opens the result. */
const CONTRAST = String.raw`(?:,\s*)?\b(?:but|however|yet)\b,?\s+`;
/** What was done to test it: a few words ("EMG", "the MRI", "repeat nerve conduction studies", "it"). */
const TEST = String.raw`(?:[A-Za-z][\w/'-]*\s+){0,4}?`;
/** The result that disproves it. */
const RESULT = String.raw`(?:(?:was|were|is|are|came\s+back|returned|proved|has\s+been|have\s+been)\s+(?:(?:entirely|completely|totally|essentially)\s+)?(?:normal|negative|unremarkable|not\s+(?:confirmed|seen|found|present|identified|demonstrated)|excluded|ruled\s+out)|(?:showed|shows|demonstrated|revealed|found|confirmed)\s+(?:none|nothing|no|neither)\b|(?:did|does|do)\s+not\s+(?:show|confirm|demonstrate|reveal|support|find)|failed\s+to\s+(?:show|confirm|demonstrate|reveal|support)|ruled\s+(?:it|this|them)\s+out|excluded\s+(?:it|this|them))`;

const DISPROVED = new RegExp(`${PUT_FORWARD}${ASIDE}${CONTRAST}(${TEST}${RESULT})`, 'i');

/**
 * The span of the contrast and result that disprove the finding ending at `targetEnd` (from "but"
 * to the result's last word), or undefined.
 *
 * @example disprovedAfter('Radiculopathy was considered but EMG was normal.', 13, { start: 0, end: 47 }) // { start: 29, end: 47 }
 */
export function disprovedAfter(
  text: string,
  targetEnd: number,
  sentence: { start: number; end: number },
): { start: number; end: number } | undefined {
  if (targetEnd >= sentence.end) return undefined;
  const to = Math.min(sentence.end, targetEnd + REACH * 3);
  // Most sentences put nothing forward: told by the next contrast word before the slice and the RegExp.
  if (!contrastWithin(text, targetEnd, to)) return undefined;
  const slice = text.slice(targetEnd, to);
  const m = DISPROVED.exec(slice);
  if (!m) return undefined;
  const result = m[1] as string;
  const end = targetEnd + m.index + m[0].length;
  // The span opens at the contrast word: the last "but", "however" or "yet" before the result.
  const head = m[0].slice(0, m[0].length - result.length);
  const contrast = /\b(?:but|however|yet)\b[^]*$/i.exec(head);
  const start = targetEnd + m.index + (contrast ? contrast.index : head.length);
  return { start, end };
}

/** "but", "however" or "yet", in any case, inside a word too (ASCII letters only match them, as in a lower-cased copy). */
const CONTRAST_WORD = /but|however|yet/gi;

/**
 * The first contrast word at or after `from` in `text`, found by the last search: it answers every
 * later place up to its start. Kept for the text read last (as sentence-bounds.ts keeps its ends).
 */
const nextContrast = { text: '', from: 0, start: -1, end: -1 };

/**
 * Whether a contrast word lies wholly within text[from, to): what a lower-cased slice of the
 * stretch and an indexOf for each word told, read once per stretch of the text. Every statement of
 * a run-on sentence sliced and lower-cased the next 180 characters, most of them its neighbours'.
 * Only the first word at or after `from` needs asking: one that ends past `to` leaves no room for a
 * later one (no contrast word starts inside "however"). disproved-after.test.ts holds it to the slice.
 */
export function contrastWithin(text: string, from: number, to: number): boolean {
  const next = nextContrast;
  if (next.text !== text || from < next.from || (next.start >= 0 && from > next.start)) {
    CONTRAST_WORD.lastIndex = from;
    const m = CONTRAST_WORD.exec(text);
    next.text = text;
    next.from = from;
    next.start = m === null ? -1 : m.index;
    next.end = m === null ? -1 : m.index + m[0].length;
  }
  return next.start >= 0 && next.end <= to;
}
