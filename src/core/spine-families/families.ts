import type { AxisValues, CodeFamily, ExtraCharacter, RootLevel, Side, Subcategory } from '../families/types';

/**
 * The spine families coders enter beside (or instead of) M99, read from the FY2026 order file
 * (codes, titles, which region characters exist) and the tabular/index entries in sources.ts.
 * `lesion` names what the note must document; `qualifiers` are the with/without facts the code
 * states (a subcategory "with radiculopathy" elsewhere makes the others "without" it: the index
 * sends disc disorders and spondylosis with radiculopathy to the combination codes).
 */
const ORDER = 'order-fy2026-dorsopathies';
const TAB = 'tabular-dorsopathies';
const IDX = 'index-dorsopathies';
const ROOTS = 'tabular-m50-1-roots';
const SCIATICA_TAB = 'tabular-m54-3-sciatica';
const LUMBAGO_TAB = 'tabular-m54-4-sciatica';
const SCIATICA_IDX = 'index-sciatica';
const INSTABILITY_IDX = 'index-instability';

const digits = (s: string) => s.split('');
const sub = (code: string, title: string, axes: AxisValues, regionDigits: string, sources: string[], extra?: Record<string, ExtraCharacter[]>): Subcategory => ({
  code,
  title,
  axes,
  regionDigits: digits(regionDigits),
  ...(extra ? { extra } : {}),
  sources,
});

const WITHOUT_BOTH = { myelopathy: false, radiculopathy: false };

/** M50's mid-cervical 6th character: 0 unspecified level, 1 C4-C5, 2 C5-C6, 3 C6-C7. */
const MID_CERVICAL_LEVELS: ExtraCharacter[] = [
  { char: '0', axes: {}, label: 'unspecified level' },
  { char: '1', axes: { level: 'C4-C5' }, label: 'C4-C5' },
  { char: '2', axes: { level: 'C5-C6' }, label: 'C5-C6' },
  { char: '3', axes: { level: 'C6-C7' }, label: 'C6-C7' },
];

/**
 * The roots M50.1-'s inclusion terms name (FY2021 tabular, unchanged through the FY2026 addenda):
 * M50.11 "C3 radiculopathy due to disc disorder", "C4 ..."; M50.121 C5; M50.122 C6; M50.123 C7;
 * M50.13 C8; and the Index, "Radiculopathy, due to, disc disorder, C3 M50.11 ... C8 M50.13". Each
 * root names the disc above it: the level its code's region and 6th character say.
 */
const M50_1_ROOTS: RootLevel[] = [
  { root: 'C3', level: 'C2-C3', sources: [ROOTS, IDX] },
  { root: 'C4', level: 'C3-C4', sources: [ROOTS, IDX] },
  { root: 'C5', level: 'C4-C5', sources: [ROOTS, IDX] },
  { root: 'C6', level: 'C5-C6', sources: [ROOTS, IDX] },
  { root: 'C7', level: 'C6-C7', sources: [ROOTS, IDX] },
  { root: 'C8', level: 'C7-T1', sources: [ROOTS, IDX] },
];

/**
 * A category coded by side in its 5th character, 0 unspecified, 1 right, 2 left (M54.3-, M54.4-):
 * each code a complete subcategory of its own, its title the category's with ", right side" (the
 * order file's words), and no bilateral code (Guidelines I.B.13: both sides' codes).
 */
const SIDES: readonly [Side, string][] = [
  ['unspecified', '0'],
  ['right', '1'],
  ['left', '2'],
];
const bySide = (code: string, title: string, lesion: string, sources: string[]): Subcategory[] =>
  SIDES.map(([side, digit]) => sub(`${code}${digit}`, `${title}, ${side} side`, { lesion, side }, '', sources));

/** M51.36-/M51.37- 6th character (FY2025): discogenic (axial) back pain and lower-extremity pain. */
const DISCOGENIC_PAIN: ExtraCharacter[] = [
  { char: '0', axes: { qualifiers: { 'discogenic-back-pain': true, 'lower-extremity-pain': false } }, label: 'with discogenic back pain only' },
  { char: '1', axes: { qualifiers: { 'discogenic-back-pain': false, 'lower-extremity-pain': true } }, label: 'with lower extremity pain only' },
  { char: '2', axes: { qualifiers: { 'discogenic-back-pain': true, 'lower-extremity-pain': true } }, label: 'with discogenic back pain and lower extremity pain' },
  { char: '9', axes: { qualifiers: { 'discogenic-back-pain': false, 'lower-extremity-pain': false } }, label: 'without mention of lumbar back pain or lower extremity pain' },
];

