/**
 * The ICD-10-CM releases the knowledge base is built for: one row per release, oldest first.
 * Adding a release is this one row plus `npm run build:kb -- --release FY2028 --order FILE
 * [--addenda FILE] [--tabular FILE] [--index FILE]` (steps in src/kb/README.md). The build writes
 * the release's data files and regenerates src/kb/data/releases.generated.ts, the runtime table the
 * extension, panel, popup and CLI choose from, so nothing else has to be edited by hand.
 */
export type ReleaseRow = {
  /** "FY2027". */
  version: string;
  /** ISO dates, inclusive: the federal fiscal year the release is in force for. */
  effectiveFrom: string;
  effectiveTo: string;
  /** The official order file (gzipped), relative to the repository root. */
  order: string;
  /** Where the order file was published (shown as the catalog's source). */
  orderSource: string;
  /** The totals the publisher states for the order file (its addenda summary); the build checks them. */
  expected: { entries: number; billable: number; headers: number };
  /** The official order-file addenda from the release before (Add / Delete / Revise lines), if carried. */
  addenda?: string;
  addendaSource?: string;
  /** Tabular and index XML: the newest obtainable; when older than the release, `caveat` says so. */
  tabular: string;
  index: string;
  /** Plain words shown with notes and index terms when they do not come from this release's own XML. */
  caveat?: string;
};

const CDC = 'https://ftp.cdc.gov/pub/Health_Statistics/NCHS/Publications/ICD10CM';
export const TABULAR_2021 = 'data/icd10cm/fy2021-jan/icd10cm_tabular_2021.xml.gz';
export const INDEX_2017 = 'data/icd10cm/fy2017/icd10cm_index_2017.xml.gz';

export const RELEASE_TABLE: readonly ReleaseRow[] = [
  {
    version: 'FY2026',
    effectiveFrom: '2025-10-01',
    effectiveTo: '2026-09-30',
    order: 'data/icd10cm/fy2026/icd10cm-order-2026.txt.gz',
    orderSource: `${CDC}/2026/icd10cm-Code Descriptions-2026.zip (member icd10cm-order-2026.txt)`,
    expected: { entries: 98186, billable: 74719, headers: 23467 },
    addenda: 'data/icd10cm/fy2026/icd10cm-order-addenda-2026.txt',
    addendaSource: `${CDC}/2026/icd10cm-Code Descriptions-2026.zip (member icd10cm-order-addenda-2026.txt)`,
    tabular: TABULAR_2021,
    index: INDEX_2017,
  },
  {
    version: 'FY2027',
    effectiveFrom: '2026-10-01',
    effectiveTo: '2027-09-30',
    order: 'data/icd10cm/fy2027/icd10cm-order-2027.txt.gz',
    orderSource: `${CDC}/2027/icd10cm-code-descriptions-2027.zip (member icd10cm-order-2027.txt; rebuilt byte for byte and verified by sha256, see data/icd10cm/SOURCES.md)`,
    expected: { entries: 98403, billable: 74879, headers: 23524 },
    addenda: 'data/icd10cm/fy2027/icd10cm_order_addenda_2027.txt',
    addendaSource: 'CMS 2027-code-descriptions-tabular-order.zip (member Code Descriptions/icd10cm_order_addenda_2027.txt)',
    tabular: TABULAR_2021,
    index: INDEX_2017,
    caveat:
      'The FY2027 tabular and index XML could not be obtained: notes and index terms are the latest available (FY2026, brought forward from the 2021 tabular and 2017 index with the official addenda). FY2027 changed no spine category.',
  },
];
