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

  it('refuses random bytes without NUL instead of listing junk codes from them (exit 2)', async () => {
    const junk = Uint8Array.from({ length: 2048 }, (_, i) => (((i * 2654435761) >>> 11) % 255) + 1);
    const { code, out, err } = await runCliCaptured(['codes', '--json'], junk);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/stdin is not a text file/);
  });

  it('reads a UTF-16 note (with a byte-order mark) as text', async () => {
    const { out } = await runCliCaptured(['codes', '--json'], Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Dx: M99.61', 'utf16le')]));
    expect((JSON.parse(out) as { code: string }[]).map((c) => c.code)).toEqual(['M99.61']);
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
