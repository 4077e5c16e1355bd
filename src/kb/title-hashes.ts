/**
 * Official titles (long and short) back to their codes without building a map of every title at
 * run time. Many EHRs show only the title once a code is chosen; the extension's worker resolves
 * them (src/background/title-index.ts). Building a Map of the ~196,000 normalised titles decoded
 * every row of the catalog and cost over a second of worker CPU at every worker start in a busy
 * browser, so the extension build derives, once, a sorted array of (hash of the normalised title,
 * entry index) pairs (scripts/kb-data-as-asset.ts, `<file>.catalog.json?titles`). At run time a title
 * is normalised, hashed and binary-searched; the few candidate rows are decoded through the
 * per-category table (only their categories) and compared exactly, so a hash collision can never
 * name a wrong code. The answers are those of a Map built from every row (title-hashes.test.ts in
 * src/background compares every title of both releases).
 *
 * Layout in memory (little-endian, as every browser that runs the extension is): n hashes as uint32,
 * ascending, then the n entry indices (order - 1) as uint32, pair i being (hashes[i], indices[i]);
 * equal hashes are ordered by index. The packaged file packs it (packTitleHashes): sorted hashes
 * hold little more than their gaps, and an index needs 17 bits, not 32.
 */
import type { RawEntry } from './raw-types';

/** Case, punctuation and spacing do not matter; widgets add "×" remove marks and dashes. */
export function normalizeTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** FNV-1a, 32 bits, over the UTF-16 code units of a normalised title (only a-z, 0-9 and spaces). */
export function titleHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The titles a row answers to: its long title, and its short title when one is given. */
export const titlesOf = ([, , title, shortTitle]: RawEntry): string[] => (shortTitle === undefined ? [title] : [title, shortTitle]);

/** The sorted (hash, entry index) pairs of every long and short title of a catalog's rows, in the layout above. */
export function encodeTitleHashes(entries: readonly RawEntry[]): Uint8Array {
  const pairs: [number, number][] = [];
  entries.forEach((row, i) => {
    const hashes = new Set(titlesOf(row).map((t) => titleHash(normalizeTitle(t))));
    for (const hash of hashes) pairs.push([hash, i]);
  });
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = new DataView(new ArrayBuffer(pairs.length * 8));
  pairs.forEach(([hash, index], i) => {
    out.setUint32(i * 4, hash, true);
    out.setUint32((pairs.length + i) * 4, index, true);
  });
  return new Uint8Array(out.buffer);
}

/**
 * The packaged form of encodeTitleHashes's pairs: n as uint32, then each hash's gap from the one
 * before as a varint (the first from 0), then the indices as three byte planes (the low bytes of
 * all n, then the middle ones, then the high ones), so gzip sees the planes' shared structure.
 * Gzipped, 0.69 MB per release where the plain pairs took 0.99 MB (FY2026: 153,629 pairs); unpacking
 * is one pass over the bytes.
 */
export function packTitleHashes(words: Uint32Array): Uint8Array {
  if (words.length % 2 !== 0) throw new Error(`title hashes: ${words.length} words, not pairs`);
  const n = words.length / 2;
  const out = new Uint8Array(4 + n * 5 + n * 3);
  new DataView(out.buffer).setUint32(0, n, true);
  let at = 4;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const hash = words[i] ?? 0;
    if (hash < prev) throw new Error('title hashes: not in ascending order');
    for (let gap = hash - prev; ; gap = Math.floor(gap / 128)) {
      if (gap < 0x80) {
        out[at++] = gap;
        break;
      }
      out[at++] = (gap & 0x7f) | 0x80;
    }
    prev = hash;
  }
  const planes = out.subarray(at, at + n * 3);
  for (let i = 0; i < n; i++) {
    const index = words[n + i] ?? 0;
    if (index >= 1 << 24) throw new Error(`title hashes: entry index ${index} does not fit three bytes`);
    planes[i] = index & 0xff;
    planes[n + i] = (index >>> 8) & 0xff;
    planes[2 * n + i] = index >>> 16;
  }
  return out.slice(0, at + n * 3);
}

/** The pairs back from packTitleHashes's bytes, in encodeTitleHashes's layout. Throws on a short or long file. */
export function unpackTitleHashes(packed: Uint8Array): Uint32Array {
  if (packed.length < 4) throw new Error('title hashes: no header');
  const n = new DataView(packed.buffer, packed.byteOffset, packed.byteLength).getUint32(0, true);
  const words = new Uint32Array(n * 2);
  let at = 4;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    let gap = 0;
    let scale = 1;
    for (;;) {
      const b = packed[at++];
      if (b === undefined) throw new Error('title hashes: the file ends inside the hashes');
      gap += (b & 0x7f) * scale;
      if (b < 0x80) break;
      scale *= 128;
    }
    prev += gap;
    words[i] = prev;
  }
  if (packed.length - at !== n * 3) throw new Error(`title hashes: ${packed.length - at} bytes of indices, expected ${n * 3}`);
  for (let i = 0; i < n; i++) words[n + i] = (packed[at + i] ?? 0) | ((packed[at + n + i] ?? 0) << 8) | ((packed[at + 2 * n + i] ?? 0) << 16);
  return words;
}

/** Normalised official title (normalizeTitle) to its code, when exactly one code has it. */
export type TitleLookup = { get(key: string): string | undefined };

/** The long and short title of a catalog entry, by its index (order - 1), decoding its category if need be. */
export type TitlesAt = (index: number) => { code: string; title: string; shortTitle: string } | undefined;

/**
 * Looks normalised titles up in the pairs (`words`: the file as uint32s). A title answers its code
 * when exactly one code has it as its long or short title; a title two codes share answers nothing.
 */
export function openTitleHashes(words: Uint32Array, at: TitlesAt): TitleLookup {
  if (words.length % 2 !== 0) throw new Error(`title hashes: ${words.length} words, not pairs`);
  const n = words.length / 2;
  return {
    get(key) {
      const hash = titleHash(key);
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((words[mid] ?? Infinity) < hash) lo = mid + 1;
        else hi = mid;
      }
      let found: string | undefined;
      for (let i = lo; i < n && words[i] === hash; i++) {
        const index = words[n + i] ?? -1;
        const entry = at(index);
        if (!entry) throw new Error(`title hashes: entry ${index} is not in the catalog`);
        if (normalizeTitle(entry.title) !== key && normalizeTitle(entry.shortTitle) !== key) continue;
        if (found !== undefined && found !== entry.code) return undefined;
        found = entry.code;
      }
      return found;
    },
  };
}
