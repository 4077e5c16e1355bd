import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findConditions } from '../families-read/find-conditions';
import { assessContext } from './assess-context';
import { aspectDifferential } from './differential';
import { validateContextData } from './validate-context-rules';

// QA46 class C: the items of a differential ("vs", "versus", "DDx", "Differential diagnosis:") are
// in doubt (outpatient Guidelines IV.H), the one before the word as well as the one after it.
const statusOf = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  const { status, trigger } = assessContext(text, { start, end: start + phrase.length });
  return [status, trigger?.text];
};
const conditions = (text: string) =>
  findConditions({ id: 'n', kind: 'note', text }).map((c) => [c.kind, c.status]);

describe('a differential with "vs" or "versus"', () => {
  it('makes both items uncertain', () => {
    const ddx = 'DDx myelopathy vs peripheral neuropathy; EMG ordered.';
    expect(statusOf(ddx, 'myelopathy')[0]).toBe('uncertain');
    expect(statusOf(ddx, 'peripheral neuropathy')).toEqual(['uncertain', 'vs']);
    expect(
      statusOf('Left leg pain: L5 radiculopathy versus piriformis syndrome; EMG ordered.', 'radiculopathy'),
    ).toEqual(['uncertain', 'versus']);
    expect(
      statusOf(
        'Leg pain with walking: neurogenic claudication vs vascular claudication; ABIs ordered.',
        'neurogenic claudication',
      ),
    ).toEqual(['uncertain', 'vs']);
    expect(statusOf('Cervical radiculopathy versus carpal tunnel syndrome.', 'radiculopathy')).toEqual([
      'uncertain',
      'versus',
    ]);
    expect(statusOf('Moderate canal stenosis at L4-5 vs artifact.', 'canal stenosis')).toEqual([
      'uncertain',
      'vs',
    ]);
    expect(
      statusOf('Concern for cauda equina syndrome vs recurrent stenosis; MRI ordered.', 'stenosis')[0],
    ).toBe('uncertain');
  });

  it('reads "vs." as one sentence with its items', () => {
    expect(
      statusOf('DDx myelopathy vs. peripheral neuropathy; EMG ordered.', 'peripheral neuropathy'),
    ).toEqual(['uncertain', 'vs']);
    expect(statusOf('L5 radiculopathy vs. piriformis syndrome.', 'radiculopathy')).toEqual([
      'uncertain',
      'vs',
    ]);
  });

  it('leaves the finding documented when the items are levels, sides or grades of it', () => {
    for (const text of [
      'L4 vs L5 radiculopathy.',
      'A mild right L5 versus S1 radiculopathy.',
      'C6 vs C7 radiculopathy on the right.',
      'Left versus right L5 radiculopathy.',
      'Left L5 radiculopathy vs S1.',
      'L4-5 vs L5-S1 disc herniation.',
    ]) {
      expect(statusOf(text, text.includes('herniation') ? 'herniation' : 'radiculopathy'), text).toEqual([
        'affirmed',
        undefined,
      ]);
    }
    expect(statusOf('Mild vs moderate foraminal stenosis at L4-5.', 'foraminal stenosis')[0]).toBe(
      'affirmed',
    );
    expect(statusOf('Central vs right paracentral disc protrusion at L5-S1.', 'disc protrusion')[0]).toBe(
      'affirmed',
    );
    expect(aspectDifferential('L4/5 vs L5/S1 disc herniation', { start: 5, end: 7 })).toBe(true);
    expect(aspectDifferential('myelopathy vs neuropathy', { start: 11, end: 13 })).toBe(false);
  });

  it('does not reach a finding past the items in prose that sets no diagnosis in doubt', () => {
    expect(statusOf('Discussed surgery versus injection for L5 radiculopathy.', 'radiculopathy')[0]).toBe(
      'affirmed',
    );
    expect(statusOf('L5 radiculopathy; discussed surgery versus injection.', 'radiculopathy')[0]).toBe(
      'affirmed',
    );
    expect(statusOf('Foraminal stenosis at L4-5, PT vs ESI discussed.', 'Foraminal stenosis')[0]).toBe(
      'affirmed',
    );
    expect(
      statusOf('Decreased right versus left ankle reflexes with L5 radiculopathy.', 'radiculopathy')[0],
    ).toBe('affirmed');
    expect(
      statusOf('Severe canal stenosis at L4-5: surgery vs injection discussed.', 'canal stenosis')[0],
    ).toBe('affirmed');
  });
});

describe('a differential list', () => {
  it('makes what "DDx" or "Differential diagnosis:" names uncertain, on its line and on the list lines after it', () => {
    expect(conditions('Differential diagnosis: L5 radiculopathy, peroneal neuropathy.')).toEqual([
      ['radiculopathy', 'uncertain'],
    ]);
    expect(conditions('Differential diagnosis: peroneal neuropathy, L5 radiculopathy.')).toEqual([
      ['radiculopathy', 'uncertain'],
    ]);
    expect(conditions('DDx: L5 radiculopathy, peroneal neuropathy.')).toEqual([
      ['radiculopathy', 'uncertain'],
    ]);
    expect(
      conditions('DIFFERENTIAL DIAGNOSIS:\n1. Left L5 radiculopathy.\n2. Peroneal neuropathy.\nPLAN: EMG.'),
    ).toEqual([['radiculopathy', 'uncertain']]);
    expect(conditions('Differential includes L5 radiculopathy and peroneal neuropathy.')).toEqual([
      ['radiculopathy', 'uncertain'],
    ]);
  });

  it('ends at the next heading', () => {
    expect(
      conditions(
        'Differential diagnosis: myelopathy vs neuropathy.\nImpression: L4-5 disc herniation with left L5 radiculopathy.',
      ),
    ).toEqual([
      ['myelopathy', 'uncertain'],
      ['disc-displacement', 'affirmed'],
      ['radiculopathy', 'affirmed'],
    ]);
  });
});

describe('the differential rule property', () => {
  const real = JSON.parse(readFileSync(new URL('./context-rules.json', import.meta.url), 'utf8')) as {
    rules: Record<string, unknown>[];
  };
  const withRule = (id: string, change: (rule: Record<string, unknown>) => void) => {
    const copy = structuredClone(real);
    change(copy.rules.find((r) => r.id === id) as Record<string, unknown>);
    return copy;
  };

  it('is on the "vs" and "versus" rules of the shipped file', () => {
    const { rules } = validateContextData(real);
    expect(
      rules
        .filter((r) => r.differential)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['poss-versus', 'poss-vs', 'poss-vs-b']);
  });

  it('fails at load off a forward or backward hedge, or when not true', () => {
    expect(() => validateContextData(withRule('neg-no', (r) => (r.differential = true)))).toThrow(
      /rule "neg-no" differential must be true, on a forward or backward hedge/,
    );
    expect(() => validateContextData(withRule('poss-vs', (r) => (r.differential = 'yes')))).toThrow(
      /rule "poss-vs" differential/,
    );
  });
});
