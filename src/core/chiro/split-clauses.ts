/** A clause of a note: a sentence, a semicolon-separated part, or a line. */
export type Clause = { start: number; end: number; text: string; line: number };

/**
 * Splits a note into clauses at sentence ends (". ", "!", "?"), semicolons and line breaks. Dots
 * inside codes and numbers ("M99.01", "2.5") do not split. Each clause keeps its line number so a
 * reader can carry a heading ("Cervical:") within one line only.
 *
 * @example splitClauses('Adjusted C2. No change; T6 tender.').map((c) => c.text) // ['Adjusted C2.', 'No change;', 'T6 tender.']
 */
export function splitClauses(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  let line = 0;
  const push = (end: number, nextLine: boolean) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed, line });
    start = end;
    if (nextLine) line++;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') push(i + 1, true);
    else if (ch === ';' || ch === '!' || ch === '?') push(i + 1, false);
    else if (ch === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1] ?? ''))) push(i + 1, false);
  }
  push(text.length, false);
  return out;
}
