import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { AnalyzeResult } from '../types';
import { visitPage } from './visit-page';

// Stop 50: chiropractic notes written in Spanish, or with Spanish and English in one line. Every
// sentence is our own. The words are chiro/spanish-words.json's; P/A/R/T per BPM 100-02 ch.15 §240.1.2.

const visit = (codes: string, note: string): AnalyzeResult =>
  analyze(visitPage(codes, note, ['98940-AT'], 'medicare'));
const lumbarPart = (note: string) => {
  const row = visit('M99.03', note).chiro?.regions.find((r) => r.region === 'lumbar');
  return row ? (['P', 'A', 'R', 'T'] as const).filter((l) => row.part[l]) : [];
};
const checklist = (r: AnalyzeResult) =>
  r.checklist.map((c) => [c.id, c.met ? 'met' : c.unread ? 'not read' : 'missing']);

describe('P/A/R/T in Spanish, by class', () => {
  it.each([
    ['Subluxación L4. Dolor lumbar a la palpación de L4.', ['P']],
    ['Subluxación L5 con sensibilidad a la palpación.', ['P']],
    ['Subluxación L3, doloroso a la presión.', ['P']],
    ['Subluxación L4-L5; refiere molestias al sentarse.', ['P']],
  ])('P: "%s"', (note, letters) => {
    expect(lumbarPart(note)).toEqual(letters);
  });

  it.each([
    ['Subluxación L5 con asimetría de las apófisis espinosas.', ['A']],
    ['Subluxación L4, vértebra desalineada hacia la derecha.', ['A']],
    ['Subluxación L5: malposición posterior.', ['A']],
    ['Subluxación L3 con desalineación lateral.', ['A']],
  ])('A: "%s"', (note, letters) => {
    expect(lumbarPart(note)).toEqual(letters);
  });

  it.each([
    ['Subluxación L4 con rango de movimiento lumbar restringido.', ['R']],
    ['Subluxación L5, hipomovilidad segmentaria.', ['R']],
    ['Subluxación L3-L4 con movilidad reducida en flexión.', ['R']],
    ['Subluxación L2: amplitud de movimiento limitada.', ['R']],
    ['Subluxación L5 con restricción del movimiento en extensión.', ['R']],
  ])('R: "%s"', (note, letters) => {
    expect(lumbarPart(note)).toEqual(letters);
  });

  it.each([
    ['Subluxación L4 con espasmo paravertebral.', ['T']],
    ['Subluxación L5, contractura de multífidos.', ['T']],
    ['Subluxación L3 e hipertonía de erectores espinales.', ['T']],
    ['Subluxación L4-L5 con cambios de tono/textura.', ['T']],
    ['Subluxación L5; puntos gatillo en el cuadrado lumbar.', ['T']],
  ])('T: "%s"', (note, letters) => {
    expect(lumbarPart(note)).toEqual(letters);
  });

  it.each([
    'Subluxación L4. Sin dolor a la palpación.',
    'Subluxación L5; niega dolor, sin espasmo.',
    'Subluxación L4. No presenta restricción ni asimetría.',
    'Subluxación L5. Ausencia de contractura.',
    'Subluxación L3. Sensibilidad conservada en ambas piernas.',
  ])('reads no finding the note denies, nor sensation for tenderness: "%s"', (note) => {
    expect(lumbarPart(note)).toEqual([]);
  });

  it('keeps the finding after a denial that a comma or "con" ends', () => {
    expect(
      lumbarPart('Subluxación L4. Sin irradiación, con espasmo y rango de movimiento limitado.'),
    ).toEqual(['R', 'T']);
  });
});

