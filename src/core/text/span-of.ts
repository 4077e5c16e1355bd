import type { FieldText, Span } from '../types';

/** The span of `field.text[start, end)`, quoting its text (every evidence, trigger and mention span). */
export function spanOf(field: FieldText, start: number, end: number): Span {
  return { fieldId: field.id, start, end, text: field.text.slice(start, end) };
}
