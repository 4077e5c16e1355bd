/**
 * The lookup index as a compact data file, so the popup loads it instead of building it: word
 * list, then per word its postings as delta-encoded varints (base64). About 1.4 MB raw and 0.2 MB
 * gzipped for the FY2026 catalog; decoding takes a few milliseconds where building takes hundreds
 * (reports/bench.md). The file names the catalog it was built from, and a file that does not match
 * the loaded catalog is refused (the caller then builds the index instead).
 */
import type { Catalog } from '../types';
import { shortOnlyWords, sortByCode, wordMap, type IndexNames, type SearchIndex } from './build-search-index';
import { prepareShorthand, type ShorthandEntry } from './shorthand';

export type SerializedSearchIndex = {
  system: string;
  version: string;
  source: string;
  license: string;
  generatedBy: string;
  format: string;
  /** sha256 of the official file the catalog was generated from, and its entry count. */
  catalogSha256: string;
  entries: number;
  words: string;
  /** varint per word: how many postings it has. */
  counts: string;
  /** varint per posting: (entry << 2 | field) minus the word's previous posting. */
  postings: string;
  /** One byte per entry: distinct essential title words. */
  titleWords: string;
  /** varints: per Index name (IndexNames), its entry minus the previous name's, its word count, its word ids. */
  names: string;
};

export const SEARCH_INDEX_FORMAT = 'chartlint-lookup-index/2';

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** The native decoder where there is one (Chromium, Firefox 133+): no binary string, no copy loop. */
const nativeFromBase64 = (Uint8Array as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

function fromBase64(text: string): Uint8Array {
  if (nativeFromBase64) return nativeFromBase64.call(Uint8Array, text);
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

class VarintWriter {
  bytes = new Uint8Array(1 << 16);
  length = 0;
  write(value: number) {
    if (this.length + 5 > this.bytes.length) {
      const bigger = new Uint8Array(this.bytes.length * 2);
      bigger.set(this.bytes);
      this.bytes = bigger;
    }
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }
  done() {
    return this.bytes.subarray(0, this.length);
  }
}

export function serializeSearchIndex(index: SearchIndex, header: Pick<SerializedSearchIndex, 'source' | 'license' | 'generatedBy'>): SerializedSearchIndex {
  const byId: string[] = [];
  for (const [word, id] of index.words) byId[id] = word;
  const counts = new VarintWriter();
  const postings = new VarintWriter();
  for (let w = 0; w < byId.length; w++) {
    const start = index.offsets[w] ?? 0;
    const end = index.offsets[w + 1] ?? 0;
    counts.write(end - start);
    let prev = 0;
    for (let p = start; p < end; p++) {
      const v = index.postings[p] ?? 0;
      postings.write(v - prev);
      prev = v;
    }
  }
  const names = new VarintWriter();
  let prevEntry = 0;
  for (let k = 0; k < index.names.entry.length; k++) {
    const entry = index.names.entry[k] ?? 0;
    const from = index.names.start[k] ?? 0;
    const to = index.names.start[k + 1] ?? 0;
    names.write(entry - prevEntry);
    prevEntry = entry;
    names.write(to - from);
    for (let w = from; w < to; w++) names.write(index.names.words[w] ?? 0);
  }
  const release = index.catalog.release;
  return {
    system: 'chartlint:lookup-index',
    version: release.version,
    ...header,
    format: SEARCH_INDEX_FORMAT,
    catalogSha256: release.sha256,
    entries: index.catalog.entries.length,
    words: byId.join('\n'),
    counts: toBase64(counts.done()),
    postings: toBase64(postings.done()),
    titleWords: toBase64(index.titleWords),
    names: toBase64(names.done()),
  };
}

/** Reads the names written by serializeSearchIndex (IndexNames). */
function decodeNames(text: string): IndexNames {
  const bytes = fromBase64(text);
  let at = 0;
  const next = () => {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++] ?? 0;
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v;
      shift += 7;
    }
  };
  const entries: number[] = [];
  const start: number[] = [0];
  const words: number[] = [];
  let entry = 0;
  while (at < bytes.length) {
    entry += next();
    entries.push(entry);
    const count = next();
    for (let w = 0; w < count; w++) words.push(next());
    start.push(words.length);
  }
  return { entry: Uint32Array.from(entries), start: Uint32Array.from(start), words: Uint32Array.from(words) };
}

