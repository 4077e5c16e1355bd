import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { visitPage } from './visit-page';

// QA pages stop 54: a P/A/R/T finding written at or of a level ("decreased ROM at C5-C6") lost the
// level, and a region named as a lesion only by its word then failed the level test. Notes of our own.
const rows = (codes: string, note: string) => {
  const result = analyze(visitPage(codes, note, ['98940-AT'], 'medicare'));
  return Object.fromEntries(
    (result.chiro?.regions ?? []).map((r) => [r.region, { levels: r.levels.join(','), lesion: r.lesion }]),
  );
};
const levelFinding = (codes: string, note: string) =>
  analyze(visitPage(codes, note, ['98940-AT'], 'medicare')).findings.filter(
    (f) => f.rule === 'subluxation-documentation' && /exact level/i.test(f.message),
  );

describe('lost motion at a level is a restriction there, as "restricted motion at C5-C6" is', () => {
  it('reads the level after "decreased ROM at", "loss of motion of", "ROM limited at"', () => {
    expect(rows('M99.01', 'O: Cervical spine: decreased ROM at C5-C6.').cervical).toEqual({
      levels: 'C5-C6',
      lesion: true,
    });
    expect(rows('M99.03', 'Exam: loss of motion of L4-L5 and L5-S1 on palpation.').lumbar).toEqual({
      levels: 'L4-L5,L5-S1',
      lesion: true,
    });
    expect(rows('M99.02', 'Motion palpation: ROM limited at T7.').thoracic).toEqual({
      levels: 'T7',
      lesion: true,
    });
    expect(rows('M99.01', 'Decreased joint play at the level of C2.').cervical).toEqual({
      levels: 'C2',
      lesion: true,
    });
  });

  it("reads no level where the lost motion is denied or is a region's range of motion", () => {
    expect(rows('M99.01', 'O: No decreased ROM at C5-C6.').cervical?.levels ?? '').toBe('');
    expect(rows('M99.01', 'Cervical ROM decreased in rotation, C5 tender.').cervical?.levels ?? '').toBe('');
    // A joint of a limb is no spinal level: its lost motion is an orthopedic finding, no subluxation.
    expect(
      rows('M99.07', 'Exam: decreased range of motion of the right shoulder.')['upper extremity']?.lesion ??
        false,
    ).toBe(false);
    // Painful motion is pain, not lost motion.
    expect(rows('M99.01', 'Painful ROM at C5.').cervical?.levels ?? '').toBe('');
  });
});

describe('a finding at a level names the level of a lesion its region states by word only', () => {
  const note = [
    'Date of service: 11/20/2026',
    'O: Tenderness at C5. Hypertonicity of the paraspinals at T4-T6. Pelvis level.',
    'A: Cervical and thoracic segmental dysfunction.',
    'P: CMT cervical and thoracic, 98940.',
  ].join('\n');

  it("gives the row the finding's level and meets the level test", () => {
    const r = rows('M99.01, M99.02', note);
    expect(r.cervical).toEqual({ levels: 'C5', lesion: true });
    expect(r.thoracic).toEqual({ levels: 'T4-T6', lesion: true });
    expect(levelFinding('M99.01, M99.02', note)).toEqual([]);
  });

  it("keeps a row's own lesion level and does not add the findings' levels to it", () => {
    expect(rows('M99.01', 'O: Subluxation at C2. Tenderness at C5.\nP: CMT cervical.').cervical?.levels).toBe(
      'C2',
    );
  });

  it('gives no level to a finding alone, nor of a denied one', () => {
    // The coded region has its row; the finding gives it no lesion and no level.
    expect(rows('M99.03', 'O: Tenderness at L4. No lesion found.').lumbar).toEqual({
      levels: '',
      lesion: false,
    });
    expect(
      rows('M99.01', 'O: No tenderness at C5.\nA: Cervical segmental dysfunction.\nP: CMT cervical.').cervical
        ?.levels,
    ).toBe('');
  });
});

describe('a P/A/R/T table row keeps its level with the findings it marks', () => {
  const run = (table: string) => {
    const result = analyze({
      fields: [
        { id: 'dx', kind: 'diagnosis', text: 'M99.01, M99.03' },
        {
          id: 'a',
          kind: 'note',
          text: 'Assessment: cervical and lumbar segmental dysfunction. CMT cervical and lumbar.',
        },
        // A page's grid is read one row a line, its cells a tab apart (src/content/read-editable.ts).
        { id: 't', kind: 'note', text: table },
        { id: 'p', kind: 'procedure', text: '98941 AT' },
      ],
      payer: 'medicare',
    });
    return Object.fromEntries((result.chiro?.regions ?? []).map((r) => [r.region, r.levels.join(',')]));
  };

  it('reads the level of each marked row, tab or pipe separated', () => {
    expect(run('Level\tPain\tAsymmetry\tROM\tTone\nC5-C6\t✓\t\t✓\t\nL4-L5\tyes\tno\tyes\tyes')).toEqual({
      cervical: 'C5-C6',
      lumbar: 'L4-L5',
    });
    expect(run('| Seg | P | A | R | T |\n| C6 | + | + | - | - |\n| L5 | + | - | + | + |')).toEqual({
      cervical: 'C6',
      lumbar: 'L5',
    });
  });

  it('reads no level from a row that marks nothing', () => {
    expect(run('Level\tP\tA\tR\tT\nC5\t-\t-\t-\t-\nL4\t+\t-\t+\t-')).toEqual({ cervical: '', lumbar: 'L4' });
  });
});
