/** The shape of curated/m99-reference.json (hand-written prose, our own words, with sources). */

export type CuratedSource = {
  id: string;
  title: string;
  publisher: string;
  url: string;
  /** official = CDC/CMS code-set files and guidelines; primary = payer, manual, journal, AMA; secondary = coding websites. */
  kind: 'official' | 'primary' | 'secondary';
  /** The date the fact was checked for this file. */
  checked: string;
  /** How it was checked, including when it was not re-fetched. */
  how: string;
};

export type CuratedRegion = {
  digit: string;
  levels: string;
  indexWords: string;
  convention: string;
  contested?: { known: string; unknown: string; sources: string[] };
  sources: string[];
};

export type CuratedPlausibility = {
  id: string;
  level: 'expected' | 'unusual' | 'implausible' | 'not-applicable';
  sites: string[];
  regions: string[];
  text: string;
  sources: string[];
};

export type CuratedSubcategory = {
  digit: string;
  component: string;
  summary: string;
  context: string;
  tips: string[];
  pitfalls: string[];
  sources: string[];
};

export type CuratedFaq = { id: string; question: string; answers: Record<string, string>; sources: string[] };

export type CuratedAlternative = {
  id: string;
  label: string;
  families: string[];
  /** For the stenosis subcategories: applies only when the subcategory covers one of these mechanisms. */
  mechanisms?: string[];
  /** Billable codes by M99 region digit. */
  codes: Record<string, string[]>;
  when: string;
  sources: string[];
};

export type CuratedProcedure = {
  /** CPT code number(s) only; the descriptions are ours (CPT descriptors are licensed). */
  cpt: string;
  description: string;
  group: 'imaging' | 'electrodiagnostic' | 'manipulation' | 'therapy' | 'injection' | 'surgery';
  regions: string[];
  families: string[];
  why: string;
  sources: string[];
};

export type CuratedContested = {
  id: string;
  claim: string;
  known: string;
  unknown: string;
  chartlintPosition: string;
  sources: string[];
};

export type CuratedM99 = {
  version: string;
  source: string;
  license: string;
  verified: string;
  sources: CuratedSource[];
  regions: CuratedRegion[];
  plausibility: CuratedPlausibility[];
  subcategories: CuratedSubcategory[];
  faq: CuratedFaq[];
  regionAlternatives: { digit: string; alternative: string; when: string }[];
  alternatives: CuratedAlternative[];
  procedures: CuratedProcedure[];
  contested: CuratedContested[];
};
