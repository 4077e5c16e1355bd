import type { RuleId } from '../../core';

/** Plain names for the rule ids (the ids themselves are a contract and stay as they are). */
export const RULE_LABELS: Record<RuleId, { name: string; help: string }> = {
  'invalid-code': { name: 'Code does not exist', help: 'The entered code is not in the ICD-10-CM release.' },
  'non-billable-code': { name: 'Code is a header', help: 'The code needs more characters before it can be billed.' },
  'site-mismatch': { name: 'Site mismatch', help: 'The code says foramen or canal; the note says the other.' },
  'region-mismatch': { name: 'Region mismatch', help: 'The code and the documented level name different regions.' },
  'mechanism-mismatch': { name: 'Mechanism mismatch', help: 'Osseous, subluxation, connective tissue or disc differ.' },
  'unsupported-code': { name: 'Code without support', help: 'The note does not document what the code claims.' },
  'implausible-region': { name: 'Implausible region', help: 'A region the note could not have established.' },
  'classified-elsewhere': { name: 'Classified elsewhere (M99)', help: 'M99 stenosis codes are used only when classified nowhere else.' },
  'missing-documentation': { name: 'Missing documentation', help: 'Checklist items a coder needs are not in the note.' },
  'qualifier-mismatch': { name: 'With/without mismatch', help: 'The code says with or without myelopathy, radiculopathy, claudication or pain; the note says otherwise.' },
  'suggested-code': { name: 'Suggested code', help: 'A code the note supports that was not entered.' },
};
