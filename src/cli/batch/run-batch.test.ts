import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../run-cli-captured';

/**
 * `npm test` has just built the CLI from this tree (CHARTLINT_BUILT=1, scripts/test-all.ts): the
 * batch then runs through the built bin, whose workers are the bundled analyze-worker.mjs. From
 * source each worker registers tsx and compiles the core and loads the whole catalog on its own
 * (three workers here: about 2 CPU-s each against 0.5 built), and this thread analyzes its share
 * under the test runner's module loader. The pool under test is the same code, bundled; the tsx
 * start of a worker stays covered under `npm test` by analyze-date.test.ts (--jobs 2 from source).
 * Run on its own (no build), the batch runs from source in this process as before.
 */
const bin = fileURLToPath(new URL('../../../bin/chartlint.mjs', import.meta.url));
const analyze = (args: string[]): Promise<{ code: number; out: string; err: string }> => {
  if (process.env.CHARTLINT_BUILT !== '1') return runCliCaptured(args);
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  return Promise.resolve({ code: run.status ?? -1, out: run.stdout, err: run.stderr });
};

const dir = mkdtempSync(join(tmpdir(), 'chartlint-run-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 700 lines: notes (some non-ASCII), 8 blank lines, CRLF, a BOM, bad JSON, a raw NUL and binary junk. */
function batch(): Buffer {
  const parts: Buffer[] = [Buffer.from([0xef, 0xbb, 0xbf])];
  for (let i = 0; i < 700; i++) {
    if (i === 100) parts.push(Buffer.from('not json\n'));
    else if (i === 200) parts.push(Buffer.from('{"codes":["M99.61"],"text":"a\u0000b"}\n'));
    else if (i === 300) parts.push(Buffer.from([0xc3, 0x28, 0xff, 0x0a]));
    else if (i % 97 === 0) parts.push(Buffer.from('\r\n'));
    else {
      const note = { codes: [i % 2 ? 'M99.61' : 'M48.061'], text: `Note ${i}: ${i % 2 ? 'C5-6' : 'L4-5'} foraminal stenosis, névralgie ${'x'.repeat(i % 50)}.`, ...(i % 5 ? {} : { date: '2026-09-20' }) };
      parts.push(Buffer.from(`${JSON.stringify(note)}${i % 3 ? '\n' : '\r\n'}`));
    }
  }
  return Buffer.concat(parts);
}

describe('analyze --jsonl over worker threads', () => {
  it('writes the same bytes, errors and exit code as analyzing the batch in one thread', async () => {
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, batch());
    const oneThread = await analyze(['analyze', '--jsonl', file, '--jobs', '1', '--date', '2026-11-12']);
    // The exit code and stderr first: a run cut short (one of three CI runs at stop 60 gave 507 of
    // the 692 lines, not reproduced in 90 runs since) then says how it ended.
    expect(oneThread.code, oneThread.err.slice(-2000)).toBe(2);
    expect(oneThread.out.split('\n'), oneThread.err.slice(-2000)).toHaveLength(700 - 8 + 1);
    // --jobs 2: this thread and one worker share the runs; --jobs 3: two workers take them all.
    for (const jobs of ['2', '3']) {
      const shared = await analyze(['analyze', '--jsonl', file, '--jobs', jobs, '--date', '2026-11-12']);
      expect(shared.code, jobs).toBe(oneThread.code);
      expect(shared.err, jobs).toBe(oneThread.err);
      expect(shared.out, jobs).toBe(oneThread.out);
    }
  }, 180_000);
});
