import { FAMILY_RULE_SOURCES, SPINE_FAMILY_IDS, familyCheck } from '../families-read/family-rule';
import type { CodeRule } from './rule';
import { M99_INDEX } from './sources';
import { axisCheck } from './stenosis/axis-check';

/** region-mismatch: the code's region digit and the documented level name different regions. */
export const regionMismatch: CodeRule = {
  id: 'region-mismatch',
  title: 'Wrong region',
  help: 'The code names one spinal region and the note documents the finding at a level in another region.',
  defaultSeverity: 'error',
  // Each family in its own scheme: M99's, the dorsopathy scheme, or M50's (with its level character).
  families: ['m99', ...SPINE_FAMILY_IDS],
  sources: [M99_INDEX, ...FAMILY_RULE_SOURCES],
  scope: 'code',
  check: (code, ctx) => (code.m99 ? axisCheck('region', code, ctx) : familyCheck('region-mismatch', code, ctx)),
};
