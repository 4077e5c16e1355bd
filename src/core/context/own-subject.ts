/**
 * A backward cue that tells the state of the words right before it ("HA resolved", "arm pain has
 * resolved") speaks of its own clause's subject when that clause has one: in "Neck pain 3/10,
 * headaches resolved" or "Cervicalgia, tension HA - HA resolved" it is the headache that resolved,
 * not the neck pain past the comma (blind QA stop 56: a chiropractic re-exam's current neck pain
 * and a follow-up's "Cervicalgia, ... - prior C6 radiculopathy resolved" were read as resolved).
 * A clause with no word of its own ("L5 radiculopathy, resolved"; "T6 subluxation, previously
 * treated in 2024, resolved"), or only words that point back ("symptoms", "which has", "now"),
 * still reaches the finding before its comma, as does the tail of a list ("neck pain, HA and
 * dizziness resolved": what the list names resolved together). Rules that read so carry
 * `ownClause` in context-rules.json.
 */

/** Words that are no subject of their own: they point back to the finding before the comma, or tell when or how fully. */
const POINTS_BACK = new Set([
  'previously',
  'prior',
  'since',
  'now',
  'then',
  'later',
  'subsequently',
  'eventually',
  'ultimately',
  'fully',
  'completely',
  'totally',
  'entirely',
  'largely',
  'mostly',
  'partially',
  'partly',
  'essentially',
  'all',
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'been',
  'which',
  'that',
  'it',
  'this',
  'these',
  'those',
  'they',
  'symptoms',
  'symptom',
  'sx',
  'sxs',
  'apparently',
  'reportedly',
  'clinically',
  'spontaneously',
  'quickly',
  'gradually',
  'also',
]);

/** Words that join the items of a list, whose tail's predicate is the whole list's. */
const LIST_JOINS = new Set(['and', 'or', '&', 'nor']);

const WORD = /[a-z0-9&]+(?:['/-][a-z0-9]+)*/gi;

/**
 * Whether the clause right before a cue at `cueStart` (from the last comma or semicolon after
 * `from`) names a subject of its own: then the cue does not reach a finding that ends at or before
 * `from`. False where no comma or semicolon stands between (the cue reaches as before).
 */
export function namesOwnSubject(text: string, from: number, cueStart: number): boolean {
  let comma = cueStart - 1;
  while (comma >= from) {
    const c = text.charCodeAt(comma);
    if (c === 44 || c === 59) break;
    comma--;
  }
  if (comma < from) return false;
  const clause = text.slice(comma + 1, cueStart);
  let own = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(clause); m !== null; m = WORD.exec(clause)) {
    const word = m[0].toLowerCase();
    if (LIST_JOINS.has(word)) return false;
    if (!own && !POINTS_BACK.has(word) && !/^\d+(?:[/-]\d+)*$/.test(word)) own = true;
  }
  return own;
}
