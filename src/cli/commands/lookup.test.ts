import { beforeAll, describe, expect, it } from 'vitest';
import { loadSearchIndex } from '../../kb/search';
import { runCliCaptured } from '../run-cli-captured';

// The first load transforms the 12 MB catalog through vite; do it once, outside the tests' own time limit.
beforeAll(() => loadSearchIndex());

const cli = (...argv: string[]) => runCliCaptured(argv);

type Json = { code: string | null; expanded: { term: string }[]; results: { rank: number; code: string; billable: boolean; match: string }[] };

describe('chartlint lookup', () => {
  it('prints ranked results as JSON, code matches first', async () => {
    const { code, out, err } = await cli('lookup', 'm99 6', '--limit', '3', '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out) as Json;
    expect(json.code).toBe('M99.6');
    expect(json.results.map((r) => [r.rank, r.code, r.billable, r.match])).toEqual([
      [1, 'M99.6', false, 'code'],
      [2, 'M99.60', true, 'codePrefix'],
      [3, 'M99.61', true, 'codePrefix'],
    ]);
  });

  it('searches words, typos and shorthand, and says what shorthand meant', async () => {
    const json = JSON.parse((await cli('lookup', 'hnp', 'l5-s1', '--json')).out) as Json;
    expect(json.results[0]?.code).toBe('M51.27');
    expect(json.expanded.map((e) => e.term)).toEqual(['hnp']);
    const text = (await cli('lookup', 'stenossis lumbar spinal', '--limit', '5')).out;
    expect(text).toMatch(/^M48\.06/m);
  });

  it('answers several queries, as a JSON array, as JSON Lines, or one per stdin line', async () => {
    const array = JSON.parse((await cli('lookup', 'lumbar stenosis with neurogenic claudication', '--query', 'slipped disc neck', '--limit', '3', '--json')).out) as Json[];
    expect(array.map((a) => a.results[0]?.code)).toEqual(['M48.062', expect.stringMatching(/^M50\.2/) as string]);
    expect(array[1]?.expanded.map((e) => e.term)).toEqual(['slipped disc']);
    const { code, out } = await runCliCaptured(['lookup', '-', '--jsonl', '--limit', '1'], 'm9961\n\nlow back stenosis\n');
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Json & { query: string });
    expect(lines.map((l) => [l.query, l.results.length])).toEqual([
      ['m9961', 1],
      ['low back stenosis', 1],
    ]);
  });

  it('answers a 50,000-character query at once, reading only its start', async () => {
    const json = JSON.parse((await cli('lookup', 'stenosis'.repeat(6250), '--json')).out) as Json & { truncated?: boolean };
    expect(json.truncated).toBe(true);
    expect(json.results).toEqual([]);
  });

  it('says so when nothing matches', async () => {
    const { code, out } = await cli('lookup', 'qqqzzz', '--release', 'FY2027');
    expect(code).toBe(0);
    expect(out).toBe('no ICD-10-CM FY2027 codes match "qqqzzz"\n');
  });

  it('says when a code-shaped query is not a code of the release (made up, or deleted in it)', async () => {
    const { code, out } = await cli('lookup', 'M99.99', '--release', 'FY2027', '--limit', '1');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('(M99.99 is not an ICD-10-CM FY2027 code; nearest matches:)');
    expect((await cli('lookup', 's23.420a', '--release', 'FY2027')).out).toMatch(/^\(S23\.420A is not an ICD-10-CM FY2027 code/);
    expect((await cli('lookup', 'M99.01', '--release', 'FY2027')).out).not.toMatch(/is not an ICD-10-CM/);
  });

  it.each([
    [['lookup'], /lookup needs a query/],
    [['lookup', 'm99', '--limit', '0'], /--limit must be a whole number from 1 to 500, got "0"/],
    [['lookup', 'm99', '--limit', 'ten'], /--limit must be a whole number/],
    [['lookup', 'm99', '--limit'], /--limit needs a value/],
  ])('exits 2 with a clear message for %j', async (argv, message) => {
    const { code, err } = await cli(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});
