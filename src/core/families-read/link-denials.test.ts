import { describe, expect, it } from 'vitest';
import { analyzeCodesAndNote } from '../../../test/support/code-and-note';

// Blind QA stop 50, H1: a disc lesion and a radiculopathy (or myelopathy) both affirmed are linked
// ("with", Official Guidelines I.A.15) unless the note says they are unrelated or that the cause is
// not determined. Sentences of our own.
const run = analyzeCodesAndNote;
const verdict = (r: ReturnType<typeof run>, code: string) =>
  (r.verdicts ?? []).find((v) => v.code === code)?.verdict;
const own = (r: ReturnType<typeof run>, code: string) =>
  r.findings.filter((f) => f.code === code && f.rule !== 'suggested-code');

const UNLINKED = [
  'Right L5 radiculopathy on exam. MRI: small L4-5 disc bulge. In my opinion the radiculopathy is unrelated to the bulge; peroneal entrapment is suspected.',
  'Exam shows a left L5 radiculopathy. The L4-L5 protrusion seen on MRI does not compress the traversing L5 nerve root.',
  'Left L5 radiculopathy. MRI shows an L4-5 herniation; the radiculopathy is not caused by the herniation, which sits on the right.',
  'Lumbar radiculopathy at L5, confirmed by EMG. Etiology undetermined at this time despite a mild L4-5 disc protrusion on MRI.',
  'Assessment: left L5 radiculopathy, confirmed on exam.\nI am unable to determine the cause yet. MRI: shallow L4-L5 disc protrusion.',
];

describe('a radiculopathy the note unlinks from the disc', () => {
  for (const note of UNLINKED)
    it(`is not the disc's "with radiculopathy": ${note.slice(0, 60)}…`, () => {
      const r = run('M51.16, M54.16', note);
      const disc = own(r, 'M51.16');
      expect(disc.map((f) => f.rule)).toEqual(['qualifier-mismatch']);
      expect(disc[0]?.suggestions).toContain('M51.26');
      expect(disc[0]?.message).toMatch(/not caused by the lesion or that its cause is not determined/);
      expect(verdict(r, 'M54.16')).toBe('supported');
      expect(own(r, 'M54.16')).toEqual([]);
    });

  it('supports the disc code without radiculopathy beside it', () => {
    const r = run('M51.26, M54.16', UNLINKED[1] as string);
    expect(verdict(r, 'M51.26')).toBe('supported');
    expect(verdict(r, 'M54.16')).toBe('supported');
  });

  it('keeps the presumed link when nothing unlinks them', () => {
    const r = run(
      'M51.16, M54.16',
      'Left L5 radiculopathy. MRI: L4-5 disc protrusion contacting the L5 root.',
    );
    expect(verdict(r, 'M51.16')).toBe('supported');
    expect(own(r, 'M54.16').map((f) => [f.rule, f.suggestions])).toEqual([
      ['classified-elsewhere', ['M51.16']],
    ]);
  });

  it('reads a hedged contact ("does not clearly contact") as no denial', () => {
    const r = run('M51.16', 'Left L5 radiculopathy. The L4-5 protrusion does not clearly contact the root.');
    expect(verdict(r, 'M51.16')).toBe('supported');
  });

  it('leaves an unknown cause of something else alone', () => {
    const r = run(
      'M51.16',
      'Left L5 radiculopathy from an L4-5 disc herniation. Etiology of his anemia unclear.',
    );
    expect(verdict(r, 'M51.16')).toBe('supported');
  });

  it('reads an unknown cause named for the radiculopathy itself', () => {
    const r = run(
      'M51.16',
      'Left L5 radiculopathy. MRI: L4-5 disc herniation. The etiology of the radiculopathy remains unclear.',
    );
    expect(own(r, 'M51.16').map((f) => f.rule)).toEqual(['qualifier-mismatch']);
  });

  it('leaves a denial of another cause alone ("not due to diabetes")', () => {
    const r = run('M51.16', 'Left L5 radiculopathy, not due to diabetes. MRI: L4-5 disc herniation.');
    expect(verdict(r, 'M51.16')).toBe('supported');
  });

  it('unlinks a myelopathy the note says the disc does not cause', () => {
    const r = run(
      'M50.022',
      'Cervical myelopathy. MRI: C5-6 disc herniation that does not compress the cord; the myelopathy is thought to be from B12 deficiency.',
    );
    expect(own(r, 'M50.022').map((f) => f.rule)).toEqual(['qualifier-mismatch']);
  });
});

describe('a region-move suggestion', () => {
  it('carries no "with radiculopathy" the note unlinks from the disc (M50 code, lumbar disc)', () => {
    const note = 'MRI: L4-L5 left disc protrusion. Exam: left L5 radiculopathy. The radiculopathy is not due to the disc; EMG points to a peroneal neuropathy.';
    const mismatch = run('M50.122', note).findings.find((f) => f.rule === 'region-mismatch');
    expect(mismatch?.suggestions).toEqual(['M51.26']);
    // Linked, the same note gives the radiculopathy code.
    const linked = run('M50.122', 'MRI: L4-L5 left disc protrusion compressing the L5 root. Exam: left L5 radiculopathy.').findings.find((f) => f.rule === 'region-mismatch');
    expect(linked?.suggestions).toEqual(['M51.16']);
  });
});
