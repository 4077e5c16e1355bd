import type { SourceRef } from '../types';

// Where each finding's claim comes from. URLs are public pages; the tabular and index facts were
// read in the official CDC/NCHS releases the knowledge base ships (FY2026, unchanged for these
// entries in FY2027).

/**
 * The catalog checks' source (does the code exist, is it billable, its title). Those checks run
 * against the release in force on the date of service, so a finding stamped with its release
 * names that release's order file (orderFileOf, applied by stampRelease); unstamped, it says so.
 */
const CDC_FILES = 'https://www.cdc.gov/nchs/icd/icd-10-cm/files.html';
export const ORDER_FILE: SourceRef = {
  title: 'ICD-10-CM order file (CDC/NCHS) of the release in force on the date of service: codes, titles, billable flags',
  url: CDC_FILES,
};
/** ORDER_FILE for one release ("FY2027"). */
export const orderFileOf = (version: string): SourceRef => ({
  title: `ICD-10-CM ${version} order file (CDC/NCHS): codes, titles, billable flags`,
  url: CDC_FILES,
});
export const M99_NOTE: SourceRef = {
  title: 'ICD-10-CM Tabular List, M99 category note: "This category should not be used if the condition can be classified elsewhere."',
  url: 'https://www.cdc.gov/nchs/icd/icd-10-cm/files.html',
};
export const M99_INDEX: SourceRef = {
  title: 'ICD-10-CM Alphabetic Index: Stenosis, intervertebral foramina / neural canal (by mechanism and region)',
  url: 'https://www.cdc.gov/nchs/icd/icd-10-cm/files.html',
};
export const GUIDELINE_CODES_ONLY: SourceRef = {
  title: 'ICD-10-CM Official Guidelines I.A.3 and I.B.2: report codes at the highest number of characters available',
  url: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes',
};
export const GUIDELINE_UNCERTAIN: SourceRef = {
  title: 'ICD-10-CM Official Guidelines IV.H: do not code probable, suspected or rule-out diagnoses in outpatient care',
  url: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes',
};
export const BRITANNICA_FORAMEN: SourceRef = {
  title: 'Britannica, "intervertebral foramen": spinal nerves exit between adjacent vertebrae',
  url: 'https://www.britannica.com/science/intervertebral-foramen',
};
export const Z98_1_ORDER: SourceRef = {
  title: 'ICD-10-CM FY2026 and FY2027 order files (CDC/NCHS): Z98.1 Arthrodesis status, billable (Chapter 21, status codes: the patient carries the result of an earlier procedure)',
  url: CDC_FILES,
};
