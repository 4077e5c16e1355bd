import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { splitCompoundCuts } from './split-compounds';

// QA52 MED6: a compound speech recognition split in two is read as one word.
const verdict = (code: string, text: string) => {
  const result = analyze({
    fields: [
      { id: 'dx', kind: 'diagnosis', text: code },
      { id: 'n', kind: 'note', text },
    ],
  });
  return result.verdicts?.find((v) => v.code === code)?.verdict;
};
const evidence = (code: string, text: string) =>
  analyze({
    fields: [
      { id: 'dx', kind: 'diagnosis', text: code },
      { id: 'n', kind: 'note', text },
    ],
  }).comparisons?.flatMap((c) => c.evidence.map((e) => e.text)) ?? [];

describe('split compounds', () => {
  it('joins a known compound', () => {
    expect(verdict('M48.062', 'Lumbar spinal stenosis at L4-5 with neuro genic claudication.')).toBe(
      'supported',
    );
    expect(verdict('M54.16', 'Left L5 radiculo pathy.')).toBe('supported');
    expect(verdict('M43.16', 'Grade 1 spondylo listhesis at L4-5.')).toBe('supported');
  });

  it('quotes the words as written', () => {
    expect(evidence('M54.16', 'Left L5 radiculo pathy.')).toContain('radiculo pathy');
  });

  it('leaves other pairs apart', () => {
    expect(splitCompoundCuts('retro pharyngeal, neuro exam normal, pseudo code')).toBeUndefined();
    expect(splitCompoundCuts('Neuro  genic')).toEqual([{ at: 5, length: 2 }]);
    expect(verdict('M48.062', 'Lumbar spinal stenosis at L4-5. Neuro exam: claudication denied.')).not.toBe(
      'supported',
    );
  });
});
