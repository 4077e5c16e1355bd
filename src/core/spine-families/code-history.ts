/**
 * When the spine codes ChartLint reads came into ICD-10-CM, for a date of service before every
 * release ChartLint ships (FY2026 and later carry their own catalogs and order addenda, which say
 * this for every code; see kb/release-history.ts). Coders audit last year's claims, and without a
 * catalog for that year a code that did not exist yet on the date of service was judged against
 * the note alone and could be "supported" (blind QA stop 53, M3: M51.362 on 2024-09-15, M54.50 on
 * 2021-09-30). Only additions are listed: a code is never called valid from this table, only
 * "not yet in effect", and a date before the first release read here (FY2018) learns nothing.
 *
 * Read from the official tabular addenda in data/icd10cm/addenda (FY2018 to FY2025 and the April
 * and January updates), every "Add" line in M40-M54 and M99; the FY2026 order addenda add no code
 * there (data/icd10cm/SOURCES.md). Each code's title is in the FY2026 order file, checked by
 * code-history.test.ts.
 */
import type { CodeHistory } from '../types';
import { KnowledgeDataError } from '../families/validate-families';

export type CodeAddition = {
  /** The release that added the codes, and the date it took effect. */
  release: string;
  effectiveFrom: string;
  codes: readonly string[];
  /** The official file the addition was read from (data/icd10cm/addenda/). */
  source: string;
};

export const SPINE_CODE_ADDITIONS: readonly CodeAddition[] = [
  {
    release: 'FY2018',
    effectiveFrom: '2017-10-01',
    codes: ['M48.061', 'M48.062'],
    source:
      'ICD-10-CM FY2018 tabular addenda (fy2018_2018-ICD-10-Addendum.zip): M48.06 split by neurogenic claudication',
  },
  {
    release: 'FY2022',
    effectiveFrom: '2021-10-01',
    codes: [
      'M45.A0',
      'M45.A1',
      'M45.A2',
      'M45.A3',
      'M45.A4',
      'M45.A5',
      'M45.A6',
      'M45.A7',
      'M45.A8',
      'M45.AB',
      'M54.50',
      'M54.51',
      'M54.59',
    ],
    source:
      'ICD-10-CM FY2022 tabular addenda (fy2022_Addendum-zip.zip): M45.A non-radiographic axial spondyloarthritis added; M54.5 low back pain split',
  },
  {
    release: 'FY2023',
    effectiveFrom: '2022-10-01',
    codes: ['M51.A0', 'M51.A1', 'M51.A2', 'M51.A3', 'M51.A4', 'M51.A5'],
    source:
      'ICD-10-CM FY2023 tabular addenda (fy2023_icd10cm-addendum-2023.zip): M51.A annulus fibrosus disc defects added',
  },
  {
    release: 'FY2025',
    effectiveFrom: '2024-10-01',
    codes: ['M51.360', 'M51.361', 'M51.362', 'M51.369', 'M51.370', 'M51.371', 'M51.372', 'M51.379'],
    source:
      'ICD-10-CM FY2025 tabular addenda (fy2025_ICD10cm-addendum-2025.zip): M51.36 and M51.37 split by back and leg pain',
  },
];

/** Checks the table at load: a clear error naming the bad entry, never a silently wrong date. */
export function validateAdditions(additions: readonly CodeAddition[]): Map<string, CodeAddition> {
  const byCode = new Map<string, CodeAddition>();
  for (const a of additions) {
    if (
      !/^FY\d{4}$/.test(a.release) ||
      !/^\d{4}-10-01$/.test(a.effectiveFrom) ||
      Number(a.release.slice(2)) !== Number(a.effectiveFrom.slice(0, 4)) + 1
    ) {
      throw new KnowledgeDataError(
        `code addition ${a.release}: release and effective date ${a.effectiveFrom} do not agree`,
      );
    }
    if (a.source.trim() === '') throw new KnowledgeDataError(`code addition ${a.release} cites no source`);
    for (const code of a.codes) {
      if (!/^[A-Z]\d{2}\.[0-9A-Z]{1,4}$/.test(code))
        throw new KnowledgeDataError(`code addition ${a.release}: "${code}" is not a dotted code`);
      if (byCode.has(code))
        throw new KnowledgeDataError(`code addition ${a.release}: "${code}" is listed twice`);
      byCode.set(code, a);
    }
  }
  return byCode;
}

const CDC_FILES = 'https://www.cdc.gov/nchs/icd/icd-10-cm/files.html';
const ADDED = validateAdditions(SPINE_CODE_ADDITIONS);

/**
 * The code's history on a date of service (ISO) before the releases ChartLint ships: added later
 * when a release after that date added it. Undefined otherwise, which says nothing about validity.
 */
export function spineCodeAddedAfter(code: string, dateOfService: string): CodeHistory | undefined {
  const added = ADDED.get(code);
  if (!added || dateOfService >= added.effectiveFrom) return undefined;
  return {
    change: 'added-later',
    release: added.release,
    effectiveFrom: added.effectiveFrom,
    replacements: [],
    source: { title: added.source, url: CDC_FILES },
  };
}
