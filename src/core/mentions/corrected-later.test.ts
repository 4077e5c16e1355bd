import { describe, expect, it } from 'vitest';
import { findConditions } from '../families-read/find-conditions';
import { correctionMarks } from './corrected-later';

const read = (text: string) =>
  findConditions({ id: 'n', kind: 'note', text }).map((c) => `${c.kind} ${c.levels.join(',')} ${c.status}`);

// QA stop 48, class B: a statement the note corrects, at other levels, or says was entered in
// error, is not documented; the corrected statement is.
describe('corrections that move a level or retract a statement', () => {
  it('retracts an assessment later said to be in error, keeping the corrected level', () => {
    expect(
      read('Assessment: C5-6 disc herniation.\nAddendum 11/02: entered in error. The herniation is at C6-7.'),
    ).toEqual(['disc-displacement C5-C6 negated', 'disc-displacement C6-C7 affirmed']);
  });

  it('reads "Error: should read" and "Amended" as introducing the corrected level', () => {
    expect(
      read('Impression: L3-4 spondylolisthesis, grade 1. Error: should read L4-5 spondylolisthesis.'),
    ).toEqual(['spondylolisthesis L3-L4 negated', 'spondylolisthesis L4-L5 affirmed']);
    expect(
      read(
        'Findings: grade 1 spondylolisthesis at L4-5.\nAmended report: the spondylolisthesis is at L5-S1, not L4-5.',
      ),
    ).toEqual(['spondylolisthesis L4-L5 negated', 'spondylolisthesis L5-S1 affirmed']);
  });

  it('retracts only the clause the in-error words stand in', () => {
    expect(
      read(
        'Plan: disregard the T7-8 disc herniation in the prior note; T8-9 disc herniation confirmed on MRI.',
      ),
    ).toEqual(['disc-displacement T7-T8 negated', 'disc-displacement T8-T9 affirmed']);
    expect(
      read('Dx: L4-5 disc herniation (corrected from L3-4 disc herniation, which was dictated in error).'),
    ).toEqual(['disc-displacement L4-L5 affirmed', 'disc-displacement L3-L4 negated']);
  });

  it('leaves an addendum that adds a finding, and a correction of another kind, alone', () => {
    expect(
      read('Impression: L4-5 disc herniation. Addendum: also a small L3-4 disc herniation on review.'),
    ).toEqual(['disc-displacement L4-L5 affirmed', 'disc-displacement L3-L4 affirmed']);
    expect(read('Impression: L4-5 disc herniation. Correction: spondylolisthesis is at L5-S1.')).toEqual([
      'disc-displacement L4-L5 affirmed',
      'spondylolisthesis L5-S1 affirmed',
    ]);
  });

  it('reads no correction in an operative note that retracts a root or corrects a deformity', () => {
    expect(
      read(
        'MRI showed an L5-S1 disc herniation. The S1 root was retracted medially. A small L1-2 disc herniation was seen.',
      ),
    ).toEqual(['disc-displacement L5-S1 affirmed', 'disc-displacement L1-L2 affirmed']);
    expect(
      read(
        'L4-5 spondylolisthesis. Correction of the deformity was achieved; L3-4 spondylolisthesis remains.',
      ),
    ).toEqual(['spondylolisthesis L4-L5 affirmed', 'spondylolisthesis L3-L4 affirmed']);
  });

  it('finds the marks and which retract', () => {
    expect(
      correctionMarks('Addendum. Entered in error. Correction: x. Error: should read y.').map(
        (m) => m.retracts,
      ),
    ).toEqual([true, false, false, false]);
  });
});
