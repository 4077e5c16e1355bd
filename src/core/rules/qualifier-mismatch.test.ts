import { describe, expect, it } from 'vitest';
import { qualifierMismatch } from './qualifier-mismatch';
import { page, runRule } from './run-rule';

const run = (codes: string, note: string) => runRule(qualifierMismatch, page(codes, note));

describe('qualifier-mismatch', () => {
  it('suggests M48.062 when the note documents neurogenic claudication and M48.061 when it denies it', () => {
    expect(run('M48.061', 'L4-5 canal stenosis with neurogenic claudication.').findings[0]).toMatchObject({ severity: 'warning', suggestions: ['M48.062'] });
    expect(run('M48.062', 'L4-5 canal stenosis. No neurogenic claudication.').findings[0]).toMatchObject({ suggestions: ['M48.061'] });
  });

  it('moves disc and spondylosis codes to the "with radiculopathy" or "with myelopathy" subcategory', () => {
    expect(run('M51.26', 'L4-5 disc herniation with right L5 radiculopathy.').findings[0]?.suggestions).toEqual(['M51.16']);
    expect(run('M50.222', 'C5-6 disc herniation flattening the cord with myelopathy.').findings[0]?.suggestions).toEqual(['M50.022']);
    expect(run('M47.22', 'C5-6 spondylosis. No radiculopathy.').findings[0]?.suggestions).toEqual(['M47.812']);
  });

  it('reads the FY2025 pain characters of M51.36-/M51.37-', () => {
    expect(run('M51.379', 'L5-S1 disc degeneration with low back pain and pain into the left thigh.').findings[0]?.suggestions).toEqual(['M51.372']);
  });

  it('says what it compared when the note agrees, and stays info when the note only suspects', () => {
    const agreed = run('M48.062', 'L3-4 canal stenosis with neurogenic claudication.');
    expect(agreed.findings).toEqual([]);
    expect(agreed.comparisons[0]).toMatchObject({ outcome: 'supported', code: 'M48.062' });
    expect(run('M48.062', 'L3-4 canal stenosis. Possible neurogenic claudication.').findings[0]?.severity).toBe('info');
  });

  it('leaves M99 and codes outside the families alone', () => {
    expect(run('M99.61', 'C5-6 foraminal stenosis with radiculopathy.')).toEqual({ findings: [], comparisons: [] });
    expect(run('E11.9', 'Neurogenic claudication.')).toEqual({ findings: [], comparisons: [] });
  });
});
