import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import {
  ENGLISH as ENGLISH_WORDS,
  functionWords,
  holdsSpanishPart,
  SPANISH as SPANISH_WORDS,
  unreadNoteLanguage,
} from './note-language';

const note = (text: string, id = 'n') => ({ id, kind: 'note' as const, text });
const written = () => true;

const SPANISH =
  'Mujer de 68 años con dolor lumbar y de las piernas al caminar desde hace seis meses, que mejora al sentarse. La resonancia muestra estenosis del canal en L4-L5 por hipertrofia de las facetas. Plan: fisioterapia y control en un mes.';
const ENGLISH_WITH_A_QUOTE =
  'The patient reports low back pain with walking. She says "me duele la espalda y las piernas cuando camino". MRI shows moderate central canal stenosis at L4-5. Plan: physical therapy.';

describe('unreadNoteLanguage', () => {
  it('tells a note in Spanish from one in English that quotes the patient in Spanish', () => {
    expect(unreadNoteLanguage([note(SPANISH)], written)).toBe('es');
    expect(unreadNoteLanguage([note(ENGLISH_WITH_A_QUOTE)], written)).toBeUndefined();
  });

  it('needs more than a label or two in Spanish, and every written note in Spanish', () => {
    expect(unreadNoteLanguage([note('Dolor: lumbar. Plan: PT.')], written)).toBeUndefined();
    expect(
      unreadNoteLanguage(
        [note(SPANISH), note('Lumbar stenosis at L4-5 with neurogenic claudication.', 'n2')],
        written,
      ),
    ).toBeUndefined();
    // A note that holds no writing is not counted either way.
    expect(unreadNoteLanguage([note(SPANISH), note('Plan:', 'n2')], (t) => t !== 'Plan:')).toBe('es');
  });
});

describe('analyze with a note in Spanish', () => {
  it('does not call a code undocumented by a note it could not read, and says why', () => {
    const result = analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: 'M48.061' }, note(SPANISH)] });
    expect(result.verdicts).toEqual([
      expect.objectContaining({
        code: 'M48.061',
        verdict: 'not-checked',
        params: { code: 'M48.061', reason_msg: 'reason_not_checked_note_spanish' },
      }),
    ]);
    expect(result.findings.filter((f) => f.rule === 'unsupported-code')).toEqual([]);
    expect(result.checklist).toEqual([]);
  });

  it('judges a Spanish note whose levels and segments the readers did read', () => {
    const chiro =
      'Paciente con dolor cervical. Subluxacion C5-C6 con restriccion en rotacion derecha y dolor a la palpacion. Adjusted C5 and C6 diversified hoy. Plan: 2x/semana x 3 semanas.';
    const result = analyze({
      fields: [
        { id: 'dx', kind: 'diagnosis', text: 'M99.01' },
        { id: 'p', kind: 'procedure', text: '98940' },
        note(chiro),
      ],
    });
    expect(result.verdicts?.[0]).toMatchObject({ code: 'M99.01', verdict: 'supported' });
  });

  it('counts the same words as a Unicode letter-run regex would, on any text', () => {
    // The reading is a char-code loop for speed; this holds it to the plain definition of a word.
    // Capitals too ("EL PACIENTE"), and letters that lower-case to ASCII (the Kelvin sign is "k").
    const listed = [...SPANISH_WORDS, ...ENGLISH_WORDS].flatMap((w) => [w, w.toUpperCase()]);
    const piece = fc.oneof(
      fc.constantFrom(
        ...listed,
        ' ',
        '. ',
        '\n',
        'İ',
        'ǅ',
        '𝐀',
        '\u0301',
        '-',
        '5',
        'É',
        'Ñ',
        'ß',
        '\ud800',
        '\u212a',
      ),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    );
    const byRegex = (text: string) => {
      const counts = { es: 0, en: 0 };
      for (const [w] of text
        .slice(0, 4000)
        .toLowerCase()
        .matchAll(/[\p{L}]+/gu)) {
        if (SPANISH_WORDS.has(w)) counts.es++;
        else if (ENGLISH_WORDS.has(w)) counts.en++;
      }
      return counts;
    };
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(functionWords(text)).toEqual(byRegex(text));
      }),
      { numRuns: 200 },
    );
  });
});

describe('an English note with a line in Spanish', () => {
  const MIXED =
    'Chief complaint: low back pain with bilateral leg pain on walking.\nDx: estenosis espinal lumbar L4-L5 con claudicación neurógena.\nPlan: PT.';
  const run = (codes: string, text: string) =>
    analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: codes }, note(text)] });

  it('is told by its line: a Spanish clinical line, not a quote, a label or an English word alike', () => {
    expect(holdsSpanishPart([note(MIXED)], written)).toBe(true);
    expect(holdsSpanishPart([note(ENGLISH_WITH_A_QUOTE)], written)).toBe(false);
    expect(
      holdsSpanishPart([note('Columna: normal. Lumbalgia and L4-5 stenosis with claudication.')], written),
    ).toBe(false);
  });

  it('does not call a code unsupported when its only evidence would be in the Spanish line, and says why', () => {
    const result = run('M48.062', MIXED);
    expect(result.verdicts).toEqual([
      expect.objectContaining({
        code: 'M48.062',
        verdict: 'not-checked',
        params: { code: 'M48.062', reason_msg: 'reason_not_checked_note_part_spanish' },
      }),
    ]);
    expect(result.findings.filter((f) => f.rule === 'unsupported-code')).toEqual([]);
    // A "with" the English part does not state, written in the Spanish line, is not called absent either.
    expect(run('M48.062', 'MRI: moderate L4-5 canal stenosis.\n' + MIXED).verdicts?.[0]?.verdict).toBe(
      'not-checked',
    );
  });

  it('keeps what the English part documents: supported, or a finding that quotes it', () => {
    const english = 'MRI: moderate L4-5 canal stenosis with neurogenic claudication.\n';
    expect(run('M48.062', english + MIXED).verdicts?.[0]?.verdict).toBe('supported');
    const wrong = run('M48.02', english + MIXED);
    expect(wrong.verdicts?.[0]?.verdict).toBe('finding');
    expect(wrong.findings.map((f) => f.rule)).toContain('region-mismatch');
  });
});
