import { describe, expect, it } from 'vitest';
import type { AnalyzeResult } from '../../core';
import { runCliCaptured } from '../run-cli-captured';

const NOTE = 'Subluxations at C3, T6 and L2 with tenderness and restricted motion. Active care. CMT to C3, T6, L2.';

describe('chartlint analyze on a chiropractic visit', () => {
  it('takes --procedure and --payer and prints the payer assumed and the Regions table', async () => {
    const { code, out } = await runCliCaptured(['analyze', '--code', 'M54.2', '--code', 'M99.01', '--procedure', '98941', '--payer', 'medicare'], NOTE);
    expect(code).toBe(1);
    expect(out).toMatch(/error {3}medicare-primary-diagnosis {2}M54\.2/);
    expect(out).toMatch(/warning manipulation-modifier {2}98941 → 98941-AT/);
    expect(out).toMatch(/payer: medicare \(the payer setting/);
    expect(out).toMatch(/^ {2}thoracic +thoracic +T6 +treated lesion -/m);
  });

  it('reads "procedures" and "payer" from --jsonl lines, and rejects an unknown payer by name', async () => {
    const lines = [
      JSON.stringify({ codes: ['M99.01'], procedures: ['98940-AT', '97140 ZZ'], payer: 'medicare', text: NOTE }),
      JSON.stringify({ codes: ['M99.01'], payer: 'medicair', text: NOTE }),
    ].join('\n');
    const { code, out } = await runCliCaptured(['analyze', '--jsonl', '-'], lines);
    const [first, second] = out.trim().split('\n');
    const result = JSON.parse(first ?? '{}') as AnalyzeResult;
    expect(result.chiro?.payer).toMatchObject({ payer: 'medicare', source: 'setting' });
    expect(result.findings.filter((f) => f.rule === 'unknown-procedure').map((f) => f.code)).toEqual(['ZZ']);
    expect(result.findings.find((f) => f.rule === 'manipulation-region-count')?.suggestions).toEqual(['98941']);
    expect(JSON.parse(second ?? '{}')).toMatchObject({ line: 2, error: expect.stringMatching(/"payer" must be one of medicare/) });
    expect(code).toBe(2);
  });

  it('prints a code to add as an addition, not "X → X" (blind QA stop 44, F2)', async () => {
    const { out } = await runCliCaptured(['analyze', '--code', 'M99.01'], 'Listings: C2 PRS, T4 PR. Adjusted cervical and thoracic.');
    expect(out).toMatch(/^ {2}warning treated-region-uncoded {2}add M99\.02$/m);
    expect(out).not.toMatch(/M99\.02 → M99\.02/);
  });

  it('rejects a --procedure or JSONL "procedures" item that is no procedure code, naming it (QA stop 46, K G36)', async () => {
    // Before: "9894" and "supported" were dropped: "procedures: none" and exit 0.
    for (const bad of ['9894', 'supported', '989401', ''])
      await expect(runCliCaptured(['analyze', '--code', 'M51.16', '--procedure', '98940', '--procedure', bad], NOTE)).resolves.toMatchObject({
        code: 2,
        err: expect.stringContaining(`--procedure takes procedure codes like "98941" or "98941-AT" (a CPT or HCPCS code first); got ${JSON.stringify(bad)}`),
      });
    const { code, out } = await runCliCaptured(['analyze', '--jsonl', '-'], JSON.stringify({ codes: ['M99.01'], procedures: ['98940-AT', 'supported'], text: NOTE }));
    expect(JSON.parse(out.trim())).toMatchObject({ line: 1, error: expect.stringContaining('got "supported"') });
    expect(code).toBe(2);
    // A code of the right shape that ChartLint does not know is still analysed and reported by its rule.
    const known = await runCliCaptured(['analyze', '--code', 'M99.01', '--procedure', '99999', '--procedure', 'G0283', '--procedure', '97140 GP'], NOTE);
    expect(known.out).toMatch(/info {4}unknown-procedure {2}99999/);
    expect(known.out).toMatch(/^procedures: 97140-GP, G0283$|^procedures: G0283, 97140-GP$/m);
  });

  it('answers a 40-line fee ticket with each unknown code once', async () => {
    const procedures = Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? '98904' : '98941-AT'));
    const { out } = await runCliCaptured(['analyze', '--json', '--code', 'M99.01', ...procedures.flatMap((p) => ['--procedure', p])], NOTE);
    const result = JSON.parse(out) as AnalyzeResult;
    expect(result.chiro?.procedures).toHaveLength(30);
    expect(result.findings.filter((f) => f.rule === 'unknown-procedure')).toHaveLength(1);
  });
});
