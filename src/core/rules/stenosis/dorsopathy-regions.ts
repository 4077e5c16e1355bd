import { regionOfLevel, schemeById } from '../../families/schemes';
import { stenosisRegionWords } from '../../families-read/stenosis-region-words';
import type { Mention } from '../../types';
import type { RuleContext } from '../rule';

/** A region of the dorsopathy scheme (M48.0-, M47.2-, M51.1- …): its id and its code character. */
export type DorsoRegion = { id: string; digit: string };

/** The level a bare M99 region word stands for, to place it in the dorsopathy scheme. */
const WORD_LEVEL = { head: 'C0', cervical: 'C4', thoracic: 'T6', lumbar: 'L3', sacral: 'S1' } as const;

/** The dorsopathy region of each normalized level ("C5-C6"), looked up once: fixed data, a bounded vocabulary. */
const regionByLevel = new Map<string, DorsoRegion | null>();

function dorsopathyRegionOf(level: string): DorsoRegion | undefined {
  let region = regionByLevel.get(level);
  if (region === undefined) {
    const hit = regionOfLevel('dorsopathy', level);
    region = hit ? { id: hit.region.id, digit: hit.region.digit } : null;
    if (regionByLevel.size < 4096) regionByLevel.set(level, region);
  }
  return region ?? undefined;
}

/**
 * Regions of the dorsopathy scheme some levels fall in (junctions are regions of their own), each
 * once, in the order first met. The region objects are shared and never modified.
 */
export function regionsOfLevels(levels: Mention['levels']): DorsoRegion[] {
  const regions: DorsoRegion[] = [];
  for (const { normalized } of levels) {
    const region = dorsopathyRegionOf(normalized);
    if (region && !regions.some((r) => r.id === region.id)) regions.push(region);
  }
  return regions;
}

/** Only a region word ("lumbar"): a level inside that region stands for it. */
export function regionsOfWords(words: Mention['regions']): DorsoRegion[] {
  const regions = new Map<string, string>();
  for (const r of words) {
    const hit = regionOfLevel('dorsopathy', WORD_LEVEL[r]);
    if (hit) regions.set(hit.region.id, hit.region.digit);
  }
  return [...regions].map(([id, digit]) => ({ id, digit }));
}

/** Dorsopathy region words ("cervicothoracic", see stenosis-region-words.ts) as regions of that scheme. */
export function regionsOfDorsopathyWords(words: readonly string[]): DorsoRegion[] {
  const scheme = schemeById('dorsopathy');
  return words.flatMap((w) => scheme.regions.filter((r) => r.id === w).map((r) => ({ id: r.id, digit: r.digit })));
}

/**
 * A reader of each mention's dorsopathy regions: from its levels; else from the junction words of
 * its sentence ("cervicothoracic stenosis", whose M99 regions hold only "cervical"); else from its
 * region words. A mention's levels and region words are arrays the mentions of one statement share,
 * so each array is read once, not once per mention and caller (a dense note has thousands).
 */
export function dorsopathyRegionReader(ctx: Pick<RuleContext, 'memo' | 'memos' | 'notes'>): (m: Mention) => DorsoRegion[] {
  return ctx.memo('dorsopathy-regions', '', () => {
    // Two flat maps by array: a map of maps per pair was a twentieth of a dense note's time. The
    // words' map and the junction words' reader are made once a mention without a level asks:
    // most notes' mentions have levels, and a short note's analysis made them for nothing.
    const byLevels = new Map<object, DorsoRegion[]>();
    let byWords: Map<object, DorsoRegion[]> | undefined;
    let junctionWords: ((m: Mention) => string[] | undefined) | undefined;
    return (m: Mention) => {
      let regions = byLevels.get(m.levels);
      if (!regions) byLevels.set(m.levels, (regions = regionsOfLevels(m.levels)));
      if (regions.length > 0) return regions;
      junctionWords ??= ctx.memo('stenosis-region-words', '', () => stenosisRegionWords(ctx.notes));
      byWords ??= new Map<object, DorsoRegion[]>();
      const junction = junctionWords(m);
      if (junction) {
        let own = byWords.get(junction);
        if (!own) byWords.set(junction, (own = regionsOfDorsopathyWords(junction)));
        return own;
      }
      let words = byWords.get(m.regions);
      if (!words) byWords.set(m.regions, (words = regionsOfWords(m.regions)));
      return words;
    };
  });
}
