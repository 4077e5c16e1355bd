import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_SOURCES } from '../families/sources';
import { SPINE_SOURCES } from './sources';

// The family entries were read from the FY2026 order file and their source says they hold for
// FY2027 too. That is true only while no code of the families changed between the releases.
const changes = readFileSync(
  join(__dirname, '../../../data/icd10cm/fy2027/fy2026-to-fy2027-changes.tsv'),
  'utf8',
);

describe('the order-file sources that name both releases', () => {
  it('rest on FY2027 changing no code of M40-M54 or M99', () => {
    const rows = changes
      .split('\n')
      .slice(1)
      .filter((l) => l.trim());
    expect(rows.length).toBeGreaterThan(100);
    const families = rows.filter((l) => /^M(?:4\d|5[0-4]|99)/.test(l.split('\t')[1] ?? ''));
    expect(families).toEqual([]);
  });

  it('say so in their titles', () => {
    for (const s of [...SPINE_SOURCES, ...KNOWLEDGE_SOURCES].filter(
      (x) => x.id === 'order-fy2026' || x.id === 'order-fy2026-dorsopathies',
    )) {
      expect(s.title).toMatch(/FY2026 and FY2027 order files/);
    }
  });
});
