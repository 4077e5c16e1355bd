import { describe, expect, it } from 'vitest';
import { splitClauses } from './split-clauses';

describe('splitClauses', () => {
  it('splits at sentence ends, semicolons and lines, not inside codes and numbers', () => {
    expect(splitClauses('Adjusted C2. No change; T6 tender.\nM99.01 2.5 cm').map((c) => c.text)).toEqual([
      'Adjusted C2.',
      'No change;',
      'T6 tender.',
      'M99.01 2.5 cm',
    ]);
  });

  it('does not split after an abbreviation ("Dr. Lee"), but does at a full stop before one', () => {
    expect(
      splitClauses('Referred by Dr. Lee for C5 subluxation. Dr. Lee agrees.').map((c) => c.text),
    ).toEqual(['Referred by Dr. Lee for C5 subluxation.', 'Dr. Lee agrees.']);
  });
});
