import type { Span, Status } from '../types';

/** CPT's spinal regions (98940-98942), named as the CPT Assistant Q&A names them. */
export type CmtRegion =
  | 'cervical'
  | 'thoracic'
  | 'lumbar'
  | 'sacral'
  | 'pelvic'
  | 'head'
  | 'lower extremities'
  | 'upper extremities'
  | 'rib cage'
  | 'abdomen';
export type OmtRegion =
  | 'head'
  | 'cervical'
  | 'thoracic'
  | 'lumbar'
  | 'sacral'
  | 'pelvic'
  | 'lower extremities'
  | 'upper extremities'
  | 'rib cage'
  | 'abdomen and viscera';
/** M99's fifth-character regions, in digit order. */
export type ChiroM99Region =
  | 'head'
  | 'cervical'
  | 'thoracic'
  | 'lumbar'
  | 'sacral'
  | 'pelvic'
  | 'lower extremity'
  | 'upper extremity'
  | 'rib cage'
  | 'abdomen and other regions';

export type SegmentKind =
  | 'occiput'
  | 'cervical-vertebra'
  | 'thoracic-vertebra'
  | 'costovertebral'
  | 'rib'
  | 'lumbar-vertebra'
  | 'sacrum'
  | 'sacroiliac'
  | 'pelvis'
  | 'hip'
  | 'head'
  | 'upper-extremity'
  | 'lower-extremity'
  | 'abdomen';

/** A treated or examined place in the note: a vertebra, a joint or a region named by a word. */
export type SegmentMention = {
  kind: SegmentKind;
  /** "C2", "L5", "occiput", "right SI joint", or the region word ("lumbar spine"). */
  name: string;
  /** True when the text names a bone or joint ("C5", "SI joint"), false for a region word only ("low back"). */
  levelStated: boolean;
  span: Span;
  status: Status;
  trigger: Span | null;
  /** The clause says this place was adjusted/manipulated today. */
  treated: boolean;
  /** The clause documents a subluxation, segmental/somatic dysfunction, fixation or a listing here. */
  lesion: boolean;
  /** A listing written after the level ("PRS", "PL", "PI"): a documented misalignment. */
  listing?: string;
  /** Which lesion word the clause uses: subluxation (M99.1-) or segmental/somatic dysfunction (M99.0-). */
  lesionKind?: 'subluxation' | 'dysfunction';
  /**
   * The place a P/A/R/T finding is said at ("tenderness at L5", "hypertonicity of T4-T6"): no lesion
   * by itself, but the level of its region's lesion when the note names that lesion by region only.
   */
  finding?: true;
};

export type PartLetter = 'P' | 'A' | 'R' | 'T';
export type PartFinding = { letter: PartLetter; span: Span; regions: ChiroM99Region[] };

export type XrayFinding = {
  span: Span;
  /** ISO date (yyyy-mm-dd) when the text gives one (month-first when it could be either: see readings). */
  date?: string;
  /** Both readings of a numeric date whose day and month could be either ("03/10/2025"), month-first first. */
  readings?: string[];
  /**
   * The last day of the period a date without its day names ("10/2025", "Sept 2023", "2023"):
   * `date` is then its first day, and the X-ray window weighs both (QA stop 46, F).
   */
  until?: string;
  /** Regions the film names; empty when it names none (then it is read for every region). */
  regions: ChiroM99Region[];
};

export type CareType = 'active' | 'maintenance' | 'unknown';

export type PayerId =
  'medicare' | 'medicaid' | 'commercial' | 'self-pay' | 'workers-comp' | 'auto' | 'unknown';
export type PayerSource = 'page' | 'setting' | 'unknown';
/** The payer the checks assumed, and why (shown in the panel). */
export type PayerGuess = { payer: PayerId; source: PayerSource; reason: string; evidence?: Span };

/** One procedure line: a CPT code and its modifiers as written. */
export type ProcedureLine = {
  code: string;
  modifiers: string[];
  span: Span;
  /** Where it was read: a procedure field, or the note. */
  from: 'procedure' | 'note';
};

/** One row of the side panel's Regions table. */
export type RegionRow = {
  region: ChiroM99Region;
  /**
   * What the manipulation count calls this place: CPT's region (occiput → cervical), or the
   * osteopathic body region on a visit billed with OMT codes only (occiput → head).
   */
  countedAs: (CmtRegion | OmtRegion)[];
  levels: string[];
  treated: boolean;
  lesion: boolean;
  coded: string[];
  part: Record<PartLetter, boolean>;
  xray: boolean;
  evidence: Span[];
};

export type ChiroVisit = {
  procedures: ProcedureLine[];
  segments: SegmentMention[];
  part: PartFinding[];
  xrays: XrayFinding[];
  care: { type: CareType; evidence?: Span };
  /** ISO date of the start of this course of treatment, when the note gives it. */
  initialTreatment?: { date: string; span: Span; readings?: string[] };
  /**
   * ISO date of the onset (of the condition or injury), when the note gives it: the X-ray window is
   * judged from it when the note gives no start of treatment (QA stop 46, F).
   */
  onset?: { date: string; span: Span; readings?: string[] };
  /** ISO date of this visit, when the note gives it. */
  visitDate?: { date: string; span: Span; readings?: string[] };
  /**
   * The order of day and month the note's numeric dates prove (0 month-first, 1 day-first): a date
   * that could be either ("12/01/2026") is read that way. Absent when no date proves one.
   */
  dateOrder?: 0 | 1;
  plan?: Span;
  /** The note says no manipulation was done at this visit ("Adjustment deferred today", "declined CMT"). */
  noManipulation?: Span;
  payer: PayerGuess;
  regions: RegionRow[];
};
