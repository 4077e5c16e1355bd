/**
 * A row of a diagnosis list that is no longer current: the problem list's "Resolved 06/2023" row,
 * a visit's "Removed from encounter" row drawn struck through (Epic-like, /tmp/qapages51 b1: a
 * resolved cervical radiculopathy was judged against today's lumbar note). Such a row is the
 * chart's record of what was, never a code entered for this visit; it is left out as a row not
 * ticked is (ticked-rows.ts).
 *
 * Ended when a cell of its own (not the one with the code) says so and says little else (a status
 * column: "Resolved", "Resolved 06/2023", "Inactive", "Removed from encounter", "Entered in error"),
 * or when its text is struck through (`<s>`, `<del>`, `<strike>`, or text-decoration line-through on
 * the row or the cell that holds its text). Words: FHIR R4 Condition.clinicalStatus (inactive,
 * resolved) and verificationStatus (refuted, entered-in-error), http://hl7.org/fhir/R4/valueset-condition-clinical.html
 * and valueset-condition-ver-status.html; the EHRs' own row states (Epic's "Resolved" problems and
 * diagnoses "Removed" from the encounter, Cerner's "Canceled", "Discontinued"); Spanish as the same
 * words (resuelto, inactivo, eliminado, descartado, anulado); a claim line taken back (Void, Voided,
 * Reversed, Credit, Adjusted off) when its status cell says only that. The words are kept with the note's
 * status fields in src/core/context/status-values.json (one vocabulary, its sources there).
 */
import { statusWords, wordsSource } from '../core/context/status-values';

/** A status cell's text: an ended word first (core/context/status-values.json, the `row` reader), then at most a date or a few words ("from encounter"). */
const ENDED_STATUS = new RegExp(
  `^(?:${wordsSource(statusWords('row', undefined, false))})(?![\\p{L}\\p{N}])`,
  'iu',
);
/**
 * A claim line's state that is also a plain word ("Void", "Reversed", "Credit": status-values.json
 * `alone`): the cell says only that, with at most a date, a time or a number after it ("Voided
 * 09/30/2026"), never "Void of tenderness" or "Credit card on file".
 */
const ENDED_ALONE = new RegExp(
  `^(?:${wordsSource(statusWords('row', undefined, true))})(?:[\\s,:;.()-]*[\\d/.:-]+)*[\\s.)]*$`,
  'iu',
);
/** A status says little: longer cells are a title or a comment ("Resolved pain after PT, now…"). */
const MAX_STATUS = 48;
/** Something that looks like an ICD-10-CM code: the cell that holds it is the title, not the status. */
const CODE = /\b[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?\b/;
const CELL = 'td, th, [role="cell"], [role="gridcell"], [role="rowheader"]';
const STRUCK = 's, del, strike';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** True when `row` (a table or grid row, a list item) is a diagnosis no longer current. */
export function isEndedRow(row: Element): boolean {
  const cells = row.querySelectorAll(CELL);
  for (const cell of cells) {
    const text = clean(cell.textContent);
    if (text.length <= MAX_STATUS && (ENDED_STATUS.test(text) || ENDED_ALONE.test(text)) && !CODE.test(text))
      return true;
  }
  const first = [...cells].find((cell) => clean(cell.textContent) !== '') ?? row;
  return isStruck(row) || (first !== row && isStruck(first));
}

/** Its whole text inside a strike-through element, or drawn with a line through it. */
function isStruck(element: Element): boolean {
  const text = clean(element.textContent);
  if (!text) return false;
  const struck = [...element.querySelectorAll(STRUCK)].map((s) => clean(s.textContent)).join(' ');
  if (struck === text) return true;
  const view = element.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  return view.getComputedStyle(element).textDecorationLine.includes('line-through');
}
