import { describe, expect, it } from 'vitest';
import { analyzeCodesAndNote as run, verdictOn as verdictOf } from '../../../test/support/code-and-note';

// Blind QA stop 54: each class tested by its shape, with sentences of our own.
const ruleOf = (code: string, note: string) =>
  run(code, note)
    .findings.filter((f) => f.code === code && f.rule !== 'suggested-code')
    .map((f) => [f.rule, f.severity, f.suggestions]);

describe('class 1: a disc code "with radiculopathy" needs the disc and the radiculopathy at levels that agree', () => {
  it('does not lend an unlevelled summary of a disc the reach of any level when the note places that disc', () => {
    // Before: supported, the Assessment's "lumbar disc bulge" (no level) read as reaching the L5 root.
    const note =
      'MRI: mild disc bulge at L3-L4. Severe left foraminal stenosis at L5-S1 compressing the exiting L5 nerve root.\n' +
      'Assessment: lumbar radiculopathy, left L5. Lumbar disc bulge.';
    expect(verdictOf('M51.16', note)).toBe('finding');
    expect(ruleOf('M51.16', note)).toEqual([['qualifier-mismatch', 'info', ['M51.26']]]);
  });

  it('does not let "with" pair a disc and a radiculopathy whose stated levels disagree', () => {
    // Before: supported, linked by the sentence whatever the levels.
    expect(
      ruleOf('M51.16', 'Assessment: Lumbar disc herniation at L3-L4 with radiculopathy at L5-S1.'),
    ).toEqual([['qualifier-mismatch', 'info', ['M51.26']]]);
    expect(ruleOf('M50.121', 'Assessment: C4-5 disc protrusion with left C7 radiculopathy.')).toEqual([
      ['qualifier-mismatch', 'info', ['M50.221']],
    ]);
  });

  it('keeps the pairs whose levels agree, or that a sentence links with one side unlevelled', () => {
    expect(verdictOf('M51.16', 'Assessment: L4-5 disc herniation with left L5 radiculopathy.')).toBe(
      'supported',
    );
    expect(verdictOf('M51.17', 'Assessment: L5-S1 disc herniation with radiculopathy.')).toBe('supported');
    expect(verdictOf('M51.16', 'Assessment: lumbar disc herniation with right L4 radiculopathy.')).toBe(
      'supported',
    );
    // An unlevelled disc where the note places no disc at all may still lie anywhere.
    expect(
      verdictOf('M51.16', 'MRI pending. Assessment: lumbar disc herniation. Left L5 radiculopathy.'),
    ).toBe('supported');
  });
});

describe('class 2: neurogenic claudication described only by its symptoms is a question for the provider', () => {
  const stenosis = ' MRI: L4-5 central canal stenosis, moderate. Assessment: lumbar spinal stenosis at L4-5.';
  const qualifier = (note: string) =>
    run('M48.062', note).findings.find((f) => f.rule === 'qualifier-mismatch');

  it('asks, quoting the symptoms, and suggests no "without" code', () => {
    // Before: a warning "does not document neurogenic claudication" with M48.061 suggested.
    for (const symptoms of [
      'Bilateral leg heaviness after walking two blocks, relieved by sitting or leaning forward.',
      'Standing or walking more than ten minutes brings on buttock and thigh pain, which eases when she bends forward.',
      'Positive shopping cart sign.',
    ]) {
      const f = qualifier(symptoms + stenosis);
      expect(f, symptoms).toMatchObject({
        severity: 'info',
        suggestions: [],
        messageId: 'finding_family_claudication_symptoms',
      });
      expect(run('M48.062', symptoms + stenosis).verdicts?.find((v) => v.code === 'M48.062')?.verdict).toBe(
        'finding',
      );
    }
    expect(
      qualifier(
        'Bilateral leg heaviness after walking two blocks, relieved by sitting.' + stenosis,
      )?.evidence.map((e) => e.text),
    ).toEqual(['M48.062', 'leg heaviness after walking two blocks, relieved by sitting']);
  });

  it('keeps "does not document" where the note describes no such symptoms, or relief by rest alone, or denies them', () => {
    for (const other of [
      'Low back pain.',
      'Calf cramping after walking one block, relieved by standing still to rest.',
      'Denies leg pain with walking relieved by sitting.',
    ]) {
      const f = qualifier(other + stenosis);
      expect(f, other).toMatchObject({ severity: 'warning', suggestions: ['M48.061'] });
      expect(f?.messageId, other).toBe('finding_family_qualifier');
    }
  });
});
