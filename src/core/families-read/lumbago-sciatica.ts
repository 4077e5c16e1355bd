import { statusOf, type Condition } from './find-conditions';
import { sciaticaCauseOf } from './sciatica-cause';

/**
 * Low back pain coded beside sciatica (stop 54). The Tabular's M54.5 (Low back pain) has the
 * Excludes1 note "lumbago with sciatica (M54.4-)", and M54.4 (Lumbago with sciatica) codes the two
 * together by side: M54.40 unspecified side, M54.41 right side, M54.42 left side. M54.4's own
 * Excludes1 sends lumbago with sciatica due to an intervertebral disc disorder to M51.1-, so
 * sciatica the note ties to a disc is left to the disc checks (sciaticaFromDisc, excludes1 in
 * check-family-code.ts). Source: tabular-m54-4-sciatica (FY2021 tabular XML with the FY2022-FY2026
 * addenda; FY2027 changed no spine category) and Guidelines I.B.13 for a side with no bilateral code.
 */

/** The lesions of M54.5-: low back pain and vertebrogenic low back pain (the note is the subcategory's). */
const LOW_BACK = new Set(['low-back-pain', 'vertebrogenic-low-back-pain']);

/** A side as notes write it beside sciatica: "left", "right-sided", "bilateral", "both legs", "L" / "R" before the word. */
const LEFT = /\b(?:left|lt)\b|\bL\s+(?:sided\s+)?sciatica/i;
const RIGHT = /\b(?:right|rt)\b|\bR\s+(?:sided\s+)?sciatica/i;
const BOTH = /\bbilateral(?:ly)?\b|\bboth\s+(?:legs|lower\s+(?:extremities|limbs)|sides)\b/i;

/** The sides the note names for sciatica: right, left, both (bilateral), or none. */
export type SciaticaSides = { right: boolean; left: boolean };

/**
 * A side the sentence gives another part of the body ("right knee pain and left sciatica", "left
 * shoulder"): not the sciatica's. The leg, thigh, buttock and lower extremity are the sciatica's own.
 */
const OTHER_PART_SIDE =
  /\b(?:left|right|lt|rt|bilateral(?:ly)?)\s+(?:[a-z-]+\s+)?(?:shoulders?|arms?|elbows?|wrists?|hands?|fingers?|thumbs?|knees?|ankles?|feet|foot|toes?|eyes?|ears?|neck|upper\s+(?:extremit(?:y|ies)|limbs?)|chest|breasts?|kidneys?|flank)\b/gi;

/** The sides the sentences of the sciatica statements name ("bilateral" is both). */
export function sidesOf(sciatica: readonly Condition[], sentenceOf: (c: Condition) => string): SciaticaSides {
  let left = false;
  let right = false;
  for (const c of sciatica) {
    const sentence = sentenceOf(c).replace(OTHER_PART_SIDE, ' ');
    if (BOTH.test(sentence)) left = right = true;
    if (LEFT.test(sentence)) left = true;
    if (RIGHT.test(sentence)) right = true;
  }
  return { right, left };
}

/**
 * The codes of a side-coded category (M54.3, M54.4) for the sides the note names: the right and
 * the left code for both sides (there is no bilateral code: Guidelines I.B.13), the unspecified
 * side's code (0) when it names none.
 */
export function codesBySide(category: string, sides: SciaticaSides): string[] {
  if (!sides.left && !sides.right) return [`${category}0`];
  return [...(sides.right ? [`${category}1`] : []), ...(sides.left ? [`${category}2`] : [])];
}

export type LumbagoWithSciatica = {
  /** The affirmed sciatica statements, not tied to a disc. */
  sciatica: Condition[];
  /** The M54.4- codes their sides give (M54.41 and M54.42 for both sides: there is no bilateral code). */
  codes: string[];
  /** Whether a sciatica statement stands in a sentence with the coded low back pain ("lumbago with sciatica"). */
  linked: boolean;
};

/**
 * The sciatica that makes an M54.5- code M54.4-: affirmed sciatica statements in the low back or
 * placed nowhere (sciatica is the low back's by name), none tied to a disc in its sentence
 * (`fromDisc`), with the codes of the sides their sentences name. Undefined when the code is no
 * M54.5- code or the note affirms no such sciatica.
 */
export function lumbagoWithSciatica(
  lesion: string | undefined,
  sentenceOf: (c: Condition) => string,
  own: readonly Condition[],
  conditions: readonly Condition[],
  areasOf: (c: Condition) => readonly string[],
  fromDisc: (c: Condition) => boolean,
): LumbagoWithSciatica | undefined {
  if (!lesion || !LOW_BACK.has(lesion)) return undefined;
  const sciatica: Condition[] = [];
  for (const c of conditions) {
    if (c.kind !== 'sciatica' || statusOf(c) !== 'affirmed') continue;
    const areas = areasOf(c);
    if (areas.length > 0 && !areas.includes('low')) continue;
    // Sciatica the note puts down to the sciatic nerve, the hip or the SI joint is not the lumbago's (sciatica-cause.ts).
    if (sciaticaCauseOf(c)) continue;
    if (fromDisc(c)) return undefined;
    sciatica.push(c);
  }
  if (sciatica.length === 0) return undefined;
  const codes = codesBySide('M54.4', sidesOf(sciatica, sentenceOf));
  const linked = sciatica.some((s) => own.some((o) => o.sentence.start === s.sentence.start));
  return { sciatica, codes, linked };
}
