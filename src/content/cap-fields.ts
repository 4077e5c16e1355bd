import type { SnapshotField } from '../protocol/messages';
import { MAX_SNAPSHOT_FIELDS } from '../protocol/limits';

/**
 * The fields one snapshot sends when a page has more than the protocol takes (a flowsheet with a
 * note box per row): every field that is not a note first (diagnosis, procedure, date, coverage:
 * few, and what the badge is about), then notes in page order until the cap; the rest are left
 * out and counted, so the worker can say so instead of the whole snapshot being refused. The kept
 * fields stay in page order (the rules read notes in order).
 */
export function capFields(
  fields: SnapshotField[],
  max = MAX_SNAPSHOT_FIELDS,
): { fields: SnapshotField[]; omitted: number } {
  if (fields.length <= max) return { fields, omitted: 0 };
  let room = max - fields.filter((f) => f.kind !== 'note').length;
  const kept = fields.filter((f) => {
    if (f.kind !== 'note') return true;
    if (room <= 0) return false;
    room--;
    return true;
  });
  // More fields that are not notes than the cap (a hostile page): the first of them, in page order.
  const capped = kept.length > max ? kept.slice(0, max) : kept;
  return { fields: capped, omitted: fields.length - capped.length };
}