export const SPINE_FAMILIES: readonly CodeFamily[] = [
  {
    id: 'm43.1',
    title: 'Spondylolisthesis',
    codePattern: '^M43\\.1[0-9]?$',
    scheme: 'dorsopathy',
    subcategories: [sub('M43.1', 'Spondylolisthesis', { lesion: 'spondylolisthesis' }, '0123456789', [ORDER, IDX])],
    alternatives: [],
    sources: [ORDER, IDX],
  },
  {
    id: 'm47',
    title: 'Spondylosis (M47.1-, M47.2-, M47.81-, M47.89-)',
    codePattern: '^M47\\.(?:[12][0-9]?|8(?:[19][0-9]?)?)$',
    scheme: 'dorsopathy',
    subcategories: [
      sub('M47.1', 'Other spondylosis with myelopathy', { lesion: 'spondylosis', qualifiers: { myelopathy: true } }, '0123456', [ORDER, TAB, IDX]),
      sub('M47.2', 'Other spondylosis with radiculopathy', { lesion: 'spondylosis', qualifiers: { myelopathy: false, radiculopathy: true } }, '012345678', [ORDER, IDX]),
      // M47.819 and M47.899 use 9 for "site unspecified", not the scheme's "multiple sites": left out
      // so those two codes read as not checked rather than as a wrong region.
      sub('M47.81', 'Spondylosis without myelopathy or radiculopathy', { lesion: 'spondylosis', qualifiers: WITHOUT_BOTH }, '12345678', [ORDER, IDX]),
      sub('M47.89', 'Other spondylosis', { lesion: 'spondylosis' }, '12345678', [ORDER, IDX]),
    ],
    alternatives: [],
    sources: [ORDER, TAB, IDX],
  },
  {
    id: 'm48.0',
    title: 'Spinal stenosis',
    codePattern: '^M48\\.0[0-9]?[0-9]?$',
    scheme: 'dorsopathy',
    subcategories: [
      sub('M48.0', 'Spinal stenosis', { lesion: 'spinal-stenosis', site: 'canal' }, '012345678', [ORDER, IDX], {
        '6': [
          { char: '1', axes: { qualifiers: { 'neurogenic-claudication': false } }, label: 'without neurogenic claudication' },
          { char: '2', axes: { qualifiers: { 'neurogenic-claudication': true } }, label: 'with neurogenic claudication' },
        ],
      }),
    ],
    alternatives: [
      {
        target: 'M99.6',
        when: 'The note documents stenosis of the intervertebral foramina only: the index sends foraminal stenosis to M99.6-/M99.7-, not to M48.0-.',
        sources: [IDX],
      },
    ],
    sources: [ORDER, IDX],
  },
  {
    id: 'm50',
    title: 'Cervical disc disorders',
    codePattern: '^M50\\.[0-9](?:[0-9][0-9]?)?$',
    scheme: 'cervical-disc',
    subcategories: [
      sub('M50.0', 'Cervical disc disorder with myelopathy', { lesion: 'disc-disorder', qualifiers: { myelopathy: true } }, '0123', [ORDER, IDX], { '2': MID_CERVICAL_LEVELS }),
      { ...sub('M50.1', 'Cervical disc disorder with radiculopathy', { lesion: 'disc-disorder', qualifiers: { myelopathy: false, radiculopathy: true } }, '0123', [ORDER, IDX], { '2': MID_CERVICAL_LEVELS }), rootLevels: M50_1_ROOTS },
      sub('M50.2', 'Other cervical disc displacement', { lesion: 'disc-displacement', qualifiers: WITHOUT_BOTH }, '0123', [ORDER, IDX], { '2': MID_CERVICAL_LEVELS }),
      sub('M50.3', 'Other cervical disc degeneration', { lesion: 'disc-degeneration', qualifiers: WITHOUT_BOTH }, '0123', [ORDER, IDX], { '2': MID_CERVICAL_LEVELS }),
      sub('M50.8', 'Other cervical disc disorders', { lesion: 'disc-disorder', qualifiers: WITHOUT_BOTH }, '0123', [ORDER], { '2': MID_CERVICAL_LEVELS }),
      sub('M50.9', 'Cervical disc disorder, unspecified', { lesion: 'disc-disorder' }, '0123', [ORDER], { '2': MID_CERVICAL_LEVELS }),
    ],
    alternatives: [],
    sources: [ORDER, TAB, IDX],
  },
  {
    id: 'm51',
    title: 'Thoracic, thoracolumbar, and lumbosacral intervertebral disc disorders',
    codePattern: '^M51\\.(?:[0-48](?:[4-7][0-9]?)?|9)$',
    scheme: 'dorsopathy',
    subcategories: [
      sub('M51.0', 'Thoracic, thoracolumbar and lumbosacral intervertebral disc disorders with myelopathy', { lesion: 'disc-disorder', qualifiers: { myelopathy: true } }, '456', [ORDER, IDX]),
      sub('M51.1', 'Thoracic, thoracolumbar and lumbosacral intervertebral disc disorders with radiculopathy', { lesion: 'disc-disorder', qualifiers: { myelopathy: false, radiculopathy: true } }, '4567', [ORDER, TAB, IDX]),
      sub('M51.2', 'Other thoracic, thoracolumbar and lumbosacral intervertebral disc displacement', { lesion: 'disc-displacement', qualifiers: WITHOUT_BOTH }, '4567', [ORDER, IDX]),
      sub('M51.3', 'Other thoracic, thoracolumbar and lumbosacral intervertebral disc degeneration', { lesion: 'disc-degeneration', qualifiers: WITHOUT_BOTH }, '4567', [ORDER, IDX, 'addenda-fy2025-m51'], {
        '6': DISCOGENIC_PAIN,
        '7': DISCOGENIC_PAIN,
      }),
      sub('M51.4', "Schmorl's nodes", { lesion: 'schmorl-node' }, '4567', [ORDER]),
      sub('M51.8', 'Other thoracic, thoracolumbar and lumbosacral intervertebral disc disorders', { lesion: 'disc-disorder', qualifiers: WITHOUT_BOTH }, '4567', [ORDER]),
      sub('M51.9', 'Unspecified thoracic, thoracolumbar and lumbosacral intervertebral disc disorder', { lesion: 'disc-disorder' }, '', [ORDER]),
    ],
    alternatives: [],
    sources: [ORDER, TAB, IDX, 'addenda-fy2025-m51'],
  },
  {
    id: 'm54',
    title: 'Dorsalgia: radiculopathy (M54.1-), cervicalgia (M54.2), low back pain (M54.5-)',
    codePattern: '^M54\\.(?:1[0-8]?|2|5[019]?)$',
    scheme: 'dorsopathy',
    subcategories: [
      sub('M54.1', 'Radiculopathy', { lesion: 'radiculopathy', qualifiers: { radiculopathy: true } }, '012345678', [ORDER, TAB, IDX]),
      sub('M54.2', 'Cervicalgia', { lesion: 'neck-pain' }, '', [ORDER, TAB, IDX]),
      sub('M54.50', 'Low back pain, unspecified', { lesion: 'low-back-pain' }, '', [ORDER, TAB]),
      sub('M54.51', 'Vertebrogenic low back pain', { lesion: 'vertebrogenic-low-back-pain' }, '', [ORDER, TAB]),
      sub('M54.59', 'Other low back pain', { lesion: 'low-back-pain' }, '', [ORDER, TAB]),
    ],
    alternatives: [
      { target: 'M50.1', when: 'Excludes1 at M54.1: radiculopathy with a cervical disc disorder is coded M50.1-.', sources: [TAB, 'guideline-excludes1'] },
      { target: 'M51.1', when: 'Excludes1 at M54.1: radiculopathy with a thoracic or lumbar disc disorder is coded M51.1-.', sources: [TAB, 'guideline-excludes1'] },
      { target: 'M47.2', when: 'Excludes1 at M54.1: radiculopathy with spondylosis is coded M47.2-.', sources: [TAB, 'guideline-excludes1'] },
      { target: 'M50', when: 'Excludes1 at M54.2: cervicalgia due to a cervical disc disorder is coded in M50.-.', sources: [TAB, 'guideline-excludes1'] },
      { target: 'M51.2', when: 'Excludes1 at M54.5: lumbago due to disc displacement is coded M51.2-.', sources: [TAB, 'guideline-excludes1'] },
      { target: 'M54.4', when: 'Excludes1 at M54.5: lumbago with sciatica is coded M54.4-, by side; with a disc disorder causing it, M51.1- (Excludes1 at M54.4).', sources: ['tabular-m54-4-sciatica', 'guideline-excludes1'] },
    ],
    sources: [ORDER, TAB, IDX],
  },
  {
    id: 'm54.3',
    title: 'Sciatica',
    codePattern: '^M54\\.3[0-2]?$',
    // No region character: the scheme is named because every family has one; the side is the axis.
    scheme: 'dorsopathy',
    subcategories: bySide('M54.3', 'Sciatica', 'sciatica', [ORDER, SCIATICA_TAB, SCIATICA_IDX]),
    alternatives: [
      { target: 'M54.4', when: 'Excludes1 at M54.3: sciatica with lumbago (low back pain) is coded M54.4-, by side.', sources: [SCIATICA_TAB, SCIATICA_IDX, 'guideline-excludes1'] },
      { target: 'M51.1', when: 'Excludes1 at M54.3: sciatica due to an intervertebral disc disorder is coded M51.1- (Index: Sciatica, due to displacement of intervertebral disc, see Disorder, disc, with radiculopathy).', sources: [SCIATICA_TAB, SCIATICA_IDX, 'guideline-excludes1'] },
      { target: 'G57.0', when: 'Excludes1 at M54.3: a lesion of the sciatic nerve itself is coded G57.0-.', sources: [SCIATICA_TAB, 'guideline-excludes1'] },
    ],
    sources: [ORDER, SCIATICA_TAB, SCIATICA_IDX, 'guideline-laterality'],
  },
  {
    id: 'm54.4',
    title: 'Lumbago with sciatica',
    codePattern: '^M54\\.4[0-2]?$',
    scheme: 'dorsopathy',
    subcategories: bySide('M54.4', 'Lumbago with sciatica', 'lumbago-with-sciatica', [ORDER, LUMBAGO_TAB, SCIATICA_IDX]),
    alternatives: [
      { target: 'M54.3', when: 'The note documents sciatica without low back pain (lumbago): sciatica alone is M54.3-, by side.', sources: [SCIATICA_TAB, LUMBAGO_TAB] },
      { target: 'M51.1', when: 'Excludes1 at M54.4: lumbago with sciatica due to an intervertebral disc disorder is coded M51.1- (Index: Lumbago, with sciatica, due to intervertebral disc disorder M51.17).', sources: [LUMBAGO_TAB, SCIATICA_IDX, 'guideline-excludes1'] },
    ],
    sources: [ORDER, LUMBAGO_TAB, SCIATICA_IDX, 'guideline-laterality'],
  },
  {
    id: 'm53.2',
    title: 'Spinal instabilities',
    codePattern: '^M53\\.2(?:X[1-9]?)?$',
    scheme: 'dorsopathy',
    // M53.2X9 is "site unspecified", where the scheme's 9 is "multiple sites in spine" (as for
    // M47.819): left out, so it reads as not checked rather than as a wrong region.
    subcategories: [sub('M53.2X', 'Spinal instabilities', { lesion: 'spinal-instability' }, '12345678', [ORDER, INSTABILITY_IDX])],
    alternatives: [
      { target: 'M43.1', when: 'A slipped vertebra (spondylolisthesis, anterolisthesis, retrolisthesis) is indexed at Spondylolisthesis, M43.1-; instability of the spine at Instability, joint, spine, M53.2-. A note that documents the slip and no instability does not support M53.2X-.', sources: [IDX, INSTABILITY_IDX] },
    ],
    sources: [ORDER, INSTABILITY_IDX],
  },
];
