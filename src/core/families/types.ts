/**
 * The shape of the spine code-family knowledge: region schemes (which region digit a vertebral
 * level takes in a family) and families (a code pattern, what each character means, the scheme,
 * alternatives and sources). Data lives in the sibling files; `validate-families.ts` checks it at
 * load, so a bad entry fails with a message that names it instead of a wrong finding later.
 */
import type { Mechanism, SourceRef } from '../types';

/** Ids of the region schemes. Add one here and a data entry in `schemes.ts`. */
export type RegionSchemeId = 'm99' | 'dorsopathy' | 'cervical-disc';

/** A source with the date someone last checked the fact against it. */
export type KnowledgeSource = SourceRef & { id: string; verified: string };

/** One region of a scheme: the code character that names it and the words the official titles use. */
export type SchemeRegion = {
  /** Stable id, e.g. "cervical", "occipito-atlanto-axial", "lower-extremity". */
  id: string;
  /** The code character for the region in families that use the scheme ("1"). */
  digit: string;
  /** As in the official titles: "cervical region", "sacral and sacrococcygeal region". */
  label: string;
  /** True when the region has a spinal canal and intervertebral foramina. */
  spinal: boolean;
  /** True for "site unspecified" and "multiple sites": never derived from a level. */
  residual?: boolean;
};

/**
 * One line of a scheme's level map, read top to bottom; the first match wins. `levels` lists
 * normalised segments or vertebrae exactly ("C7-T1", "C0"); `letters` matches any remaining
 * level by its first vertebra's letter ("C" → cervical).
 */
export type LevelRule = {
  levels?: string[];
  letters?: string[];
  region: string;
  /** The assignment is a convention no official text settles: findings say so and soften. */
  ambiguous?: boolean;
  /** Why, in one line (shown to coders when the rule decides a finding). */
  why: string;
  sources: string[];
};

export type RegionScheme = {
  id: RegionSchemeId;
  /** Plain name shown to users, in the words of the codes' titles: "M40-M54 dorsopathy codes" (a coder does not know our "region scheme"). */
  name: string;
  /** Which families use it, in words (for docs and messages). */
  usedBy: string;
  regions: SchemeRegion[];
  levelMap: LevelRule[];
  sources: string[];
};

/** Yes/no facts a code states about the condition ("with radiculopathy" → radiculopathy: true). */
export type QualifierId = 'myelopathy' | 'radiculopathy' | 'neurogenic-claudication' | 'discogenic-back-pain' | 'lower-extremity-pain';

/**
 * What one code character (or a whole subcategory) says. Every field is optional: a family sets
 * only the axes its codes carry.
 */
export type AxisValues = {
  /** The kind of lesion, e.g. "foraminal-stenosis", "segmental-somatic-dysfunction", "spinal-stenosis". */
  lesion?: string;
  /** Canal or foramen, for families that distinguish them; "none" for lesions that are not narrowings. */
  site?: 'canal' | 'foramen' | 'none';
  /** The mechanism group the code covers (M99.6 covers osseous and subluxation). */
  mechanisms?: Mechanism[];
  qualifiers?: Partial<Record<QualifierId, boolean>>;
  /** A vertebral segment the code names exactly, normalised ("C5-C6" for M50.122). */
  level?: string;
  /**
   * The side of the body the code names (M54.31 "Sciatica, right side"). "unspecified" is a code of
   * its own ("Sciatica, unspecified side"): for a note that names no side. No code names both
   * sides: Guidelines I.B.13 codes a bilateral condition with the right and the left code.
   */
  side?: Side;
};

/** The sides a code can name (AxisValues.side). */
export type Side = 'right' | 'left' | 'unspecified';

/** A character after the region digit, e.g. M48.06's 6th character (without/with claudication). */
export type ExtraCharacter = { char: string; axes: AxisValues; label?: string };

