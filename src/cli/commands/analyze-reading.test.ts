import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalyzeResult } from '../../core';
import { loadCatalog } from '../../kb';
import { runCliCaptured } from '../run-cli-captured';

// What a user sees of the note-reading fixes of stop 48: a Spanish diagnosis line, "Dr." inside a
// sentence, a Markdown table, a finding beside a fusion, a diagnosis ruled out during the stay.
const json = async (codes: string, note: string, extra: string[] = []) =>
  JSON.parse(
    (await runCliCaptured(['analyze', '--code', codes, '--json', ...extra], note)).out,
  ) as AnalyzeResult;

beforeAll(() => loadCatalog());

describe('chartlint analyze reads', () => {
  it('a Spanish diagnosis line in an English note: not checked, with the reason, not unsupported', async () => {
    const note =
      'Chief complaint: low back pain with leg pain on walking.\nDx: estenosis espinal lumbar L4-L5 con claudicación neurógena.\nPlan: PT.';
    const { out } = await runCliCaptured(['analyze', '--code', 'M48.062'], note);
    expect(out).toMatch(/not-checked M48\.062 +part of the note is written in Spanish/);
    expect(out).not.toMatch(/unsupported-code/);
  });

  it('a sentence through "Dr.": the history it states reaches the finding', async () => {
    const r = await json('M48.061', 'Underwent L4-5 laminectomy in 2021 by Dr. Osei for stenosis.');
    expect(r.mentions.map((m) => m.status)).toEqual(['historical']);
    expect(r.verdicts?.[0]?.verdict).toBe('finding');
  });

  it('a Markdown table: a level per row, the column header as the site', async () => {
    const note = '| Level | Canal | Foramina |\n|---|---|---|\n| L4-5 | moderate stenosis | mild left |';
    const r = await json('M99.73', note);
    expect(
      r.mentions.map((m) => [m.site, m.levels.map((l) => l.normalized).join(','), m.laterality]),
    ).toEqual([
      ['foramen', 'L4-L5', 'left'],
      ['canal', 'L4-L5', null],
    ]);
  });

  it('a finding beside a fusion: no level of the fusion', async () => {
    const r = await json('M48.061', 'MRI lumbar spine. Adjacent segment stenosis above the L4-S1 fusion.');
    expect(r.mentions.map((m) => m.levels)).toEqual([[]]);
  });

  it('inpatient, an uncertain diagnosis the stay ruled out is not coded', async () => {
    const note =
      'Assessment: probable L4-5 stenosis with neurogenic claudication. Hospital course: the stenosis was ruled out on MRI.';
    const r = await json('M48.062', note, ['--setting', 'inpatient']);
    expect(r.verdicts?.[0]?.verdict).toBe('finding');
  });
});
