/**
 * The sources the spine-family entries cite (ids used in families.ts and schemes.ts). Official
 * files are the copies in data/icd10cm/ (see data/icd10cm/SOURCES.md and
 * data/icd10cm/tabular-addenda-patch.json); `verified` is the day each entry was read there. The
 * exact tabular entries and index paths each id stands for are listed in docs/spine-families.md.
 */
import type { KnowledgeSource } from '../families/types';

export type SpineSource = KnowledgeSource;

const CDC = 'https://www.cdc.gov/nchs/icd/icd-10-cm/files.html';
const GUIDELINES = 'https://www.cms.gov/medicare/coding-billing/icd-10-codes';

export const SPINE_SOURCES: readonly SpineSource[] = [
  {
    id: 'order-fy2026-dorsopathies',
    // Read from FY2026; no code of M40-M54 or M99 changed in FY2027 (fy2027/fy2026-to-fy2027-changes.tsv),
    // so the entry holds for both releases and its title names both (QA stop 52: an FY2027 finding cited FY2026 alone).
    title: 'ICD-10-CM FY2026 and FY2027 order files (CDC/NCHS): spine family codes, titles and billable flags (none changed in FY2027)',
    url: CDC,
    verified: '2026-12-07',
  },
  {
    id: 'order-fy2027-regionless-titles',
    title: 'ICD-10-CM FY2027 order file (CDC/NCHS): titles of the spine codes with no region character, and the part of the spine each names (M51.9 thoracic, thoracolumbar and lumbosacral; M54.2 cervicalgia; M54.5- low back; M54.6 thoracic spine)',
    url: CDC,
    verified: '2026-12-06',
  },
  {
    id: 'tabular-dorsopathies',
    title: 'ICD-10-CM Tabular List (with the FY2022-FY2026 addenda): inclusion terms at M47.1, M50.01, M51.1; Excludes1 at M54.1, M54.2, M54.5',
    url: CDC,
    verified: '2026-12-03',
  },
  {
    id: 'tabular-m54-4-sciatica',
    title: 'ICD-10-CM Tabular List (January 2021 XML with the FY2022-FY2026 addenda; FY2027 changed no spine category): Excludes1 at M54.5 "lumbago with sciatica (M54.4-)"; M54.4 Lumbago with sciatica (M54.40 unspecified side, M54.41 right side, M54.42 left side), Excludes1 "lumbago with sciatica due to intervertebral disc disorder (M51.1-)"',
    url: CDC,
    verified: '2026-12-07',
  },
  {
    id: 'tabular-m54-3-sciatica',
    title: 'ICD-10-CM Tabular List (January 2021 XML with the FY2022-FY2026 addenda; FY2027 changed no spine category): M54.3 Sciatica (M54.30 unspecified side, M54.31 right side, M54.32 left side), Excludes1 "lesion of sciatic nerve (G57.0)", "sciatica due to intervertebral disc disorder (M51.1-)", "sciatica with lumbago (M54.4-)"',
    url: CDC,
    verified: '2026-12-07',
  },
  {
    id: 'index-low-back-pain',
    title: 'ICD-10-CM FY2022 tabular and index addenda (M54.5 split; FY2027 changed no spine category): M54.50 Low back pain, unspecified (inclusion terms Loin pain, Lumbago NOS), M54.51 Vertebrogenic low back pain (Low back vertebral endplate pain), M54.59 Other low back pain; Index: Pain, low back M54.50, specified NEC M54.59, vertebrogenic M54.51; Lumbago, lumbalgia M54.50',
    url: CDC,
    verified: '2026-12-07',
  },
  {
    id: 'index-sciatica',
    title: 'ICD-10-CM Alphabetic Index: Sciatica, with lumbago M54.4- (due to intervertebral disc disorder, see Disorder, disc, with radiculopathy); Sciatica, due to displacement of intervertebral disc (with lumbago), see Disorder, disc, with radiculopathy; Lumbago, with sciatica M54.4-, due to intervertebral disc disorder M51.17',
    url: CDC,
    verified: '2026-12-07',
  },
  {
    id: 'index-instability',
    title: 'ICD-10-CM Alphabetic Index: Instability, joint, spine M53.2-; Instability, lumbosacral M53.2-; Instability, spine, see Instability, joint, spine (the order file titles M53.2X1-M53.2X9 by region, M53.2X9 site unspecified)',
    url: CDC,
    verified: '2026-12-07',
  },
  {
    id: 'tabular-m50-1-roots',
    title: 'ICD-10-CM Tabular List: inclusion terms at M50.11-M50.13, "C3 radiculopathy due to disc disorder" (M50.11) through "C8 radiculopathy due to disc disorder" (M50.13)',
    url: CDC,
    verified: '2026-12-06',
  },
  {
    id: 'addenda-fy2025-m51',
    title: 'ICD-10-CM FY2025 tabular addenda: M51.36-/M51.37- by discogenic (axial) back pain and lower-extremity (leg) pain',
    url: CDC,
    verified: '2026-12-03',
  },
  {
    id: 'index-dorsopathies',
    title: 'ICD-10-CM Alphabetic Index: Stenosis, spinal; Spondylosis; Displacement and Degeneration, intervertebral disc; Radiculopathy; Spondylolisthesis',
    url: CDC,
    verified: '2026-12-03',
  },
  {
    id: 'index-cord-compression',
    title: 'ICD-10-CM Alphabetic Index: Compression, spinal (cord) G95.20 (spondylogenic: see Spondylosis, with myelopathy); Fracture, pathological, due to neoplastic disease M84.50 (vertebrae M84.58); Stenosis, spinal M48.0- names no tumour, infection or fracture',
    url: CDC,
    verified: '2026-12-06',
  },
  {
    id: 'guideline-excludes1',
    title: 'ICD-10-CM Official Guidelines I.A.12.a: an Excludes1 note means the two conditions are never coded together',
    url: GUIDELINES,
    verified: '2026-12-03',
  },
  {
    id: 'guideline-laterality',
    title: 'ICD-10-CM Official Guidelines I.B.13: a bilateral condition with no bilateral code is coded with the codes of both the left and the right side',
    url: GUIDELINES,
    verified: '2026-12-07',
  },
  {
    id: 'guideline-with',
    title: 'ICD-10-CM Official Guidelines I.A.15: "with" presumes a causal link between the two conditions unless the documentation clearly states they are unrelated',
    url: GUIDELINES,
    verified: '2026-12-06',
  },
  {
    id: 'tabular-current-injury',
    title: 'ICD-10-CM Tabular List (FY2027), Excludes1 at block M50-M54 "current injury - see injury of spine by body region" and at M54.5 "low back strain (S39.012)"',
    url: CDC,
    verified: '2026-12-06',
  },
  {
    id: 'guideline-symptoms',
    title: 'ICD-10-CM Official Guidelines I.B.5: signs and symptoms routinely associated with a disease process are not coded beside its definitive diagnosis',
    url: GUIDELINES,
    verified: '2026-12-06',
  },
  {
    id: 'guideline-combination',
    title: 'ICD-10-CM Official Guidelines I.B.9: a combination code that names the condition and its manifestation is used alone',
    url: GUIDELINES,
    verified: '2026-12-03',
  },
  {
    id: 'guideline-unspecified',
    title: 'ICD-10-CM Official Guidelines I.B.18: an unspecified code is for when the record does not document the more specific detail (I.B.2: to the highest level of specificity documented)',
    url: GUIDELINES,
    verified: '2026-12-06',
  },
  {
    id: 'guideline-provider-statement',
    title: "ICD-10-CM Official Guidelines I.A.19: a diagnosis code is assigned from the provider's diagnostic statement that the condition exists, not from clinical criteria (signs) a coder reads in the note; a query asks the provider",
    url: GUIDELINES,
    verified: '2026-12-07',
  },
  {
    id: 'guideline-uncertain',
    title: 'ICD-10-CM Official Guidelines IV.H: probable, suspected or rule-out diagnoses are not coded in outpatient care',
    url: GUIDELINES,
    verified: '2026-12-03',
  },
  {
    id: 'chartlint-convention-spine',
    title: 'ChartLint convention where no official text decides (docs/spine-families.md)',
    verified: '2026-12-03',
  },
];
