import type { Span, Status } from '../types';

/**
 * An unchecked box ("[ ]", "☐") as its own text: the statuses its option gets (check-boxes.ts).
 * Only the glyph the trigger quotes is read, so a "hypothetical" said by words keeps its word.
 */
const UNCHECKED_BOX = /^(?:\[\s*\]|\(\s*\)|[☐□❏❑])$/;

/**
 * How a finding names a statement's status ("only as negated or ..."): "unchecked" for an option
 * the form leaves unticked, which the status records as hypothetical (nothing asserted either
 * way); the status itself otherwise. The word, never the status, changes: statuses are contract.
 * QA stop 49, C10: "documents it only as hypothetical" for a box nobody ticked.
 */
export function statusWord(status: Status, trigger: Span | null | undefined): Status | 'unchecked' {
  return status === 'hypothetical' && trigger && UNCHECKED_BOX.test(trigger.text.trim())
    ? 'unchecked'
    : status;
}
