/** Public types of the knowledge base. */
import type { CodeLookup } from '../core/types';

/** The tabular's note kinds, named as in the official XML ("notes" is a plain Note:). */
export type NoteKind =
  | 'notes'
  | 'includes'
  | 'inclusionTerm'
  | 'excludes1'
  | 'excludes2'
  | 'codeFirst'
  | 'useAdditionalCode'
  | 'codeAlso';

/** Which code-set release a catalog holds. Shown in the UI so users know what they are checking against. */
export type ReleaseInfo = {
  codeSystem: 'ICD-10-CM';
  /** "FY2026". */
  version: string;
  /** ISO dates, inclusive. */
  effectiveFrom: string;
  effectiveTo: string;
  publisher: string;
  source: string;
  /** sha256 of the official source file the catalog was generated from. */
  sha256: string;
  license: string;
  retrieved: string;
  counts: { entries: number; billable: number; headers: number };
};

export type ChapterRef = { number: number; title: string; range: string };
export type BlockRef = {
  range: string;
  title: string;
  /** True when the category is newer than the tabular the blocks come from and its block was inferred. */
  inferred?: true;
};

export type CatalogEntry = {
  /** Dotted, upper case: "M99.60". */
  code: string;
  /** The official long title, exactly as in the order file. */
  title: string;
  /** The official short title (often abbreviated); equals `title` when the file gives the same text. */
  shortTitle: string;
  /** True for codes valid for HIPAA transactions; false for headers (categories, subcategories). */
  billable: boolean;
  /** 1-based position in the order file. */
  order: number;
  chapter: ChapterRef;
  block: BlockRef;
  /** The three-character category. */
  category: string;
  /** The nearest existing ancestor code; undefined for categories. */
  parent: string | undefined;
};

export type Catalog = {
  release: ReleaseInfo;
  entries: readonly CatalogEntry[];
  /** Looks up a dotted code (case-insensitive); undefined when it is not in this release. */
  get: (code: string) => CatalogEntry | undefined;
  /** Direct children in order-file order; [] for leaves and unknown codes. */
  children: (code: string) => readonly CatalogEntry[];
  /** All descendants of a code in order-file order. */
  descendants: (code: string) => readonly CatalogEntry[];
  /** The core's view of the catalog (src/core never imports src/kb; it gets this function). */
  lookup: CodeLookup;
  /**
   * The entry at an index (order - 1), when the catalog can read one without reading every entry (a
   * table's catalog, catalog-table.ts); else `entries[index]`.
   */
  at?: (index: number) => CatalogEntry | undefined;
  /**
   * The entry indexes sorted by code, when the catalog can give them without reading every entry
   * (a table's catalog, catalog-table.ts); else the lookup sorts `entries` (sortByCode).
   */
  codeOrder?: () => CodeOrder;
};

/** Entry indexes in code order, read by place (`at(k)`): a Uint32Array, or one filled as it is read. */
export type CodeOrder = { readonly length: number; at(k: number): number | undefined };
