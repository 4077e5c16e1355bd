import { describe, expect, it } from 'vitest';
import { mechanismMismatch } from './mechanism-mismatch';
import { page, runRule } from './run-rule';

describe('mechanism-mismatch', () => {
  it('warns for M99.61 with "Left C6-7 foraminal stenosis due to disc protrusion." and offers M99.71', () => {
    const { findings } = runRule(mechanismMismatch, page('M99.61', 'Left C6-7 foraminal stenosis due to disc protrusion.'));
    expect(findings[0]).toMatchObject({ severity: 'warning', suggestions: ['M99.71'] });
  });

  it('leaves a cause named only as a disc-osteophyte complex to mechanism-unclear: neither a mismatch nor an agreement', () => {
    for (const code of ['M99.61', 'M99.71']) {
      const { findings, comparisons } = runRule(mechanismMismatch, page(code, 'C6-7 foraminal narrowing from a disc-osteophyte complex.'));
      expect(findings).toEqual([]);
      expect(comparisons).toEqual([]);
    }
  });

  it('warns when the code\'s statement is a root compression whose narrowing names another cause', () => {
    // QA stop 48, I: the compression clause made the bone cause look like another statement's, and the warning fell to info.
    const neck = 'C6-7: moderate left foraminal narrowing from uncovertebral spurring, which compresses the exiting left C7 root.';
    expect(runRule(mechanismMismatch, page('M99.71', neck)).findings).toMatchObject([{ severity: 'warning', suggestions: ['M99.61'] }]);
    const back = 'At L5-S1 there is severe left foraminal stenosis secondary to facet arthropathy with impingement of the exiting left L5 nerve root.';
    expect(runRule(mechanismMismatch, page('M99.73', back)).findings).toMatchObject([{ severity: 'warning', suggestions: ['M99.63'] }]);
  });

  it('is quiet when the mechanism is in the code group (subluxation for M99.6)', () => {
    expect(runRule(mechanismMismatch, page('M99.61', 'C5-6 foraminal stenosis due to subluxation.')).findings).toEqual([]);
  });

  it('says so (info) when the statement of the code names no cause and every other statement of its site and region names another', () => {
    // QA stop 43, #10 (n03): M99.71 was supported on "SEVERE BILATERAL FORAMINAL STENOSIS" alone.
    const note = 'C4-5: UNCOVERTEBRAL AND FACET HYPERTROPHY CAUSING MODERATE LEFT NEURAL FORAMINAL NARROWING. C5-6: SEVERE BILATERAL FORAMINAL STENOSIS.';
    const { findings, comparisons } = runRule(mechanismMismatch, page('M99.71', note));
    expect(findings).toMatchObject([{ severity: 'info', suggestions: ['M99.61'] }]);
    expect(comparisons).toMatchObject([{ outcome: 'finding' }]);
    // A statement of the code's own cause there, or none naming a cause: no finding.
    expect(runRule(mechanismMismatch, page('M99.71', `${note} C6-7: disc bulge causing mild foraminal narrowing.`)).findings).toEqual([]);
    expect(runRule(mechanismMismatch, page('M99.71', 'C5-6: SEVERE BILATERAL FORAMINAL STENOSIS.')).findings).toEqual([]);
    // Another region's bone says nothing about this one.
    expect(runRule(mechanismMismatch, page('M99.73', `${note} L5-S1: foraminal stenosis.`)).findings).toEqual([]);
  });
});
