import { findLevels, type LevelHit } from '../levels/find-levels';
import { spanOf } from '../text/span-of';
import type { FieldText, Mechanism, Mention, Site } from '../types';
import { normalizeSeverity } from './normalize-severity';

// A report's grading table flattened to text, one row per level and one column per site:
//
//   LEVEL | DISC | CANAL | RIGHT NF | LEFT NF
//   L4-5  | protrusion | severe | moderate | severe
//
// Each cell is its own sentence to the note reader (sentence-bounds.ts ends one at "|"), and a
// grade alone in a cell names nothing there: the table's meaning is in its header. Read here, a
// graded cell under a site column is a statement of that site at its row's level (and the side
// the column names); "normal", "none", "patent" under it say there is none.

/** A site column's header: its site and the side it names, if any. */
type SiteColumn = { site: Site; side: Mention['laterality'] };

const SIDE = /^(?:(right|rt|r)|(left|lt|l)|(bilateral|both|b\/l))\b\.?\s*/i;
const SITE_HEADERS: { site: Site; pattern: RegExp }[] = [
  {
    site: 'foramen',
    pattern: /^(?:neural\s+|neuro-?)?(?:foram\w*|NFN?|NF\s+narrowing)(?:\s+(?:stenosis|narrowing))?$/i,
  },
  {
    site: 'lateral-recess',
    pattern:
      /^(?:lateral\s+recess(?:es)?|subarticular(?:\s+recess)?|recess(?:es)?)(?:\s+(?:stenosis|narrowing))?$/i,
  },
  {
    site: 'canal',
    pattern:
      /^(?:(?:central|spinal|central\s+spinal)\s+)?canal(?:\s+(?:stenosis|narrowing))?$|^(?:central|CCS|central\s+stenosis)$/i,
  },
];

/** The site (and side) a header cell names, or undefined for another column (disc, facets, level). */
function siteColumn(header: string): SiteColumn | undefined {
  let rest = header.trim();
  let side: Mention['laterality'] = null;
  const s = SIDE.exec(rest);
  if (s) {
    side = s[1] ? 'right' : s[2] ? 'left' : 'bilateral';
    rest = rest.slice(s[0].length);
  }
  for (const { site, pattern } of SITE_HEADERS) if (pattern.test(rest)) return { site, side };
  return undefined;
}

/** A cell's grade (SEVERITY's words, a range too), or null. */
const GRADE =
  /^(minimal|mild|moderate|severe|marked|mod|sev)(?:(?:\s*(?:-|to|\/)\s*|-to-)(moderate|severe|marked|mod|sev))?\b/i;
/** A cell saying there is none. */
const NONE = /^(?:(?:normal|none|patent|no|neg(?:ative)?|nl|wnl|unremarkable|absent)\.?|[-—0])$/i;

type Cell = { start: number; end: number; text: string };

/**
 * A cell under a site column that says more than a grade ("moderate stenosis"): the note reader
 * reads its statement, and the column names its site and side (withColumnSites).
 */
export type SiteCell = { start: number; end: number; site: Site; side: Mention['laterality'] };

/**
 * What the tables of a note say: their own statements, the characters left unread, their prose
 * cells under a site column, and the lines of its aligned tables (below), which the note reader's
 * own statements must not be taken from.
 */
export type TableReading = { mentions: Mention[]; unread: number; cells: SiteCell[]; aligned: { start: number; end: number }[] };

/** The cells of one line (trimmed, with offsets), or undefined when it is no table row. */
function cellsOf(text: string, from: number, to: number): Cell[] | undefined {
  const cells = cellsOfLine(text, from, to, 124);
  return cells.length >= 3 ? cells : undefined;
}

/** The cells of one line split at each `separator` character ("|", a tab), trimmed, an empty one at either end left out. */
function cellsOfLine(text: string, from: number, to: number, separator: number): Cell[] {
  const cells: Cell[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text.charCodeAt(i) !== separator) continue;
    let s = start;
    let e = i;
    while (s < e && text.charCodeAt(s) <= 32) s++;
    while (e > s && text.charCodeAt(e - 1) <= 32) e--;
    cells.push({ start: s, end: e, text: text.slice(s, e) });
    start = i + 1;
  }
  // A leading or trailing rule ("| L4-5 | severe |") leaves an empty cell at either end.
  if (cells.length > 0 && cells[0]?.text === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]?.text === '') cells.pop();
  return cells;
}

