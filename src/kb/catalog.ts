/**
 * Turns a generated catalog file into the typed, queryable Catalog. Pure: the same raw data
 * always gives the same catalog, so the tests can build one from the file without a bundler.
 */
import type { CodeInfo } from '../core/types';
import type { RawCatalog } from './raw-types';
import type { BlockRef, Catalog, CatalogEntry, ChapterRef, ReleaseInfo } from './types';

/** Upper-cases, trims and dots a code ("m9960" -> "M99.60"); leaves anything else alone. */
export function normalizeCode(code: string): string {
  const c = code.trim().toUpperCase();
  return c.length > 3 && !c.includes('.') ? `${c.slice(0, 3)}.${c.slice(3)}` : c;
}

/** The nearest existing ancestor: drop characters (and the dot) until a known code remains. */
export function findParent(code: string, has: (c: string) => boolean): string | undefined {
  for (let c = code.slice(0, -1); c.length >= 3; c = c.slice(0, -1)) {
    if (c.endsWith('.')) continue;
    if (has(c)) return c;
  }
  return undefined;
}

/** The release a catalog file describes (shared with the per-category table, catalog-table.ts). */
export function releaseInfoOf(raw: Omit<RawCatalog, 'entries'>): ReleaseInfo {
  return {
    codeSystem: 'ICD-10-CM',
    version: raw.version,
    effectiveFrom: raw.effectiveFrom,
    effectiveTo: raw.effectiveTo,
    publisher: raw.publisher,
    source: raw.source,
    sha256: raw.sha256,
    license: raw.license,
    retrieved: raw.retrieved,
    counts: raw.counts,
  };
}

/**
 * A code's descendants: the entries of `list` from index `from` on that share its prefix. They
 * follow their ancestor contiguously in order-file order (shared with catalog-table.ts, whose
 * lists hold one category each).
 */
export function entriesUnder(code: string, list: readonly (CatalogEntry | undefined)[], from: number): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  for (let i = from; i < list.length; i++) {
    const e = list[i];
    if (!e?.code.startsWith(code)) break;
    out.push(e);
  }
  return out;
}

/** An entry as the core's CodeLookup answers it (shared with catalog-table.ts). */
export const codeInfoOf = (e: CatalogEntry | undefined): CodeInfo | undefined => e && { code: e.code, title: e.title, billable: e.billable };

export function buildCatalog(raw: RawCatalog): Catalog {
  const release = releaseInfoOf(raw);
  const chapterAt = new Map<string, ChapterRef>(raw.chapters.map(([number, first, range, title]) => [first, { number, title, range }]));
  const blockAt = new Map<string, BlockRef>(raw.blocks.map(([first, range, title]) => [first, { range, title }]));
  const inferred = new Set(raw.inferredPlacement);

  const entries: CatalogEntry[] = new Array<CatalogEntry>(raw.entries.length);
  const byCode = new Map<string, number>();
  const childIndex = new Map<string, CatalogEntry[]>();
  let chapter: ChapterRef | undefined;
  let block: BlockRef | undefined;
  for (let i = 0; i < raw.entries.length; i++) {
    const row = raw.entries[i];
    if (!row) continue;
    const [code, billable, title, shortTitle] = row;
    if (code.length === 3) {
      chapter = chapterAt.get(code) ?? chapter;
      block = blockAt.get(code) ?? block;
      // A category newer than the tabular that defines the blocks: say its block was inferred.
      if (block && inferred.has(code)) block = { ...block, inferred: true };
    }
    if (!chapter || !block) throw new Error(`catalog ${raw.version}: ${code} comes before the first chapter/block`);
    const parent = findParent(code, (c) => byCode.has(c));
    const entry: CatalogEntry = {
      code,
      title,
      shortTitle: shortTitle ?? title,
      billable: billable === 1,
      order: i + 1,
      chapter,
      block,
      category: code.slice(0, 3),
      parent,
    };
    entries[i] = entry;
    byCode.set(code, i);
    if (parent) {
      const siblings = childIndex.get(parent);
      if (siblings) siblings.push(entry);
      else childIndex.set(parent, [entry]);
    }
  }

  const get = (code: string): CatalogEntry | undefined => {
    const i = byCode.get(normalizeCode(code));
    return i === undefined ? undefined : entries[i];
  };
  return {
    release,
    entries,
    get,
    children: (code) => childIndex.get(normalizeCode(code)) ?? [],
    descendants: (code) => {
      const start = get(code);
      // entries[start.order] is the line after start's (orders count from 1).
      return start ? entriesUnder(start.code, entries, start.order) : [];
    },
    lookup: (code) => codeInfoOf(get(code)),
  };
}
