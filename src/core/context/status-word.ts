import type { Span, Status, StatusReason } from '../types';
import { isUnansweredMark } from './unanswered-label';

/**
 * An unchecked box ("[ ]", "☐") as its own text: the statuses its option gets (check-boxes.ts).
 * Only the glyph the trigger quotes is read, so a "hypothetical" said by words keeps its word.
 */
const UNCHECKED_BOX = /^(?:\[\s*\]|\(\s*\)|[☐□❏❑])$/;

/**
 * A negation that is a resolution: a problem list's "Resolved" status (problem-status.ts) or
 * "radiculopathy - resolved" in prose. Both are read as negated (NegEx files "resolved" as a
 * post-negation), but the condition was there and is over: "only as negated" told the coder the
 * note denied it (QA stop 53, L2).
 */
const RESOLVED = /^(?:status:\s*)?(?:resolved|cleared|healed)$/i;

/**
 * How a finding names a statement's status ("only as negated or ..."): "unchecked" for an option
 * the form leaves unticked, which the status records as hypothetical (nothing asserted either
 * way); "resolved" for a negation that is a resolution (RESOLVED); the status itself otherwise.
 * The word, never the status, changes: statuses are contract.
 * QA stop 49, C10: "documents it only as hypothetical" for a box nobody ticked; "unanswered" for a
 * template's label left blank (page QA stop 53, H2).
 * A status the reader set for a reason (`reason`, carried with the status by whoever set it) is
 * named by that reason: "corrected" for a statement the note's later word took back (stop 54: the
 * word was chosen from the status alone, and a correction's negation read "negated").
 */
export function statusWord(
  status: Status,
  trigger: Span | null | undefined,
  reason?: StatusReason,
): StatusWord {
  if (reason === 'correction' && status === 'negated') return 'corrected';
  if (!trigger) return status;
  const text = trigger.text.trim();
  if (status === 'negated') return RESOLVED.test(text) ? 'resolved' : status;
  if (status !== 'hypothetical') return status;
  if (UNCHECKED_BOX.test(text)) return 'unchecked';
  // A template's label left blank or with its placeholder ("Radiculopathy: ***"): unanswered-label.ts.
  return isUnansweredMark(text) ? 'unanswered' : status;
}

/** The words a finding may use for a status: the status, or how it was written ("unchecked", "unanswered", "resolved", "corrected"). */
export type StatusWord = Status | 'unchecked' | 'unanswered' | 'resolved' | 'corrected';

/**
 * How the English text names a status word (term_status_<word> in the catalogues): "corrected" in
 * full, and "family history" for a relative's condition ("documents it only as family" read as if
 * the note said nothing of whose condition it was; the Spanish word was always "antecedente familiar").
 */
export function statusWordText(word: StatusWord): string {
  if (word === 'corrected') return 'corrected by a later addendum or correction';
  return word === 'family' ? 'family history' : word;
}
