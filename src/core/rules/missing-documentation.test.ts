import { describe, expect, it } from 'vitest';
import { missingDocumentation } from './missing-documentation';
import { page, runRule } from './run-rule';

describe('missing-documentation', () => {
  it('lists mechanism, imaging and neuro for M99.61 with "Cervical foraminal stenosis." but not the level', () => {
    const { findings } = runRule(missingDocumentation, page('M99.61', 'Cervical foraminal stenosis.'));
    expect(findings[0]?.severity).toBe('info');
    expect(findings[0]?.message).toMatch(/mechanism/);
    expect(findings[0]?.message).toMatch(/imaging/);
    expect(findings[0]?.message).not.toMatch(/level/i);
  });

  it('is quiet when every checklist item is met', () => {
    const note = 'MRI: left C5-6 foraminal stenosis due to osteophytes. Exam: C6 radiculopathy with weakness.';
    expect(runRule(missingDocumentation, page('M99.61', note)).findings).toEqual([]);
  });

  it("speaks of each code's own cause, never of another code entered beside it (QA stop 50)", () => {
    const note = 'MRI: left C5-6 foraminal stenosis due to uncovertebral osteophytes, moderate canal stenosis at C6-7. Exam: C6 radiculopathy.';
    const findings = runRule(missingDocumentation, page('M99.61, M99.71', note)).findings;
    // M99.61 (bone at the foramen) is met by the osteophytes: its finding, if any, names no cause.
    const own = findings.find((f) => f.code === 'M99.61');
    expect(own?.message ?? '').not.toMatch(/M99\.71|mechanism/);
  });
});
