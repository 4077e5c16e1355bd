import type { CodeRule } from './rule';
import { M99_INDEX } from './sources';
import { axisCheck } from './stenosis/axis-check';

/** mechanism-mismatch: bone/subluxation versus ligament/disc differ between code and note. */
export const mechanismMismatch: CodeRule = {
  id: 'mechanism-mismatch',
  title: 'Wrong cause of the narrowing',
  help: 'The code names one cause (bone, subluxation, ligament or disc) and the note documents another.',
  defaultSeverity: 'warning',
  readsNote: true,
  families: ['m99'],
  sources: [M99_INDEX],
  scope: 'code',
  check: (code, ctx) => axisCheck('mechanism', code, ctx),
};
