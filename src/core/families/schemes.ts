import { CERVICAL_DISC_SCHEME } from '../spine-families/schemes';
import type { RegionScheme, RegionSchemeId, SchemeRegion } from './types';

/**
 * The two region schemes of the spine families, as the official titles name them.
 *
 * - The M99 scheme: M99's 5th character, the same ten regions in every subcategory (order file
 *   M99.00-M99.89). The index sends "occipitocervical" to head, "cervicothoracic" to cervical,
 *   "thoracolumbar" to thoracic and "lumbosacral" to lumbar (Index: Lesion, biomechanical;
 *   Stenosis, intervertebral foramina; Subluxation complex), so a junction segment takes the region
 *   of its upper vertebra.
 * - The dorsopathy scheme: the 5th character of M43.1, M47.1/M47.2/M47.81, M48.0, M54.1 and the
 *   region part of M51 (order file: "occipito-atlanto-axial region" … "sacral and sacrococcygeal
 *   region"), where the junctions are regions of their own.
 */
export const REGION_SCHEMES: readonly RegionScheme[] = [
  {
    id: 'm99',
    name: 'M99 codes',
    usedBy: 'M99 biomechanical lesions (segmental dysfunction, subluxation complex, canal and foraminal stenosis)',
    regions: [
      { id: 'head', digit: '0', label: 'head region', spinal: true },
      { id: 'cervical', digit: '1', label: 'cervical region', spinal: true },
      { id: 'thoracic', digit: '2', label: 'thoracic region', spinal: true },
      { id: 'lumbar', digit: '3', label: 'lumbar region', spinal: true },
      { id: 'sacral', digit: '4', label: 'sacral region', spinal: true },
      { id: 'pelvic', digit: '5', label: 'pelvic region', spinal: false },
      { id: 'lower-extremity', digit: '6', label: 'lower extremity', spinal: false },
      { id: 'upper-extremity', digit: '7', label: 'upper extremity', spinal: false },
      { id: 'rib-cage', digit: '8', label: 'rib cage', spinal: false },
      { id: 'abdomen-other', digit: '9', label: 'abdomen and other regions', spinal: false },
    ],
    levelMap: [
      {
        levels: ['C0', 'C0-C1'],
        region: 'head',
        why: 'The index sends "occipitocervical" to the head region digit.',
        sources: ['index'],
      },
      {
        levels: ['C1', 'C2', 'C1-C2'],
        region: 'cervical',
        ambiguous: true,
        why: 'No official text says whether C1-C2 is head or cervical in M99; ChartLint proposes cervical and asks the coder to confirm.',
        sources: ['index', 'chartlint-convention'],
      },
      { letters: ['C'], region: 'cervical', why: 'Cervical levels, and C7-T1: the index sends "cervicothoracic" to cervical.', sources: ['index'] },
      { letters: ['T'], region: 'thoracic', why: 'Thoracic levels, and T12-L1: the index sends "thoracolumbar" to thoracic.', sources: ['index'] },
      { letters: ['L'], region: 'lumbar', why: 'Lumbar levels, and L5-S1: the index sends "lumbosacral" to lumbar.', sources: ['index'] },
      { letters: ['S', 'CO'], region: 'sacral', why: 'The index sends "sacral" and "sacrococcygeal" to the sacral region.', sources: ['index'] },
    ],
    sources: ['order-fy2026', 'index'],
  },
  {
    id: 'dorsopathy',
    name: 'M40-M54 dorsopathy codes',
    usedBy: 'M43.1 spondylolisthesis, M47 spondylosis, M48.0 spinal stenosis, M51 disc disorders, M54.1 radiculopathy',
    regions: [
      { id: 'site-unspecified', digit: '0', label: 'site unspecified', spinal: true, residual: true },
      { id: 'occipito-atlanto-axial', digit: '1', label: 'occipito-atlanto-axial region', spinal: true },
      { id: 'cervical', digit: '2', label: 'cervical region', spinal: true },
      { id: 'cervicothoracic', digit: '3', label: 'cervicothoracic region', spinal: true },
      { id: 'thoracic', digit: '4', label: 'thoracic region', spinal: true },
      { id: 'thoracolumbar', digit: '5', label: 'thoracolumbar region', spinal: true },
      { id: 'lumbar', digit: '6', label: 'lumbar region', spinal: true },
      { id: 'lumbosacral', digit: '7', label: 'lumbosacral region', spinal: true },
      { id: 'sacral', digit: '8', label: 'sacral and sacrococcygeal region', spinal: true },
      { id: 'multiple-sites', digit: '9', label: 'multiple sites in spine', spinal: true, residual: true },
    ],
    levelMap: [
      {
        levels: ['C0', 'C0-C1', 'C1', 'C1-C2', 'C2'],
        region: 'occipito-atlanto-axial',
        why: 'The region is named after the occiput, the atlas (C1) and the axis (C2).',
        sources: ['order-fy2026'],
      },
      { levels: ['C7-T1'], region: 'cervicothoracic', why: 'The junction of C7 and T1 is its own region in this scheme.', sources: ['order-fy2026'] },
      { levels: ['T12-L1'], region: 'thoracolumbar', why: 'The junction of T12 and L1 is its own region in this scheme.', sources: ['order-fy2026'] },
      { levels: ['L5-S1'], region: 'lumbosacral', why: 'The junction of L5 and S1 is its own region in this scheme.', sources: ['order-fy2026'] },
      { letters: ['C'], region: 'cervical', why: 'Cervical levels below the axis.', sources: ['order-fy2026'] },
      { letters: ['T'], region: 'thoracic', why: 'Thoracic levels.', sources: ['order-fy2026'] },
      { letters: ['L'], region: 'lumbar', why: 'Lumbar levels.', sources: ['order-fy2026'] },
      { letters: ['S', 'CO'], region: 'sacral', why: 'Sacral and coccygeal levels.', sources: ['order-fy2026'] },
    ],
    sources: ['order-fy2026'],
  },
  // M50's own scheme (high / mid-cervical with the level character / cervicothoracic).
  CERVICAL_DISC_SCHEME,
];

