import type { RegionScheme } from './family-shape';

/**
 * M50's region character is a scheme of its own: the order file names "unspecified cervical",
 * "high cervical", "mid-cervical" and "cervicothoracic" regions, the tabular puts C2-C3 and C3-C4
 * in high cervical (M50.01 inclusion terms), and the mid-cervical codes carry the level as a 6th
 * character (M50.021 C4-C5, M50.022 C5-C6, M50.023 C6-C7). C0-C1 and C1-C2 have no disc, so no
 * level maps there.
 */
export const CERVICAL_DISC_SCHEME: RegionScheme = {
  id: 'cervical-disc',
  name: 'cervical disc region scheme (M50)',
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

/**
 * TEMPORARY copy of core11's dorsopathy scheme until the registry lands (same regions and level
 * rules, read from the order file's region titles).
 */
export const DORSOPATHY_SCHEME: RegionScheme = {
  id: 'dorsopathy',
  name: 'dorsopathy region scheme',
  usedBy: 'M43.1, M47, M48.0, M51, M54.1',
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
    { levels: ['C0', 'C0-C1', 'C1', 'C1-C2', 'C2'], region: 'occipito-atlanto-axial', why: 'The region is named after the occiput, the atlas (C1) and the axis (C2).', sources: ['order-fy2026-dorsopathies'] },
    { levels: ['C7-T1'], region: 'cervicothoracic', why: 'The junction of C7 and T1 is its own region in this scheme.', sources: ['order-fy2026-dorsopathies'] },
    { levels: ['T12-L1'], region: 'thoracolumbar', why: 'The junction of T12 and L1 is its own region in this scheme.', sources: ['order-fy2026-dorsopathies'] },
    { levels: ['L5-S1'], region: 'lumbosacral', why: 'The junction of L5 and S1 is its own region in this scheme.', sources: ['order-fy2026-dorsopathies'] },
    { letters: ['C'], region: 'cervical', why: 'Cervical levels below the axis.', sources: ['order-fy2026-dorsopathies'] },
    { letters: ['T'], region: 'thoracic', why: 'Thoracic levels.', sources: ['order-fy2026-dorsopathies'] },
    { letters: ['L'], region: 'lumbar', why: 'Lumbar levels.', sources: ['order-fy2026-dorsopathies'] },
    { letters: ['S', 'CO'], region: 'sacral', why: 'Sacral and coccygeal levels.', sources: ['order-fy2026-dorsopathies'] },
  ],
  sources: ['order-fy2026-dorsopathies'],
};
