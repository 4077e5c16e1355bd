import { SPINE_SOURCES } from '../spine-families/sources';
import type { KnowledgeSource } from './types';

/**
 * The sources the family and scheme data cite, by id. Official files are the copies in
 * data/icd10cm/ (see data/icd10cm/SOURCES.md); `verified` is the day the entry was checked there.
 */
export const KNOWLEDGE_SOURCES: readonly KnowledgeSource[] = [
  {
    id: 'order-fy2026',
    // No M99 code changed in FY2027 (fy2027/fy2026-to-fy2027-changes.tsv): the entry holds for both releases.
    title: 'ICD-10-CM FY2026 and FY2027 order files (CDC/NCHS): codes, titles, billable flags (no M99 code changed in FY2027)',
    url: 'https://www.cdc.gov/nchs/icd/icd-10-cm/files.html',
    verified: '2026-12-07',
  },
  {
    id: 'tabular',
    title: 'ICD-10-CM Tabular List (CDC/NCHS, with the FY2022-FY2026 addenda): category notes, Excludes, inclusion terms',
    url: 'https://www.cdc.gov/nchs/icd/icd-10-cm/files.html',
    verified: '2026-12-03',
  },
  {
    id: 'index',
    title: 'ICD-10-CM Alphabetic Index (CDC/NCHS, with addenda): Stenosis, Lesion (biomechanical), Subluxation, Dysfunction',
    url: 'https://www.cdc.gov/nchs/icd/icd-10-cm/files.html',
    verified: '2026-12-03',
  },
  {
    id: 'britannica-foramen',
    title: 'Britannica, "intervertebral foramen": spinal nerves exit between adjacent vertebrae',
    url: 'https://www.britannica.com/science/intervertebral-foramen',
    verified: '2026-11-24',
  },
  {
    id: 'chartlint-convention',
    title: 'ChartLint convention where no official text decides (documented in docs/architecture.md and the M99 reference)',
    verified: '2026-12-03',
  },
  // The spine families beside M99 (spine-families/sources.ts).
  ...SPINE_SOURCES,
];
