import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
// The script under tsx's loader in this node, not through the tsx command (`npm run build:kb`),
// which starts a second node process to run it in: about 0.2 CPU-s more for each of the three runs.
const buildKb = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-kb.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run build:kb', () => {
  it('reproduces every generated file byte for byte (nothing hand-edited, nothing stale)', () => {
    const run = buildKb('--check');
    expect(run.stderr).not.toMatch(/differ from what the build generates/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/checked src\/kb\/data\/icd10cm-fy2026\.catalog\.json/);
    expect(run.stdout).toMatch(/checked src\/kb\/data\/icd10cm-fy2027\.catalog\.json/);
    expect(run.stdout).toMatch(/checked src\/kb\/data\/icd10cm-fy2027\.changes\.json/);
  }, 180_000);

  it('fails with a clear message for a release missing from the release table', () => {
    const run = buildKb('--check', '--release', 'FY2028', '--order', 'data/icd10cm/fy2027/icd10cm-order-2027.txt.gz');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/release FY2028 is not in the release table \(scripts\/kb\/release-table\.ts; carried: FY2026, FY2027\)\. Add one row/);
    expect(run.stdout).not.toMatch(/checked/);
  });

  it('refuses file options without a release', () => {
    const run = buildKb('--check', '--order', 'x.gz');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/need --release/);
  });
});
