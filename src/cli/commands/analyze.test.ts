import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnalyzeResult } from '../../core';
import { runCliCaptured } from '../run-cli-captured';

const cli = (argv: string[], stdin = '') => runCliCaptured(argv, stdin);

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
  }, 20_000);

  it('reads the note from --file and prints readable text without --json', async () => {
    const { code, out } = await cli(['analyze', '--code', 'M99.61', '--file', file('note.txt', 'C5-6 foraminal stenosis due to osteophytes.')]);
    expect(code).toBe(0);
    expect(out).toMatch(/^codes: M99\.61/);
    expect(out).toMatch(/checklist: site yes/);
  }, 20_000);

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
  }, 20_000);

  it('exits 2 with a clear message for a binary file', async () => {
    const { code, err } = await cli(['analyze', '--code', 'M99.61', '--file', file('note.pdf', '%PDF-1.7\u0000\u0001binary')]);
    expect(code).toBe(2);
    expect(err).toMatch(/not a text file/);
  });

  it('exits 2 with a clear message for an unreadable file', async () => {
    const { code, err } = await cli(['analyze', '--code', 'M99.61', '--file', join(dir, 'missing.txt')]);
    expect(code).toBe(2);
    expect(err).toMatch(/cannot read .*missing\.txt/);
  });
});
