import { describe, expect, it } from 'vitest';
import { judgeRun, readLineRuns, readLines, type LineRun, type RawLine } from './read-lines';

async function collect(chunks: Uint8Array[]): Promise<RawLine[]> {
  const out: RawLine[] = [];
  for await (const l of readLines('test', chunks)) out.push(l);
  return out;
}

describe('readLines', () => {
  it('splits lines across chunk boundaries, numbers them, skips blank ones and strips CR and BOM', async () => {
    const bytes = Buffer.from('\ufeff{"a":1}\r\n\n  \n{"b":"é"}\n{"c":3}');
    const chunks = [bytes.subarray(0, 5), bytes.subarray(5, 14), bytes.subarray(14, 22), bytes.subarray(22)];
    expect(await collect(chunks)).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 4, text: '{"b":"é"}' },
      { line: 5, text: '{"c":3}' },
    ]);
  });

  it('judges each line on its own: a raw NUL or binary junk in one line does not discard the others', async () => {
    const bytes = Buffer.concat([Buffer.from('{"ok":1}\n{"text":"a\u0000b"}\n'), Buffer.from([0xc3, 0x28, 0xff, 0x0a]), Buffer.from('{"ok":2}\n')]);
    const lines = await collect([bytes]);
    expect(lines.map((l) => ('text' in l ? l.text : l.error))).toEqual([
      '{"ok":1}',
      expect.stringMatching(/^line 2 contains a NUL byte/) as string,
      expect.stringMatching(/^line 3 is binary data/) as string,
      '{"ok":2}',
    ]);
  });

  it('reads UTF-16 batches, with a BOM or detected without one', async () => {
    const text = '{"codes":["M99.61"],"text":"C5-6"}\r\n{"codes":[],"text":"x"}\n';
    const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const expected = [
      { line: 1, text: '{"codes":["M99.61"],"text":"C5-6"}' },
      { line: 2, text: '{"codes":[],"text":"x"}' },
    ];
    expect(await collect([withBom.subarray(0, 7), withBom.subarray(7)])).toEqual(expected);
    expect(await collect([Buffer.from(text, 'utf16le')])).toEqual(expected);
  });

  it('hands out whole lines in runs of bounded size, numbered across runs, each in a buffer of its own', async () => {
    const text = Array.from({ length: 9 }, (_, i) => (i === 4 ? '' : `{"n":${i + 1},"text":"é ${'x'.repeat(i)}"}`)).join('\r\n');
    const bytes = Buffer.from(text);
    const runs: LineRun[] = [];
    for await (const run of readLineRuns('test', [bytes.subarray(0, 7), bytes.subarray(7, 40), bytes.subarray(40)], { lines: 3, bytes: 1 << 20 })) runs.push(run);
    expect(runs.map((r) => (r.lines ? -1 : r.firstLine))).toEqual([1, 4, 7]);
    for (const run of runs) {
      if (run.lines) continue;
      // Transferring a run to a worker detaches its whole ArrayBuffer: it must hold nothing else.
      expect(run.bytes.byteOffset).toBe(0);
      expect(run.bytes.byteLength).toBe(run.bytes.buffer.byteLength);
    }
    const judged = runs.flatMap(judgeRun);
    expect(judged).toEqual(await collect([bytes]));
    expect(judged.map((l) => l.line)).toEqual([1, 2, 3, 4, 6, 7, 8, 9]);
    expect(judged[0]).toEqual({ line: 1, text: '{"n":1,"text":"é "}' });
  });

  it('cuts a run once it reaches the byte limit, and ends the last run without a final line break', async () => {
    const bytes = Buffer.from('{"a":"0123456789"}\n{"b":1}\n{"c":2}');
    const runs: LineRun[] = [];
    for await (const run of readLineRuns('test', [bytes], { lines: 100, bytes: 8 })) runs.push(run);
    expect(runs.map((r) => (r.lines ? 'judged' : Buffer.from(r.bytes).toString()))).toEqual(['{"a":"0123456789"}\n', '{"b":1}\n', '{"c":2}']);
    expect(runs.flatMap(judgeRun).map((l) => l.line)).toEqual([1, 2, 3]);
  });
});