export type Subcategory = {
  /** The code up to (not including) the region character: "M99.6", "M48.0", "M47.81". */
  code: string;
  /** Official title of the subcategory. */
  title: string;
  axes: AxisValues;
  /**
   * The region digits this subcategory takes; empty when the subcategory is billable as it is
   * (M99.9). Every digit must exist in the family's scheme.
   */
  regionDigits: string[];
  /** Characters after the region digit, per region digit ("6" → M48.061/M48.062). */
  extra?: Record<string, ExtraCharacter[]>;
  sources: string[];
  /**
   * Nerve roots that name this subcategory's disc level when a radiculopathy at the root is due to
   * the disc (M50.1-: the tabular's inclusion term "C6 radiculopathy due to disc disorder" at
   * M50.122, and the Index's "Radiculopathy, due to, disc disorder, C6 M50.122"): a disc statement
   * with no level of its own, in one sentence with such a radiculopathy, is at `level`.
   */
  rootLevels?: RootLevel[];
};

/** One root of Subcategory.rootLevels: "C6" names the C5-C6 disc. */
export type RootLevel = { root: string; level: string; sources: string[] };

/**
 * What the note must document before an alternative may be offered (checked by the
 * classified-elsewhere rule, stated in `when` for the reference):
 * - `spinal-stenosis`: an affirmed narrowing of the canal, lateral recess or an unsited "spinal
 *   stenosis" (Index: Stenosis, spinal). Foraminal stenosis alone never qualifies.
 * - `spondylolisthesis`: an affirmed stenosis the note attributes to a listhesis (a slipped vertebra).
 * - `radiculopathy`: the note affirms a radiculopathy statement (radiculopathy, radiculitis,
 *   sciatica, radicular pain), read as the spine-family condition reader reads it.
 * - `spondylosis`: an affirmed stenosis the note attributes to spondylotic bone (osteophytes, spurs,
 *   spondylosis, uncovertebral or facet change), not only to an ossified ligament or an enthesophyte
 *   (Tabular M48.8 includes "Ossification of posterior longitudinal ligament"; Index: Ossification,
 *   ligament, posterior longitudinal, see Spondylopathy, specified NEC).
 */
export type AlternativeCondition = 'spinal-stenosis' | 'spondylolisthesis' | 'radiculopathy' | 'spondylosis' | 'myelopathy';

/** A code family outside the entered one that may describe the same documentation better. */
export type FamilyAlternative = {
  /** Family id of the alternative ("m48.0"), or a code prefix when it has no entry yet ("M43.1"). */
  target: string;
  /** Plain name with the code prefix: "spinal stenosis (M48.0-)". */
  label?: string;
  /** The entered code's lesions (axes.lesion) the alternative is offered for; all when absent. */
  lesions?: string[];
  /**
   * The entered code's lesions for which the alternative codes another finding the note documents
   * beside the code's own (canal stenosis beside a foraminal code), not the same one better: the
   * message then says it does not replace the code.
   */
  besideLesions?: string[];
  /** The documented mechanisms that lead to it; any when absent. */
  mechanisms?: Mechanism[];
  /** What the note must document (see AlternativeCondition). */
  requires?: AlternativeCondition[];
  /** When the alternative applies, in our own words. */
  when: string;
  sources: string[];
};

export type CodeFamily = {
  /** Stable id, lower case: "m99", "m48.0". */
  id: string;
  /** Official title of the category or subcategory the family covers. */
  title: string;
  /** Regular expression source every code of the family matches (dotted, upper case). */
  codePattern: string;
  scheme: RegionSchemeId;
  /** Longest code first is not required: the parser picks the longest subcategory code that prefixes a code. */
  subcategories: Subcategory[];
  alternatives: FamilyAlternative[];
  sources: string[];
};

/** A code read through its family: the subcategory's axes merged with the region and extra characters. */
export type ParsedFamilyCode = {
  code: string;
  family: CodeFamily;
  subcategory: Subcategory;
  axes: AxisValues;
  /** The region the code names, undefined for a header or a code without a region. */
  region?: SchemeRegion | undefined;
  /** True when the code is complete (has every character it needs). */
  complete: boolean;
};
