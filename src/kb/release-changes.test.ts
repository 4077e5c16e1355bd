import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, stampRelease, type AnalyzeResult } from '../core';
import { chooseRelease } from './choose-release';
import { loadReleaseLookup } from './load-catalog';

/** What the worker and the CLI do: choose the release for the date, check the codes against it. */
async function check(code: string, dateOfService: string): Promise<AnalyzeResult> {
  const decision = chooseRelease({ userDate: dateOfService, today: '2026-12-03' });
  const lookup = decision.release ? await loadReleaseLookup(decision.version) : undefined;
  const { release: _window, ...stamp } = decision;
  return stampRelease(analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: code }] }, lookup ? { lookup } : {}), stamp);
}

describe('codes checked against the release in force on the date of service', () => {
  // Both catalogs are 12 MB of JSON: load them once, outside the tests' own timeouts.
  beforeAll(() => Promise.all([loadReleaseLookup('FY2026'), loadReleaseLookup('FY2027')]), 180_000);

  it('a code deleted in FY2027: invalid on a 2026-11 visit, naming the release and the codes added in its place; valid on a 2026-09 visit', async () => {
    const november = await check('T52.8X1A', '2026-11-12');
    expect(november.release).toMatchObject({ version: 'FY2027', status: 'in-force', dateOfService: '2026-11-12', dateSource: 'user' });
    const invalid = november.findings.find((f) => f.rule === 'invalid-code');
    expect(invalid).toMatchObject({ severity: 'error', release: 'FY2027', suggestions: ['T52.811A', 'T52.821A', 'T52.891A'] });
    expect(invalid?.message).toMatch(/deleted in ICD-10-CM FY2027, effective 2026-10-01/);
    // The claim rests on the FY2027 order file, and the source says so.
    expect(invalid?.sources.map((s) => s.title)).toContain('ICD-10-CM FY2027 order file (CDC/NCHS): codes, titles, billable flags');
    expect(invalid?.sources.map((s) => s.title).join(' ')).not.toMatch(/FY2026/);

    const september = await check('T52.8X1A', '2026-09-20');
    const header = (await check('M99.6', '2026-09-20')).findings.find((f) => f.rule === 'non-billable-code');
    expect(header?.sources.map((s) => s.title)).toContain('ICD-10-CM FY2026 order file (CDC/NCHS): codes, titles, billable flags');
    expect(september.release).toMatchObject({ version: 'FY2026', status: 'in-force' });
    expect(september.findings.filter((f) => f.rule === 'invalid-code' || f.rule === 'non-billable-code')).toEqual([]);
  });

  it('a deleted code with nothing added in its place says so instead of guessing', async () => {
    const r = await check('S23.420A', '2026-10-05');
    const invalid = r.findings.find((f) => f.rule === 'invalid-code');
    expect(invalid?.suggestions).toEqual([]);
    expect(invalid?.message).toMatch(/deleted in ICD-10-CM FY2027.*add no code in its place/);
  });

  it('a header that was billable the year before names the release and its new billable codes', async () => {
    const r = await check('M72.2', '2026-11-02');
    const header = r.findings.find((f) => f.rule === 'non-billable-code');
    expect(header).toMatchObject({ release: 'FY2027', suggestions: ['M72.20', 'M72.21', 'M72.22'] });
    expect(header?.message).toMatch(/M72\.2 \(Plantar fascial fibromatosis\) was billable until ICD-10-CM FY2027 made it a header, effective 2026-10-01/);
    expect((await check('M72.2', '2026-09-30')).findings.filter((f) => f.rule === 'non-billable-code')).toEqual([]);
  });

  it('a code that did not exist yet on the date of service', async () => {
    const r = await check('M72.21', '2026-09-15');
    const invalid = r.findings.find((f) => f.rule === 'invalid-code');
    expect(invalid?.message).toMatch(/M72\.21 did not exist yet on the date of service: ICD-10-CM FY2027 added it, effective 2026-10-01, and FY2026 was in force then/);
    expect((await check('M72.21', '2026-10-01')).findings.filter((f) => f.rule === 'invalid-code')).toEqual([]);
  });

  it('retro-audits FY2026 changes too: a code FY2026 made a header, on a 2025-11 visit', async () => {
    const r = await check('B88.0', '2025-11-10');
    expect(r.findings.find((f) => f.rule === 'non-billable-code')).toMatchObject({ release: 'FY2026', suggestions: ['B88.01', 'B88.09'] });
  });

  it('a date before every release carried gets a plain message and no code-set checks, not a guess', async () => {
    const r = await check('T52.8X1A', '2024-06-01');
    expect(r.release).toMatchObject({ status: 'not-covered', message: expect.stringMatching(/before ICD-10-CM FY2026.*not checked against a code set/) });
    expect(r.findings.filter((f) => f.rule === 'invalid-code')).toEqual([]);
  });

  it('a date after the newest release shipped says plainly that it has expired', async () => {
    const r = await check('M99.61', '2027-11-02');
    expect(r.release).toMatchObject({ version: 'FY2027', status: 'expired' });
    expect(r.release?.message).toMatch(/newest code set ChartLint ships, ICD-10-CM FY2027, ended on 2027-09-30, before the date of service 2027-11-02/);
  });

  it('stamps every finding with the release used', async () => {
    const r = await check('M99.6', '2026-11-02');
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) expect(f.release).toBe('FY2027');
  });
});
