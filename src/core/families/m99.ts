import type { CodeFamily } from './types';

const ALL_REGIONS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * ICD-10-CM category M99 (Biomechanical lesions, not elsewhere classified), every subcategory:
 * the 4th character names the lesion (and, for M99.2-M99.7, the stenosis site and mechanism
 * group), the 5th character the region in the M99 scheme; M99.9 is complete at four characters.
 * Titles: FY2026 order file. Alternatives: the M99 category note ("should not be used if the
 * condition can be classified elsewhere") and the index entries named in each `when`.
 */
export const M99_FAMILY: CodeFamily = {
  id: 'm99',
  title: 'Biomechanical lesions, not elsewhere classified',
  codePattern: '^M99(?:\\.[0-9][0-9]?)?$',
  scheme: 'm99',
  subcategories: [
    {
      code: 'M99.0',
      title: 'Segmental and somatic dysfunction',
      axes: { lesion: 'segmental-somatic-dysfunction', site: 'none', mechanisms: [] },
      regionDigits: ALL_REGIONS,
      sources: ['order-fy2026'],
    },
    {
      code: 'M99.1',
      title: 'Subluxation complex (vertebral)',
      axes: { lesion: 'subluxation-complex', site: 'none', mechanisms: [] },
      regionDigits: ALL_REGIONS,
      sources: ['order-fy2026'],
    },
    {
      code: 'M99.2',
      title: 'Subluxation stenosis of neural canal',
      axes: { lesion: 'canal-stenosis', site: 'canal', mechanisms: ['subluxation'] },
      regionDigits: ALL_REGIONS,
      sources: ['order-fy2026', 'index'],
    },
    {
      code: 'M99.3',
      title: 'Osseous stenosis of neural canal',
      axes: { lesion: 'canal-stenosis', site: 'canal', mechanisms: ['osseous'] },
      regionDigits: ALL_REGIONS,
      sources: ['order-fy2026', 'index'],
    },
    {
      code: 'M99.4',
      title: 'Connective tissue stenosis of neural canal',
      axes: { lesion: 'canal-stenosis', site: 'canal', mechanisms: ['connective-tissue'] },
      regionDigits: ALL_REGIONS,
      sources: ['order-fy2026', 'index'],
    },
    {
      code: 'M99.5',
      title: 'Intervertebral disc stenosis of neural canal',
      axes: { lesion: 'canal-stenosis', site: 'canal', mechanisms: ['disc'] },
      regionDigits: ALL_REGIONS,
      sources: ['order-fy2026', 'index'],
    },
    {
      code: 'M99.6',
      title: 'Osseous and subluxation stenosis of intervertebral foramina',
      axes: { lesion: 'foraminal-stenosis', site: 'foramen', mechanisms: ['osseous', 'subluxation'] },
      regionDigits: ALL_REGIONS,
      sources: ['order-fy2026', 'index'],
    },
    {
      code: 'M99.7',
      title: 'Connective tissue and disc stenosis of intervertebral foramina',
      axes: { lesion: 'foraminal-stenosis', site: 'foramen', mechanisms: ['connective-tissue', 'disc'] },
      regionDigits: ALL_REGIONS,
      sources: ['order-fy2026', 'index'],
    },
    {
      code: 'M99.8',
      title: 'Other biomechanical lesions',
      axes: { lesion: 'other-biomechanical', site: 'none', mechanisms: [] },
      regionDigits: ALL_REGIONS,
      sources: ['order-fy2026'],
    },
    {
      code: 'M99.9',
      title: 'Biomechanical lesion, unspecified',
      axes: { lesion: 'unspecified', site: 'none', mechanisms: [] },
      regionDigits: [],
      sources: ['order-fy2026'],
    },
  ],
  alternatives: [
    {
      target: 'M48.0',
      when: 'The note documents spinal (central canal) stenosis as a diagnosis: the index sends "Stenosis, spinal" to M48.0-, and the M99 note says M99 is not used when the condition can be classified elsewhere. Foraminal stenosis indexes to M99.6-/M99.7-, not to M48.0-.',
      sources: ['index', 'tabular'],
    },
    {
      target: 'M43.1',
      when: 'Imaging documents a spondylolisthesis (a slipped vertebra), which has its own code.',
      sources: ['index', 'tabular'],
    },
    {
      target: 'M47.2',
      when: 'Osteophytes or facet arthropathy narrow the foramen and the note documents radiculopathy: the combination code carries both.',
      sources: ['tabular'],
    },
    {
      target: 'M50.1',
      when: 'A cervical disc narrows the foramen and the note documents radiculopathy.',
      sources: ['tabular'],
    },
    {
      target: 'M51.1',
      when: 'A thoracic or lumbar disc narrows the foramen and the note documents radiculopathy.',
      sources: ['tabular'],
    },
  ],
  sources: ['order-fy2026', 'tabular', 'index'],
};
