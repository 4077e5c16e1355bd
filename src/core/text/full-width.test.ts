import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { findMentions } from '../mentions/find-mentions';
import type { AnalyzeInput } from '../types';

const NOTE = 'Moderate central canal stenosis at L3-L4 and mild left foraminal narrowing at L4-5 due to disc herniation.';
const page = (dx: string, note: string): AnalyzeInput => ({
  fields: [
    { id: 'dx', kind: 'diagnosis', text: dx },
    { id: 'n', kind: 'note', text: note },
  ],
});
/** The full-width form of a printable ASCII character. */
const wide = (ch: string) => (ch > ' ' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch);

/** Every span in a result, with the field text it must quote. */
function spans(value: unknown, out: { fieldId: string; start: number; end: number; text: string }[] = []) {
  if (Array.isArray(value)) for (const v of value) spans(v, out);
  else if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.fieldId === 'string' && typeof v.start === 'number' && typeof v.end === 'number' && typeof v.text === 'string') out.push(v as never);
    for (const child of Object.values(v)) spans(child, out);
  }
  return out;
}

describe('full-width forms', () => {
  it('are read as their ASCII counterparts ("L３-L４", "Ｍ９９.５３")', () => {
    const r = analyze(page('Ｍ９９.５３', 'Moderate canal stenosis at L３-L４ due to disc herniation.'));
    expect(r.codes.map((c) => c.code)).toEqual(['M99.53']);
    expect(r.mentions[0]?.levels.map((l) => l.normalized)).toEqual(['L3-L4']);
  });

  it('give the reading of the ASCII text, with every span quoting the text as written', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: NOTE.length, maxLength: NOTE.length }), (widen) => {
        const note = NOTE.replace(/[\s\S]/g, (ch, i: number) => (widen[i] ? wide(ch) : ch));
        const dx = 'M99.53';
        const written = analyze(page(dx.replace(/[!-~]/g, wide), note));
        const ascii = analyze(page(dx, NOTE));
        expect(written.mentions.map((m) => [m.status, m.site, m.levels.map((l) => l.normalized)])).toEqual(ascii.mentions.map((m) => [m.status, m.site, m.levels.map((l) => l.normalized)]));
        expect(written.findings.map((f) => f.rule)).toEqual(ascii.findings.map((f) => f.rule));
        const fields = new Map([['dx', dx.replace(/[!-~]/g, wide)], ['n', note]]);
        for (const s of spans(written)) expect(s.text).toBe(fields.get(s.fieldId)?.slice(s.start, s.end));
      }),
      { numRuns: 40 },
    );
  });

  it('are never changed in what the user wrote', () => {
    const input = page('Ｍ９９.５３', 'Canal stenosis at L３-L４.');
    analyze(input);
    expect(input.fields.map((f) => f.text)).toEqual(['Ｍ９９.５３', 'Canal stenosis at L３-L４.']);
  });
});

describe('findMentions', () => {
  it('reads full-width forms like analyze, quoting the text as written', () => {
    const [m] = findMentions({ id: 'n', kind: 'note', text: 'Ｃａｎａｌ stenosis at L３-L４.' });
    expect(m?.levels.map((l) => l.normalized)).toEqual(['L3-L4']);
    expect(m?.span.text).toBe('Ｃａｎａｌ stenosis');
  });
});

describe('levels and messages of full-width input', () => {
  it('quote the level as written, in the mention and in the message', () => {
    const r = analyze(page('M99.33', 'Moderate foraminal stenosis at L３-L４ due to disc herniation.'));
    expect(r.mentions[0]?.levels).toEqual([{ raw: 'L３-L４', normalized: 'L3-L4' }]);
    const f = r.findings.find((x) => x.rule === 'site-mismatch');
    expect(f?.message).toContain('L３-L４');
    expect(f?.message).not.toContain('L3-L4');
    expect(f?.message).toContain('disc');
    expect(findMentions({ id: 'n', kind: 'note', text: 'Canal stenosis at Ｃ５-６.' })[0]?.levels[0]?.raw).toBe('Ｃ５-６');
  });

  it('take each level from its own occurrence when the same level is written both ways', () => {
    const r = analyze(page('M99.53', 'Canal stenosis at L3-L4. Also foraminal narrowing at L３-L４.'));
    expect(r.mentions.map((m) => m.levels.map((l) => l.raw))).toEqual([['L3-L4'], ['L３-L４']]);
  });
});