/**
 * Whether the line is a Markdown table's rule row: only "|", "-", ":" and spaces, with a dash
 * ("|---|---|", "| :--- | ---: |").
 */
function isRuleRow(text: string, from: number, to: number): boolean {
  let dash = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) dash = true;
    else if (c !== 124 && c !== 58 && c !== 32 && c !== 9 && c !== 13) return false;
  }
  return dash;
}

/** What may follow a cell's grade and still leave it a grade alone: the side it is on ("mild left"). */
const SIDE_AFTER_GRADE = /^\s*(?:(right|rt|r)|(left|lt|l)|(bilateral(?:ly)?|bilat|both|b\/l))\.?$/i;

/** Lines of a table are at most this long: a longer line is prose that happens to hold a "|". */
const MAX_ROW = 400;

/** A header names a site somewhere in its line: most lines with a "|" are passed over on this test. */
const HEADER_HINT = /foram|canal|\bNFN?\b|recess|subarticular|central|\bCCS\b/i;

/** A data row starts with a level ("L4-5", "| C5-6"): its first letter and digit, before any split. */
function startsWithLevel(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && (text.charCodeAt(i) <= 32 || text.charCodeAt(i) === 124)) i++;
  return levelAt(text, i);
}

/** Whether a level's letter (C, T, L, S, either case) and a digit stand at `i`. */
function levelAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 32;
  const d = text.charCodeAt(i + 1);
  return (c === 99 || c === 116 || c === 108 || c === 115) && d >= 48 && d <= 57;
}

/**
 * How many statements the tables of one note give at most: a real report's table has a few dozen
 * cells, and a page of table rows (1 MB of them) is read this far; the rest is reported unread.
 */
export const MAX_TABLE_MENTIONS = 2000;

/**
 * The statements of every grading table in the note (none when it holds no "|"): one mention per
 * graded or "normal" cell under a site column, at the level its row starts with. `unread` is
 * the characters past MAX_TABLE_MENTIONS, left unread.
 */
export function tableMentions(field: FieldText): TableReading {
  const text = field.text;
  const out: Mention[] = [];
  const cells: SiteCell[] = [];
  const aligned: { start: number; end: number }[] = [];
  // Tables whose columns are lined up by spaces or tabs, read first (they hold no "|").
  if (mayHoldAlignedRow(text)) alignedTables(field, out, cells, aligned);
  if (out.length >= MAX_TABLE_MENTIONS) return { mentions: out, unread: 0, cells, aligned };
  if (text.indexOf('|') < 0) return { mentions: out, unread: 0, cells, aligned };
  let columns: (SiteColumn | undefined)[] | undefined;
  let bar = -1;
  for (let lineStart = 0; lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // The next "|" at all, not looked for again until the line that holds it.
    if (bar < lineStart) bar = text.indexOf('|', lineStart);
    if (bar < 0) break;
    const row = bar < lineEnd && lineEnd - lineStart <= MAX_ROW;
    if (!row) columns = undefined;
    else if (columns && startsWithLevel(text, lineStart, lineEnd)) {
      const row = cellsOf(text, lineStart, lineEnd);
      if (row) readRow(field, row, columns, out, cells);
      else columns = undefined;
      if (out.length >= MAX_TABLE_MENTIONS) return { mentions: out, unread: text.length - lineEnd, cells, aligned };
    } else if (columns && isRuleRow(text, lineStart, lineEnd)) {
      // A Markdown table's rule under its header ("|---|:---:|") keeps the header's columns.
    } else {
      const cells = HEADER_HINT.test(text.slice(lineStart, lineEnd))
        ? cellsOf(text, lineStart, lineEnd)
        : undefined;
      const header = cells?.map((c) => siteColumn(c.text));
      columns = header?.some((c) => c !== undefined) ? header : undefined;
    }
    lineStart = lineEnd + 1;
  }
  return { mentions: out, unread: 0, cells, aligned };
}

