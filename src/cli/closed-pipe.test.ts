import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The CLI as a shell runs it (the built bin under `npm test`, CHARTLINT_BUILT=1; from source
 * through tsx otherwise), with its output read by nobody: the pipe is closed before the first write.
 */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; err: string }> {
  const built = process.env.CHARTLINT_BUILT === '1';
  const entry = built ? ['../../bin/chartlint.mjs'] : ['main.ts'];
  const argv = [
    ...(built ? [] : ['--import', 'tsx']),
    ...entry.map((e) => fileURLToPath(new URL(e, import.meta.url))),
    ...args,
  ];
  const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, err })));
}

describe('a reader that stops early (chartlint lookup disc | head -1)', () => {
  it('ends quietly with the SIGPIPE status, not an unhandled EPIPE stack trace', async () => {
    const { code, err } = await runWithClosedStdout([
      'lookup',
      'disc',
      'stenosis',
      'radiculopathy',
      '--limit',
      '200',
    ]);
    expect(err).toBe('');
    expect(code).toBe(141);
  }, 60_000);
});
