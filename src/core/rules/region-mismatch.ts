import type { CodeRule } from './rule';
import { M99_INDEX } from './sources';
import { axisCheck } from './stenosis/axis-check';

/** region-mismatch: the code's region digit and the documented level name different regions. */
export const regionMismatch: CodeRule = {
  id: 'region-mismatch',
  title: 'Wrong region',
  help: 'The code names one spinal region and the note documents the finding at a level in another region.',
  defaultSeverity: 'error',
  families: ['m99'],
  sources: [M99_INDEX],
  scope: 'code',
  check: (code, ctx) => axisCheck('region', code, ctx),
};
