import { spanOf } from '../text/span-of';
import type { FieldText, Span } from '../types';
import type { ProcedureLine } from './chiro-types';
import { isKnownModifier, isKnownProcedure, manipulationCode } from './procedure-codes';

export type UnknownProcedureToken = { token: string; kind: 'code' | 'modifier'; span: Span };
export type ReadProcedures = { lines: ProcedureLine[]; unknown: UnknownProcedureToken[] };

// A CPT/HCPCS-shaped token: five digits, or a letter and four digits (G0283). Word boundaries keep
// it from matching inside longer numbers (phone numbers, dates written without separators, a
// decimal's "98940.5"); a full stop that ends the sentence is no part of the number ("CMT to
// lumbar spine, 98940." was no procedure: QA stop 60).
const PROCEDURE = /(?<![\w.$/])(\d{5}|[A-V]\d{4})(?!\w|\.\d|\/\d)/g;
// Modifiers follow the code, joined by "-", ":", "/", "," or spaces: "98941-AT", "98941 AT GP", "98941 (AT, GP)".
const MODIFIER_RUN = /^(?:\s{0,3}[-:/,(]?\s{0,2}([A-Za-z0-9]{2})(?![\w.%$]))/;
// Units and counts written after a code ("x1", "x2") are not modifiers.
const UNITS = /^[xX]\d$/;
// In a note, a five-digit number is only read as a procedure when it is a manipulation code or
// stands next to procedure words; ZIP codes and record numbers are left alone.
const NOTE_CPT_CONTEXT = /\b(?:CPT|CMT|OMT|billed|bill|code[ds]?|procedure|charge[ds]?)\b/i;

/**
 * Procedure lines (CPT code plus modifiers) from a procedure/fee-ticket field or from a note. In a
 * procedure field every code-shaped token is read and unknown codes or modifiers are listed (never
 * guessed); in a note only manipulation codes, or codes next to words such as "CPT", are read.
 *
 * @example readProcedures({id: 'fee', kind: 'procedure', text: '98941-AT GP'}).lines[0].modifiers // ['AT', 'GP']
 */
export function readProcedures(field: FieldText): ReadProcedures {
  const fromField = field.kind === 'procedure';
  const lines: ProcedureLine[] = [];
  const unknown: UnknownProcedureToken[] = [];
  const text = field.text;
  for (const m of text.matchAll(PROCEDURE)) {
    const code = (m[1] ?? '').toUpperCase();
    const start = m.index;
    if (!fromField) {
      const before = text.slice(Math.max(0, start - 24), start);
      if (!manipulationCode(code) && !(isKnownProcedure(code) && NOTE_CPT_CONTEXT.test(before))) continue;
    }
    let end = start + code.length;
    const modifiers: string[] = [];
    const pending: UnknownProcedureToken[] = [];
    for (let guard = 0; guard < 8; guard++) {
      const next = MODIFIER_RUN.exec(text.slice(end, end + 12));
      const token = next?.[1];
      if (!next || !token || UNITS.test(token)) break;
      const upper = token.toUpperCase();
      // In free text only upper-case modifiers count ("98941 at the visit" is not modifier AT).
      if (!fromField && token !== upper) break;
      const known = isKnownModifier(upper);
      // A lower-case word after a code in a field is prose, not a modifier, unless it is a known one.
      if (!known && (token !== upper || !fromField)) break;
      const tokenStart = end + next[0].length - token.length;
      if (!known)
        pending.push({ token: upper, kind: 'modifier', span: spanOf(field, tokenStart, tokenStart + 2) });
      modifiers.push(upper);
      end = tokenStart + 2;
    }
    if (text.charAt(end) === ')' && text.slice(start, end).includes('(')) end++;
    if (!isKnownProcedure(code)) {
      if (fromField)
        unknown.push({ token: code, kind: 'code', span: spanOf(field, start, start + code.length) });
      continue;
    }
    unknown.push(...pending);
    lines.push({ code, modifiers, span: spanOf(field, start, end), from: fromField ? 'procedure' : 'note' });
  }
  return { lines, unknown };
}

/** The procedure-shaped tokens of a text (CPT/HCPCS: "98941", "G0283"), in capitals. */
export function procedureTokensIn(text: string): string[] {
  const tokens: string[] = [];
  for (const m of text.matchAll(PROCEDURE)) tokens.push((m[1] ?? '').toUpperCase());
  return tokens;
}

/**
 * A procedure as the CLI and JSONL take it ("98941", "98941-AT", "98941 AT GP") turned into the
 * text of a procedure field, one line each; input that is not a procedure is kept as written so
 * that it is reported, not dropped.
 *
 * @example procedureFieldText(['98941-AT', '97140 GP']) === '98941-AT\n97140 GP'
 */
export function procedureFieldText(procedures: readonly string[]): string {
  return procedures
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n');
}
