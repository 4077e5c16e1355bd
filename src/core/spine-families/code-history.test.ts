import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readOrderFile } from '../../../scripts/kb/order-file';
import { analyze } from '../analyze';
import type { CodeLookup } from '../types';
import { SPINE_CODE_ADDITIONS, spineCodeAddedAfter, validateAdditions } from './code-history';

const data = (path: string) => new URL(`../../../data/icd10cm/${path}`, import.meta.url).pathname;

describe('the spine code additions before the releases ChartLint ships', () => {
  const added = SPINE_CODE_ADDITIONS.flatMap((a) => a.codes.map((code) => ({ code, release: a.release })));

  it('lists only billable FY2026 codes, none of them added by the FY2026 order addenda', () => {
    const billable = new Set(
      readOrderFile(data('fy2026/icd10cm-order-2026.txt.gz'))
        .filter((r) => r.billable)
        .map((r) => r.code),
    );
    const addenda = readFileSync(data('fy2026/icd10cm-order-addenda-2026.txt'), 'latin1');
    for (const { code } of added) {
      expect(billable.has(code), code).toBe(true);
      expect(addenda.includes(code.replace('.', '')), `${code} in the FY2026 addenda`).toBe(false);
    }
  });

  it('agrees with the official January 2021 tabular: what came before it is there, what came after is not', () => {
    const tabular = gunzipSync(readFileSync(data('fy2021-jan/icd10cm_tabular_2021.xml.gz'))).toString('utf8');
    for (const { code, release } of added) {
      const inTabular = tabular.includes(`<name>${code}</name>`);
      expect(inTabular, `${code} (${release}) in the January 2021 tabular`).toBe(release <= 'FY2021');
    }
  });

  it('says a code was added later only for a date before its release took effect', () => {
    expect(spineCodeAddedAfter('M51.362', '2024-09-30')).toMatchObject({
      change: 'added-later',
      release: 'FY2025',
      effectiveFrom: '2024-10-01',
      replacements: [],
    });
    expect(spineCodeAddedAfter('M51.362', '2024-10-01')).toBeUndefined();
    expect(spineCodeAddedAfter('M54.50', '2021-09-30')?.release).toBe('FY2022');
    expect(spineCodeAddedAfter('M48.061', '2017-09-30')?.source?.title).toContain('FY2018 tabular addenda');
    // Codes the table does not list say nothing, valid or not.
    expect(spineCodeAddedAfter('M51.36', '2020-01-01')).toBeUndefined();
    expect(spineCodeAddedAfter('M99.63', '2016-01-01')).toBeUndefined();
  });

  it('refuses a malformed table with a message naming the entry', () => {
    expect(() =>
      validateAdditions([
        { release: 'FY2025', effectiveFrom: '2025-10-01', codes: ['M51.362'], source: 'x' },
      ]),
    ).toThrow(/FY2025: release and effective date 2025-10-01 do not agree/);
    expect(() =>
      validateAdditions([{ release: 'FY2025', effectiveFrom: '2024-10-01', codes: ['M51362'], source: 'x' }]),
    ).toThrow(/"M51362" is not a dotted code/);
    expect(() =>
      validateAdditions([
        { release: 'FY2025', effectiveFrom: '2024-10-01', codes: ['M51.362', 'M51.362'], source: 'x' },
      ]),
    ).toThrow(/listed twice/);
    expect(() =>
      validateAdditions([
        { release: 'FY2025', effectiveFrom: '2024-10-01', codes: ['M51.362'], source: ' ' },
      ]),
    ).toThrow(/cites no source/);
  });
});

describe('a date of service before every release shipped (no catalog)', () => {
  const note = 'Assessment: lumbar degenerative disc disease L4-5 with low back pain and leg pain.';
  const run = (code: string, dateOfService: string | undefined, lookup?: CodeLookup) =>
    analyze(
      {
        fields: [
          { id: 'dx', kind: 'diagnosis', text: code },
          { id: 'note', kind: 'note', text: note },
        ],
        ...(dateOfService ? { dateOfService } : {}),
      },
      lookup ? { lookup } : {},
    );

  it('calls a code added by a later release not yet in effect, citing that release’s addenda, and never supported', () => {
    const result = run('M51.362', '2024-09-15');
    const finding = result.findings.find((f) => f.rule === 'invalid-code');
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'M51.362',
      messageId: 'finding_release_added_later_unnamed',
      suggestions: [],
    });
    expect(finding?.message).toBe(
      'M51.362 did not exist yet on the date of service: ICD-10-CM FY2025 added it, effective 2024-10-01.',
    );
    expect(finding?.sources.map((s) => s.title)).toEqual([expect.stringContaining('FY2025 tabular addenda')]);
    expect(result.verdicts?.find((v) => v.code === 'M51.362')?.verdict).toBe('finding');
  });

  it('leaves the code alone on or after the date it took effect, and when a catalog answers', () => {
    expect(run('M51.362', '2024-10-01').findings.some((f) => f.rule === 'invalid-code')).toBe(false);
    expect(run('M51.362', undefined).findings.some((f) => f.rule === 'invalid-code')).toBe(false);
    const catalog: CodeLookup = (code) => ({
      code,
      title:
        'Other intervertebral disc degeneration, lumbar region with discogenic back pain and lower extremity pain',
      billable: true,
    });
    expect(run('M51.362', '2024-09-15', catalog).findings.some((f) => f.rule === 'invalid-code')).toBe(false);
  });
});
