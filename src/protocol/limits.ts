/**
 * The size budgets that keep one huge or hostile page from slowing or switching off ChartLint in
 * every other tab (storage.session's quota and the service worker's one thread are shared by all
 * tabs). Real notes are a few thousand characters; these bounds sit far above that.
 */

/**
 * Fields one frame's snapshot holds at most. A page with more (a flowsheet of notes) sends its
 * diagnosis, procedure, date and coverage fields and its first notes in page order up to this, and
 * says how many it left out (PageSnapshot.omittedFields): badge and panel say so.
 */
export const MAX_SNAPSHOT_FIELDS = 500;

/** Characters of one field that are checked; the content script sends no more than this. */
export const FIELD_CHAR_CAP = 100_000;

/** Characters checked per tab over all its frames; fields past it are checked in part or not. */
export const TAB_CHAR_BUDGET = 300_000;

/**
 * Wall-clock time one snapshot's analysis should take at most. When a tab's analysis takes longer
 * (dense text on a slow machine), that tab's character allowance shrinks for its next snapshots so
 * the worker is free for the other tabs again; never below MIN_TAB_CHARS.
 */
export const SNAPSHOT_TIME_BUDGET_MS = 250;
export const MIN_TAB_CHARS = 20_000;

/** Bytes of JSON one tab's stored state may take in storage.session (10 MiB shared by all tabs). */
export const TAB_STATE_BYTE_BUDGET = 256 * 1024;

/** Characters kept either side of each span for the panel's quotes (its quotes reach 72). */
export const EXCERPT_REACH = 80;

/** Dismissals kept per page, at most: the badge may add them, a page script may push it to. */
export const MAX_DISMISSALS_PER_PAGE = 200;

/** True when part of the page went unchecked: a note past the budget, or a field read only as far as it shows. */
export function checkedInPart(limits: { checkedChars: number; totalChars: number; partialFields?: number; omittedFields?: number } | undefined): boolean {
  return limits !== undefined && (limits.checkedChars < limits.totalChars || (limits.partialFields ?? 0) > 0 || (limits.omittedFields ?? 0) > 0);
}

/** Codes per 'codes/explain' message: the side panel asks for a tab's codes in batches of this many. */
export const MAX_EXPLAIN_CODES = 500;
