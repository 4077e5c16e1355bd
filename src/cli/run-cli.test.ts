import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readStdin: () => Promise.resolve('Dx: m9961, M99.6O'),
  });
  return { code, out, err };
}

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
