import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../run-cli-captured';

const cli = (argv: string[], stdin = '') => runCliCaptured(argv, stdin);

describe('chartlint context', () => {
  it('prints the status and trigger of "foraminal stenosis" in "Cannot exclude C5-6 foraminal stenosis."', async () => {
    const { code, out } = await cli(['context', '--text', 'Cannot exclude C5-6 foraminal stenosis.', '--target', 'foraminal stenosis', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ status: 'uncertain', trigger: { fieldId: 'text', start: 0, end: 14, text: 'Cannot exclude' } });
  });

  it('prints readable text without --json', async () => {
    expect((await cli(['context', '--text', 'No canal stenosis.', '--target', 'canal'])).out).toBe('negated (trigger "No" at 0-2)\n');
  });

  it('answers --jsonl from stdin line by line', async () => {
    const stdin = '{"text":"No canal stenosis; moderate C5-6 foraminal narrowing.","target":"foraminal"}\n{"text":"History of lumbar stenosis.","target":"stenosis"}\n';
    const { out } = await cli(['context', '--jsonl', '-'], stdin);
    expect(out.trim().split('\n').map((l) => JSON.parse(l) as { line: number; status: string })).toMatchObject([
      { line: 1, status: 'affirmed' },
      { line: 2, status: 'historical' },
    ]);
  });

  it('exits 2 when the target is not in the text', async () => {
    const { code, err } = await cli(['context', '--text', 'No canal stenosis.', '--target', 'foramen']);
    expect(code).toBe(2);
    expect(err).toMatch(/does not occur/);
  });
});
