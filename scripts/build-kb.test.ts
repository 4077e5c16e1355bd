import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const tsx = createRequire(import.meta.url).resolve('tsx/cli');

describe('npm run build:kb', () => {
  it('reproduces every generated file byte for byte (nothing hand-edited, nothing stale)', () => {
    const run = spawnSync(process.execPath, [tsx, 'scripts/build-kb.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/differ from what the build generates/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/checked src\/kb\/data\/icd10cm-fy2026\.catalog\.json/);
  }, 120_000);
});
