import type { FieldText, Span } from '../types';

/** The span of `field.text[start, end)`, quoting its text (every evidence, trigger and mention span). */
export function spanOf(field: FieldText, start: number, end: number): Span {
  return { fieldId: field.id, start, end, text: field.text.slice(start, end) };
}

/**
 * The span of `field.text[start, end)` quoting `text`, a string known to equal that stretch (a
 * table's copy of a word the note repeats): no string of its own for each span.
 */
export function spanQuoting(field: FieldText, start: number, end: number, text: string): Span {
  return { fieldId: field.id, start, end, text };
}
