import type { Clause } from './split-clauses';
import { spanishSource } from './spanish-words';

/**
 * The parts of a clause and which of them names a manipulation of its own: a comma or "but" splits
 * "No adjustment to the cervical spine, lumbar adjusted" into a refused part and a treated one. The
 * place reader (find-segments.ts) and the P/A/R/T reader (find-findings.ts) both judge how far a
 * negation reaches by these parts.
 */

// Words for a manipulation done at this visit (chiropractic and osteopathic techniques). An
// osteopathic technique names its manipulation and often its region: Spencer's sequence is the
// shoulder's, rib raising the rib cage's, an inlet release the thoracic region's, doming the
// abdominal diaphragm's (the place words in find-segments.ts count those regions). A label
// "Extraspinal:" on a procedure line names the extraspinal manipulation ("EXTRASPINAL: RIBS").
// Muscle energy is written "ME" or "MET" where a clause starts ("BLT sacrum; ME rib 5 R": QA stop
// 51, H7), never as the pronoun there (the flag is case-insensitive: the clause start and the place
// after it tell it); myofascial release "MFR".
export const TREATED = new RegExp(
  String.raw`\b(?:adjust(?:ed|ment|ments|ing)?|manipulat(?:ed|ion|ions|ing|ive)|CMT|OMT|SMT|OMM|HVLA|HVLAT|diversified|gonstead|activator|thompson|drop[- ]table|toggle|flexion[- ]distraction|SOT|arthrostim|muscle\s+energy|counterstrain|balanced\s+ligamentous|BLT|myofascial\s+release|articulatory|craniosacral|cranial\s+osteopathy|thrust|treated|extra-?spinal(?=\s*:)|spencer(?:\s+technique)?|rib\s+raising|doming|(?:thoracic\s+inlet|suboccipital|diaphragm(?:atic)?|fascial|ligamentous)\s+release|facilitated\s+positional\s+release|FPR|still\s+technique|(?:lymphatic|pedal|thoracic)\s+pump|MFR|(?<=(?:^|[;:,(\n])[ \t]{0,3})MET?(?=[ \t]+(?:to\b|of\b|at\b|[CTLSR]\d|(?:right|left|bilateral|R|L)\b|[a-z]{3,})))\b` +
    // In Spanish too (spanish-words.json): "ajuste", "manipulación", "se ajustó".
    `|${spanishSource('treated')}`,
  'i',
);
/**
 * A comma, "but", "while", "whereas" or "however" starts a new part of a clause: a part that names
 * its own manipulation ("lumbar adjusted", "adjusted L4") is not reached by a refusal in an earlier
 * part ("No adjustment to the cervical spine, lumbar adjusted"); a bare list item is ("no
 * adjustment to the cervical spine, lumbar or thoracic").
 */
const PART_BREAK = /,|\b(?:but|while|whereas|however)\b/gi;
/**
 * A part that says its manipulation by leaving the verb out, in contrast with another part of the
 * clause that names it: "Cervical not adjusted, lumbar was", "neck held but the low back and
 * pelvis were", "thoracic was too". Only a few words before the auxiliary and nothing after it.
 */
