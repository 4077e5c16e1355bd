import { describe, expect, it } from 'vitest';
import { mechanismMismatch } from './mechanism-mismatch';
import { page, runRule } from './run-rule';

describe('mechanism-mismatch', () => {
  it('warns for M99.61 with "Left C6-7 foraminal stenosis due to disc protrusion." and offers M99.71', () => {
    const { findings } = runRule(mechanismMismatch, page('M99.61', 'Left C6-7 foraminal stenosis due to disc protrusion.'));
    expect(findings[0]).toMatchObject({ severity: 'warning', suggestions: ['M99.71'] });
  });

  it('softens to info for "disc-osteophyte complex", which names two mechanism groups', () => {
    const { findings } = runRule(mechanismMismatch, page('M99.71', 'C6-7 foraminal narrowing from a disc-osteophyte complex.'));
    expect(findings.every((f) => f.severity === 'info')).toBe(true);
  });

  it('is quiet when the mechanism is in the code group (subluxation for M99.6)', () => {
    expect(runRule(mechanismMismatch, page('M99.61', 'C5-6 foraminal stenosis due to subluxation.')).findings).toEqual([]);
  });
});
