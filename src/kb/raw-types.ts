/**
 * The shapes of the generated data files in ./data (written by scripts/build-kb.ts). The
 * generated `*.d.json.ts` files point at these, so TypeScript never has to read the 12 MB JSON.
 */
import type { NoteKind } from './types';

/** Fields every data file carries (style guide §4, FHIR CodeSystem words). */
export type RawHeader = {
  system: string;
  version: string;
  content: 'complete' | 'fragment';
  publisher: string;
  source: string;
  sourceFile: string;
  sha256: string;
  retrieved: string;
  license: string;
  generatedBy: string;
};

/** [code, billable, long title] or [code, billable, long title, short title when it differs]. */
export type RawEntry = [string, 0 | 1, string] | [string, 0 | 1, string, string];

export type RawCatalog = RawHeader & {
  effectiveFrom: string;
  effectiveTo: string;
  structureSource: string;
  format: string;
  counts: { entries: number; billable: number; headers: number };
  inferredPlacement: string[];
  /** [number, first FY category in it, range as printed, title]. */
  chapters: [number, string, string, string][];
  /** [first FY category in it, range as printed, title]. */
  blocks: [string, string, string][];
  entries: RawEntry[];
};

export type RawNote = { kind: NoteKind; text: string; addendum?: string };
export type RawNotes = RawHeader & {
  /** Set when the notes do not come from this release's own tabular XML (plain words for the UI). */
  caveat?: string;
  patchSha256: string;
  scope: { chapter: number; categories: string[] };
  withheld: { code: string; reason: string }[];
  chapterNotes: { chapter: number; notes: RawNote[] }[];
  blockNotes: { block: string; title: string; hasCodes: boolean; notes: RawNote[] }[];
  entries: { code: string; notes: RawNote[] }[];
};

export type RawIndexTerm = { path: string[]; code?: string; see?: string; seeAlso?: string; addendum?: string };
export type RawIndexTerms = RawHeader & { caveat?: string; roots: string[]; entries: RawIndexTerm[] };

/** One code the official order addenda changed in a release (scripts/kb/addenda.ts). */
export type RawChange = {
  code: string;
  change: 'added' | 'deleted' | 'billable-to-header' | 'header-to-billable' | 'title-revised';
  before?: 0 | 1;
  after?: 0 | 1;
  titleBefore?: string;
  title?: string;
  /** Billable codes that take its place (derived; empty when the addenda added none there). */
  replacements?: string[];
};
export type RawChanges = RawHeader & {
  format: string;
  effectiveFrom: string;
  counts: { added: number; deleted: number; billableToHeader: number; headerToBillable: number; titleRevised: number };
  entries: RawChange[];
};
