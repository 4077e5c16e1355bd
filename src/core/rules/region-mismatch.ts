import { FAMILY_RULE_SOURCES, SPINE_FAMILY_IDS, familyCheck } from '../families-read/family-rule';
import { chiroRegionCheck, isChiroCode } from '../chiro/chiro-region-support';
import type { CodeRule } from './rule';
import { M99_OCCIPUT, M99_TABULAR } from '../chiro/chiro-sources';
import { M99_INDEX } from './sources';
import { axisCheck } from './stenosis/axis-check';
import { foraminalOutsideM99 } from './site-mismatch';

/** region-mismatch: the code's region digit and the documented level name different regions (or a sciatica code's side and the documented side differ). */
export const regionMismatch: CodeRule = {
  id: 'region-mismatch',
  title: 'Wrong region',
  help: 'The code names one spinal region and the note documents the finding at a level in another region; for sciatica (M54.3-, M54.4-), the code names one side and the note another.',
  defaultSeverity: 'error',
  readsNote: true,
  // Each family in its own scheme: M99's, the dorsopathy scheme, or M50's (with its level character).
  families: ['m99', ...SPINE_FAMILY_IDS],
  sources: [M99_INDEX, M99_TABULAR, M99_OCCIPUT, ...FAMILY_RULE_SOURCES],
  scope: 'code',
  // M99.0-/M99.1- (dysfunction, subluxation complex) compare with treated and subluxated regions instead.
  check: (code, ctx) =>
    isChiroCode(code.code)
      ? chiroRegionCheck('region-mismatch', code, ctx)
      : code.m99
        ? axisCheck('region', code, ctx)
        : // M48.0- beside foraminal statements of another region suggests their M99 codes, said outside M99.
          foraminalOutsideM99(familyCheck('region-mismatch', code, ctx), ctx),
};
