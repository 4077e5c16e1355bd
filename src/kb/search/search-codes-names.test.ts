/**
 * Lookup classes of stop 56 (a spine coder's 58 queries, src/kb/search/queries.json split
 * 'lookup56'), each as a table of words on both carried releases. Every expected code is the
 * Index's: FY2017 Index XML (data/icd10cm/fy2017) with the FY2018-FY2026 index addenda.
 */
import { describe, expect, it } from 'vitest';
import { builtSearchIndex } from '../../../test/support/official-search-indexes';
import { searchCodes } from './search-codes';

/**
 * A query that is an Index term whole ranks the term's code first, above codes whose titles only
 * hold the query's words among others (M54.40 Lumbago with sciatica, unspecified side for "lumbago").
 */
const WHOLE_TERMS: readonly [string, string][] = [
  ['lumbago', 'M54.50'], // Lumbago, lumbalgia M54.5 (M54.50 since FY2021)
  ['lumbalgia', 'M54.50'],
  ['back pain', 'M54.9'], // Pain(s) > back (postural) M54.9
  ['pain back', 'M54.9'],
  ['kyphosis', 'M40.209'], // Kyphosis, kyphotic (acquired) M40.209
  ['thoracic kyphosis', 'M40.204'], // Kyphosis > thoracic region M40.204
  ['myelopathy', 'G95.9'], // Myelopathy G95.9
  ['osteoporosis', 'M81.0'], // Osteoporosis M81.0
  ['pain neck', 'M54.2'], // Pain(s) > neck NEC M54.2
  ['osteochondrosis spine', 'M42.9'], // Osteochondrosis > spine M42.9
];

describe.each(['FY2026', 'FY2027'])('lookup classes of stop 56 (%s)', (release) => {
  const index = builtSearchIndex(release, 'with-index-terms');
  const codes = (q: string, limit = 5) => searchCodes(index, q, { limit }).hits.map((h) => h.entry.code);

  it('ranks the code of an Index term the query names whole first', () => {
    const wrong = WHOLE_TERMS.flatMap(([q, code]) =>
      codes(q)[0] === code ? [] : [`${q}: ${codes(q).join(' ')}`],
    );
    expect(wrong).toEqual([]);
  });

  it('leaves a qualified query to the combination code and a site to its own code', () => {
    // Lumbago > with sciatica M54.4-: the title's own words.
    expect(codes('lumbago with sciatica right')[0]).toBe('M54.41');
    // Instability > lumbosacral, see subcategory M53.2: the site's code, not the header's default.
    expect(codes('lumbosacral instability')[0]).toBe('M53.2X7');
    // Degeneration > intervertebral disc > lumbar region M51.36-; its "with myelopathy" subterm is M51.06's, not asked.
    expect(codes('ddd lumbar', 3)).not.toContain('M51.06');
  });

  it("ranks another chapter's codes that matched none of the best hit's words below its chapter's", () => {
    // "grade 1" is D89.831 Cytokine release syndrome, grade 1 and G92.01 …, grade 1: another sense.
    for (const q of ['spondylolisthesis L5 grade 1', 'grade 1 spondy l4-5']) {
      const top = codes(q, 4);
      expect(top[0], q).toBe('M43.16');
      expect(
        top.filter((c) => !c.startsWith('M')),
        q,
      ).toEqual([]);
    }
    // K59.2 Neurogenic bowel and I70.51 (…intermittent claudication) share one word with M48.062.
    const claudication = codes('neurogenic claudication', 4);
    expect(claudication[0]).toBe('M48.062');
    expect(claudication).not.toContain('K59.2');
    expect(claudication).not.toContain('I70.51');
  });

  it('reads Cx as cervical, jt as joint and a protruding disc as a displaced one', () => {
    expect(codes('cx radic')[0]).toBe('M54.12');
    expect(codes('SI jt dysfunction')[0]).toBe('M99.04');
    expect(codes('disc protrusion L5-S1')[0]).toBe('M51.27');
  });
});
