import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { findMentions } from '../mentions/find-mentions';

const rules = (code: string, note: string) =>
  analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: code }, { id: 'note', kind: 'note', text: note }] })
    .findings.filter((f) => f.code === code && f.rule !== 'suggested-code' && f.rule !== 'missing-documentation')
    .map((f) => f.rule);

describe('"w/o" is read as "without"', () => {
  it('a code whose title says "without" agrees with a problem list that says "w/o"', () => {
    expect(rules('M47.816', '- Lumbar spondylosis w/o myelopathy or radiculopathy')).toEqual([]);
    expect(rules('M48.061', '- Spinal stenosis, lumbar region, w/o neurogenic claudication - mild, L3-4')).toEqual([]);
  });

  it('negates a stenosis written after it', () => {
    const [m] = findMentions({ id: 'n', kind: 'note', text: 'L4-5 disc bulge w/o canal stenosis.' });
    expect(m).toMatchObject({ site: 'canal', status: 'negated' });
  });
});
