import { describe, expect, it } from 'vitest';
import { RELEASES, chooseRelease, latestRelease, releaseForDate, releaseLabel } from './releases';

describe('release selection by date of service', () => {
  it('carries FY2026 and FY2027 and picks the one in force on a date', () => {
    expect(RELEASES.map((r) => r.version)).toEqual(['FY2026', 'FY2027']);
    expect(releaseForDate('2026-03-15')).toMatchObject({ release: { version: 'FY2026' }, coversDate: true });
    expect(releaseForDate('2025-10-01').coversDate).toBe(true);
    expect(releaseForDate('2026-09-30')).toMatchObject({ release: { version: 'FY2026' }, coversDate: true });
    expect(releaseForDate('2026-10-01')).toMatchObject({ release: { version: 'FY2027' }, coversDate: true });
    expect(releaseForDate('2026-11-24')).toMatchObject({ release: { version: 'FY2027' }, coversDate: true });
  });

  it('says plainly when a date falls in a release that is not loaded', () => {
    const later = releaseForDate('2027-11-24');
    expect(later.coversDate).toBe(false);
    expect(later.release).toBe(latestRelease());
    expect(later.message).toMatch(/after ICD-10-CM FY2027.*not loaded/);
    const earlier = releaseForDate('2024-01-01');
    expect(earlier.coversDate).toBe(false);
    expect(earlier.message).toMatch(/before ICD-10-CM FY2026/);
  });

  it('rejects a malformed date', () => {
    expect(() => releaseForDate('11/24/2026')).toThrow(/yyyy-mm-dd/);
  });
});

describe('chooseRelease: the one place the release of a visit is chosen', () => {
  it('takes the user date first (set for this page), then the page date, then today', () => {
    expect(chooseRelease({ pageDate: '2026-09-01', userDate: '2026-11-01', today: '2026-12-03' })).toMatchObject({ version: 'FY2027', dateSource: 'user', status: 'in-force' });
    expect(chooseRelease({ pageDate: '2026-09-01', today: '2026-12-03' })).toMatchObject({ version: 'FY2026', dateSource: 'page', status: 'in-force' });
    expect(chooseRelease({ userDate: '2026-09-01', today: '2026-12-03' })).toMatchObject({ version: 'FY2026', dateSource: 'user' });
    expect(chooseRelease({ today: '2026-12-03' })).toMatchObject({ version: 'FY2027', dateSource: 'today', dateOfService: '2026-12-03' });
    expect(chooseRelease({ setting: 'latest', today: '2026-12-03' })).toMatchObject({ version: 'FY2027', status: 'in-force' });
  });

  it('honours a pinned release and says when it is not the one in force', () => {
    expect(chooseRelease({ setting: 'FY2026', today: '2026-09-03' })).toMatchObject({ version: 'FY2026', status: 'pinned', message: 'ICD-10-CM FY2026 is pinned by your settings.' });
    const policy = chooseRelease({ setting: 'fy2026', pinnedByPolicy: true, today: '2026-12-03' });
    expect(policy).toMatchObject({ version: 'FY2026', status: 'pinned' });
    expect(policy.message).toMatch(/pinned by your administrator; it is not the release in force on 2026-12-03/);
    // A pinned release that is not carried (an old policy) falls back to the date.
    expect(chooseRelease({ setting: 'FY2024', today: '2026-12-03' })).toMatchObject({ version: 'FY2027', status: 'in-force' });
  });

  it('never expires silently, and refuses dates before every release', () => {
    expect(chooseRelease({ today: '2027-10-01' })).toMatchObject({ version: 'FY2027', status: 'expired', message: expect.stringMatching(/ended on 2027-09-30/) });
    expect(chooseRelease({ today: '2025-09-30' })).toMatchObject({ release: undefined, status: 'not-covered' });
  });
});

describe('releaseLabel', () => {
  it('names the code set, version and effective dates', () => {
    expect(releaseLabel(latestRelease())).toBe('ICD-10-CM FY2027 (effective 2026-10-01 to 2027-09-30)');
    expect(releaseLabel(RELEASES[0]!)).toBe('ICD-10-CM FY2026 (effective 2025-10-01 to 2026-09-30)');
  });
});
