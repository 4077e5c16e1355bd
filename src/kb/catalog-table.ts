/**
 * A release's catalog as a table read one category at a time, for hosts that can read byte ranges
 * of a file synchronously: the built CLI (from disk) and the extension's background (from the
 * table's bytes, fetched whole). `chartlint explain M99.60` or a page's first code needs a few dozen
 * of the 98,186 entries; parsing the whole 12 MB catalog file and building every entry cost about
 * 480 ms of CPU per process (and per batch worker thread, and per start of the extension's service
 * worker) on a 2-core machine, reading the one category line costs well under a millisecond.
 *
 * The table holds exactly the rows of the catalog file (`[code, billable, long title, short title
 * when it differs]`, the official text untouched), one JSON array per category per line, in
 * order-file order; the index holds the catalog file's header (release, provenance, chapters,
 * blocks) and each category's byte length and entry count. `openCatalogTable` answers every
 * `Catalog` query exactly as `buildCatalog` does over the same file (catalog-table.test.ts
 * compares every entry of both releases); `entries` reads the whole table on first use.
 *
 * A later release shares most categories with an earlier one, byte for byte: its table then holds
 * only the lines that differ, and its index points at the earlier release's table (`base`) for the
 * others, so both releases ship in little more than the size of one.
 *
 * Pure: no file access here. The table is derived from the generated catalog file when the CLI and
 * the extension are built (scripts/build-cli.ts, scripts/kb-data-as-asset.ts), so it needs no
 * generated file of its own in the repository.
 */
import { codeInfoOf, entriesUnder, findParent, normalizeCode, releaseInfoOf } from './catalog';
import type { RawCatalog, RawEntry } from './raw-types';
import type { BlockRef, Catalog, CatalogEntry, ChapterRef, CodeOrder } from './types';

export const CATALOG_TABLE_FORMAT = 'chartlint-catalog-table/1';

export type CatalogTableIndex = {
  /** CATALOG_TABLE_FORMAT; a table of another format is refused. */
  format: string;
  description: string;
  /** The catalog file's header as generated (release, provenance, chapters, blocks): everything but its entries. */
  catalog: Omit<RawCatalog, 'entries'>;
  /** The generated catalog file the table was derived from, and its sha256. */
  derivedFrom: { file: string; sha256: string };
  /** The table file: its name beside this index, size in bytes and sha256. */
  table: { file: string; bytes: number; sha256: string };
  /** Another release's table file (beside this index) that holds the lines this table shares with it. */
  base?: { file: string; bytes: number; sha256: string };
  /**
   * One row per category in order-file order: [category, bytes of its line including the newline,
   * entries], and a fourth element, the line's byte offset in the `base` table, when the line is read there.
   */
  categories: CategoryRow[];
};

export type CategoryRow = [string, number, number] | [string, number, number, number];

/** Reads bytes [start, end) of the table file (of the base table when `fromBase`) as UTF-8 text. */
export type ReadTableRange = (start: number, end: number, fromBase: boolean) => string;

const utf8Length = (() => {
  const encoder = new TextEncoder();
  return (text: string) => encoder.encode(text).length;
})();

/** The lines of a table by category, with their byte offsets: what a later release's table may share. */
export function tableLines(table: string, categories: readonly CategoryRow[]): Map<string, { line: string; start: number }> {
  const out = new Map<string, { line: string; start: number }>();
  const lines = table.split('\n');
  let start = 0;
  categories.forEach(([category, bytes, , base], i) => {
    if (base !== undefined) throw new Error('a base table must hold all its lines itself');
    out.set(category, { line: `${lines[i] ?? ''}\n`, start });
    start += bytes;
  });
  return out;
}

/**
 * Splits a catalog file into the table and the category list of its index; with `base` (another
 * release's lines, from tableLines), a line equal to the base's is left out and read there. Throws
 * when the file breaks what the table relies on: each category's rows contiguous, headed by the
 * category itself.
 */
