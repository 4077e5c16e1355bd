import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { Comparison, Finding } from '../types';
import { raiseEnteredPair } from './excludes1-entered';

// Blind QA stop 48: each class tested by its shape, with sentences of our own.
const run = (codes: string, note: string) =>
  analyze({
    fields: [
      { id: 'dx', kind: 'diagnosis', text: codes },
      { id: 'note', kind: 'note', text: note },
    ],
  });
const findings = (codes: string, note: string, code: string) =>
  run(codes, note)
    .findings.filter((f) => f.code === code && f.rule !== 'suggested-code')
    .map((f) => [f.rule, f.suggestions]);

describe('cervicalgia beside a cervical disc: the combination code carries what the note documents', () => {
  it('suggests M50.1- when the note documents a radiculopathy the disc can cause', () => {
    const note =
      'Neck pain for a month. MRI: right foraminal disc protrusion at C6-C7 with right C7 radiculopathy.';
    expect(findings('M54.2', note, 'M54.2')).toEqual([['classified-elsewhere', ['M50.123']]]);
  });

  it('suggests M50.0- with a myelopathy, and M50.2-/M50.3- with neither', () => {
    expect(
      findings(
        'M54.2',
        'Neck pain. MRI: C4-5 disc extrusion compressing the cord, cervical myelopathy.',
        'M54.2',
      ),
    ).toEqual([['classified-elsewhere', ['M50.021']]]);
    expect(
      findings('M54.2', 'Neck pain. MRI: C4-5 disc extrusion. No radiculopathy or myelopathy.', 'M54.2'),
    ).toEqual([['classified-elsewhere', ['M50.221']]]);
  });

  it('does not take a radiculopathy at a root the disc cannot reach', () => {
    expect(
      findings('M54.2', 'Neck pain. MRI: C3-4 disc protrusion. EMG: right C8 radiculopathy.', 'M54.2'),
    ).toEqual([['classified-elsewhere', ['M50.21']]]);
  });
});

describe('a wrong region across the disc families suggests the family of the documented region', () => {
  it('moves M51.1- to M50.1- at the cervical level the note names', () => {
    const note =
      'MRI cervical spine: C5-6 left disc extrusion with left C6 radiculopathy. Lumbar spine unremarkable.';
    expect(findings('M51.16', note, 'M51.16')).toEqual([['region-mismatch', ['M50.122']]]);
  });

  it('moves M51.2- to M50.2- and, with no level, to the unspecified cervical region', () => {
    expect(
      findings('M51.26', 'MRI: C6-C7 disc herniation, no radiculopathy. Lumbar normal.', 'M51.26'),
    ).toEqual([['region-mismatch', ['M50.223']]]);
    expect(
      findings('M51.26', 'Cervical disc herniation, neck only, no arm symptoms.', 'M51.26')[0]?.[1],
    ).toEqual(['M50.20']);
  });
});

describe('an Excludes1 pair entered together is a warning (raiseEnteredPair)', () => {
  const finding = (): Finding => ({
    rule: 'classified-elsewhere',
    severity: 'info',
    code: 'M54.2',
    suggestions: ['M50.122'],
    message: 'X. The note does not link the two in one sentence: check whether they are related.',
    messageId: 'finding_family_excludes1',
    params: { code: 'M54.2', unlinked_msg: 'sentence_not_linked' },
    evidence: [],
    sources: [],
  });
  const notes = (code: string) =>
    code === 'M54.2'
      ? [{ at: 'M54.2', text: 'cervicalgia due to intervertebral cervical disc disorder (M50.-)' }]
      : [];

  it("raises it when an entered code is one the M54 code's Excludes1 note names", () => {
    const f = finding();
    const compared: Comparison[] = [
      {
        rule: 'classified-elsewhere',
        code: 'M54.2',
        outcome: 'finding',
        evidence: [],
        reason: 'X',
        messageId: 'finding_family_excludes1',
      },
    ];
    raiseEnteredPair({ findings: [f], compared }, 'M54.2', ['M54.2', 'M50.123'], notes);
    // Both codes entered: the pair is excludes1-pair's, finding and comparison (blind QA stop 50, LOW).
    expect([f.rule, compared[0]?.rule]).toEqual(['excludes1-pair', 'excludes1-pair']);
    expect(f.severity).toBe('warning');
    expect(f.message).toBe(
      'X. M50.123 is entered beside it: the two are reported together only when the conditions are unrelated.',
    );
    expect(f.params).toMatchObject({ unlinked_msg: 'sentence_excludes1_pair_entered', other: 'M50.123' });
  });

  it('leaves it when the other code is not named by the note (M54.2 does not exclude M54.1-)', () => {
    const f = finding();
    raiseEnteredPair({ findings: [f], compared: [] }, 'M54.2', ['M54.2', 'M54.12'], notes);
    expect([f.rule, f.severity]).toEqual(['classified-elsewhere', 'info']);
  });
});
