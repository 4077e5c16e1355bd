import { FAMILY_RULE_SOURCES, SPINE_FAMILY_IDS, familyCheck } from '../families-read/family-rule';
import type { CodeRule } from './rule';

/**
 * qualifier-mismatch: the code says with or without myelopathy, radiculopathy, neurogenic
 * claudication, discogenic back pain or lower-extremity pain (or disc displacement rather than
 * degeneration), and the note documents otherwise; suggests the code of the family that fits.
 */
export const qualifierMismatch: CodeRule = {
  id: 'qualifier-mismatch',
  title: 'Wrong "with" or "without"',
  help: 'The code says with or without myelopathy, radiculopathy, neurogenic claudication or discogenic/leg pain (or displacement rather than degeneration), and the note documents otherwise; or a sibling code names the kind the note documents (M54.51 for vertebrogenic low back pain).',
  defaultSeverity: 'warning',
  readsNote: true,
  families: SPINE_FAMILY_IDS,
  sources: FAMILY_RULE_SOURCES,
  scope: 'code',
  check: (code, ctx) => familyCheck('qualifier-mismatch', code, ctx),
};
