import { describe, expect, it } from 'vitest';
import { analyzeCodesAndNote } from '../../../test/support/code-and-note';
import { assessContext } from './assess-context';

const statusOf = (text: string, target: string) => {
  const start = text.lastIndexOf(target);
  return assessContext(text, { start, end: start + target.length }).status;
};

// "hx" without "of" is chart shorthand for a past history, as "h/o" is; written as a heading
// ("Hx:", "HX -", "Hx" on its own line) it opens the history of present illness, today's complaint.
describe('history shorthand without "of"', () => {
  it('makes the finding after "hx" or "h/o" historical', () => {
    expect(statusOf('Pt with hx lumbar stenosis, s/p L4-5 laminectomy 2019.', 'stenosis')).toBe('historical');
    expect(statusOf('58 yo F, hx DDD, presents for knee pain.', 'DDD')).toBe('historical');
    expect(statusOf('HX cervical spondylosis treated with PT.', 'spondylosis')).toBe('historical');
    expect(statusOf('h/o foraminal stenosis at C5-6.', 'stenosis')).toBe('historical');
    expect(statusOf('Known h/o lumbar DDD; no new complaints.', 'DDD')).toBe('historical');
  });

  it('does not reach past its own clause or into the visit reason', () => {
    expect(statusOf('Hx lumbar stenosis; today new C5-6 foraminal stenosis.', 'foraminal stenosis')).toBe(
      'affirmed',
    );
    expect(statusOf('hx DDD, here for f/u of L4-5 canal stenosis.', 'canal stenosis')).toBe('affirmed');
  });

  it('leaves "Hx" written as a heading to the present illness it heads', () => {
    expect(statusOf('Hx: lumbar stenosis with neurogenic claudication for 3 months.', 'stenosis')).toBe(
      'affirmed',
    );
    expect(statusOf('HX: worsening neck pain. MRI: C5-6 foraminal stenosis.', 'stenosis')).toBe('affirmed');
    expect(statusOf('Hx - lumbar stenosis with claudication.', 'stenosis')).toBe('affirmed');
    expect(statusOf('HX – L4-5 canal stenosis, walking tolerance 1 block.', 'stenosis')).toBe('affirmed');
    expect(statusOf('HX\nLumbar stenosis with claudication.', 'stenosis')).toBe('affirmed');
    expect(statusOf('Hx  \r\nL4-5 canal stenosis, worse standing.', 'stenosis')).toBe('affirmed');
  });

  it('reads a "hx" history as history in the code verdicts, and an "Hx:" heading as today', () => {
    const historical = analyzeCodesAndNote('M51.369', 'Pt with hx DDD L4-5. Here today for knee pain.');
    expect(historical.verdicts?.find((v) => v.code === 'M51.369')?.verdict).toBe('finding');
    expect(historical.findings.some((f) => f.code === 'M51.369' && /historical/.test(f.message))).toBe(true);
    const today = analyzeCodesAndNote('M48.061', 'HX: lumbar stenosis, 6 months of leg pain on walking.');
    expect(today.findings.some((f) => /historical/.test(f.message))).toBe(false);
  });
});
