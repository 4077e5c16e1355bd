import { spanOf } from '../text/span-of';
import type { FieldText, Span } from '../types';
import type { Clause } from './split-clauses';

// The manipulation itself, by the words chiropractors and osteopaths chart it with (CMT and OMT
// spelled out too: "chiropractic manipulative treatment deferred").
const M = String.raw`(?:(?:spinal|chiropractic|osteopathic|manual)\s+)?(?:adjust(?:ment|ments|ing)?|manipulations?|manipulative\s+(?:treatment|therapy)|CMT|SMT|OMT|OMM|HVLA)`;
// Words that may stand between a refusal and the manipulation ("declined today's adjustment").
const FILL = String.raw`(?:(?:the|any|all|an?|today'?s|further|planned|scheduled)\s+)*`;
/**
 * A statement that the manipulation was not done at this visit, in the three shapes notes use:
 * the manipulation then the cue ("Adjustment deferred", "CMT not performed"), the cue then the
 * manipulation ("declined CMT", "patient refused manipulation", "held adjustments"), or "no"/"not"
 * with it ("no adjustment today", "did not adjust", "not manipulated").
 */
const NOT_PERFORMED = new RegExp(
  [
    String.raw`\b${M}\b[^.;]{0,30}?\b(?:(?:was|were|is|are)\s+)?(?:deferred|held|withheld|skipped|omitted|postponed|cancell?ed|contraindicated|not\s+(?:performed|done|given|delivered|provided|administered|indicated|tolerated))\b`,
    String.raw`\b(?:declined|refused|deferred|held|withheld|skipped|postponed|cancell?ed)\s+${FILL}${M}\b`,
    String.raw`\b(?:no|without)\s+${FILL}${M}\b`,
    String.raw`\b(?:did\s+not|didn'?t|was\s+not|were\s+not|not)\s+(?:be\s+)?(?:adjust(?:ed)?|manipulat(?:ed|e)|perform(?:ed)?\s+${FILL}${M})\b`,
  ].join('|'),
  'i',
);
// Planned or conditional care ("will defer if the flare continues", "consider holding CMT") is not today's visit.
const NOT_TODAY =
  /\b(?:will|would|should|may|might|if|unless|consider|plan(?:s|ned)?\s+to|recommend(?:ed)?|last|previous(?:ly)?|prior|yesterday|ago|history|before)\b|^plan\b/i;

/**
 * A visit-level statement that no manipulation was done today, in a clause that names no place
 * (the caller passes only such clauses: a place named with it makes it that place's negation,
 * "no adjustment to the cervical spine", read by findSegments). Its span is the evidence.
 *
 * @example findNoManipulation(field, clause)?.text // 'Adjustment deferred today'
 */
export function findNoManipulation(field: FieldText, clause: Clause): Span | undefined {
  const m = NOT_PERFORMED.exec(clause.text);
  if (!m || NOT_TODAY.test(clause.text)) return undefined;
  // "today" just after the statement belongs to it ("Adjustment deferred today").
  const start = clause.start + m.index;
  const rest = /^[^.;,]*?\btoday\b/i.exec(field.text.slice(start + m[0].length, clause.end));
  return spanOf(field, start, start + m[0].length + (rest && rest[0].length <= 20 ? rest[0].length : 0));
}