const ELLIDED_VERB = /^\s*(?:[\w/-]+\s+){1,5}?(?:was|were|did)(?:\s+(?:too|also|as\s+well))?\s*[.!]?\s*$/i;
// A part that refuses or undoes its own manipulation keeps the refusal.
export const PART_NEGATION = new RegExp(
  String.raw`\b(?:no|not|without|declined|refused|deferred|held|withheld|skipped|omitted|postponed|cancell?ed|contraindicated)\b|n't\b` +
    // "sin", "niega", "ausencia de" (spanish-words.json).
    `|${spanishSource('negation')}`,
  'i',
);
// Future or planned care is not today's treatment. A clause under "Plan" (or "Treatment plan", "Tx
// plan") is planned care unless it says it was done today: "Plan: Chiropractic manipulation C5, T1
// (diversified), 98940." bills the visit's manipulation (a CMT or OMT code), as "P: CMT to L5" does.
// A later visit named ("next visit", "next tx", "next week", "at follow-up", "RTC 1 wk for CMT",
// "return in 2 days for CMT", "going to adjust") puts the clause's care there.
export const FUTURE = new RegExp(
  String.raw`\b(?:will|going\s+to|plan(?:s|ned)?\s+to|next\s+(?:visit|appointment|appt|session|tx|treatment|time|week)|at\s+(?:the\s+)?(?:next\s+)?(?:follow-?\s?up|f\/u)|RTC|return(?:ing)?\s+(?:in|to\s+(?:the\s+)?(?:clinic|office))|to\s+be|continue\s+to|recommend(?:ed)?|consider)\b|^(?:(?:tx|treatment|care|rx)\s+)?plan\b(?![^\n]*\b(?:today|hoy|989(?:4[0-3]|2[5-9])|adjusted|manipulated|performed|delivered|ajustad[oa]s?|manipulad[oa]s?|realizad[oa])\b)` +
    // A Spanish note's later visit ("próxima visita", "se ajustará"; spanish-words.json).
    `|${spanishSource('future')}`,
  'i',
);

/** One part of a clause (see PART_BREAK), offsets in the field. */
export type Part = { start: number; end: number; text: string };

/** The part of the clause around the place at start..end, or undefined for a clause of one part. */
export function partAround(clause: Clause, start: number, end: number): Part | undefined {
  let partStart = clause.start;
  let partEnd = clause.end;
  PART_BREAK.lastIndex = 0;
  for (let m = PART_BREAK.exec(clause.text); m !== null; m = PART_BREAK.exec(clause.text)) {
    const at = clause.start + m.index;
    if (at < start) partStart = at + m[0].length;
    else if (at >= end) {
      partEnd = at;
      break;
    }
  }
  // A clause of one part has nothing else to be reached from.
  if (partStart === clause.start && partEnd === clause.end) return undefined;
  return { start: partStart, end: partEnd, text: clause.text.slice(partStart - clause.start, partEnd - clause.start) };
}

/**
 * Whether a part names a manipulation of its own, not refused or planned ("lumbar adjusted",
 * "adjusted T6", or "lumbar was" with the verb left out and named elsewhere in the clause).
 */
export function treatsOwn(part: Part, clauseText: string): boolean {
  const treats = TREATED.test(part.text) || (ELLIDED_VERB.test(part.text) && TREATED.test(clauseText));
  return treats && !PART_NEGATION.test(part.text) && !FUTURE.test(part.text);
}

/** The parts of a clause (see PART_BREAK), in order, offsets in the field. */
function partsOf(clause: Clause): Part[] {
  const parts: Part[] = [];
  let partStart = clause.start;
  PART_BREAK.lastIndex = 0;
  for (let m = PART_BREAK.exec(clause.text); m !== null; m = PART_BREAK.exec(clause.text)) {
    const at = clause.start + m.index;
    parts.push({ start: partStart, end: at, text: clause.text.slice(partStart - clause.start, at - clause.start) });
    partStart = at + m[0].length;
  }
  parts.push({ start: partStart, end: clause.end, text: clause.text.slice(partStart - clause.start) });
  return parts;
}

/**
 * Whether a part strictly between the part holding `from` and the part holding `to` names a
 * manipulation of its own (treatsOwn): the list a negation at `from` governs ends there.
 */
export function treatedPartBetween(clause: Clause, from: number, to: number): boolean {
  const parts = partsOf(clause);
  const first = parts.findIndex((p) => from < p.end);
  for (let i = first + 1; i < parts.length; i++) {
    const part = parts[i] as Part;
    if (to < part.end) return false;
    if (treatsOwn(part, clause.text)) return true;
  }
  return false;
}
