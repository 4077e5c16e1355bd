import type { CodeRule } from './rule';
import { M99_INDEX } from './sources';
import { axisCheck } from './stenosis/axis-check';

/** site-mismatch: the code says canal and the note says foramen, or the other way round. */
export const siteMismatch: CodeRule = {
  id: 'site-mismatch',
  title: 'Wrong site (canal or foramen)',
  help: 'The code is for stenosis of the spinal canal and the note documents the neural foramen, or the other way round.',
  defaultSeverity: 'error',
  families: ['m99'],
  sources: [M99_INDEX],
  scope: 'code',
  check: (code, ctx) => axisCheck('site', code, ctx),
};
