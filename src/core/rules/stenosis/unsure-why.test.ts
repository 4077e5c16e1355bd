import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze';
import { page } from '../run-rule';

// Stop 54: a soft mismatch said "The documentation is mixed or ambiguous", which a coder cannot act
// on. It now says what is mixed: the values the statements disagree on and the statements, a
// statement read two ways, or a cause named only by other statements; the families' soft region
// finding says whether the statements are in several regions or placed by words only.
const findingsOf = (codes: string, note: string) => analyze(page(codes, note)).findings;

describe('what a soft mismatch is unsure of', () => {
  it('names the regions the statements disagree on, and the statements', () => {
    const f = findingsOf('M99.61', 'Lumbar foraminal stenosis. Thoracic foraminal stenosis.').find(
      (x) => x.rule === 'region-mismatch',
    );
    expect(f?.severity).toBe('info');
    expect(f?.message).toMatch(
      /The statements disagree on the region: they say (?:lumbar and thoracic|thoracic and lumbar) \("/,
    );
    expect(f?.message).not.toMatch(/mixed or ambiguous/);
    expect(f?.params).toMatchObject({
      unsure_msg: 'sentence_statements_disagree',
      unsure_axis_term: 'axis_region',
    });
    expect(f?.params?.['unsure_values_terms']?.split('|').sort()).toEqual([
      'region_lumbar',
      'region_thoracic',
    ]);
  });

  it('names the causes the statements disagree on', () => {
    const f = findingsOf(
      'M99.33',
      'L4-5 canal stenosis due to disc bulge. L4-5 canal stenosis due to ligamentum flavum thickening.',
    ).find((x) => x.rule === 'mechanism-mismatch');
    expect(f?.message).toMatch(
      /The statements disagree on the mechanism: they say disc and connective tissue \("canal stenosis"\)/,
    );
    expect(f?.params?.['unsure_values_terms']).toBe('mech_disc|mech_connective_tissue');
  });

  it("says when the code's site and region name no cause and only other statements there name one", () => {
    const f = findingsOf(
      'M99.73',
      'L4-5 foraminal stenosis. Facet hypertrophy narrows the L4-5 foramen.',
    ).find((x) => x.rule === 'mechanism-mismatch');
    expect(f).toMatchObject({
      severity: 'info',
      params: { unsure_msg: 'sentence_cause_elsewhere', unsure_quotes: 'foraminal stenosis' },
    });
    expect(f?.message).toMatch(
      /\("foraminal stenosis"\) name no cause, and only other statements there name one/,
    );
  });

  it('says a family region finding is soft because the statements are in several regions', () => {
    const f = findingsOf('M51.26', 'C5-6 disc herniation. T7-8 disc herniation.').find(
      (x) => x.rule === 'region-mismatch',
    );
    expect(f).toMatchObject({ severity: 'info', params: { soft_msg: 'sentence_regions_several' } });
    expect(f?.message).toMatch(
      /The statements stand in more than one region: check which one the code is for\.$/,
    );
  });

  it('says a family region finding is soft because the region is given by words only', () => {
    const f = findingsOf('M51.26', 'Cervical disc herniation.').find((x) => x.rule === 'region-mismatch');
    expect(f).toMatchObject({ severity: 'info', params: { soft_msg: 'sentence_region_words_only' } });
    expect(f?.message).toMatch(
      /by region words or its other sentences only, with no level of their own: check the region\.$/,
    );
  });
});
