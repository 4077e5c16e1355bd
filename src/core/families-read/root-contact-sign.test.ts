import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { findConditions } from './find-conditions';

// Stop 53 decision (condition-lexicon.ts, radiculopathy): a root a disc touches, abuts, contacts
// or displaces is a sign of radiculopathy, not its compression (contact, deviation and
// compression are three grades; the Index reads "Compression, nerve, root"; Guidelines I.A.19).
const run = (codes: string, text: string) =>
  analyze({
    fields: [
      { id: 'dx', kind: 'diagnosis', text: codes },
      { id: 'n', kind: 'note', text },
    ],
  });
const PHRASINGS = [
  'MRI: L4-5 disc protrusion abutting the traversing left L5 nerve root.',
  'MRI: L4-5 disc protrusion displacing the left L5 nerve root.',
  'A left paracentral extrusion at L5-S1 contacts the descending S1 root.',
  'The L4-5 protrusion mildly displaces the traversing right L5 root posteriorly.',
];

describe('a nerve root touched or displaced', () => {
  it('is no radiculopathy statement', () => {
    for (const text of PHRASINGS)
      expect(
        findConditions({ id: 'n', kind: 'note', text }).filter((c) => c.kind === 'radiculopathy'),
      ).toEqual([]);
  });

  it('leaves a radiculopathy code a finding that quotes it as a sign', () => {
    for (const text of PHRASINGS) {
      const result = run('M54.16', text);
      expect(result.verdicts?.[0]?.verdict).toBe('finding');
      expect(result.findings.map((f) => f.messageId)).toContain('finding_family_radicular_signs');
    }
  });

  it('is a compression statement, never a narrowing, in the stenosis reading', () => {
    for (const text of PHRASINGS.slice(0, 2)) {
      const kinds = run('M99.33', text).mentions.map((m) => m.kind);
      expect(kinds.length).toBeGreaterThan(0);
      expect(kinds.every((k) => k === 'compression')).toBe(true);
    }
  });

  it('is radiculopathy once the root is compressed, in the same sentences', () => {
    const text = 'MRI: L4-5 disc protrusion compressing the traversing left L5 nerve root.';
    expect(findConditions({ id: 'n', kind: 'note', text }).map((c) => c.kind)).toContain('radiculopathy');
  });
});
