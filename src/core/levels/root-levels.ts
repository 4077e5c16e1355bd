import type { LevelHit, RegionHit } from './find-levels';

/**
 * A root word right after a lone vertebra: "C6 radiculopathy", "the exiting L5 nerve root", "S1
 * radicular pain", "in a C7 distribution". The vertebra then names a nerve root, not a segment.
 */
const ROOT_WORD = /^\s{0,3}(?:nerve\s+)?(?:roots?\b|radicul|dermatom|myotom|distribution\b)/i;

/**
 * Whether ROOT_WORD can match at `at`: past at most three spaces comes an n, r, d or m (a lone
 * vertebra is mostly followed by something else, and this spares the slice). Whitespace beyond
 * ASCII is left to the pattern.
 */
function mayNameRoot(text: string, at: number): boolean {
  const limit = Math.min(text.length, at + 4);
  for (let i = at; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    const lower = c | 32;
    return lower === 110 || lower === 114 || lower === 100 || lower === 109 || c >= 128;
  }
  return false;
}

/** A sentence's level hits split into the finding's levels and the regions of the roots it names. */
export type RootSplit = { levels: LevelHit[]; roots: RegionHit[] };

const NO_ROOTS: RegionHit[] = Object.freeze([]) as unknown as RegionHit[];

/**
 * The level hits without the lone vertebrae that name a nerve root (see ROOT_WORD), and those
 * roots' regions: a root is where symptoms run, not where the canal or foramen narrows ("right L4
 * radiculopathy from L4-5 foraminal stenosis" is stenosis at L4-5; "foraminal stenosis with C6
 * radiculopathy" states no level). The root still tells the region when nothing else does.
 * Returns `hits` itself as the levels when none names a root (most sentences).
 *
 * @example withoutRoots(findLevels('L4 radiculopathy from L4-5 stenosis'), 'L4 radiculopathy from L4-5 stenosis').levels.map((h) => h.level.normalized) // ['L4-L5']
 */
export function withoutRoots(hits: LevelHit[], text: string, offset = 0): RootSplit {
  let levels: LevelHit[] | undefined;
  let roots: RegionHit[] | undefined;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k] as LevelHit;
    const after = h.end - offset;
    const isRoot = !h.level.normalized.includes('-') && mayNameRoot(text, after) && ROOT_WORD.test(text.slice(after, after + 24));
    if (isRoot) {
      levels ??= hits.slice(0, k);
      for (const region of h.regions) (roots ??= []).push({ region, start: h.start, end: h.end });
    } else levels?.push(h);
  }
  roots = withC8Roots(text, offset, roots);
  return { levels: levels ?? hits, roots: roots ?? NO_ROOTS };
}

const isWordCode = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95;

/**
 * `roots` with every C8 root the text names ("left C8 radiculopathy", "the C8 nerve root"). C8 has
 * no vertebra (find-levels reads C1-C7), so no level hit carries it; it exits at C7-T1, a cervical
 * segment by its upper vertebra as every level hit's region is read. Only an "8" after a lone "C"
 * is looked at further (most sentences have none).
 */
function withC8Roots(text: string, offset: number, roots: RegionHit[] | undefined): RegionHit[] | undefined {
  for (let i = text.indexOf('8'); i > 0; i = text.indexOf('8', i + 1)) {
    if ((text.charCodeAt(i - 1) | 32) !== 99 || (i >= 2 && isWordCode(text.charCodeAt(i - 2))) || isWordCode(text.charCodeAt(i + 1))) continue;
    if (!mayNameRoot(text, i + 1) || !ROOT_WORD.test(text.slice(i + 1, i + 25))) continue;
    (roots ??= []).push({ region: 'cervical', start: offset + i - 1, end: offset + i + 1 });
  }
  return roots;
}
