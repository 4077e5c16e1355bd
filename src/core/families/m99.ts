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
      label: 'spinal stenosis (M48.0-)',
      lesions: ['canal-stenosis', 'foraminal-stenosis'],
      // Beside a foraminal code the canal stenosis is a second finding, coded on its own.
      besideLesions: ['foraminal-stenosis'],
      requires: ['spinal-stenosis'],
      when: 'The note documents spinal (central canal) stenosis as a diagnosis: the Index sends "Stenosis, spinal" to M48.0- by region, and the M99 note says M99 is not used when the condition can be classified elsewhere. Foraminal stenosis alone does not lead here: the Index sends "Stenosis, intervertebral foramina" to M99.6-/M99.7-, and M48.0 has no inclusion term for the foramen (its only one is "Caudal stenosis").',
      sources: ['index', 'tabular'],
    },
    {
      target: 'M43.1',
      label: 'spondylolisthesis (M43.1-)',
      lesions: ['canal-stenosis', 'foraminal-stenosis', 'subluxation-complex', 'segmental-somatic-dysfunction'],
      mechanisms: ['subluxation'],
      requires: ['spondylolisthesis'],
      when: 'Imaging documents a spondylolisthesis (a slipped vertebra), which has its own code; a subluxation without a documented listhesis does not lead here.',
      sources: ['index', 'tabular'],
    },
    {
      target: 'M47.2',
      label: 'spondylosis with radiculopathy (M47.2-)',
      lesions: ['canal-stenosis', 'foraminal-stenosis'],
      mechanisms: ['osseous'],
      requires: ['spondylosis', 'radiculopathy'],
      when: 'Osteophytes or facet arthropathy narrow the canal or foramen and the note documents radiculopathy: M54.1 excludes radiculopathy with spondylosis (Excludes1), so the combination code carries both. An ossified posterior longitudinal ligament (OPLL) is not spondylosis: the Index sends it to M48.8-.',
      sources: ['tabular', 'index'],
    },
    {
      target: 'M50.1',
      label: 'cervical disc disorder with radiculopathy (M50.1-)',
      lesions: ['canal-stenosis', 'foraminal-stenosis'],
      mechanisms: ['disc'],
      requires: ['radiculopathy'],
      when: 'A cervical disc narrows the canal or foramen and the note documents radiculopathy: M54.1 excludes radiculopathy with cervical disc disorder (Excludes1).',
      sources: ['tabular'],
    },
    {
      target: 'M51.1',
      label: 'disc disorder with radiculopathy (M51.1-)',
      lesions: ['canal-stenosis', 'foraminal-stenosis'],
      mechanisms: ['disc'],
      requires: ['radiculopathy'],
      when: 'A thoracic, thoracolumbar, lumbar or lumbosacral disc narrows the canal or foramen and the note documents radiculopathy: M54.1 excludes radiculopathy with these disc disorders (Excludes1).',
      sources: ['tabular'],
    },
    {
      target: 'M47.1',
      label: 'spondylosis with myelopathy (M47.1-)',
      lesions: ['canal-stenosis'],
      mechanisms: ['osseous'],
      requires: ['spondylosis', 'myelopathy'],
      when: 'Spondylotic bone or facet change compresses the spinal cord (tabular inclusion term: spondylogenic compression of spinal cord). An ossified posterior longitudinal ligament (OPLL) is not spondylosis: the Index sends it to M48.8-.',
      sources: ['tabular', 'index'],
    },
    ...['M50.0', 'M51.0'].map((target) => ({
      target,
      label: 'disc disorder with myelopathy (M50.0-, M51.0-)',
      lesions: ['canal-stenosis'],
      mechanisms: ['disc' as const],
      requires: ['myelopathy' as const],
      when: 'A disc displacement compresses the cord and the note documents myelopathy.',
      sources: ['tabular'],
    })),
    ...['M50.2', 'M50.3', 'M51.2', 'M51.3'].map((target) => ({
      target,
      label: 'other disc displacement or degeneration (M50.2-/M50.3-, M51.2-/M51.3-)',
      lesions: ['canal-stenosis', 'foraminal-stenosis'],
      mechanisms: ['disc' as const],
      when: 'The disc finding is documented without myelopathy or radiculopathy.',
      sources: ['tabular'],
    })),
    ...['M43.3', 'M43.4', 'M43.5'].map((target) => ({
      target,
      label: 'recurrent atlantoaxial or vertebral dislocation (M43.3, M43.4, M43.5X-)',
      lesions: ['subluxation-complex', 'canal-stenosis', 'foraminal-stenosis'],
      mechanisms: ['subluxation' as const],
      when: 'A true recurrent subluxation or dislocation of a vertebra (M43.5 Excludes1: biomechanical lesions NEC, M99.-).',
      sources: ['tabular'],
    })),
    {
      target: 'M54.1',
      label: 'radiculopathy (M54.1-)',
      lesions: ['foraminal-stenosis'],
      requires: ['radiculopathy'],
      when: 'The note documents radiculopathy without attributing it to a disc disorder or spondylosis (M54.1 Excludes1 sends those to M50.1, M51.1-, M47.2-).',
      sources: ['tabular'],
    },
    {
      target: 'M53.2',
      label: 'spinal instabilities (M53.2X-)',
      lesions: ['subluxation-complex', 'segmental-somatic-dysfunction'],
      when: 'The note documents instability (abnormal motion on flexion/extension films) as a diagnosis.',
      sources: ['tabular'],
    },
  ],
  sources: ['order-fy2026', 'tabular', 'index'],
};
