/**
 * Which spinal segments can reach the nerve root a radiculopathy names, so a disc or spondylosis
 * at another level is not offered as its cause ("C4-C5 disc bulge" with a "C6 radiculopathy").
 *
 * A radiculopathy condition's levels are segments already: find-conditions reads a root as the
 * segment above it (C6 → C5-C6, L5 → L4-L5, S1 → L5-S1). Anatomy (clinical brief §5.3):
 * - cervical roots C1-C7 exit above their own vertebra, so root Cn leaves through C(n-1)-Cn, and a
 *   disc or osteophyte there is what reaches it: that segment only;
 * - thoracic, lumbar and sacral roots exit below their own vertebra and cross the disc above it,
 *   so root Ln is reached by a lesion at L(n-1)-Ln (a paracentral disc on the crossing root) and at
 *   Ln-L(n+1) (a foraminal one on the exiting root): the segment and the next one down. C7-T1 is
 *   read this way too, since its root may be C8 or T1 (T1 leaves at T1-T2).
 */

const BASE: Record<string, number> = { C: 0, T: 7, L: 19, S: 24 };
const VERTEBRA = /([CTLS])(\d{1,2})/g;
const C7 = 7;

/** A vertebra's place down the spine (C1 = 1 … C7 = 7, T1 = 8 … L1 = 20 … S1 = 25), NaN for another letter. */
export const vertebraOrdinal = (letter: string, n: number): number => (BASE[letter] ?? NaN) + n;

/** Read levels, kept: a dense note names the same few levels thousands of times (bounded, see segmentSpan). */
const spans = new Map<string, [number, number] | undefined>();

/** First and last vertebra of a level ("C4-C5" → C4..C5 as ordinals), undefined for a lone vertebra or an unreadable level. */
export function segmentSpan(level: string): [number, number] | undefined {
  if (spans.has(level)) return spans.get(level);
  let lo = Infinity;
  let hi = -Infinity;
  let readable = true;
  for (const m of level.matchAll(VERTEBRA)) {
    const at = vertebraOrdinal(m[1] ?? '', Number(m[2]));
    if (Number.isNaN(at)) readable = false;
    lo = Math.min(lo, at);
    hi = Math.max(hi, at);
  }
  const span: [number, number] | undefined = readable && hi > lo ? [lo, hi] : undefined;
  if (spans.size < 512) spans.set(level, span);
  return span;
}

/** Stretches of spine (vertebra ordinals) from which a lesion reaches a radiculopathy's roots. */
export type Reach = readonly (readonly [number, number])[];

/**
 * Where a lesion must lie to reach the roots of a radiculopathy at `rootLevels` (see the file
 * comment); undefined when no level is a readable segment: then any lesion may.
 */
export function rootReach(rootLevels: readonly string[]): Reach | undefined {
  const reach: [number, number][] = [];
  for (const level of rootLevels) {
    const span = segmentSpan(level);
    if (!span) continue;
    const [lo, hi] = span;
    // Ending at C7 or above, a segment is cervical through and through: exact. Otherwise one more down.
    reach.push(hi <= C7 ? span : [lo, hi + 1]);
  }
  return reach.length > 0 ? reach : undefined;
}

/**
 * Whether a lesion at `causeLevels` lies in `reach`: true when it names no level, or a level that is
 * not a readable segment (nothing to tell it by), or a segment inside the reach (two stretches share
 * a segment when they overlap by more than one vertebra's point).
 */
export function inReach(causeLevels: readonly string[], reach: Reach): boolean {
  if (causeLevels.length === 0) return true;
  for (const level of causeLevels) {
    const c = segmentSpan(level);
    if (!c) return true;
    for (const r of reach) if (Math.max(c[0], r[0]) < Math.min(c[1], r[1])) return true;
  }
  return false;
}

/**
 * Whether a cause at `causeLevels` can reach a root of a radiculopathy at `rootLevels` (rootReach,
 * then inReach): true when either says no readable segment.
 *
 * @example reachesRoot(['C4-C5'], ['C5-C6']) // false: a C6 root leaves at C5-C6
 * @example reachesRoot(['L5-S1'], ['L4-L5']) // true: an L5 root leaves at L5-S1
 */
export function reachesRoot(causeLevels: readonly string[], rootLevels: readonly string[]): boolean {
  const reach = rootReach(rootLevels);
  return reach === undefined || inReach(causeLevels, reach);
}

const SEGMENT_ABOVE: Record<string, string> = { C: 'C', T: 'T', L: 'L', S: 'L' };
const MAX_VERTEBRA: Record<string, number> = { C: 7, T: 12, L: 5 };

/**
 * A nerve root exits at the segment above it in the index's reading ("Radiculopathy, due to disc
 * disorder, C5" → C4-C5; C8 → cervicothoracic); S1 sits at L5-S1. ChartLint convention for L and T.
 */
export function rootSegment(root: string): string | undefined {
  const m = /^([CTLS])(\d{1,2})$/.exec(root);
  if (!m) return undefined;
  const letter = m[1] ?? '';
  const n = Number(m[2]);
  if (letter === 'C' && n === 8) return 'C7-T1';
  if (letter === 'S' && n === 1) return 'L5-S1';
  if (n === 1) {
    if (letter === 'T') return 'C7-T1';
    if (letter === 'L') return 'T12-L1';
    return undefined;
  }
  const above = SEGMENT_ABOVE[letter];
  if (!above || n > (MAX_VERTEBRA[letter] ?? 0)) return undefined;
  return `${letter}${n - 1}-${letter}${n}`;
}