describe('Spanish regions and levels', () => {
  const places = (note: string) =>
    (visit('M99.03', note).chiro?.segments ?? [])
      .filter((s) => s.treated)
      .map((s) => [s.kind, s.name, s.levelStated]);

  it.each([
    ['Ajuste en la región cervical.', ['cervical-vertebra', 'región cervical', false]],
    ['Se ajustó la columna lumbar.', ['lumbar-vertebra', 'lumbar', false]],
    ['Manipulación a nivel L4-L5.', ['lumbar-vertebra', 'L4-L5', true]],
    ['Ajuste de la vértebra C5.', ['cervical-vertebra', 'C5', true]],
    ['Manipulación del sacro.', ['sacrum', 'sacro', true]],
    ['Ajuste de pelvis.', ['pelvis', 'pelvis', false]],
    ['Ajuste de la articulación sacroilíaca derecha.', ['sacroiliac', 'articulación sacroilíaca', true]],
    ['Manipulación de la columna dorsal.', ['thoracic-vertebra', 'columna dorsal', false]],
    ['Ajuste de L4 a L5.', ['lumbar-vertebra', 'L4-L5', true]],
  ])('"%s" treats %j', (note, place) => {
    expect(places(note)).toEqual([place]);
  });

  it("reads a Spanish lesion word as the level's lesion, and its denial as none", () => {
    const lesions = (note: string) =>
      (visit('M99.03', note).chiro?.segments ?? [])
        // A denied lesion is kept on its negated place, as "No subluxation at L5" is (stop 52:
        // the Spanish negations are context cues now).
        .filter((s) => s.lesion && s.status === 'affirmed')
        .map((s) => s.name);
    expect(lesions('Subluxación en L5.')).toEqual(['L5']);
    expect(lesions('Disfunción somática de L3.')).toEqual(['L3']);
    expect(lesions('Sin subluxación en L5.')).toEqual([]);
  });
});

// P.A.R.T. for both regions, two findings each with A or R (BPM §240.1.2), in Spanish throughout.
const SPANISH_NOTE = `Paciente de 58 años que acude por dolor de cuello y de espalda baja desde hace un mes.
Exploración: región cervical con dolor a la palpación en C5-C6 y rango de movimiento cervical restringido en rotación.
Columna lumbar: espasmo de los paravertebrales y asimetría de las crestas ilíacas, hipomovilidad en L4-L5.
Diagnóstico: subluxación vertebral de C5 y de L4-L5.
Tratamiento: manipulación vertebral diversificada de la región cervical y lumbar.
Cuidado activo/correctivo. Plan: 3 veces por semana durante 4 semanas.`;

describe('a note written wholly in Spanish', () => {
  it('judges M99.01 and M99.03 on the Spanish P.A.R.T., per region, and finds nothing missing', () => {
    const result = visit('M99.01, M99.03', SPANISH_NOTE);
    expect(result.verdicts?.map((v) => [v.code, v.verdict])).toEqual([
      ['M99.01', 'supported'],
      ['M99.03', 'supported'],
    ]);
    expect(result.findings.filter((f) => f.rule === 'subluxation-documentation')).toEqual([]);
    const rows = result.chiro?.regions.map((r) => [r.region, r.levels, r.treated, r.lesion, r.part]);
    expect(rows).toEqual([
      ['cervical', ['C5'], true, true, { P: true, A: false, R: true, T: false }],
      ['lumbar', ['L4-L5'], true, true, { P: true, A: true, R: true, T: true }],
    ]);
    expect(checklist(result)).toEqual([
      ['segment-level', 'met'],
      ['part', 'met'],
      ['xray', 'met'],
      ['care-type', 'met'],
      ['treatment-plan', 'met'],
    ]);
  });

  it('says an item it could not read is not read, never missing', () => {
    // No care type, no plan: in English they would be missing; in Spanish they may be written in words not read.
    const note = SPANISH_NOTE.split('\n').slice(0, 5).join('\n');
    expect(checklist(visit('M99.01, M99.03', note))).toEqual([
      ['segment-level', 'met'],
      ['part', 'met'],
      ['xray', 'met'],
      ['care-type', 'not read'],
      ['treatment-plan', 'not read'],
    ]);
  });

  it('does not call a region short of P.A.R.T. on a Spanish exam: the code is not checked, its item not read', () => {
    // The lumbar region has pain only; its other findings may be written in words not read.
    const note =
      'Dolor lumbar.\nSubluxación de L5.\nAjuste diversificado de L5 hoy, cuidado activo. Plan: 2 veces por semana.';
    const result = visit('M99.03', note);
    expect(result.findings.filter((f) => f.rule === 'subluxation-documentation')).toEqual([]);
    expect(result.verdicts?.map((v) => [v.code, v.verdict, v.params?.reason_msg])).toEqual([
      ['M99.03', 'not-checked', 'reason_not_checked_note_part_spanish'],
    ]);
    expect(checklist(result).find(([id]) => id === 'part')).toEqual(['part', 'not read']);
  });
});

