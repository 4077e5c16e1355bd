import { describe, expect, it } from 'vitest';
import { visitPage } from '../chiro/visit-page';
import { runRule } from './run-rule';
import { unknownProcedure } from './unknown-procedure';

describe('unknown-procedure', () => {
  it('reports an unknown code and an unknown modifier once each, as info, with no guess', () => {
    const { findings } = runRule(
      unknownProcedure,
      visitPage('M99.14', 'Sacrum subluxation. Adjusted the sacrum.', [
        '98904',
        '98940 ZZ',
        '97140 ZZ',
        '98904',
      ]),
    );
    expect(findings.map((f) => [f.code, f.severity, f.suggestions])).toEqual([
      ['98904', 'info', []],
      ['ZZ', 'info', []],
    ]);
  });

  it('knows the manipulation codes, common adjuncts and modifiers', () => {
    expect(
      runRule(
        unknownProcedure,
        visitPage('M99.11', 'C5 subluxation. Adjusted C5.', ['98940-AT GP', '97140-59', 'G0283', '99213-25']),
      ).findings,
    ).toEqual([]);
  });
});
