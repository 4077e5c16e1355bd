/**
 * Official ICD-10-CM titles (long and short) back to their codes. Many EHRs show only the title
 * once a code is chosen ("Osseous and subluxation stenosis of intervertebral foramina of head
 * region"); the content script cannot carry the 12 MB catalog, so it asks the worker. The worker
 * looks titles up in the release's packaged title hashes (src/kb/title-hashes.ts, read by
 * release-catalog.ts loadTitleLookup); buildTitleIndex, a Map of every title, is the reference its
 * answers are tested against (title-hashes.test.ts). Pure functions here.
 */
import { normalizeTitle, titlesOf, type RawEntry, type TitleLookup } from '../kb';

export type TitleIndex = Map<string, string>;

/** Maps each normalised long and short title to its code; a title two codes share maps to neither. */
export function buildTitleIndex(entries: readonly RawEntry[]): TitleIndex {
  const index: TitleIndex = new Map();
  const shared = new Set<string>();
  for (const row of entries) {
    const [code] = row;
    for (const text of titlesOf(row)) {
      const key = normalizeTitle(text);
      const seen = index.get(key);
      if (seen !== undefined && seen !== code) shared.add(key);
      else index.set(key, code);
    }
  }
  for (const key of shared) index.delete(key);
  return index;
}

/** Widgets join a title with other text ("Osseous … – Active – ×"): try the parts too. */
const SEPARATORS = /\s+[-–—|·•;]\s+|\s*[×✕✖]\s*|\n/;

/** The code each text names, for the texts that are (or contain, between separators) an official title. */
export function resolveTitles(index: TitleLookup, texts: readonly string[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const text of texts) {
    for (const part of [text, ...text.split(SEPARATORS)]) {
      const code = index.get(normalizeTitle(part));
      if (code) {
        found[text] = code;
        break;
      }
    }
  }
  return found;
}
