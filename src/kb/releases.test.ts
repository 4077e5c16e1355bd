import { describe, expect, it } from 'vitest';
import { RELEASES, latestRelease, releaseForDate, releaseLabel } from './releases';

describe('release selection by date of service', () => {
  it('carries FY2026 and picks it for a date in its range', () => {
    expect(RELEASES.map((r) => r.version)).toEqual(['FY2026']);
    expect(releaseForDate('2026-03-15')).toMatchObject({ release: { version: 'FY2026' }, coversDate: true });
    expect(releaseForDate('2025-10-01').coversDate).toBe(true);
    expect(releaseForDate('2026-09-30').coversDate).toBe(true);
  });

  it('says plainly when a date falls in a release that is not loaded', () => {
    const later = releaseForDate('2026-11-24');
    expect(later.coversDate).toBe(false);
    expect(later.release).toBe(latestRelease());
    expect(later.message).toMatch(/after ICD-10-CM FY2026.*not loaded/);
    const earlier = releaseForDate('2024-01-01');
    expect(earlier.coversDate).toBe(false);
    expect(earlier.message).toMatch(/before ICD-10-CM FY2026/);
  });

  it('rejects a malformed date', () => {
    expect(() => releaseForDate('11/24/2026')).toThrow(/yyyy-mm-dd/);
  });
});

describe('releaseLabel', () => {
  it('names the code set, version and effective dates', () => {
    expect(releaseLabel(latestRelease())).toBe('ICD-10-CM FY2026 (effective 2025-10-01 to 2026-09-30)');
  });
});
