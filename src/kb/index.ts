/**
 * The knowledge base: official ICD-10-CM data of every carried release (FY2026, FY2027) plus the curated M99 reference.
 * Everything heavy loads lazily; importing this module costs nothing until a loader is called.
 * Never import src/kb from the content script (it would pull the catalog chunk into the page).
 */
export type { BlockRef, Catalog, CatalogEntry, ChapterRef, NoteKind, ReleaseInfo } from './types';
export { buildCatalog, normalizeCode } from './catalog';
export type { RawCatalog, RawEntry } from './raw-types';
export { loadCatalog, resolveRelease, useCatalogOpener, type CatalogOpener, type LoadOptions } from './load-catalog';
export {
  CATALOG_TABLE_FORMAT,
  decodeCatalogTable,
  encodeCatalogTable,
  openCatalogTable,
  readTableBytes,
  type CatalogTableBytes,
  type CatalogTableIndex,
  type ReadTableRange,
  type TableCatalog,
} from './catalog-table';
export { encodeTitleHashes, normalizeTitle, openTitleHashes, packTitleHashes, unpackTitleHashes, titleHash, titlesOf, type TitleLookup, type TitlesAt } from './title-hashes';
export {
  RELEASES,
  chooseRelease,
  findRelease,
  latestRelease,
  nextRelease,
  releaseForDate,
  releaseLabel,
  todayIso,
  type ReleaseChoice,
  type ReleaseDecision,
  type ReleaseDescriptor,
  type ReleaseRequest,
  type ReleaseWindow,
} from './releases';
export { loadReleaseLookup } from './load-catalog';
export { latestWindow, findWindow } from './choose-release';
export { RELEASE_WINDOWS } from './data/release-windows.generated';
export { releaseProvenance, type DataFileRecord } from './release-provenance';
export { historyFor, withHistory } from './release-history';
export { parseCodeInput, type CodeInputResult } from './parse-code-input';
export { describeCode, describeFrom, explainCode, explainFrom, loadM99Curated, CodeInputError, type CodeDescription, type CodeExplanation, type ExplainSources } from './describe-code';
export type { CuratedM99 } from './curated-types';
export type { RawNotes, RawIndexTerms } from './raw-types';
export { caveatOf } from './release-caveat';
export { loadNotes, notesFor, type AppliedNote, type NotesForCode } from './notes';
export { excludes1Reader } from './excludes1-notes';
export { loadIndexTerms, indexTermsFor, toIndexTerms, type IndexTerm } from './index-terms';
export {
  M99_REGIONS,
  M99_SUBCATEGORIES,
  m99Axes,
  m99Code,
  plausibilityOf,
  type M99Axes,
  type M99Family,
  type M99Mechanism,
  type M99Region,
  type M99RegionId,
  type M99Site,
  type M99Subcategory,
  type Plausibility,
} from '../core/m99/m99-axes';
export { buildM99Reference, billableM99Codes, type M99Reference, type CodeRef, type RelatedCode } from './m99-reference';
export { lookupForVisit, readDateOfService, type VisitLookup, type VisitRequest } from './visit-lookup';