describe('a bilingual note, Spanish and English in one line', () => {
  it('reads both languages of the line: the English level and lesion, the Spanish pain and range of motion', () => {
    const note =
      'Paciente con dolor lumbar, L4-5 subluxation, tender to palpation, rango de movimiento limitado en flexión.\nAdjusted L4-L5 diversified, active care. Plan: 2x/week x 4 weeks.';
    const result = visit('M99.03', note);
    expect(result.verdicts?.map((v) => [v.code, v.verdict])).toEqual([['M99.03', 'supported']]);
    expect(result.chiro?.regions.find((r) => r.region === 'lumbar')?.part).toEqual({
      P: true,
      A: false,
      R: true,
      T: false,
    });
    expect(result.findings).toEqual([]);
  });

  it('keeps the claim when both languages of the line, read, show pain alone (no A or R)', () => {
    // "dolor" and "tender" are both read: the line is not a part left unread, so the absence stands.
    const result = visit(
      'M99.03',
      'Paciente con dolor lumbar, L4-5 subluxation, tender to palpation.\nAdjusted L4-L5.',
    );
    expect(result.findings.map((f) => [f.rule, f.code])).toEqual([['subluxation-documentation', 'M99.03']]);
    expect(result.chiro?.regions.find((r) => r.region === 'lumbar')?.part).toEqual({
      P: true,
      A: false,
      R: false,
      T: false,
    });
  });

  it('reads a Spanish exam line between English ones', () => {
    const note =
      'S: LBP x 2 weeks.\nO: L5 PL; espasmo paravertebral y movilidad reducida en L5.\nA: L5 subluxation.\nP: CMT L5 diversified, active care, 3x/week.';
    const result = visit('M99.03', note);
    expect(result.chiro?.regions.find((r) => r.region === 'lumbar')?.part).toEqual({
      P: true,
      A: true,
      R: true,
      T: true,
    });
    expect(result.verdicts?.map((v) => [v.code, v.verdict])).toEqual([['M99.03', 'supported']]);
  });
});

describe('an English note with a Spanish paragraph of patient instructions', () => {
  const note =
    'Pt presents with low back pain. L5 subluxation with tenderness and paraspinal spasm.\nAdjusted L5 diversified.\n\nInstrucciones para el paciente: aplicar hielo en la zona lumbar 15 minutos; la movilidad limitada y la asimetría al caminar mejorarán con los ejercicios.';

  it('stays an English note: its missing A or R is still said, and its checklist items are missing, not unread', () => {
    const result = visit('M99.03', note);
    expect(result.findings.map((f) => [f.rule, f.code])).toContainEqual([
      'subluxation-documentation',
      'M99.03',
    ]);
    expect(checklist(result).find(([id]) => id === 'part')).toEqual(['part', 'missing']);
    expect(result.checklist.some((c) => c.unread)).toBe(false);
  });

  it('reads no finding and no place from the advice', () => {
    const result = visit('M99.03', note);
    expect(result.chiro?.regions.find((r) => r.region === 'lumbar')?.part).toEqual({
      P: true,
      A: false,
      R: false,
      T: true,
    });
    expect(result.chiro?.segments.some((s) => /zona/.test(s.name))).toBe(false);
  });
});
