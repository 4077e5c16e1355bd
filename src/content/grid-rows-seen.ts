/**
 * A data grid that draws only the rows in view (AG Grid's row virtualisation, DevExtreme's virtual
 * scrolling) takes a row out of the page when it is scrolled away: read from the page alone, a
 * charge line the user entered and scrolled past was dropped without a word. The grid says how many
 * rows it has (`aria-rowcount`) and which one each drawn row is (`aria-rowindex`), so the lines of
 * a column already read are kept by row index while the grid lives in the page, and the field is
 * sent `partial` (the badge and panel say it was checked in part) while some of its rows were never
 * drawn. What is kept is dropped when the row count changes (a row added or deleted moves the
 * indices) or the page's address does (another patient in the same grid), and a drawn row always
 * replaces what was kept for its index.
 */
import { dataRowsOf, headersOf } from './grid-columns';

/** One drawn row's line of a column ('' for an empty row), with its aria-rowindex when it has one. */
export type DrawnLine = { index: number | undefined; line: string };

/** The lines kept for one column of one grid. */
export type KeptRows = { rowcount: number; address: string; lines: Map<number, string> };

export type GridReading = { lines: string[]; partial: boolean; kept: KeptRows | undefined };

/**
 * The column's lines from the rows drawn now and those kept from earlier reads (pure). `rowcount`
 * is the grid's aria-rowcount (NaN when it has none, -1 when the grid does not know its total),
 * `headerRows` how many of those rows are header rows. A grid that draws every row keeps nothing.
 */
export function mergeRows(
  kept: KeptRows | undefined,
  rowcount: number,
  headerRows: number,
  address: string,
  drawn: readonly DrawnLine[],
): GridReading {
  const drawnLines = drawn.map((d) => d.line).filter(Boolean);
  // No total given: all of it is drawn, as far as anyone can tell.
  if (Number.isNaN(rowcount) || rowcount === 0) return { lines: drawnLines, partial: false, kept: undefined };
  // A total the grid does not know (-1), or rows with no index to keep them by: read as drawn, in part.
  if (rowcount < 0 || drawn.some((d) => d.index === undefined))
    return {
      lines: drawnLines,
      partial: rowcount < 0 || drawn.length + headerRows < rowcount,
      kept: undefined,
    };
  if (drawn.length + headerRows >= rowcount) return { lines: drawnLines, partial: false, kept: undefined };
  const lines =
    kept && kept.rowcount === rowcount && kept.address === address ? kept.lines : new Map<number, string>();
  for (const d of drawn) lines.set(d.index as number, d.line);
  const ordered = [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, line]) => line);
  return {
    lines: ordered.filter(Boolean),
    partial: lines.size + headerRows < rowcount,
    kept: { rowcount, address, lines },
  };
}

/** Kept lines per grid element and column kind: gone with the grid. */
const keptByGrid = new WeakMap<Element, Map<string, KeptRows>>();

/** The header rows of a grid: distinct aria-rowindex values of its header cells' rows (a row split over pinned parts is one). */
function headerRowCount(grid: Element): number {
  const rows = new Set<string | Element>();
  for (const header of headersOf(grid)) {
    const row = header.closest('[role="row"], tr');
    if (row) rows.add(row.getAttribute('aria-rowindex') ?? row);
  }
  return rows.size;
}

/**
 * The drawn rows of `grid` with their aria-rowindex, for `lineOf` to read (its line of the column,
 * '' when the row holds none).
 */
export function drawnLines(grid: Element, lineOf: (row: Element[]) => string): DrawnLine[] {
  return dataRowsOf(grid).map((row) => {
    const index = Number(row[0]?.getAttribute('aria-rowindex'));
    return { index: Number.isInteger(index) && index > 0 ? index : undefined, line: lineOf(row) };
  });
}

/** A grid column's lines, those of rows scrolled out of the page kept (above). */
export function gridLines(
  grid: Element,
  kind: string,
  drawn: readonly DrawnLine[],
): { lines: string[]; partial: boolean } {
  const attribute = grid.getAttribute('aria-rowcount');
  const rowcount = attribute === null ? NaN : Number(attribute);
  let byKind = keptByGrid.get(grid);
  // A document with no browsing context (a DOMParser's) has no address: null.
  const address = (grid.ownerDocument.location as Location | null)?.href ?? '';
  const reading = mergeRows(byKind?.get(kind), rowcount, headerRowCount(grid), address, drawn);
  if (reading.kept) {
    if (!byKind) {
      byKind = new Map<string, KeptRows>();
      keptByGrid.set(grid, byKind);
    }
    byKind.set(kind, reading.kept);
  } else byKind?.delete(kind);
  return { lines: reading.lines, partial: reading.partial };
}
