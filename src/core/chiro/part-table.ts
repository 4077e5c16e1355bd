import type { FieldText, Span } from '../types';
import type { PartLetter } from './chiro-types';
import { ABSENT_WORDS, partLetterLines } from './part-symbols';

/**
 * P/A/R/T written as a table, one row per segment (QA stop 46, I):
 *
 *   | Segment | P (pain) | A (asymmetry) | R (ROM) | T (tone) |
 *   | C5      | +        | +             | +       | -        |
 *
 * The header names a column's letter by the letter or its word; a row's cell says whether that
 * finding is there ("+", "yes", "x", a grade or a word) or not ("-", "no", "0", "WNL", blank). The
 * row's place is read as any line's is (find-segments.ts); this reader gives its letters.
 */
export type PartTable = {
  /** Per line (as splitClauses numbers them) of a table's body, the findings its cells mark. */
  rows: Map<number, { letter: PartLetter; span: Span }[]>;
  /** Lines that are a table's header or rule: their words ("P (pain)") are column names, no finding. */
  headers: Set<number>;
};

const COLUMN: readonly [PartLetter, RegExp][] = [
  ['P', /^(?:P\b|pain|tender)/i],
  ['A', /^(?:A\b|asym|misalign|alignment)/i],
  ['R', /^(?:R\b|ROM\b|range|motion|mobility|restrict)/i],
  ['T', /^(?:T\b|tone|tissue|texture|spasm|hypertonic)/i],
];
const RULE_CELL = /^\s*:?-{2,}:?\s*$/;
// A cell that says the finding is not there: a minus of any kind, a no, a zero, "normal", a ballot
// cross or an empty box (a checklist's no), or blank. A tick, "X" or "Yes" marks it (QA stop 53 H3).
const ABSENT = new RegExp(String.raw`^(?:\(?\s*(?:[-−–—]|n|${ABSENT_WORDS}|[✗✘☐□]|\[\s*\])?\s*\)?)$`, 'i');

/**
 * The P/A/R/T letters a table's header cells name, one per cell (undefined for a cell that names
 * none): the same column words the note's tables are read by, for a page's table or grid
 * (src/content/part-findings-table.ts).
 */
export function partColumnsOf(cells: readonly string[]): (PartLetter | undefined)[] {
  return cells.map((cell) => COLUMN.find(([, word]) => word.test(cell.trim()))?.[0]);
}

/**
 * The table line's cells with their offsets in the field, or undefined when the line is no table
 * row. Outer pipes may be left out ("Segment | P | A | R | T" over "L4 | + | + | + | +", QA stop
 * 52 H4): the text before the first pipe and after the last is then a cell of its own. A line
 * needs two pipes, so a lone "a | b" aside is no row.
 */
function cellsOf(line: string, at: number): { text: string; start: number }[] | undefined {
  const first = line.indexOf('|');
  const last = line.lastIndexOf('|');
  if (first < 0 || last <= first) return undefined;
  const open = line.slice(0, first).trim() !== '';
  const close = line.slice(last + 1).trim() !== '';
  const cells: { text: string; start: number }[] = [];
  const push = (from: number, to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), start: at + from + lead });
  };
  if (open) push(0, first);
  let from = first + 1;
  for (let i = from; i <= last; i++) {
    if (line[i] !== '|') continue;
    push(from, i);
    from = i + 1;
  }
  if (close) push(last + 1, line.length);
  return cells;
}

/**
 * The P/A/R/T tables of a note (empty maps for a note without a "|" or a tab), and its lines of
 * labelled letters (part-symbols.ts partLetterLines). A tab separates cells as a pipe does: a grid
 * on the page is read with its cells a tab apart (read-editable.ts), and so is one pasted from a
 * spreadsheet or an EHR's grid ("Cervical C5-C6 ⇥ ✓ ⇥ ✓", QA stop 53 H3).
 */
export function readPartTables(field: FieldText): PartTable {
  const out: PartTable = { rows: partLetterRows(field), headers: new Set() };
  if (!field.text.includes('|') && !field.text.includes('\t')) return out;
  // Same length: every offset stays the field's.
  const lines = field.text.replace(/\t/g, '|').split('\n');
  let columns: (PartLetter | undefined)[] | undefined;
  let at = 0;
  for (let n = 0; n < lines.length; at += (lines[n] ?? '').length + 1, n++) {
    const cells = cellsOf(lines[n] ?? '', at);
    if (!cells) {
      columns = undefined;
      continue;
    }
    if (!columns) {
      const letters = partColumnsOf(cells.map((c) => c.text));
      // A header names two or more of the letters, each once: otherwise it is some other table.
      const named = letters.filter((l): l is PartLetter => l !== undefined);
      if (named.length >= 2 && new Set(named).size === named.length) {
        columns = letters;
        out.headers.add(n);
      }
      continue;
    }
    if (cells.every((c) => RULE_CELL.test(c.text))) {
      out.headers.add(n);
      continue;
    }
    const found: { letter: PartLetter; span: Span }[] = [];
    cells.forEach((cell, i) => {
      const letter = columns?.[i];
      if (letter && !ABSENT.test(cell.text))
        found.push({
          letter,
          span: { fieldId: field.id, start: cell.start, end: cell.start + cell.text.length, text: cell.text },
        });
    });
    out.rows.set(n, found);
  }
  return out;
}

/** A field's labelled P/A/R/T lines as table rows (their findings, spans in the field). */
function partLetterRows(field: FieldText): PartTable['rows'] {
  const rows: PartTable['rows'] = new Map();
  for (const [line, hits] of partLetterLines(field.text))
    rows.set(
      line,
      hits.map(({ letter, start, end }) => ({
        letter,
        span: { fieldId: field.id, start, end, text: field.text.slice(start, end) },
      })),
    );
  return rows;
}
