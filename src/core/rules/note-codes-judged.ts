import { assessContext } from '../context/assess-context';
import type { FieldText, FoundCode } from '../types';

/**
 * With no diagnosis field on the page (a note-only page, or the CLI given no --code), the codes the
 * rules judge are the ones the note names as today's: a code it names as past or denied ("Prior visit
 * dx M99.01 cervical, resolved.", "History of M48.062", "M54.16 ruled out") is named, not judged, as
 * a mention in that context is (the same ConText reading, context/assess-context.ts). Judged as if
 * current, such a code got a warning that the note does not support it (QA stop 60).
 * Codes in other fields than notes are kept as they are.
 */
export function noteCodesJudged(codes: readonly FoundCode[], notes: readonly FieldText[]): FoundCode[] {
  const judged: FoundCode[] = [];
  for (const code of codes) {
    const note = code.fieldKind === 'note' ? notes.find((n) => n.id === code.span.fieldId) : undefined;
    const status = note ? assessContext(note.text, code.span).status : 'affirmed';
    if (status !== 'negated' && status !== 'historical') judged.push(code);
  }
  return judged;
}
