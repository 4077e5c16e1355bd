import { describe, expect, it } from 'vitest';
import { parseM99Code } from '../m99/m99-axes';
import { documentsCode } from './documents-code';
import { findMentions } from './find-mentions';

const documents = (code: string, text: string) => documentsCode(parseM99Code(code)!, findMentions({ id: 'n', kind: 'note', text }));

describe('documentsCode', () => {
  it('finds the coded canal finding beside a foraminal one in the same region', () => {
    const note = 'L4-5: moderate central canal stenosis due to facet hypertrophy. Severe right foraminal stenosis at L4-5 secondary to osteophytes.';
    expect(documents('M99.33', note)).toBe(true);
    expect(documents('M99.63', note)).toBe(true);
    expect(documents('M99.31', note)).toBe(false);
  });

  it('counts lateral recess and subarticular narrowing as canal, never as foramen', () => {
    expect(documents('M99.53', 'Right subarticular stenosis at L5-S1 from a paracentral disc protrusion.')).toBe(true);
    expect(documents('M99.73', 'Right subarticular stenosis at L5-S1 from a paracentral disc protrusion.')).toBe(false);
  });

  it('ignores negated and uncertain statements', () => {
    expect(documents('M99.33', 'No canal stenosis at L4-5 from facet hypertrophy.')).toBe(false);
    expect(documents('M99.33', 'Possible canal stenosis at L4-5 from facet hypertrophy.')).toBe(false);
  });

  it('rejects a stated mechanism the code does not cover', () => {
    expect(documents('M99.43', 'Canal stenosis at L4-5 due to a disc bulge.')).toBe(false);
  });
});
