import { describe, expect, it } from 'vitest';
import type { CodeLookup } from '../../core';
import { visitLookups } from './visit-lookups';

const fakeLookup = (version: string): CodeLookup => Object.assign(() => undefined, { release: version });

describe('visitLookups', () => {
  it('picks the release of each date of service, loading each release once however the dates mix', async () => {
    const loads: string[] = [];
    const visit = visitLookups({ today: '2026-12-03' }, (version) => {
      loads.push(version);
      return Promise.resolve(fakeLookup(version));
    });
    const dates = ['2026-09-20', '2026-11-12', undefined, '2026-09-20', '2026-11-12', '2025-10-01'];
    const chosen = await Promise.all(dates.map((d) => visit(d)));
    expect(chosen.map((c) => c.lookup?.release)).toEqual(['FY2026', 'FY2027', 'FY2027', 'FY2026', 'FY2027', 'FY2026']);
    expect(chosen.map((c) => c.stamp.dateSource)).toEqual(['user', 'user', 'today', 'user', 'user', 'user']);
    expect(loads.sort()).toEqual(['FY2026', 'FY2027']);
  });

  it('uses --date for undated lines, lets --release pin the release, and loads nothing for a date before every release', async () => {
    const load = (version: string) => Promise.resolve(fakeLookup(version));
    const byFlag = visitLookups({ date: '2026-09-20', today: '2026-12-03' }, load);
    expect((await byFlag()).stamp).toMatchObject({ version: 'FY2026', dateOfService: '2026-09-20', status: 'in-force' });
    expect((await byFlag('2026-11-12')).stamp).toMatchObject({ version: 'FY2027', dateOfService: '2026-11-12' });
    const pinned = visitLookups({ release: 'FY2026', today: '2026-12-03' }, load);
    const p = await pinned('2026-11-12');
    expect(p.lookup?.release).toBe('FY2026');
    expect(p.stamp).toMatchObject({ version: 'FY2026', status: 'pinned' });
    const early = await visitLookups({ today: '2026-12-03' }, load)('2019-05-01');
    expect(early.lookup).toBeUndefined();
    expect(early.stamp.status).toBe('not-covered');
  });
});
