import type { RegionScheme } from '../families/types';

/**
 * M50's region character is a scheme of its own: the order file names "unspecified cervical",
 * "high cervical", "mid-cervical" and "cervicothoracic" regions, the tabular puts C2-C3 and C3-C4
 * in high cervical (M50.01 inclusion terms), and the mid-cervical codes carry the level as a 6th
 * character (M50.021 C4-C5, M50.022 C5-C6, M50.023 C6-C7). C0-C1 and C1-C2 have no disc, so no
 * level maps there.
 */
export const CERVICAL_DISC_SCHEME: RegionScheme = {
  id: 'cervical-disc',
  name: 'M50 cervical disc codes',
  usedBy: 'M50 cervical disc disorders',
  regions: [
    { id: 'cervical-unspecified', digit: '0', label: 'unspecified cervical region', spinal: true, residual: true },
    { id: 'high-cervical', digit: '1', label: 'high cervical region', spinal: true },
    { id: 'mid-cervical', digit: '2', label: 'mid-cervical region', spinal: true },
    { id: 'cervicothoracic', digit: '3', label: 'cervicothoracic region', spinal: true },
  ],
  levelMap: [
    { levels: ['C2-C3', 'C3-C4'], region: 'high-cervical', why: 'The tabular lists C2-C3 and C3-C4 disc disorders under the high cervical region.', sources: ['tabular-dorsopathies'] },
    {
      levels: ['C4-C5', 'C5-C6', 'C6-C7'],
      region: 'mid-cervical',
      why: 'The mid-cervical codes name C4-C5, C5-C6 and C6-C7 as their levels.',
      sources: ['order-fy2026-dorsopathies'],
    },
    { levels: ['C7-T1'], region: 'cervicothoracic', why: 'The C7-T1 disc is the cervicothoracic region in M50.', sources: ['order-fy2026-dorsopathies', 'index-dorsopathies'] },
  ],
  sources: ['order-fy2026-dorsopathies', 'tabular-dorsopathies'],
};