/** What names the catalog an index file was built from (all that a match with a catalog needs). */
export type SearchIndexHeader = Pick<SerializedSearchIndex, 'format' | 'catalogSha256' | 'entries'>;

/**
 * The part of a loaded index that needs no catalog (words, postings, shorthand), with the header
 * that says which catalog it belongs to. The popup decodes it as soon as the file is in, while the
 * catalog (the larger load) is still on its way, so little is left to do once the catalog is.
 */
export type DecodedSearchIndex = Omit<SearchIndex, 'catalog' | 'byCode'> & { header: SearchIndexHeader };

/** Why a serialized index cannot serve this catalog, or undefined when it can. */
export function mismatchOf(data: SearchIndexHeader, catalog: Catalog): string | undefined {
  if (data.format !== SEARCH_INDEX_FORMAT) return `format ${data.format}, expected ${SEARCH_INDEX_FORMAT}`;
  if (data.catalogSha256 !== catalog.release.sha256 || data.entries !== catalog.entries.length) {
    return `built from catalog ${data.catalogSha256.slice(0, 12)} (${data.entries} entries), loaded ${catalog.release.sha256.slice(0, 12)} (${catalog.entries.length})`;
  }
  return undefined;
}

/** Restores an index written by serializeSearchIndex. Throws when it was built from another catalog. */
export function deserializeSearchIndex(data: SerializedSearchIndex, catalog: Catalog, shorthand?: readonly ShorthandEntry[]): SearchIndex {
  // Checked before decoding: a file for another catalog costs nothing.
  const mismatch = mismatchOf(data, catalog);
  if (mismatch) throw new Error(`lookup index does not match the catalog: ${mismatch}`);
  return withCatalog(decodeSearchIndex(data, shorthand), catalog);
}

/** The index a decoded file makes with the catalog it was built from. Throws for any other catalog. */
export function withCatalog(decoded: DecodedSearchIndex, catalog: Catalog): SearchIndex {
  const mismatch = mismatchOf(decoded.header, catalog);
  if (mismatch) throw new Error(`lookup index does not match the catalog: ${mismatch}`);
  const { header: _header, ...index } = decoded;
  // A table's catalog gives the code order without decoding every entry (catalog-table.ts).
  return { ...index, catalog, byCode: catalog.codeOrder?.() ?? sortByCode(catalog.entries) };
}

/** Decodes what an index file holds without its catalog (see DecodedSearchIndex). */
export function decodeSearchIndex(data: SerializedSearchIndex, shorthand?: readonly ShorthandEntry[]): DecodedSearchIndex {
  const words = data.words.split('\n');
  const counts = fromBase64(data.counts);
  const packed = fromBase64(data.postings);
  const offsets = new Uint32Array(words.length + 1);
  let c = 0;
  for (let w = 0; w < words.length; w++) {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = counts[c++] ?? 0;
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
      shift += 7;
    }
    offsets[w + 1] = (offsets[w] ?? 0) + v;
  }
  const postings = new Uint32Array(offsets[words.length] ?? 0);
  let at = 0;
  for (let w = 0; w < words.length; w++) {
    const end = offsets[w + 1] ?? 0;
    let prev = 0;
    for (let p = offsets[w] ?? 0; p < end; p++) {
      let v = 0;
      let shift = 0;
      for (;;) {
        const b = packed[at++] ?? 0;
        v += (b & 0x7f) * 2 ** shift;
        if (b < 0x80) break;
        shift += 7;
      }
      prev += v;
      postings[p] = prev;
    }
  }
  return {
    header: { format: data.format, catalogSha256: data.catalogSha256, entries: data.entries },
    words: wordMap(words.map((word, id) => [word, id] as [string, number])),
    offsets,
    postings,
    shortOnly: shortOnlyWords(offsets, postings),
    titleWords: fromBase64(data.titleWords),
    shorthand: prepareShorthand(shorthand),
    names: decodeNames(data.names),
  };
}
