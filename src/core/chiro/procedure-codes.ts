import data from './procedure-codes.json' with { type: 'json' };
import type { SourceRef } from '../types';

export type ManipulationScheme = 'cmt-spinal' | 'cmt-extraspinal' | 'omt';
export type ManipulationCode = {
  code: string;
  short: string;
  scheme: ManipulationScheme;
  min: number;
  max: number;
  source: string;
};
type SourceEntry = { title: string; url: string; verified: string };

const SOURCES = data.sources as Record<string, SourceEntry>;

/** Validated at load: a bad entry throws with its code named, so a typo never reaches a finding. */
function validate(): ManipulationCode[] {
  const codes = data.manipulation as ManipulationCode[];
  for (const c of codes) {
    if (!/^\d{5}$/.test(c.code) || c.min < 1 || c.max < c.min || !SOURCES[c.source]) {
      throw new Error(
        `procedure-codes.json: manipulation entry "${c.code}" needs a 5-digit code, 1 <= min <= max and a known source`,
      );
    }
  }
  for (const m of data.modifiers) {
    if (!/^[A-Z0-9]{2}$/.test(m.code) || (m.source && !SOURCES[m.source]))
      throw new Error(`procedure-codes.json: modifier "${m.code}" is malformed`);
  }
  return codes;
}

export const MANIPULATION_CODES: readonly ManipulationCode[] = validate();
const BY_CODE = new Map(MANIPULATION_CODES.map((c) => [c.code, c]));
const ADJUNCTS = new Set(data.adjuncts.map((a) => a.code));
const MODIFIERS = new Map(data.modifiers.map((m) => [m.code, m.short]));

/** The manipulation code's band and scheme, or undefined for any other code. */
export const manipulationCode = (code: string): ManipulationCode | undefined => BY_CODE.get(code);
/** Whether ChartLint knows the procedure code at all (manipulation or a common adjunct). */
export const isKnownProcedure = (code: string): boolean => BY_CODE.has(code) || ADJUNCTS.has(code);
export const isKnownModifier = (modifier: string): boolean => MODIFIERS.has(modifier);

/** The code of `scheme` whose band holds `count` regions (98941 for 3 spinal regions). */
export function codeForCount(scheme: ManipulationScheme, count: number): ManipulationCode | undefined {
  return MANIPULATION_CODES.find((c) => c.scheme === scheme && count >= c.min && count <= c.max);
}

export function procedureSource(id: string): SourceRef {
  const s = SOURCES[id];
  if (!s) throw new Error(`unknown procedure source "${id}"`);
  return { title: `${s.title} (verified ${s.verified})`, url: s.url };
}