/** The scheme with this id; throws for an unknown id (a bug in the family data, caught at load). */
export function schemeById(id: RegionSchemeId): RegionScheme {
  const scheme = REGION_SCHEMES.find((s) => s.id === id);
  if (!scheme) throw new Error(`region scheme "${id}" does not exist`);
  return scheme;
}

export type LevelRegion = { region: SchemeRegion; ambiguous: boolean; why: string };

/**
 * The region a normalised level ("C5-C6", "L5-S1", "C0-C1", "T4") takes in a scheme, or undefined
 * for text that is not a level.
 *
 * @example regionOfLevel('dorsopathy', 'C7-T1')?.region.id === 'cervicothoracic'
 * @example regionOfLevel('m99', 'C7-T1')?.region.id === 'cervical'
 */
export function regionOfLevel(schemeId: RegionSchemeId, level: string): LevelRegion | undefined {
  const scheme = schemeById(schemeId);
  const normalized = level.trim().toUpperCase();
  const letter = /^(CO|[CTLS])(?=\d|$)/.exec(normalized)?.[1];
  for (const rule of scheme.levelMap) {
    const hit = rule.levels?.includes(normalized) || (letter !== undefined && rule.letters?.includes(letter));
    if (!hit) continue;
    const region = scheme.regions.find((r) => r.id === rule.region);
    if (!region) return undefined;
    return { region, ambiguous: rule.ambiguous === true, why: rule.why };
  }
  return undefined;
}

/** The scheme's region for a code character, e.g. ("dorsopathy", "3") → cervicothoracic. */
export function regionByDigit(schemeId: RegionSchemeId, digit: string): SchemeRegion | undefined {
  return schemeById(schemeId).regions.find((r) => r.digit === digit);
}
