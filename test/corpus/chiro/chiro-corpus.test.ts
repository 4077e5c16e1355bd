import { describe, expect, it } from 'vitest';
import { evalChiro, readVignettes } from '../../../scripts/eval/eval-chiro';

describe('chiropractic vignettes', () => {
  const vignettes = readVignettes();

  it('has at least 80 visits and every scored rule expected at least five times', () => {
    expect(vignettes.length).toBeGreaterThanOrEqual(80);
    const e = evalChiro(vignettes);
    for (const r of e.rules) expect(r.tp + r.fn, r.rule).toBeGreaterThanOrEqual(5);
    for (const t of e.traps) expect(t.vignettes, t.trap).toBeGreaterThanOrEqual(5);
  });

  it('meets the issue goal: exact set on 90%, warning precision 95%, recall 90%', () => {
    const e = evalChiro(vignettes);
    expect(e.exactSetAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(e.warningPrecision).toBeGreaterThanOrEqual(0.95);
    expect(e.warningRecall).toBeGreaterThanOrEqual(0.9);
  });
});