/**
 * A report's table with its columns lined up by spaces (a monospaced dictation) or tabs (a table
 * copied out of a page), under a header that names site columns:
 *
 *   Level    Disc                     Central canal    R foramen    L foramen
 *   C5-6     uncovertebral spur       mild             severe       mild
 *
 * Its lines are no sentences: read as prose they were one statement from the header's "Central
 * canal" to a row's "patent", negating every row (QA stop 50, class H3). Each row is read as a
 * "|" table's is, a cell placed under the header column it starts in (an empty cell leaves its
 * column out); `aligned` gets the table's lines, header to last row.
 */
function alignedTables(field: FieldText, out: Mention[], prose: SiteCell[], aligned: { start: number; end: number }[]): void {
  const text = field.text;
  ALIGNED_HEADER.lastIndex = 0;
  for (let hint = ALIGNED_HEADER.exec(text); hint !== null; hint = ALIGNED_HEADER.exec(text)) {
    const lineStart = text.lastIndexOf('\n', hint.index) + 1;
    let lineEnd = text.indexOf('\n', hint.index);
    if (lineEnd < 0) lineEnd = text.length;
    ALIGNED_HEADER.lastIndex = lineEnd;
    if (lineEnd - lineStart > MAX_ROW || text.lastIndexOf('|', lineEnd - 1) >= lineStart) continue;
    const header = alignedCells(text, lineStart, lineEnd);
    if (header === undefined || header.length < 3) continue;
    const columns = header.map((c) => siteColumn(c.text));
    if (!columns.some((c) => c !== undefined)) continue;
    let end = lineEnd;
    for (let rowStart = lineEnd + 1; rowStart < text.length && startsWithLevel(text, rowStart, rowStart + 2); ) {
      let rowEnd = text.indexOf('\n', rowStart);
      if (rowEnd < 0) rowEnd = text.length;
      if (rowEnd - rowStart > MAX_ROW) break;
      const chunks = alignedCells(text, rowStart, rowEnd);
      if (chunks === undefined) break;
      readRow(field, underColumns(chunks, header, lineStart, rowStart, text), columns, out, prose);
      end = rowEnd;
      ALIGNED_HEADER.lastIndex = rowEnd;
      if (out.length >= MAX_TABLE_MENTIONS) break;
      rowStart = rowEnd + 1;
    }
    if (end > lineEnd) aligned.push({ start: lineStart, end });
    if (out.length >= MAX_TABLE_MENTIONS) return;
  }
}

/** How far into a line a row's level is followed by its cell gap ("L5-S1     ", "C7-T1\t"). */
const LEVEL_CELL_REACH = 18;

/**
 * Whether some line starts (after spaces) with a level followed by a tab or two spaces within
 * LEVEL_CELL_REACH: an aligned table's data row. Line starts are found with indexOf, which is
 * all most notes cost; a search for two spaces over the whole note cost a typical 100 KB note 7%.
 */
function mayHoldAlignedRow(text: string): boolean {
  for (let at = 0; at < text.length; ) {
    let i = at;
    while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (levelAt(text, i)) {
      const end = Math.min(text.length, i + LEVEL_CELL_REACH);
      for (let j = i + 2; j < end; j++) {
        const c = text.charCodeAt(j);
        if (c === 9 || (c === 32 && text.charCodeAt(j + 1) === 32)) return true;
        if (c === 10) break;
      }
    }
    const next = text.indexOf('\n', i);
    if (next < 0) return false;
    at = next + 1;
  }
  return false;
}

/** A line that may head an aligned table: a site word (most such lines are prose, passed over by alignedCells). */
const ALIGNED_HEADER = new RegExp(HEADER_HINT.source, 'gi');
/** Between two cells of a line lined up by spaces: two spaces or more. */
const CELL_GAP = / {2,}/g;

/**
 * The cells of a line split at each tab (an empty cell between two tabs kept, so a row's cells
 * line up with its header's by order), else at runs of spaces; undefined when it has no such gap.
 */
