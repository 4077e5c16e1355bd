/**
 * The knowledge base: official ICD-10-CM FY2026 data plus the curated M99 reference.
 * Everything heavy loads lazily; importing this module costs nothing until a loader is called.
 * Never import src/kb from the content script (it would pull the catalog chunk into the page).
 */
export type { BlockRef, Catalog, CatalogEntry, ChapterRef, NoteKind, ReleaseInfo } from './types';
export { normalizeCode } from './catalog';
export { loadCatalog, resolveRelease, type LoadOptions } from './load-catalog';
export { RELEASES, latestRelease, releaseForDate, type ReleaseChoice, type ReleaseDescriptor } from './releases';
export { parseCodeInput, type CodeInputResult } from './parse-code-input';
