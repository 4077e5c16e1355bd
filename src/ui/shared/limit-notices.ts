import type { CheckLimits } from '../../protocol/messages';

type Say = (id: string, params?: Record<string, string | number>) => string;

/**
 * What a surface says when part of the page went unchecked (CheckLimits), one sentence each, in
 * the order the inline card and the side panel show them: a note past the size budget, a field
 * read only as far as it shows, the notes a page with too many fields left out. `say` is the
 * surface's own translator (the card's language is its frame's, the panel's the user's).
 */
export function limitNotices(limits: CheckLimits | undefined, say: Say): string[] {
  if (!limits) return [];
  const out: string[] = [];
  const kb = (chars: number) => Math.max(1, Math.round(chars / 1024));
  if (limits.checkedChars < limits.totalChars)
    out.push(say('notesTooLarge', { checked: kb(limits.checkedChars), total: kb(limits.totalChars) }));
  // A note in an editor that draws only the lines in view: the rest was not read, and is not claimed.
  if (limits.partialFields) out.push(say('notesShownOnly'));
  // A page with more fields than a snapshot takes: its last notes were not sent (content/cap-fields.ts).
  if (limits.omittedFields) out.push(say('fieldsOmitted', { count: limits.omittedFields }));
  return out;
}
