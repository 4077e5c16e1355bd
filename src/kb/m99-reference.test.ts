import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CodeInputError, describeCode, explainCode } from './describe-code';
import { loadCatalog } from './load-catalog';
import { billableM99Codes, type M99Reference } from './m99-reference';
import { M99_FAMILY } from '../core/families/m99';
import { m99Axes } from '../core/m99/m99-axes';
import type { Catalog } from './types';

let catalog: Catalog;
const refs = new Map<string, M99Reference>();
beforeAll(async () => {
  catalog = await loadCatalog();
  for (const code of billableM99Codes(catalog)) {
    const r = (await explainCode(code)).m99;
    if (r) refs.set(code, r);
  }
});

/** Code-shaped tokens in prose, minus vertebral levels such as T12 or D12. */
function codesIn(text: string): string[] {
  return [...text.matchAll(/\b([A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?)(?![0-9A-Za-z])/g)].map((m) => m[1] ?? '').filter((c) => !/^[CTLSD]\d{1,2}$/.test(c));
}
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('the M99 reference', () => {
  it('covers all 91 billable M99 codes', () => {
    expect(billableM99Codes(catalog)).toHaveLength(91);
    expect(refs.size).toBe(91);
  });

  it('fills every section of every billable code', () => {
    for (const [code, r] of refs) {
      const entry = catalog.get(code)!;
      expect(r.title, code).toBe(entry.title);
      expect(r.billable, code).toBe(true);
      expect(r.categoryNote.text, code).toBe('This category should not be used if the condition can be classified elsewhere.');
      expect(r.notes.some((n) => n.from === 'chapter 13'), code).toBe(true);
      if (code !== 'M99.9') {
        expect(r.region?.levels, code).toBeTruthy();
        expect(r.region?.convention, code).toBeTruthy();
      } else expect(r.region).toBeNull();
      expect(r.plausibility.text.length, code).toBeGreaterThan(40);
      expect(r.indexTerms.length, code).toBeGreaterThan(0);
      expect(r.siblings.length, code).toBeGreaterThan(0);
      expect(r.neighbours.length, code).toBeGreaterThan(0);
      expect(r.alternatives.note.length, code).toBeGreaterThan(20);
      expect(r.documentation.length, code).toBeGreaterThan(0);
      expect(r.pitfalls.length, code).toBeGreaterThan(0);
      expect(r.clinicalContext.length, code).toBeGreaterThan(0);
      expect(r.faq, code).toHaveLength(6);
      for (const f of r.faq) {
        expect(f.answer.length, `${code} ${f.question}`).toBeGreaterThan(40);
        expect(f.sources.length).toBeGreaterThan(0);
      }
      expect(r.procedures.items.length > 0 || r.plausibility.level === 'implausible', code).toBe(true);
      expect(r.procedures.note.length).toBeGreaterThan(20);
      expect(r.sources.length, code).toBeGreaterThan(2);
      expect(r.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const s of strings(r)) expect(s, code).not.toMatch(/\{\w+\}/);
    }
  });

  it('gives every spinal, plausible code its classifiable-elsewhere alternatives', () => {
    for (const code of ['M99.21', 'M99.33', 'M99.61', 'M99.62', 'M99.73', 'M99.14', 'M99.03']) {
      expect(refs.get(code)!.alternatives.items.length, code).toBeGreaterThan(0);
    }
    const alt = refs.get('M99.63')!.alternatives.items.map((a) => a.code);
    expect(alt).toEqual(expect.arrayContaining(['M48.061', 'M48.062', 'M47.26', 'M43.16', 'M54.16']));
    expect(refs.get('M99.73')!.alternatives.items.map((a) => a.code)).toEqual(expect.arrayContaining(['M51.16', 'M51.26']));
    expect(refs.get('M99.73')!.alternatives.items.map((a) => a.code)).not.toContain('M43.16');
  });

  it('mentions only codes that exist, with their official titles and billable flags', () => {
    for (const [code, r] of refs) {
      const refsInEntry = [r.subcategory, ...r.siblings, ...r.neighbours, ...r.alternatives.items];
      for (const c of refsInEntry) {
        const e = catalog.get(c.code);
        expect(e, `${code} -> ${c.code}`).toBeDefined();
        expect(c.title, `${code} -> ${c.code}`).toBe(e!.title);
        expect(c.billable, `${code} -> ${c.code}`).toBe(e!.billable);
      }
      for (const token of strings(r).flatMap(codesIn)) expect(catalog.get(token), `${code} mentions ${token}`).toBeDefined();
    }
  });

  it('never offers a header as a billable sibling, neighbour or alternative', () => {
    for (const [code, r] of refs) {
      for (const a of r.alternatives.items) expect(catalog.get(a.code)!.billable, `${code} alt ${a.code}`).toBe(true);
      for (const s of [...r.siblings, ...r.neighbours]) {
        if (!catalog.get(s.code)!.billable) {
          expect(code, `${code} points at header ${s.code}`).toBe('M99.9');
          expect(s.billable).toBe(false);
          expect(s.relation).toMatch(/choose the region digit/);
        }
      }
    }
  });

  it('offers only the alternatives the M99 family data stands behind, and never spinal stenosis for the foramen alone', () => {
    for (const [code, r] of refs) {
      const lesion = m99Axes(code)!.subcategory.family;
      for (const a of r.alternatives.items) {
        const allowed = M99_FAMILY.alternatives.some((x) => a.code.startsWith(x.target) && (!x.lesions || x.lesions.includes(lesion)));
        expect(allowed, `${code} → ${a.code}`).toBe(true);
        if (lesion === 'foraminal-stenosis' && a.code.startsWith('M48.0')) expect(a.when, code).toMatch(/Foraminal stenosis alone does not lead here/);
      }
    }
    expect(refs.get('M99.61')!.contested.map((c) => c.id)).toContain('foraminal-stenosis-m48');
  });

  it('builds siblings and axis neighbours from the axes', () => {
    const r = refs.get('M99.60')!;
    expect(r.siblings.map((s) => s.code)).toEqual(['M99.61', 'M99.62', 'M99.63', 'M99.64', 'M99.65', 'M99.66', 'M99.67', 'M99.68', 'M99.69']);
    expect(r.neighbours.map((s) => s.code)).toEqual(['M99.70', 'M99.30', 'M99.20']);
    expect(refs.get('M99.43')!.neighbours.map((s) => s.code)).toEqual(['M99.23', 'M99.33', 'M99.53', 'M99.73']);
  });

  it('says why stenosis codes for non-spinal regions are implausible, and links no procedure to them', () => {
    for (const [code, r] of refs) {
      const axes = m99Axes(code)!;
      const nonSpinal = axes.subcategory.site !== 'none' && axes.region && !axes.region.spinal;
      expect(r.plausibility.level === 'implausible', code).toBe(Boolean(nonSpinal));
      if (nonSpinal) {
        expect(r.plausibility.text).toMatch(/neither/);
        expect(r.procedures.items).toEqual([]);
        expect(r.alternatives.items).toEqual([]);
      }
    }
    expect(refs.get('M99.60')!.plausibility.level).toBe('unusual');
    expect(refs.get('M99.61')!.plausibility.level).toBe('expected');
    expect(refs.get('M99.06')!.plausibility.level).toBe('expected');
  });

  it('links procedures only where they fit the region', () => {
    for (const [code, r] of refs) {
      const cpts = r.procedures.items.map((p) => p.cpt);
      if (code.endsWith('0') && code.length === 6) expect(cpts, code).not.toContain('22551');
      if (!/^M99\.\d1$/.test(code)) expect(cpts, code).not.toContain('63020');
    }
    expect(refs.get('M99.61')!.procedures.items.map((p) => p.cpt)).toEqual(expect.arrayContaining(['22551', '63020', '64479/64480', '72141']));
    expect(refs.get('M99.63')!.procedures.items.map((p) => p.cpt)).toEqual(expect.arrayContaining(['72148', '64483/64484']));
  });

  it('asks the six questions of the M99.60 page, adapted to the code', () => {
    expect(refs.get('M99.60')!.faq.map((f) => f.question)).toEqual([
      'What distinguishes M99.60 from M99.30?',
      'When should M99.61 be used instead of M99.60?',
      'Does M99.60 support NCS/EMG billing?',
      "What is the 'osseous and subluxation' component in M99.60?",
      'Can M99.60 be used as a primary diagnosis?',
      'Is M99.60 appropriate for chiropractic or osteopathic encounter billing?',
    ]);
    expect(refs.get('M99.01')!.faq[4]!.answer).toMatch(/^Yes\./);
    expect(refs.get('M99.06')!.faq[4]!.answer).toMatch(/can only be secondary/);
  });

  it('states what is known and not known about the contested claims, and never asserts them', () => {
    const r = refs.get('M99.60')!;
    expect(r.contested.map((c) => c.id)).toEqual(['a56619-code-list', 'ncs-emg-support', 'c1-c2-region']);
    for (const c of r.contested) {
      expect(c.known.length).toBeGreaterThan(20);
      expect(c.unknown.length).toBeGreaterThan(20);
    }
    expect(r.region?.contested?.unknown).toMatch(/C1-C2/);
    const all = strings([...refs.values()]).join('\n');
    expect(all).not.toMatch(/(?<!call it an )LCD A56619/);
    expect(all).not.toMatch(/A56619 (explicitly )?lists M99/);
    expect(r.faq[2]!.answer).toMatch(/^Not known\./);
  });

  it('cites only sources listed in the curated file, each with a check date', () => {
    const curated = JSON.parse(readFileSync(new URL('curated/m99-reference.json', import.meta.url), 'utf8')) as {
      sources: { id: string; checked: string }[];
    };
    const ids = new Set(curated.sources.map((s) => s.id));
    for (const s of curated.sources) expect(s.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const r of refs.values()) {
      const cited = [...r.plausibility.sources, ...r.faq.flatMap((f) => f.sources), ...r.procedures.items.flatMap((p) => p.sources)];
      for (const id of cited) expect(ids.has(id), id).toBe(true);
    }
    // The curated prose mentions only existing codes too.
    for (const token of strings(curated).flatMap(codesIn)) expect(catalog.get(token), token).toBeDefined();
  });
});

describe('describeCode and explainCode for any code', () => {
  it('describes a neighbour code with its inherited official notes and index terms', async () => {
    const d = await explainCode('M48.02');
    expect(d).toMatchObject({ code: 'M48.02', title: 'Spinal stenosis, cervical region', billable: true, notesCarried: true });
    expect(d.m99).toBeUndefined();
    expect(d.notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: 'M48.0', kind: 'inclusionTerm', text: 'Caudal stenosis' }),
        expect.objectContaining({ from: 'chapter 13', kind: 'excludes2', text: 'neoplasms (C00-D49)' }),
      ]),
    );
    expect(d.indexTerms).toContain('Stenosis, stenotic (cicatricial) › spinal › cervical region');
    expect(d.ancestors.map((a) => a.code)).toEqual(['M48', 'M48.0']);
  });

  it('carries the addenda: M50 note deleted (FY2023), M51.A code-first added, M54.5 split (FY2022, FY2025)', async () => {
    const m50 = await describeCode('M50.10');
    expect(m50.notes.map((n) => n.text)).not.toContain('code to the most superior level of disorder');
    expect(m50.notes.map((n) => n.from)).toContain('block M50-M54');
    const a0 = await describeCode('M51.A0');
    expect(a0.notes).toContainEqual(expect.objectContaining({ kind: 'codeFirst', addendum: 'FY2023' }));
    const m5450 = await describeCode('M54.50');
    expect(m5450.notesCarried).toBe(true);
    expect(m5450.notes).toContainEqual(expect.objectContaining({ from: 'M54.50', kind: 'inclusionTerm', text: 'Lumbago NOS', addendum: 'FY2022' }));
    expect(m5450.notes).toContainEqual(
      expect.objectContaining({ from: 'M54.5', kind: 'excludes1', text: 'intervertebral disc degeneration, lumbar region with discogenic back pain only (M51.360)', addendum: 'FY2025' }),
    );
    expect(m5450.notes.filter((n) => n.from === 'M54.5').map((n) => n.text)).not.toContain('Lumbago NOS');
    expect((await describeCode('M54.89')).notes).toContainEqual(expect.objectContaining({ text: 'low back pain (M54.5-)' }));
  });

  it('says when notes are not carried for a code outside the spine categories', async () => {
    const d = await describeCode('A00.0');
    expect(d.notesCarried).toBe(false);
    expect(d.notesMessage).toMatch(/carries the official tabular notes for chapter 13/);
  });

  it('describes a header with the codes to choose from', async () => {
    const d = await describeCode('M99.6');
    expect(d.billable).toBe(false);
    expect(d.status).toMatch(/^header/);
    expect(d.children).toHaveLength(10);
  });

  it('rejects bad input with the parser message', async () => {
    await expect(explainCode('M99.6O')).rejects.toThrow(CodeInputError);
    await expect(explainCode('M99.6O')).rejects.toThrow(/Did you mean M99\.60\?/);
    await expect(explainCode('M99.95')).rejects.toThrow(/not in ICD-10-CM FY2027/);
  });
});