export function encodeCatalogTable(raw: RawCatalog, base?: ReadonlyMap<string, { line: string; start: number }>): { table: string; categories: CategoryRow[] } {
  const lines: string[] = [];
  const categories: CategoryRow[] = [];
  const seen = new Set<string>();
  let rows: RawEntry[] = [];
  const flush = () => {
    const head = rows[0];
    if (!head) return;
    const line = `${JSON.stringify(rows)}\n`;
    const shared = base?.get(head[0]);
    if (shared?.line === line) categories.push([head[0], utf8Length(line), rows.length, shared.start]);
    else {
      lines.push(line);
      categories.push([head[0], utf8Length(line), rows.length]);
    }
    rows = [];
  };
  for (const row of raw.entries) {
    const category = row[0].slice(0, 3);
    if (rows[0]?.[0] !== category) {
      flush();
      if (row[0] !== category) throw new Error(`catalog ${raw.version}: ${row[0]} does not follow its category ${category}`);
      if (seen.has(category)) throw new Error(`catalog ${raw.version}: category ${category} appears in two places`);
      seen.add(category);
    }
    rows.push(row);
  }
  flush();
  return { table: lines.join(''), categories };
}

/** The catalog file back from its table (every category, in order). */
export function decodeCatalogTable(index: CatalogTableIndex, read: ReadTableRange): RawCatalog {
  const entries: RawEntry[] = [];
  for (const { start, end, fromBase } of lineRanges(index)) for (const row of JSON.parse(read(start, end, fromBase)) as RawEntry[]) entries.push(row);
  return { ...index.catalog, entries };
}

/**
 * A table held in memory as its files' bytes: the extension's background reads the packaged table
 * files whole with fetch (scripts/kb-data-as-asset.ts), which costs no parse; only the categories
 * asked for are ever decoded.
 */
export type CatalogTableBytes = { index: CatalogTableIndex; table: Uint8Array; base?: Uint8Array };

/**
 * The byte-range reader over a table held in memory. Throws when the bytes are not the files the
 * index names (a table or base of another size, or a base missing), as a read of the wrong file.
 */
export function readTableBytes({ index, table, base }: CatalogTableBytes): ReadTableRange {
  const version = index.catalog.version;
  if (table.length !== index.table.bytes) throw new Error(`catalog table ${version}: ${table.length} bytes read, the index says ${index.table.bytes}`);
  if (index.base && base?.length !== index.base.bytes) throw new Error(`catalog table ${version}: its base table ${index.base.file} has ${base?.length ?? 'no'} bytes, the index says ${index.base.bytes}`);
  const decoder = new TextDecoder();
  return (start, end, fromBase) => {
    const bytes = fromBase ? base : table;
    if (!bytes) throw new Error(`catalog table ${version}: a line is read from a base table that was not given`);
    return decoder.decode(bytes.subarray(start, end));
  };
}

/** Where each category's line is: its byte range, in the table or in the base table. */
function lineRanges(index: CatalogTableIndex): { category: string; start: number; end: number; fromBase: boolean; count: number }[] {
  let offset = 0;
  return index.categories.map(([category, bytes, count, base]) => {
    if (base !== undefined) {
      if (!index.base) throw new Error(`catalog table ${index.catalog.version}: ${category} is read from a base table the index does not name`);
      return { category, start: base, end: base + bytes, fromBase: true, count };
    }
    const start = offset;
    offset += bytes;
    return { category, start, end: start + bytes, fromBase: false, count };
  });
}

type Category = {
  start: number;
  end: number;
  fromBase: boolean;
  /** Index of its first entry in the whole catalog (order - 1). */
  first: number;
  count: number;
  chapter: ChapterRef;
  block: BlockRef;
  rows?: { list: CatalogEntry[]; byCode: Map<string, CatalogEntry>; children: Map<string, CatalogEntry[]> };
};

/**
 * A catalog read from its table can also answer an entry by its index (order - 1), decoding only its
 * category: the title look-up (title-hashes.ts) knows its candidates by index.
 */
export type TableCatalog = Catalog & { at: (index: number) => CatalogEntry | undefined };

export type OpenTableOptions = {
  /**
   * `entries` decodes a category when one of its entries is first read, instead of the whole table
   * on first use (see lazyEntries). For the popup's lookup, which reads a few hundred of the 98,000
   * entries a query but needed all of them decoded before its first result.
   */
  lazyEntries?: boolean;
};

