import type { Excerpt, StoredField } from './messages';
import { EXCERPT_REACH } from './limits';

/**
 * The stretches of `text` around `spans` (each widened by `reach` characters both ways, merged
 * where they touch): all the panel needs to quote evidence, at a size that follows the number of
 * findings, not the size of the note.
 *
 * @example excerptsAround('a'.repeat(500) + 'stenosis', [{start: 500, end: 508}], 10)
 *   // [{start: 490, text: 'aaaaaaaaaastenosis'}]
 */
export function excerptsAround(text: string, spans: readonly { start: number; end: number }[], reach = EXCERPT_REACH): Excerpt[] {
  const windows = spans
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start <= s.end)
    .map((s) => [Math.max(0, s.start - reach), Math.min(text.length, s.end + reach)] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const w of windows) {
    const last = merged.at(-1);
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  return merged.map(([start, end]) => ({ start, text: text.slice(start, end) }));
}

/**
 * The stored text that covers [start, end) of a field, with the offset where it starts: the whole
 * text when the state has it, else the excerpt around the span. Undefined when none covers it.
 */
export function storedTextAround(field: StoredField, start: number, end: number): { text: string; offset: number } | undefined {
  if (field.text !== undefined) return { text: field.text, offset: 0 };
  const piece = field.excerpts?.find((e) => e.start <= start && end <= e.start + e.text.length);
  return piece ? { text: piece.text, offset: piece.start } : undefined;
}
