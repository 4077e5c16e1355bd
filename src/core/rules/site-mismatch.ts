import { FAMILY_RULE_SOURCES, familyCheck } from '../families-read/family-rule';
import type { CodeRule } from './rule';
import { M99_INDEX } from './sources';
import { axisCheck } from './stenosis/axis-check';

/** site-mismatch: the code says canal and the note says foramen, or the other way round. */
export const siteMismatch: CodeRule = {
  id: 'site-mismatch',
  title: 'Wrong site (canal or foramen)',
  help: 'The code is for stenosis of the spinal canal and the note documents the neural foramen, or the other way round.',
  defaultSeverity: 'error',
  // M48.0- (spinal canal stenosis) too: foraminal-only stenosis indexes to M99.6-/M99.7-.
  families: ['m99', 'm48.0'],
  sources: [M99_INDEX, ...FAMILY_RULE_SOURCES],
  scope: 'code',
  check: (code, ctx) => (code.m99 ? axisCheck('site', code, ctx) : familyCheck('site-mismatch', code, ctx)),
};
