import { describe, expect, it } from 'vitest';
import { findConditions } from '../families-read/find-conditions';
import { findMentions } from '../mentions/find-mentions';

// QA52 H3: a bilingual note negates or hedges an English term with a Spanish word.
const mentions = (text: string) => findMentions({ id: 'n', kind: 'note', text }).map((m) => m.status);
const conditions = (text: string) => findConditions({ id: 'n', kind: 'note', text }).map((c) => c.status);

describe('Spanish cues on English terms', () => {
  it('negates after sin, niega, ausencia de, negativo para, se descarta', () => {
    expect(conditions('Exam: reflejos normales. Sin radiculopathy.')).toEqual(['negated']);
    expect(conditions('Niega radicular pain.')).toEqual(['negated']);
    expect(mentions('Ausencia de foraminal stenosis at L4-5.')).toEqual(['negated']);
    expect(mentions('MRI negativo para spinal stenosis.')).toEqual(['negated']);
    expect(mentions('Se descarta canal stenosis.')).toEqual(['negated']);
  });

  it('hedges after posible, sospecha de, descartar', () => {
    expect(mentions('Posible foraminal stenosis L5-S1.')).toEqual(['uncertain']);
    expect(conditions('Plan: descartar radiculopathy.')).toEqual(['uncertain']);
    expect(mentions('Sospecha de lumbar stenosis.')).toEqual(['uncertain']);
  });

  it('leaves English words and a SIN label alone', () => {
    expect(mentions('Single-level foraminal stenosis at L4-5.')).toEqual(['affirmed']);
    expect(mentions('SIN: 123 456 789\nLumbar stenosis at L4-5.')).toEqual(['affirmed']);
    expect(conditions('Lumbar radiculopathy since the fall.')).toEqual(['affirmed']);
  });
});