function alignedCells(text: string, from: number, to: number): Cell[] | undefined {
  const tab = text.indexOf('\t', from);
  if (tab >= 0 && tab < to) {
    const cells = cellsOfLine(text, from, to, 9);
    return cells.length >= 2 ? cells : undefined;
  }
  const cells: Cell[] = [];
  let start = from;
  while (start < to && text.charCodeAt(start) <= 32) start++;
  CELL_GAP.lastIndex = start;
  for (let gap = CELL_GAP.exec(text); gap !== null && gap.index < to; gap = CELL_GAP.exec(text)) {
    if (gap.index > start) cells.push({ start, end: gap.index, text: text.slice(start, gap.index) });
    start = gap.index + gap[0].length;
  }
  let end = to;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  if (end > start) cells.push({ start, end, text: text.slice(start, end) });
  return cells.length >= 2 ? cells : undefined;
}

/**
 * A row's cells by the header's columns: each under the column whose header starts at or before
 * it (by its place in the line, a character or two either way), a tab-separated row by order when
 * its cells are as many as the header's. Columns with no cell get an empty one.
 */
function underColumns(chunks: Cell[], header: Cell[], headerStart: number, rowStart: number, text: string): Cell[] {
  // Split at tabs, the cells are in order already (alignedCells keeps the empty ones).
  const tab = text.indexOf('\t', rowStart);
  if (chunks.length === header.length || (tab >= 0 && tab < (chunks[chunks.length - 1] as Cell).end)) return chunks;
  const placed: Cell[] = header.map(() => ({ start: 0, end: 0, text: '' }));
  for (const chunk of chunks) {
    const at = chunk.start - rowStart;
    let column = 0;
    for (let i = 0; i < header.length; i++) if ((header[i] as Cell).start - headerStart <= at + 2) column = i;
    const cell = placed[column] as Cell;
    if (cell.text === '') placed[column] = chunk;
  }
  return placed;
}

/** The mentions of one data row under `columns` (the header's site columns, by position). */
function readRow(
  field: FieldText,
  cells: Cell[],
  columns: (SiteColumn | undefined)[],
  out: Mention[],
  prose: SiteCell[],
): void {
  const first = cells[0] as Cell;
  const levels = findLevels(first.text, first.start);
  if (levels.length !== 1) return;
  const hit = levels[0] as LevelHit;
  for (let i = 1; i < cells.length && i < columns.length; i++) {
    const column = columns[i];
    const cell = cells[i] as Cell;
    if (!column || cell.text === '') continue;
    // A cell that says more than a grade and its side ("mild stenosis") is a statement the note
    // reader reads (its site is the column's: withColumnSites).
    const grade = GRADE.exec(cell.text);
    let side = column.side;
    // A cause in brackets after the grade ("severe (facet, osteophyte)", "moderate (disc)"): the
    // cell is still a grade, with the mechanism the brackets name (QA stop 49, class C5).
    const cause = grade ? CAUSE_AFTER_GRADE.exec(cell.text.slice(grade[0].length)) : null;
    const causeAt =
      cell.start + (grade ? grade[0].length : 0) + (cause ? cause.index + cause[0].indexOf('(') + 1 : 0);
    const mechanisms = cause ? mechanismsIn(cause[1] as string) : NO_MECHANISMS;
    if (grade) {
      const rest = (
        cause
          ? cell.text.slice(grade[0].length, grade[0].length + cause.index)
          : cell.text.slice(grade[0].length)
      ).replace(/[.;,]$/, '');
      const sided = rest === '' ? null : SIDE_AFTER_GRADE.exec(rest);
      if (rest !== '' && !sided) {
        prose.push({ start: cell.start, end: cell.end, site: column.site, side: column.side });
        continue;
      }
      if (sided && side === null) side = sided[1] ? 'right' : sided[2] ? 'left' : 'bilateral';
    }
    const none = !grade && NONE.test(cell.text);
    if (!grade && !none) {
      prose.push({ start: cell.start, end: cell.end, site: column.site, side: column.side });
      continue;
    }
    // Quoted from the row's level to the cell ("L4-5 | protrusion | severe"): a grade alone
    // ("severe") says nothing to a reader of the quote.
    const cellSpan = spanOf(field, cell.start, cell.end);
    const span = spanOf(field, first.start, cell.end);
    const severity = grade
      ? grade[2]
        ? `${normalizeSeverity(grade[1] as string)}-${normalizeSeverity(grade[2])}`
        : normalizeSeverity(grade[1] as string)
      : null;
    out.push({
      site: column.site,
      levels: [{ raw: hit.level.raw, normalized: hit.level.normalized }],
      regions: hit.regions,
      regionAmbiguous: hit.regionAmbiguous,
      mechanisms,
      mechanismAmbiguous: mechanisms.length > 1,
      severity,
      laterality: side,
      status: none ? 'negated' : 'affirmed',
      trigger: none ? cellSpan : null,
      statusReason: undefined,
      span,
      kind: 'stenosis',
      mechanismEvidence:
        mechanisms.length > 0 && cause ? [spanOf(field, causeAt, causeAt + (cause[1] as string).length)] : [],
    });
  }
}

