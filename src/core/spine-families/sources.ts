/**
 * The sources the spine-family entries cite (ids used in families.ts and schemes.ts). Official
 * files are the copies in data/icd10cm/ (see data/icd10cm/SOURCES.md and
 * data/icd10cm/tabular-addenda-patch.json); `verified` is the day each entry was read there.
 */
import type { KnowledgeSource } from '../families/types';

export type SpineSource = KnowledgeSource;

const CDC = 'https://www.cdc.gov/nchs/icd/icd-10-cm/files.html';
const GUIDELINES = 'https://www.cms.gov/medicare/coding-billing/icd-10-codes';

export const SPINE_SOURCES: readonly SpineSource[] = [
  {
    id: 'order-fy2026-dorsopathies',
    title: 'ICD-10-CM FY2026 order file (data/icd10cm/fy2026): M43.1-, M47.1-/M47.2-/M47.81-/M47.89-, M48.0-, M50.-, M51.-, M54.1-/M54.2/M54.5- codes, titles and billable flags',
    url: CDC,
    verified: '2026-12-03',
  },
  {
    id: 'tabular-dorsopathies',
    title: 'ICD-10-CM Tabular List (January 2021 XML with the FY2022-FY2026 addenda patch): M47 includes, M47.1 inclusion term, M50.01 inclusion terms, M51.1 inclusion term, Excludes1 notes at M54.1, M54.2, M54.3, M54.4, M54.5',
    url: CDC,
    verified: '2026-12-03',
  },
  {
    id: 'addenda-fy2025-m51',
    title: 'ICD-10-CM FY2025 tabular addenda: M51.36-/M51.37- split by discogenic (axial) back pain and lower-extremity (leg, referred sclerotomal) pain, with inclusion terms',
    url: CDC,
    verified: '2026-12-03',
  },
  {
    id: 'index-dorsopathies',
    title: 'ICD-10-CM Alphabetic Index (FY2017 XML with the FY2018 addendum): Stenosis, spinal; Spondylosis, with myelopathy / with radiculopathy / without myelopathy or radiculopathy; Displacement, intervertebral disc; Degeneration, intervertebral disc; Radiculopathy (by region; due to disc disorder, C3-C8); Spondylolisthesis',
    url: CDC,
    verified: '2026-12-03',
  },
  {
    id: 'guideline-excludes1',
    title: 'ICD-10-CM Official Guidelines I.A.12.a: an Excludes1 note means the two conditions are never coded together',
    url: GUIDELINES,
    verified: '2026-12-03',
  },
  {
    id: 'guideline-combination',
    title: 'ICD-10-CM Official Guidelines I.B.9: a combination code that names the condition and its manifestation is used alone',
    url: GUIDELINES,
    verified: '2026-12-03',
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
