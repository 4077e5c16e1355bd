import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze';
import { sayCoreText } from '../../../platform/i18n';
import type { AnalyzeResult } from '../../types';

// Blind QA stop 49, C3: a stenosis statement that names neither canal nor foramen agrees with no
// M99.2-M99.7 site, whose fourth character is site and cause together. Sentences of our own.
const run = (codes: string, note: string): AnalyzeResult =>
  analyze({
    fields: [
      { id: 'dx', kind: 'diagnosis', text: codes },
      { id: 'note', kind: 'note', text: note },
    ],
  });
const SIX = 'M99.23, M99.33, M99.43, M99.53, M99.63, M99.73';

describe('an M99 stenosis code beside a stenosis with no site', () => {
  it('calls none of the six canal and foraminal codes supported, and asks for the site without a code of ours', () => {
    const r = run(SIX, 'Impression: multilevel lumbar stenosis at L3-4, worse walking.');
    for (const v of r.verdicts ?? []) expect([v.code, v.verdict]).toEqual([v.code, 'finding']);
    const asked = r.findings.filter((f) => f.rule === 'site-mismatch');
    expect(asked).toHaveLength(6);
    for (const f of asked) {
      expect(f).toMatchObject({ severity: 'info', suggestions: [] });
      expect(f.message).toMatch(/without saying whether it is in the canal or the foramina/);
    }
  });

  it('says in plain words where the note puts the stenosis and what it leaves out', () => {
    const f = run('M99.43', 'Lumbar spinal stenosis L3-4 with neurogenic claudication.').findings.find(
      (x) => x.rule === 'site-mismatch',
    );
    expect(f?.message).toBe(
      'M99.43 is for stenosis of the neural canal. The note documents stenosis (L3-L4) without saying whether it is in the canal or the foramina: check the site.',
    );
    // Its own template (the wrong-site template and its sentence stay for the findings that use them).
    expect(f?.messageId).toBe('finding_axis_site_unsaid');
    if (f?.messageId && f.params) expect(sayCoreText('en', f.messageId, f.params, '')).toBe(f.message);
  });

  it('names each level once and a region word when no level is given', () => {
    const levels = run(
      'M99.63',
      'Impression: multilevel lumbar stenosis at L3-4 and L4-5. MRI: stenosis L4-L5 from facet arthropathy.',
    );
    expect(levels.findings.find((x) => x.rule === 'site-mismatch')?.message).toMatch(
      /documents stenosis \(L3-L4, L4-L5\) without/,
    );
    const words = run('M99.63', 'Lumbar stenosis from facet arthropathy.');
    const f = words.findings.find((x) => x.rule === 'site-mismatch');
    expect(f?.message).toMatch(/documents stenosis \(lumbar\) without/);
    if (f?.messageId && f.params) expect(sayCoreText('en', f.messageId, f.params, '')).toBe(f.message);
  });

  it('says it once: missing-documentation no longer lists the site, and the M48.0- advice stays', () => {
    const r = run('M99.53', 'Dx: L2-3 spinal stenosis with neurogenic claudication, disc bulge causing it.');
    const missing = r.findings.find((f) => f.rule === 'missing-documentation');
    expect(missing?.message ?? '').not.toMatch(/site/);
    expect(r.findings.find((f) => f.rule === 'classified-elsewhere')?.suggestions).toEqual(['M48.062']);
  });

  it('still supports the code when a statement names its site, region and cause', () => {
    const r = run('M99.53', 'MRI: central canal stenosis at L2-3 due to a broad disc bulge.');
    expect(r.verdicts?.[0]?.verdict).toBe('supported');
    expect(r.findings.filter((f) => f.rule === 'site-mismatch')).toEqual([]);
  });

  it('says the question in Spanish through its template', () => {
    const f = run('M99.63', 'Lumbar stenosis L5-S1 from facet arthropathy.').findings.find(
      (x) => x.rule === 'site-mismatch',
    );
    if (f?.messageId && f.params)
      expect(sayCoreText('es', f.messageId, f.params, f.message)).toBe(
        'M99.63 corresponde a estenosis de los agujeros intervertebrales. La nota documenta estenosis (L5-S1) sin decir si está en el canal o en los agujeros intervertebrales: compruebe el sitio.',
      );
  });
});
