import type { SourceRef } from '../types';
import { conventionSource } from './region-conventions';
import { procedureSource } from './procedure-codes';

// Where each chiropractic finding's claim comes from (docs/clinical-brief.md §2 has the research).

export const CPT_REGIONS = conventionSource('cpt-assistant-1997');
export const OMT_REGIONS = conventionSource('aap-omt-fact-sheet');
export const M99_TABULAR = conventionSource('icd10cm-m99-tabular');
export const M99_OCCIPUT = conventionSource('icd10cm-m99-index');
export const BPM_LEVEL = conventionSource('bpm-240-1-4');
export const FIRST_COAST = procedureSource('first-coast-98940');
export const CMS_ABN = procedureSource('cms-abn');
export const NGS_MODIFIERS = procedureSource('ngs-chiro-modifiers');
export const CFR_410_21 = procedureSource('cfr-410-21');

export const BPM_PART: SourceRef = {
  title:
    'Medicare Benefit Policy Manual 100-02 Ch.15 §240.1.2: subluxation shown by X-ray (12 months before to 3 months after the start of treatment) or by two of P, A, R, T, one of them A or R (verified 2026-12-03)',
  url: 'https://www.cms.gov/regulations-and-guidance/guidance/manuals/downloads/bp102c15.pdf',
};
export const BPM_MAINTENANCE: SourceRef = {
  title:
    'Medicare Benefit Policy Manual 100-02 Ch.15 §240.1.3: maintenance therapy is not medically necessary; AT marks active/corrective treatment (verified 2026-12-03)',
  url: 'https://www.cms.gov/regulations-and-guidance/guidance/manuals/downloads/bp102c15.pdf',
};
export const STEDI_PRIMARY: SourceRef = {
  title:
    'Stedi claim edit for Medicare Part B chiropractic claims: a 98940-98942 line needs a first-listed diagnosis M99.00-M99.05 (Dec 3 2025; verified 2026-12-03)',
  url: 'https://www.stedi.com/changelog/new-claim-edit-invalid-primary-diagnosis-on-medicare-chiropractic-claims',
};
export const CMS_A56273: SourceRef = {
  title:
    'CMS MCD billing and coding article A56273, Chiropractic Services: manual manipulation of the spine to treat a subluxation (verified 2026-12-03)',
  url: 'https://www.cms.gov/medicare-coverage-database/view/article.aspx?articleId=56273',
};