/** A cause in brackets closing a graded cell, after an optional side: group 1 its words. */
const CAUSE_AFTER_GRADE = /\s*\(([^()]{1,60})\)\s*[.;,]?$/;
const NO_MECHANISMS: Mechanism[] = Object.freeze([]) as unknown as Mechanism[];
/**
 * The mechanisms a cell's bracketed cause names, as a table writes them: a word each, the
 * condition's noun left out ("facet" for its hypertrophy, "disc" for its protrusion). Bone: facet,
 * osteophyte, spur, uncovertebral; disc: disc, protrusion, bulge, herniation, extrusion, DOC (disc
 * and bone); ligament: ligamentum flavum, LF; slip: listhesis, subluxation. ICD-10-CM index,
 * Stenosis, intervertebral foramina: osseous, disc, connective tissue, subluxation (clinical brief §5.2).
 */
const CAUSE_WORDS: { mechanism: Mechanism; pattern: RegExp }[] = [
  {
    mechanism: 'disc',
    pattern: /\b(?:dis[ck]s?|protru\w*|bulg\w*|herniat\w*|extru\w*|HNP|DOC|osteophyte\s+complex)\b/i,
  },
  {
    mechanism: 'osseous',
    pattern:
      /\b(?:facets?|facet\s+\w+|osteophyt\w*|spur\w*|uncovertebral|uncinate|bony|osseous|DOC|osteophyte\s+complex)\b/i,
  },
  { mechanism: 'connective-tissue', pattern: /\b(?:ligament\w*|flav\w*|LF|LFH|synovial\s+cyst|cyst)\b/i },
  { mechanism: 'subluxation', pattern: /\b(?:\w*listhesis|subluxation|slip)\b/i },
];
function mechanismsIn(words: string): Mechanism[] {
  const out: Mechanism[] = [];
  for (const { mechanism, pattern } of CAUSE_WORDS) if (pattern.test(words)) out.push(mechanism);
  return out;
}

/**
 * The note reader's statements inside a site column's cells (`cells`, in note order) take the
 * column's site when they name none ("| L4-5 | moderate stenosis |" under "Canal"), and its side
 * when they name none: the table's header says what its cells are about. Changed in place.
 */
export function withColumnSites(mentions: Mention[], cells: SiteCell[]): void {
  if (cells.length === 0) return;
  for (const m of mentions) {
    if (m.site !== 'unspecified' && m.laterality !== null) continue;
    const cell = cellHolding(cells, m.span.start, m.span.end);
    if (cell === undefined) continue;
    if (m.site === 'unspecified') m.site = cell.site;
    if (m.laterality === null) m.laterality = cell.side;
  }
}

/** The cell that holds [start, end), by binary search over cells in note order. */
function cellHolding(cells: SiteCell[], start: number, end: number): SiteCell | undefined {
  let lo = 0;
  let hi = cells.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cells[mid] as SiteCell).end < end) lo = mid + 1;
    else hi = mid;
  }
  const cell = cells[lo];
  return cell !== undefined && cell.start <= start && end <= cell.end ? cell : undefined;
}
