/**
 * A patient's refusal of care, in the words the negation rules do not hold ("declined" is one of
 * them, context-rules.json): "refused", "refuses", "declines", "did not consent to", "would not
 * allow", "opted out of". Said of a manipulation it means the place was not treated.
 */
const REFUSAL = /\b(?:refus(?:ed|es|ing|al\s+of)|declin(?:es|ing)|opted\s+out\s+of|did\s+not\s+consent\s+to|(?:would|will)\s+not\s+(?:allow|consent\s+to))\b/gi;

/**
 * The last refusal in `text` before `at` (offsets in `text`), or undefined. The caller reads it
 * only in a clause that names a manipulation, and only for a place whose own part of the clause
 * does not name one of its own ("refused cervical CMT, lumbar adjusted"), as for any negation.
 *
 * @example refusalBefore('Patient refused cervical CMT', 16) // {start: 8, end: 15}
 */
export function refusalBefore(text: string, at: number): { start: number; end: number } | undefined {
  let last: { start: number; end: number } | undefined;
  REFUSAL.lastIndex = 0;
  for (let m = REFUSAL.exec(text); m !== null && m.index < at; m = REFUSAL.exec(text)) last = { start: m.index, end: m.index + m[0].length };
  return last;
}
