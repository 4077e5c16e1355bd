import type { FieldText } from '../core';
import type { CheckLimits, PageSnapshot } from '../protocol/messages';
import { FIELD_CHAR_CAP } from '../protocol/limits';
import { tabFieldId } from './merge-frames';

export type BudgetedInput = {
  /** The fields to analyse, with tab-wide ids, each cut to what fits the budget. */
  fields: FieldText[];
  /** Characters checked per tab-wide field id. */
  checked: Map<string, number>;
  limits: CheckLimits;
};

/**
 * Chooses what one analysis reads: diagnosis fields first (short, and what the badge is about),
 * then notes in page order, each at most FIELD_CHAR_CAP characters, all together at most
 * `allowance`. A note past the budget is checked from its start, and the limits say how much;
 * they also count the fields read only as far as they show (SnapshotField.partial) and the fields
 * a frame left out of its snapshot (PageSnapshot.omittedFields).
 */
export function withinBudget(frames: [frameId: string, snapshot: PageSnapshot][], allowance: number): BudgetedInput {
  const all = frames.flatMap(([frameId, snapshot]) =>
    snapshot.fields.map((field) => ({ frameId, field, id: tabFieldId(frameId, field.id) })),
  );
  const ordered = [...all.filter((f) => f.field.kind === 'diagnosis'), ...all.filter((f) => f.field.kind !== 'diagnosis')];
  let left = allowance;
  let totalChars = 0;
  let checkedChars = 0;
  let partialFields = 0;
  const checked = new Map<string, number>();
  const kept = new Set<string>();
  const texts = new Map<string, string>();
  for (const { field, id } of ordered) {
    const length = Math.max(field.chars ?? 0, field.text.length);
    totalChars += length;
    if (field.partial) partialFields++;
    const take = Math.max(0, Math.min(field.text.length, FIELD_CHAR_CAP, left));
    left -= take;
    checkedChars += take;
    checked.set(id, take);
    if (take === 0 && field.text.length > 0) continue;
    kept.add(id);
    texts.set(id, take === field.text.length ? field.text : field.text.slice(0, take));
  }
  // Keep the page's own order in the analysis input (the rules read notes in order).
  const fields = all.filter((f) => kept.has(f.id)).map((f) => ({ id: f.id, kind: f.field.kind, text: texts.get(f.id) ?? '' }));
  // Fields a frame had past the snapshot's field cap were never sent (content/cap-fields.ts).
  let omittedFields = 0;
  for (const [, snapshot] of frames) omittedFields += snapshot.omittedFields ?? 0;
  return {
    fields,
    checked,
    limits: { checkedChars, totalChars, ...(partialFields > 0 ? { partialFields } : {}), ...(omittedFields > 0 ? { omittedFields } : {}) },
  };
}
