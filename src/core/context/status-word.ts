import type { Span, Status } from '../types';

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
 * way); "resolved" for a negation that is a resolution (RESOLVED); the status itself otherwise. The word, never the status, changes: statuses are contract.
 * QA stop 49, C10: "documents it only as hypothetical" for a box nobody ticked.
 */
export function statusWord(
  status: Status,
  trigger: Span | null | undefined,
): Status | 'unchecked' | 'resolved' {
  if (!trigger) return status;
  if (status === 'hypothetical' && UNCHECKED_BOX.test(trigger.text.trim())) return 'unchecked';
  if (status === 'negated' && RESOLVED.test(trigger.text.trim())) return 'resolved';
  return status;
}
