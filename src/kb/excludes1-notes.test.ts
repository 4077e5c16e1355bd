import { describe, expect, it } from 'vitest';
import { loadNotes } from './notes';
import { excludes1Reader } from './excludes1-notes';

describe('excludes1Reader', () => {
  it('reads the Excludes1 notes of the blocks, the category and each code above, as explain shows them', async () => {
    const read = excludes1Reader(await loadNotes({ release: 'FY2027' }));
    const m4307 = read('M43.07');
    expect(m4307).toContainEqual({ text: 'spondylolisthesis (M43.1)', at: 'M43.0' });
    expect(m4307).toContainEqual({
      text: 'congenital spondylolysis and spondylolisthesis (Q76.2)',
      at: 'M43',
    });
    expect(read('M54.32')).toContainEqual({
      text: 'sciatica due to intervertebral disc disorder (M51.1-)',
      at: 'M54.3',
    });
    expect(read('M54.32')).toContainEqual({ text: 'discitis NOS (M46.4-)', at: 'block M50-M54' });
    // Excludes2 notes are not Excludes1.
    expect(read('M51.17').some((n) => /cervical and cervicothoracic disc disorders/.test(n.text))).toBe(
      false,
    );
  });
});