/** The catalog over a table, reading each category's line the first time one of its codes is asked for. */
export function openCatalogTable(index: CatalogTableIndex, read: ReadTableRange, options: OpenTableOptions = {}): TableCatalog {
  if (index.format !== CATALOG_TABLE_FORMAT) throw new Error(`catalog table format ${index.format}, expected ${CATALOG_TABLE_FORMAT}`);
  const raw = index.catalog;
  const release = releaseInfoOf(raw);
  const chapterAt = new Map<string, ChapterRef>(raw.chapters.map(([number, first, range, title]) => [first, { number, title, range }]));
  const blockAt = new Map<string, BlockRef>(raw.blocks.map(([first, range, title]) => [first, { range, title }]));
  const inferred = new Set(raw.inferredPlacement);

  // Chapters and blocks change only at a category, exactly as buildCatalog walks them.
  const categories = new Map<string, Category>();
  let chapter: ChapterRef | undefined;
  let block: BlockRef | undefined;
  let first = 0;
  for (const { category: code, start, end, fromBase, count } of lineRanges(index)) {
    chapter = chapterAt.get(code) ?? chapter;
    block = blockAt.get(code) ?? block;
    if (block && inferred.has(code)) block = { ...block, inferred: true };
    if (!chapter || !block) throw new Error(`catalog ${raw.version}: ${code} comes before the first chapter/block`);
    categories.set(code, { start, end, fromBase, first, count, chapter, block });
    first += count;
  }
  if (first !== raw.counts.entries) throw new Error(`catalog table ${raw.version}: ${first} entries indexed, the catalog counts ${raw.counts.entries}`);
  const all = new Array<CatalogEntry>(first);
  const byFirst = [...categories.entries()];

  const rowsOf = (cat: Category, code: string) => {
    if (cat.rows) return cat.rows;
    const rows = JSON.parse(read(cat.start, cat.end, cat.fromBase)) as RawEntry[];
    if (rows.length !== cat.count || rows[0]?.[0] !== code) throw new Error(`catalog table ${raw.version}: the line of ${code} does not match its index`);
    const list: CatalogEntry[] = [];
    const byCode = new Map<string, CatalogEntry>();
    const children = new Map<string, CatalogEntry[]>();
    rows.forEach(([c, billable, title, shortTitle], i) => {
      const parent = findParent(c, (p) => byCode.has(p));
      const entry: CatalogEntry = {
        code: c,
        title,
        shortTitle: shortTitle ?? title,
        billable: billable === 1,
        order: cat.first + i + 1,
        chapter: cat.chapter,
        block: cat.block,
        category: code,
        parent,
      };
      list.push(entry);
      byCode.set(c, entry);
      all[cat.first + i] = entry;
      if (parent) {
        const siblings = children.get(parent);
        if (siblings) siblings.push(entry);
        else children.set(parent, [entry]);
      }
    });
    cat.rows = { list, byCode, children };
    return cat.rows;
  };
  /** The loaded rows of a code's category, or undefined when no category has its first three characters. */
  const rowsFor = (code: string) => {
    const category = code.slice(0, 3);
    const cat = categories.get(category);
    return cat && rowsOf(cat, category);
  };

  let complete = false;
  const get = (code: string): CatalogEntry | undefined => {
    const c = normalizeCode(code);
    return rowsFor(c)?.byCode.get(c);
  };
  // A decoded entry straight from `all` (the lookup reads thousands a query); else its category decoded.
  const at = (i: number): CatalogEntry | undefined => all[i] ?? decodeAt(i);
  const decodeAt = (i: number): CatalogEntry | undefined => {
    if (!Number.isInteger(i) || i < 0 || i >= all.length) return undefined;
    // The last category whose first entry is at or before i (categories are in order).
    let lo = 0;
    let hi = byFirst.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((byFirst[mid]?.[1].first ?? Infinity) <= i) lo = mid;
      else hi = mid - 1;
    }
    const found = byFirst[lo];
    return found && rowsOf(found[1], found[0]).list[i - found[1].first];
  };
  let lazy: readonly CatalogEntry[] | undefined;
  return {
    release,
    get entries(): readonly CatalogEntry[] {
      if (options.lazyEntries) return (lazy ??= lazyEntries(all, at));
      if (!complete) {
        for (const [code, cat] of categories) rowsOf(cat, code);
        complete = true;
      }
      return all;
    },
    codeOrder: () => codeOrder(byFirst, all.length, (cat, code) => rowsOf(cat, code).list),
    get,
    children: (code) => {
      const c = normalizeCode(code);
      return rowsFor(c)?.children.get(c) ?? [];
    },
    descendants: (code) => {
      const start = get(code);
      // Descendants share their ancestor's first three characters: they are all in its category's list.
      return start ? entriesUnder(start.code, rowsFor(start.code)?.list ?? [], start.order - (categories.get(start.category)?.first ?? 0)) : [];
    },
    lookup: (code) => codeInfoOf(get(code)),
    at,
  };
}

