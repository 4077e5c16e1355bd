import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './run-cli-captured';

const cli = (...argv: string[]) => runCliCaptured(argv, 'Dx: m9961, M99.6O');

describe('chartlint CLI', () => {
  it('prints the version', async () => {
    expect((await cli('version')).out).toMatch(/^chartlint \d+\.\d+\.\d+/);
  });

  it('lists codes found in stdin', async () => {
    const { code, out } = await cli('codes', '--json');
    expect(code).toBe(0);
    expect((JSON.parse(out) as { code: string }[]).map((c) => c.code)).toEqual(['M99.61', 'M99.60']);
  });

  it('exits 2 with a clear message for an unknown command', async () => {
    const { code, err } = await cli('frobnicate');
    expect(code).toBe(2);
    expect(err).toMatch(/unknown command "frobnicate"/);
  });

  it('exits 2 when the file cannot be read', async () => {
    const { code, err } = await cli('codes', '/nonexistent/note.txt');
    expect(code).toBe(2);
    expect(err).toMatch(/cannot read \/nonexistent\/note.txt/);
  });
});
