/**
 * TEMPORARY: the shape of core11's family model (src/core/families/types.ts), copied until the
 * registry lands on this branch; then the data imports the real types and this file goes.
 */
import type { Mechanism } from '../types';

export type QualifierId = 'myelopathy' | 'radiculopathy' | 'neurogenic-claudication' | 'discogenic-back-pain' | 'lower-extremity-pain';
export type AxisValues = {
  lesion?: string;
  site?: 'canal' | 'foramen' | 'none';
  mechanisms?: Mechanism[];
  qualifiers?: Partial<Record<QualifierId, boolean>>;
  level?: string;
};
export type ExtraCharacter = { char: string; axes: AxisValues; label?: string };
export type Subcategory = { code: string; title: string; axes: AxisValues; regionDigits: string[]; extra?: Record<string, ExtraCharacter[]>; sources: string[] };
export type FamilyAlternative = { target: string; when: string; sources: string[] };
export type CodeFamily = {
  id: string;
  title: string;
  codePattern: string;
  scheme: 'm99' | 'dorsopathy' | 'cervical-disc';
  subcategories: Subcategory[];
  alternatives: FamilyAlternative[];
  sources: string[];
};
export type SchemeRegion = { id: string; digit: string; label: string; spinal: boolean; residual?: boolean };
export type LevelRule = { levels?: string[]; letters?: string[]; region: string; ambiguous?: boolean; why: string; sources: string[] };
export type RegionScheme = { id: 'm99' | 'dorsopathy' | 'cervical-disc'; name: string; usedBy: string; regions: SchemeRegion[]; levelMap: LevelRule[]; sources: string[] };
