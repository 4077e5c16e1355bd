import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { statusWord } from './status-word';

const span = (text: string) => ({ fieldId: 'n', start: 0, end: text.length, text });

describe('statusWord (QA stop 49, C10)', () => {
  it('names an option left unticked "unchecked" and every other status by itself', () => {
    expect(statusWord('hypothetical', span('[ ]'))).toBe('unchecked');
    expect(statusWord('hypothetical', span('☐'))).toBe('unchecked');
    expect(statusWord('hypothetical', span('if'))).toBe('hypothetical');
    expect(statusWord('negated', span('[ ]'))).toBe('negated');
    expect(statusWord('hypothetical', null)).toBe('hypothetical');
  });

  it('names a negation that is a resolution "resolved" (QA stop 53, L2)', () => {
    expect(statusWord('negated', span('resolved'))).toBe('resolved');
    expect(statusWord('negated', span('Healed'))).toBe('resolved');
    expect(statusWord('negated', span('no'))).toBe('negated');
    expect(statusWord('historical', span('resolved'))).toBe('historical');
    const r = analyze({
      fields: [
        { id: 'dx', kind: 'diagnosis', text: 'M54.17' },
        { id: 'n', kind: 'note', text: 'Lumbosacral radiculopathy, resolved. Back pain today.' },
      ],
    });
    const f = r.findings.find((x) => x.code === 'M54.17' && x.rule === 'unsupported-code');
    expect(f?.message).toMatch(/only as resolved/);
    expect(f?.params?.['statuses_or_terms']).toBe('status_resolved');
  });

  it('says "unchecked" in a finding about a form option nobody ticked', () => {
    const r = analyze({
      fields: [
        { id: 'dx', kind: 'diagnosis', text: 'M54.50' },
        { id: 'n', kind: 'note', text: 'Reason for visit: [x] Neck pain  [ ] Low back pain  [ ] Headache' },
      ],
    });
    const f = r.findings.find((x) => x.code === 'M54.50' && x.rule === 'unsupported-code');
    expect(f?.message).toMatch(/only as unchecked/);
    expect(f?.params?.['statuses_or_terms']).toBe('status_unchecked');
  });
});
