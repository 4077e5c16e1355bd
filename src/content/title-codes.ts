/**
 * The codes a field's titles resolve to (the worker's title index) are added to its text only
 * when the field does not say them already: a table of this visit's diagnoses shows each title
 * beside its code, and both were read, every code twice (Cerner-like page q7, /tmp/qapages49).
 */
import { findCodes } from '../core/find-codes';

/** `codes` (dotted, upper case) that `text` does not hold, each once, in order. */
export function codesNotWritten(text: string, codes: readonly string[]): string[] {
  if (codes.length === 0) return [];
  const written = new Set(findCodes({ id: '', kind: 'diagnosis', text }).map((c) => c.code));
  return [...new Set(codes)].filter((code) => !written.has(code));
}
