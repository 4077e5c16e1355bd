import type { FieldText, Span } from '../types';
import { spanOf } from '../text/span-of';

/**
 * A denial of trauma: "No fall, no trauma", "denies any injury", "atraumatic", "non-traumatic",
 * "without preceding trauma or injury", "negative for trauma".
 */
const DENIED =
  /\b(?:(?:no|denies|denied|without|negative\s+for)\s+(?:(?:any|known|recent|preceding|antecedent|inciting|specific|history\s+of|hx\s+of|h\/o)\s+)*(?:trauma|injury|injuries|falls?|accident|MVA|MVC)\b|(?:atraumatic|non-?traumatic)\b)/gi;
/**
 * Trauma stated as having happened: "fell", "a fall from", "MVA", "car accident", "injured". A
 * note that states one as well as a denial is not read as denying trauma (the denial may be of
 * another event: "No falls since" after "fell from a ladder"). So is an injury the provider
 * diagnoses that needs no blow or fall: a strain or sprain comes from overexertion (lifting,
 * shoveling), and an ED note's "No trauma" beside "Dx: lumbar strain" denies a fall or a blow,
 * not the strain it codes (blind QA stop 56: "does not support S39.012A" beside that diagnosis).
 */
const STATED =
  /\b(?:fell|fall\s+(?:from|off|down|onto|on)|MVA|MVC|motor\s+vehicle\s+(?:accident|collision|crash)|car\s+(?:crash|accident)|collision|injured|traumatic\s+(?:fracture|injury)|(?:muscle|muscular|lumbar|lumbosacral|thoracic|cervical|neck|back|paraspinal|ligamentous|myofascial|SI|sacroiliac)\s+(?:sprain\/strain|strain\/sprain|strain|sprain)|sprain\/strain|strain\/sprain|whiplash)\b/gi;
/** A negation shortly before a stated trauma ("no MVA", "denies a fall from height"). */
const NEGATED_BEFORE = /\b(?:no|denies|denied|without|negative\s+for|not)\b[^.;]{0,24}$/i;

/**
 * Where the notes deny trauma, when they state none: the first denial, or undefined. For the
 * Excludes1 pair of an injury code (chapter 19, S00-T88) and a disease code: a note that says "No
 * fall, no trauma" does not support the injury code (blind QA stop 50, M2: "Report S32.010A" beside
 * M48.56XA for a fragility fracture).
 */
export function traumaDenied(notes: readonly FieldText[]): Span | undefined {
  let denial: Span | undefined;
  for (const note of notes) {
    const text = note.text;
    STATED.lastIndex = 0;
    for (let m = STATED.exec(text); m !== null; m = STATED.exec(text))
      if (!NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return undefined;
    if (denial) continue;
    DENIED.lastIndex = 0;
    const d = DENIED.exec(text);
    if (d) denial = spanOf(note, d.index, d.index + d[0].length);
  }
  return denial;
}

/** Whether a code is an injury code (ICD-10-CM chapter 19, S00-T88). */
export const isInjuryCode = (code: string): boolean => /^(?:S|T[0-7]|T8[0-8])/.test(code);
