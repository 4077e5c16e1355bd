import { describe, expect, it } from 'vitest';
import data from './spanish-words.json' with { type: 'json' };
import {
  compilePhrase,
  inInstructions,
  spanishNegated,
  spanishSource,
  validateSpanishWords,
} from './spanish-words';

const reads = (id: Parameters<typeof spanishSource>[0], text: string) =>
  new RegExp(spanishSource(id), 'i').exec(text)?.[0];

describe('spanish-words.json', () => {
  it('cites a known source for every class and the places, and says what was checked', () => {
    const words = validateSpanishWords(data);
    for (const s of Object.values(words.sources)) expect(s.checked.length).toBeGreaterThan(0);
    for (const c of Object.values(words.classes)) expect(c.sources.length).toBeGreaterThan(0);
  });

  it('names the bad entry when the data is wrong', () => {
    const unknown = structuredClone(data);
    unknown.classes.P.sources = ['nowhere'];
    expect(() => validateSpanishWords(unknown)).toThrow(/class "P" cites unknown source "nowhere"/);
    const upper = structuredClone(data);
    upper.classes.T.phrases.push('Espasmo');
    expect(() => validateSpanishWords(upper)).toThrow(/class "T" phrase "Espasmo" must be lower case/);
    const open = structuredClone(data);
    open.classes.R.phrases.push('{rango|arco de movimiento');
    expect(() => validateSpanishWords(open)).toThrow(/unbalanced braces/);
    const noSource = structuredClone(data) as { sources: Record<string, { title: string; checked: string }> };
    noSource.sources['ours-es'] = { title: 'x', checked: 'y' };
    expect(() => validateSpanishWords(noSource)).toThrow(/source "ours-es" needs a title, a url/);
  });
});

describe('compilePhrase', () => {
  it('reads a phrase with or without its accents, in any case', () => {
    const phrase = new RegExp(compilePhrase('sensibilidad a la palpación'), 'i');
    expect(phrase.test('Sensibilidad a la palpacion')).toBe(true);
    expect(phrase.test('SENSIBILIDAD A LA PALPACIÓN')).toBe(true);
  });

  it('leaves out an empty alternative with its space, and lets up to two words sit in a gap', () => {
    expect(reads('P', 'sensibilidad palpación')).toBe('sensibilidad palpación');
    expect(reads('R', 'rango de movimiento cervical limitado')).toBe('rango de movimiento cervical limitado');
    expect(reads('R', 'rango de movimiento completo')).toBeUndefined();
    expect(reads('R', 'movilidad conservada')).toBeUndefined();
  });

  it('does not read a word inside a longer one or a hyphenated compound', () => {
    expect(reads('P', 'dolorimetría')).toBeUndefined();
    expect(new RegExp(spanishSource('lesion'), 'i').test('fijaciones')).toBe(true);
    expect(reads('T', 'espasmódico')).toBeUndefined();
  });
});

describe('spanishNegated', () => {
  const negated = (text: string, word: string) => spanishNegated(text, 0, text.indexOf(word));

  it.each([
    ['Sin dolor a la palpación.', 'dolor'],
    ['Niega dolor lumbar.', 'dolor'],
    ['No presenta espasmo paravertebral.', 'espasmo'],
    ['Ausencia de contractura.', 'contractura'],
    ['Sin dolor, ni espasmo.', 'espasmo'],
  ])('"%s": %s is denied', (text, word) => {
    expect(negated(text, word)).toBe(true);
  });

  it.each([
    ['Dolor lumbar sin irradiación.', 'Dolor'],
    ['Sin dolor, con espasmo paravertebral.', 'espasmo'],
    ['Sin traumatismo previo pero con dolor al flexionar.', 'dolor'],
    ['Paciente con dolor y contractura.', 'contractura'],
  ])('"%s": %s is not denied', (text, word) => {
    expect(negated(text, word)).toBe(false);
  });
});

describe('inInstructions', () => {
  it('holds the paragraph after a label of advice for the patient, up to a blank line or the next label', () => {
    const note =
      'Adjusted L5.\nInstrucciones para el paciente: hielo 15 minutos.\nEvitar cargar peso.\n\nPlan: 2x/week.';
    expect(inInstructions(note, note.indexOf('hielo'))).toBe(true);
    expect(inInstructions(note, note.indexOf('Evitar'))).toBe(true);
    expect(inInstructions(note, note.indexOf('Plan'))).toBe(false);
    expect(inInstructions(note, note.indexOf('Adjusted'))).toBe(false);
  });

  it('ends at the next labelled line and reads English labels too', () => {
    const note = 'Patient instructions:\n- aplicar calor local\nAssessment: L5 subluxation.';
    expect(inInstructions(note, note.indexOf('calor'))).toBe(true);
    expect(inInstructions(note, note.indexOf('L5'))).toBe(false);
  });
});
