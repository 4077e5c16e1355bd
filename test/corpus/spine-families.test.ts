import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/kb';
import { evalSpineFamilies, readVignettes, runVignette } from '../../scripts/eval/eval-spine-families';

describe('spine-family development vignettes', () => {
  const vignettes = readVignettes();

  it('has at least 100 vignettes and every rule/scheme trap at least five times', () => {
    expect(vignettes.length).toBeGreaterThanOrEqual(100);
    const perRule = new Map<string, number>();
    for (const v of vignettes) for (const list of Object.values(v.expect)) for (const r of list) perRule.set(r, (perRule.get(r) ?? 0) + 1);
    for (const rule of ['site-mismatch', 'region-mismatch', 'qualifier-mismatch', 'unsupported-code', 'classified-elsewhere', 'invalid-code']) {
      expect(perRule.get(rule) ?? 0, rule).toBeGreaterThanOrEqual(5);
    }
    const traps = new Map<string, number>();
    for (const v of vignettes) traps.set(v.trap.split('-')[0] ?? '', (traps.get(v.trap.split('-')[0] ?? '') ?? 0) + 1);
    for (const [trap, n] of traps) expect(n, trap).toBeGreaterThanOrEqual(5);
  });

  it('marks no code supported that no rule compared (false all-clears = 0)', () => {
    for (const v of vignettes) {
      for (const verdict of runVignette(v, undefined).verdicts ?? []) {
        if (verdict.verdict === 'supported') {
          expect(verdict.checkedBy.length, `${v.id} ${verdict.code}`).toBeGreaterThan(0);
          expect(verdict.evidence.length, `${v.id} ${verdict.code}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('meets the goals with the official catalog: exact set 90%, warning precision 95%, recall 90%', async () => {
    const { lookup } = await loadCatalog();
    const r = evalSpineFamilies(lookup, vignettes);
    expect(r.falseAllClears).toBe(0);
    expect(r.pinnedVerdictMisses).toBe(0);
    expect(r.exactSet).toBeGreaterThanOrEqual(0.9);
    expect(r.warning.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.warning.recall).toBeGreaterThanOrEqual(0.9);
  });
});