/** The array index a property key names, or -1 ("12" -> 12; "length", "01", symbols -> -1). */
function arrayIndex(key: string | symbol, length: number): number {
  if (typeof key !== 'string' || key.length === 0) return -1;
  const first = key.charCodeAt(0);
  if (first < 48 || first > 57 || (first === 48 && key.length > 1)) return -1;
  const i = Number(key);
  return Number.isInteger(i) && i < length ? i : -1;
}

/**
 * The catalog's entries as an array whose every index reads as the decoded entry, decoding its
 * category on first read (`at`); the holes of `all` are the categories not read yet. Reads by index,
 * `length`, iteration and the array methods (which ask `in` before they read) all see the whole
 * catalog, in order, as the decoded `all` is.
 */
function lazyEntries(all: CatalogEntry[], at: (i: number) => CatalogEntry | undefined): readonly CatalogEntry[] {
  return new Proxy(all, {
    get(target, key, receiver) {
      const i = arrayIndex(key, target.length);
      if (i < 0) return Reflect.get(target, key, receiver) as unknown;
      return target[i] ?? at(i);
    },
    has(target, key) {
      return arrayIndex(key, target.length) >= 0 || Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      const i = arrayIndex(key, target.length);
      if (i >= 0 && !(i in target)) at(i);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys(target) {
      return [...Array.from({ length: target.length }, (_, i) => String(i)), ...Reflect.ownKeys(target).filter((key) => arrayIndex(key, target.length) < 0)];
    },
  });
}

/**
 * The catalog's entry indexes sorted by code (what sortByCode gives over the whole catalog) with no
 * category read before it is asked for: every code starts with its category's, so the categories in
 * code order, each one's own entries sorted by code, are the whole catalog sorted by code; a
 * category's slice is sorted the first time one of its places is read.
 */
function codeOrder(byFirst: [string, Category][], length: number, rowsOf: (cat: Category, code: string) => CatalogEntry[]): CodeOrder {
  const sorted = [...byFirst].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (sorted.length > 0xffff) throw new Error(`catalog table: ${sorted.length} categories, more than the code order holds`);
  const order = new Uint32Array(length);
  const categoryAt = new Uint16Array(length);
  const start = new Uint32Array(sorted.length);
  const ready = new Uint8Array(sorted.length);
  let slot = 0;
  sorted.forEach(([, cat], c) => {
    start[c] = slot;
    categoryAt.fill(c, slot, slot + cat.count);
    slot += cat.count;
  });
  const fill = (c: number) => {
    const [code, cat] = sorted[c] as [string, Category];
    const rows = rowsOf(cat, code);
    const local = rows.map((_, i) => i);
    local.sort((a, b) => {
      const x = rows[a]?.code ?? '';
      const y = rows[b]?.code ?? '';
      return x < y ? -1 : x > y ? 1 : a - b;
    });
    const from = start[c] ?? 0;
    local.forEach((i, k) => (order[from + k] = cat.first + i));
    ready[c] = 1;
  };
  return {
    length,
    at: (k) => {
      if (!Number.isInteger(k) || k < 0 || k >= length) return undefined;
      const c = categoryAt[k] ?? 0;
      if (ready[c] === 0) fill(c);
      return order[k];
    },
  };
}
