/**
 * A procedure field's text with the modifiers its line applies elsewhere (a "Mod 1" column, a
 * modifiers select in the same item or row: read-field.ts rowModifiers). The core reads a
 * line's modifiers only right after its code ("98940 AT", "98941-AT GP"), so a field that shows
 * a description after the code (a select's option "98940 CMT 1-2 regions") gets them after the
 * code, not after the description, where "98940 CMT 1-2 regions AT" read as 98940 with none.
 */

/** A CPT code as a field shows it: five characters, digits (a Category II/III code ends in a letter). */
const CPT = /(?<![\p{L}\p{N}])\d{4}[0-9A-Z](?![\p{L}\p{N}])/u;

/**
 * The line as sent: `own` (the field's text) with `modifiers` after its code, and how much of the
 * start of it is the field's own text unchanged (spans there map onto the field).
 * @example procedureLine('98940 CMT 1-2 regions', ['AT']) // {text: '98940 AT CMT 1-2 regions', ownLength: 5}
 */
export function procedureLine(
  own: string,
  modifiers: readonly string[],
): { text: string; ownLength: number } {
  if (modifiers.length === 0) return { text: own, ownLength: own.length };
  const added = modifiers.join(' ');
  const code = CPT.exec(own);
  const end = code ? code.index + code[0].length : -1;
  if (!code || !own.slice(end).trim()) return { text: `${own} ${added}`, ownLength: own.length };
  return { text: `${own.slice(0, end)} ${added}${own.slice(end)}`, ownLength: end };
}
