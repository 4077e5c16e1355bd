import { describe, expect, it } from 'vitest';
import { STATUS_VALUES, statusWords, validateStatusValues } from './status-values';
import { valueStatus } from './problem-status';

// One vocabulary for the note's status fields (problem-status.ts) and the page's ended diagnosis
// rows (src/content/ended-rows.ts): each reader keeps the words it read before.
describe('status values', () => {
  it('gives the page rows the words they ended on', () => {
    expect(new Set(statusWords('row'))).toEqual(
      new Set([
        'resolved',
        'inactive',
        'removed',
        'deleted',
        'discontinued',
        'canceled',
        'cancelled',
        'refuted',
        'ruled out',
        'entered in error',
        'resuelto',
        'resuelta',
        'inactivo',
        'inactiva',
        'eliminado',
        'eliminada',
        'descartado',
        'descartada',
        'anulado',
        'anulada',
        // A claim line taken back: a status only alone (ended-rows.ts, ended-claim-lines.test.ts).
        'void',
        'voided',
        'reversed',
        'reversal',
        'credit',
        'credited',
        'adjusted off',
        'cancelado',
        'cancelada',
        'revertido',
        'revertida',
        'reversado',
        'reversada',
      ]),
    );
  });

  it('refuses an alone flag that is not true or false', () => {
    const raw = {
      sources: { s: 'x' },
      values: [{ words: ['void'], status: 'negated', readers: ['row'], alone: 'yes', source: 's' }],
    };
    expect(() => validateStatusValues(raw)).toThrow(/alone/);
  });

  it('reads the note status fields as before, and their Spanish', () => {
    expect(valueStatus('Resolved')).toBe('historical');
    expect(valueStatus('ruled-out')).toBe('negated');
    expect(valueStatus('Entered in error')).toBe('negated');
    expect(valueStatus('In remission')).toBe('historical');
    expect(valueStatus('Hx')).toBe('historical');
    expect(valueStatus('Resuelto')).toBe('historical');
    expect(valueStatus('descartada')).toBe('negated');
    expect(valueStatus('inactiva')).toBe('historical');
    // Controls: current values, and a word that only starts like one.
    expect(valueStatus('Active')).toBeNull();
    expect(valueStatus('Chronic, stable')).toBeNull();
    expect(valueStatus('Pastoral care')).toBeNull();
    expect(valueStatus('Removed')).toBeNull();
  });

  it('names a source for every value and fails on a bad entry', () => {
    for (const v of STATUS_VALUES) expect(v.source).toMatch(/\w/);
    const sources = { a: 'x' };
    expect(() =>
      validateStatusValues({
        sources,
        values: [{ words: ['gone'], status: 'affirmed', readers: ['row'], source: 'a' }],
      }),
    ).toThrow(/status/);
    expect(() =>
      validateStatusValues({
        sources,
        values: [{ words: ['gone'], status: 'negated', readers: ['page'], source: 'a' }],
      }),
    ).toThrow(/readers/);
    expect(() =>
      validateStatusValues({
        sources,
        values: [{ words: ['gone'], status: 'negated', readers: ['row'], source: 'b' }],
      }),
    ).toThrow(/source/);
    expect(() =>
      validateStatusValues({
        sources,
        values: [{ words: ['a|b'], status: 'negated', readers: ['row'], source: 'a' }],
      }),
    ).toThrow(/words/);
  });
});