describe('hyphens a word processor puts in for "-"', () => {
  it('are read as "-" in levels and codes, quoting the text as written', () => {
    for (const hyphen of ['\u2010', '\u2011', '\u2012', '\u2212', '\uFE63']) {
      const note = `Severe foraminal stenosis at L4${hyphen}5 due to disc herniation.`;
      const r = analyze(page('M99.73', note));
      expect(r.mentions[0]?.levels).toEqual([{ raw: `L4${hyphen}5`, normalized: 'L4-L5' }]);
      for (const s of spans(r)) expect(s.text).toBe((s.fieldId === 'n' ? note : 'M99.73').slice(s.start, s.end));
    }
    // Before, "C5\u20116" read no level: the disc code's level character was not checked.
    const f = analyze(page('M50.223', 'C5\u20116 disc protrusion.')).findings.find((x) => x.code === 'M50.223');
    expect(f).toMatchObject({ rule: 'region-mismatch', suggestions: ['M50.222'] });
  });
});

describe('a code entered in full-width forms (blind QA stop 54, L4)', () => {
  it.each(['Ｍ９９.６３', 'Ｍ９９.６'])('is named as read in messages (%s), its evidence as written', (dx) => {
    const r = analyze(page(dx, 'Central canal stenosis at L4-5 from ligamentum flavum hypertrophy.'));
    const code = dx.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
    expect(r.codes.map((c) => c.code)).toEqual([code]);
    const f = r.findings.find((x) => x.rule === 'site-mismatch');
    expect(f?.message.startsWith(`${code} is for stenosis of the intervertebral foramina`)).toBe(true);
    for (const x of r.findings) expect(x.message).not.toMatch(/[\uFF01-\uFF5E]/);
    expect(f?.evidence.find((s) => s.fieldId === 'dx')?.text).toBe(dx);
  });
});

describe('accents typed as combining marks', () => {
  // Our sentences; each is read as its precomposed (NFC) form is, and where that form has an accent
  // the English vocabulary does not, as the bare letters are.
  const ENGLISH = 'Severe central canal stenosis at C5-C6 with cord flattening and moderate left foraminal narrowing at C6-7.';
  const SPANISH = 'Dx: estenosis espinal lumbar L4-L5 con claudicación neurógena. Subluxación L5 con fijación y restricción; manipulación lumbar.';
  const reading = (r: ReturnType<typeof analyze>) => ({
    mentions: r.mentions.map((m) => [m.status, m.site, m.levels.map((l) => l.normalized)]),
    findings: r.findings.map((f) => [f.rule, f.code]),
    verdicts: (r.verdicts ?? []).map((v) => [v.code, v.verdict]),
  });
  /** The text with a combining acute (U+0301) after each letter `marks` picks, or its accents decomposed. */
  const withMarks = (text: string, marks: boolean[]) => text.normalize('NFD').replace(/[A-Za-z]/g, (ch, i: number) => (marks[i] ? `${ch}\u0301` : ch));

  it('are read as the bare letter, so "ste\u0301nosis" is stenosis, quoting the text as written', () => {
    const note = 'C5-C6 canal ste\u0301nosis with cord flattening.';
    const r = analyze(page('M48.02', note));
    expect(r.mentions.map((m) => [m.status, m.site, m.span.text])).toEqual([
      ['affirmed', 'canal', 'canal ste\u0301nosis'],
      ['affirmed', 'canal', 'cord flattening'],
    ]);
    expect((r.verdicts ?? []).map((v) => v.verdict)).toEqual(['supported']);
    for (const s of spans(r)) expect(s.text).toBe((s.fieldId === 'n' ? note : 'M48.02').slice(s.start, s.end));
  });

  it('give the reading of the text without them, wherever they stand', () => {
    const plain = analyze(page('M48.02 M99.71', ENGLISH));
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: ENGLISH.length, maxLength: ENGLISH.length }), (marks) => {
        const note = withMarks(ENGLISH, marks);
        const r = analyze(page('M48.02 M99.71', note));
        expect(reading(r)).toEqual(reading(plain));
        for (const s of spans(r)) expect(s.text).toBe((s.fieldId === 'n' ? note : 'M48.02 M99.71').slice(s.start, s.end));
      }),
      { numRuns: 25 },
    );
  });

  it('read a Spanish note decomposed (NFD) as its precomposed form', () => {
    const procedures = { id: 'p', kind: 'procedure' as const, text: '98940' };
    const composed = analyze({ fields: [...page('M48.062 M99.03', SPANISH).fields, procedures] });
    const decomposed = analyze({ fields: [...page('M48.062 M99.03', SPANISH.normalize('NFD')).fields, procedures] });
    expect(SPANISH.normalize('NFD')).not.toBe(SPANISH);
    expect(reading(decomposed)).toEqual(reading(composed));
    const segments = (r: ReturnType<typeof analyze>) => r.chiro?.segments.map((x) => [x.kind, x.name, x.status, x.treated, x.lesion]);
    expect(segments(decomposed)?.length).toBeGreaterThan(0);
    expect(segments(decomposed)).toEqual(segments(composed));
  });
});
