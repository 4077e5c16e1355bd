import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyzeResult } from '../../core';
import { loadCatalog } from '../../kb';
import { runCliCaptured } from '../run-cli-captured';

const cli = (argv: string[], stdin = '') => runCliCaptured(argv, stdin);

// The first load transforms the 12 MB catalog through vite; do it once, outside the tests' own time limit.
beforeAll(() => loadCatalog());

const dir = mkdtempSync(join(tmpdir(), 'chartlint-analyze-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('chartlint analyze', () => {
  it('prints codes, mentions and findings as JSON for a note on stdin', async () => {
    const { code, out } = await cli(['analyze', '--code', 'M99.60', '--json'], 'Moderate left C5-6 foraminal narrowing due to uncovertebral osteophytes.');
    const result = JSON.parse(out) as AnalyzeResult;
    expect(code).toBe(1);
    expect(result.codes.map((c) => c.code)).toEqual(['M99.60']);
    expect(result.mentions[0]).toMatchObject({ site: 'foramen', status: 'affirmed', regions: ['cervical'] });
    expect(result.findings.find((f) => f.rule === 'region-mismatch')?.suggestions).toEqual(['M99.61']);
  });

  it('reads the note from --file and prints readable text without --json', async () => {
    const { code, out } = await cli(['analyze', '--code', 'M99.61', '--file', file('note.txt', 'C5-6 foraminal stenosis due to osteophytes.')]);
    expect(code).toBe(0);
    expect(out).toMatch(/^codes: M99\.61/);
    expect(out).toMatch(/checklist: site yes/);
  });

  it('says when a cumulative note was read only up to the date of service', async () => {
    // Stop 53: later visit entries were left out of the reading without a word in the text output.
    const note = file('visits.txt', 'Visit 11/02/2026: L4-5 central canal stenosis.\nVisit 11/20/2026: Stable.\nVisit 12/01/2026: New left L5 radiculopathy.\n');
    const { out } = await cli(['analyze', '--code', 'M48.061', '--date', '2026-11-20', '--file', note]);
    expect(out).toContain('note: read up to the entry of 2026-11-20; 1 later entry was not read (note)');
    const all = await cli(['analyze', '--code', 'M48.061', '--date', '2026-12-01', '--file', note]);
    expect(all.out).not.toContain('not read (');
  });

  it('lists the entered codes apart from those the note names, each once', async () => {
    // QA stop 43, #16: the line read "codes: M99.03, M99.03, M99.01", the resolved M99.01 as if entered.
    const note = file('v28.txt', 'Tender and restricted L4.\nAssessment: M99.03 Subluxation lumbar L4. Prior visit dx M99.01 cervical, resolved.');
    const entered = await cli(['analyze', '--code', 'M99.03', '--code', 'M99.03', '--file', note]);
    expect(entered.out.split('\n')[0]).toBe('codes: M99.03; the note also names M99.01 (not entered, not judged)');
    // With none entered, the note's own codes are judged, but not the one it names as resolved (QA stop 60).
    const none = await cli(['analyze', '--file', note]);
    expect(none.out.split('\n')[0]).toBe('codes: M99.03 (none entered: those the note names are judged); the note also names M99.01 (as past or denied: not judged)');
    expect(none.out).toMatch(/^ {2}supported {3}M99\.03 /m);
    expect(none.out).not.toMatch(/^ {2}\w[\w-]* +M99\.01 /m);
    // The JSON keeps every code written on the page, each with the field it was written in.
    const json = JSON.parse((await cli(['analyze', '--code', 'M99.03', '--json', '--file', note])).out) as AnalyzeResult;
    expect(json.codes.map((c) => [c.code, c.fieldKind])).toEqual([
      ['M99.03', 'diagnosis'],
      ['M99.03', 'note'],
      ['M99.01', 'note'],
    ]);
  });

  it('judges the codes the note names when none is entered, on one note and in a batch', async () => {
    // QA stop 60: the codes line said so, but an empty diagnosis field was sent and nothing was judged.
    const text = 'MRI: L4-5 moderate central canal stenosis. Neurogenic claudication.\nAssessment: M48.061 lumbar stenosis.\n';
    const one = await cli(['analyze', '--date', '2026-11-20', '--file', file('named.txt', text)]);
    expect(one.out).toMatch(/^ {2}finding {5}M48\.061 /m);
    expect(one.out).toContain('qualifier-mismatch  M48.061 → M48.062');
    const batch = file('named.jsonl', [JSON.stringify({ text }), JSON.stringify({ codes: ['M48.062'], text })].join('\n'));
    const lines = (await cli(['analyze', '--jsonl', batch, '--date', '2026-11-20'])).out.trim().split('\n').map((l) => JSON.parse(l) as AnalyzeResult);
    expect(lines[0]?.verdicts?.map((v) => [v.code, v.verdict])).toEqual([['M48.061', 'finding']]);
    // With a code entered, only that code is judged.
    expect(lines[1]?.verdicts?.map((v) => [v.code, v.verdict])).toEqual([['M48.062', 'supported']]);
  });

  it('prints the stenosis checklist only when an M99 stenosis code is judged', async () => {
    // QA stop 43, #15: a disc-only note printed "site MISSING, level MISSING, mechanism MISSING".
    const note = file('disc.txt', 'MRI: L4-5 disc bulge. Left leg numbness.');
    const disc = await cli(['analyze', '--code', 'M51.36', '--file', note]);
    expect(disc.out).toMatch(/^checklist: none \(it is for the M99 stenosis codes/m);
    const json = JSON.parse((await cli(['analyze', '--code', 'M51.36', '--json', '--file', note])).out) as AnalyzeResult;
    expect(json.checklist.map((c) => c.id)).toEqual(['site', 'level', 'mechanism', 'imaging', 'neuro']);
    const m99 = await cli(['analyze', '--code', 'M99.73', '--file', note]);
    expect(m99.out).toMatch(/^checklist: site MISSING, level MISSING, mechanism MISSING, imaging yes, neuro yes$/m);
    // A chiropractic visit's own checklist is printed whatever the codes.
    const visit = await cli(['analyze', '--code', 'M99.03', '--procedure', '98940', '--file', file('visit.txt', 'L4 subluxation, tender and restricted. CMT lumbar.')]);
    expect(visit.out).toMatch(/^checklist: segment-level yes, part /m);
  });

  it('answers a --jsonl batch one line per input, in order, with an error line for bad input', async () => {
    const batch = file(
      'batch.jsonl',
      ['{"codes":["M99.63"],"text":"No foraminal stenosis at L4-5."}', 'not json', '{"codes":["M99.61"],"text":"C5-6 foraminal stenosis due to osteophytes."}'].join('\n'),
    );
    const { code, out, err } = await cli(['analyze', '--jsonl', batch]);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Partial<AnalyzeResult> & { error?: string });
    expect(code).toBe(2);
    expect(lines).toHaveLength(3);
    expect(lines[0]?.findings?.map((f) => f.rule)).toContain('unsupported-code');
    expect(lines[1]?.error).toMatch(/line 2 is not JSON/);
    expect(lines[2]?.codes?.[0]?.code).toBe('M99.61');
    expect(err).toMatch(/line 2/);
  });

  it('starts every --jsonl record, result or error, with the input line it answers', async () => {
    const batch = file('lines.jsonl', ['{"codes":["M99.63"],"text":"No foraminal stenosis at L4-5."}', '', 'not json', '{"codes":["M99.61"],"text":"C5-6 foraminal stenosis."}'].join('\n'));
    const { out } = await cli(['analyze', '--jsonl', batch]);
    const records = out.trim().split('\n');
    const lines = records.map((l) => JSON.parse(l) as Partial<AnalyzeResult> & { line?: number; error?: string });
    expect(lines.map((l) => [l.line, l.error === undefined ? l.codes?.[0]?.code : 'error'])).toEqual([
      [1, 'M99.63'],
      [3, 'error'],
      [4, 'M99.61'],
    ]);
    expect(records.every((r) => r.startsWith('{"line":'))).toBe(true);
  });

  it('exits 2 naming a --code value it cannot read whole, instead of dropping it', async () => {
    const note = file('code-args.txt', 'L4-5 foraminal stenosis from facet hypertrophy.');
    for (const [value, message] of [
      ['ZZZ', '--code "ZZZ" holds no ICD-10-CM code'],
      ['', '--code is empty'],
      ['M4806.1', '".1" is not part of a code (read: M48.06)'],
    ] as const) {
      const { code, err } = await cli(['analyze', '--code', value, '--file', note]);
      expect(code, value).toBe(2);
      expect(err, value).toContain(message);
    }
  });

  it('exits 2 with a clear message for a binary file', async () => {
    const { code, err } = await cli(['analyze', '--code', 'M99.61', '--file', file('note.pdf', '%PDF-1.7\u0000\u0001binary')]);
    expect(code).toBe(2);
    expect(err).toMatch(/not a text file/);
  });

  it('judges a --jsonl batch line by line: a raw NUL byte in one line is reported there, the rest is analyzed', async () => {
    const stdin = Buffer.concat([
      Buffer.from('{"codes":["M99.61"],"text":"C5-6 foraminal stenosis due to osteophytes."}\n'),
      Buffer.from('{"codes":["M99.61"],"text":"pasted \u0000 from a PDF"}\n'),
      Buffer.from([0x8f, 0xe3, 0x1b, 0x07, 0xc0, 0x0a]),
      Buffer.from('{"codes":["M99.63"],"text":"No foraminal stenosis at L4-5."}\n'),
    ]);
    const { code, out, err } = await runCliCaptured(['analyze', '--jsonl', '-'], stdin);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Partial<AnalyzeResult> & { line?: number; error?: string });
    expect(code).toBe(2);
    expect(lines.map((l) => l.codes?.[0]?.code ?? l.line)).toEqual(['M99.61', 2, 3, 'M99.63']);
    expect(lines[1]?.error).toMatch(/line 2 contains a NUL byte/);
    expect(lines[2]?.error).toMatch(/line 3 is binary data/);
    expect(err).toMatch(/line 2/);
  });

  it('reads UTF-16 notes, with a byte-order mark or without', async () => {
    const note = 'C5-6 foraminal stenosis due to osteophytes.';
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(note, 'utf16le')]), Buffer.from(note, 'utf16le')]) {
      const { code, out } = await cli(['analyze', '--code', 'M99.61', '--json', '--file', file('utf16.txt', bytes as unknown as string)]);
      expect(code).toBe(0);
      expect((JSON.parse(out) as AnalyzeResult).mentions[0]).toMatchObject({ site: 'foramen', regions: ['cervical'] });
    }
  });

  it('refuses random bytes without NUL (a whole binary file) with exit 2 instead of analysing junk', async () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => ((i * 2654435761) >>> 13) % 255 + 1);
    const { code, out, err } = await runCliCaptured(['analyze', '--code', 'M99.61', '--json'], junk);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/stdin is not a text file: it is binary data/);
  });

  it('rejects a --jobs value that is not a whole number, and --jobs without --jsonl', async () => {
    expect((await cli(['analyze', '--jsonl', '-', '--jobs', '0'])).err).toMatch(/--jobs must be a whole number/);
    expect((await cli(['analyze', '--code', 'M99.61', '--jobs', '2'], 'x')).err).toMatch(/--jobs applies to --jsonl/);
  });

  it('exits 2 with a clear message for an unreadable file', async () => {
    const { code, err } = await cli(['analyze', '--code', 'M99.61', '--file', join(dir, 'missing.txt')]);
    expect(code).toBe(2);
    expect(err).toMatch(/cannot read .*missing\.txt/);
  });
});
