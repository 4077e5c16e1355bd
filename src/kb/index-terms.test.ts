import { describe, expect, it } from 'vitest';
import { indexTermsFor, loadIndexTerms } from './index-terms';

describe('alphabetic-index terms', () => {
  it('lead from stenosis wording to the foraminal and canal codes', async () => {
    const terms = await loadIndexTerms();
    expect(indexTermsFor('M99.61', terms).map((t) => t.term)).toEqual(
      expect.arrayContaining([
        'Stenosis, stenotic (cicatricial) › intervertebral foramina › osseous › cervical region',
        'Stenosis, stenotic (cicatricial) › intervertebral foramina › osseous › cervicothoracic',
      ]),
    );
    expect(terms.find((t) => t.term === 'Subluxation › complex, vertebral')?.see).toBe('Complex, subluxation');
  });

  it('apply the FY2018 index addendum for lumbar spinal stenosis', async () => {
    const terms = await loadIndexTerms();
    const lumbar = terms.find((t) => t.term === 'Stenosis, stenotic (cicatricial) › spinal › lumbar region (NOS) (without neurogenic claudication)');
    expect(lumbar).toMatchObject({ code: 'M48.061', addendum: 'FY2018' });
    expect(terms.find((t) => t.code === 'M48.062')?.term).toBe(
      'Stenosis, stenotic (cicatricial) › spinal › lumbar region (NOS) (without neurogenic claudication) › with neurogenic claudication',
    );
    expect(terms.some((t) => t.code === 'M48.06')).toBe(false);
  });
});
