/**
 * Reads the CDC/NCHS ICD-10-CM order file (fixed width, CRLF, ASCII), as described in CDC's
 * icd10OrderFiles.pdf: order number 0-4, code 6-12 (no dot), billable flag 14, short title 16-75,
 * long title 77-. The build and the tests both read the official file through this one parser.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export type OrderRow = {
  order: number;
  /** Dotted: "M99.60". */
  code: string;
  billable: boolean;
  shortTitle: string;
  longTitle: string;
};

/** "M9960" -> "M99.60"; three-character categories have no dot. */
export function dotCode(raw: string): string {
  return raw.length > 3 ? `${raw.slice(0, 3)}.${raw.slice(3)}` : raw;
}

export function parseOrderFile(text: string): OrderRow[] {
  const rows: OrderRow[] = [];
  const lines = text.split('\r\n');
  if (lines.at(-1) === '') lines.pop();
  for (const [i, line] of lines.entries()) {
    const flag = line[14];
    if (line.length < 78 || (flag !== '0' && flag !== '1') || line[5] !== ' ' || line[13] !== ' ') {
      throw new Error(`order file line ${i + 1} is not in the fixed-width layout: ${JSON.stringify(line.slice(0, 40))}`);
    }
    rows.push({
      order: Number(line.slice(0, 5)),
      code: dotCode(line.slice(6, 13).trim()),
      billable: flag === '1',
      shortTitle: line.slice(16, 76).trimEnd(),
      longTitle: line.slice(77).trimEnd(),
    });
  }
  return rows;
}

/** Reads and parses a gzipped order file (the form kept in data/icd10cm/). */
export function readOrderFile(path: string): OrderRow[] {
  // latin1 keeps every byte as one character; the file is ASCII, which the build checks.
  const text = gunzipSync(readFileSync(path)).toString('latin1');
  if (/[^\r\n\x20-\x7e]/.test(text)) throw new Error(`${path} has non-ASCII bytes; the CDC order file is ASCII`);
  return parseOrderFile(text);
}
