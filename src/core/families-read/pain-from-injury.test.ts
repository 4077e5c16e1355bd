import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { CodeLookup, Excludes1Note } from '../types';

// Blind QA stop 50, H4: pain the note puts down to a current injury is the injury's (block M50-M54
// Excludes1, M54.5 Excludes1, Official Guidelines I.B.5), whichever code was entered first.
// Excludes1 notes as the FY2027 tabular has them (src/kb excludes1Reader for M54.2, M54.50):
const NOTES: Record<string, Excludes1Note[]> = {
  M5: [{ text: 'current injury - see injury of spine by body region', at: 'block M50-M54' }],
  'M54.2': [{ text: 'cervicalgia due to intervertebral cervical disc disorder (M50.-)', at: 'M54.2' }],
  'M54.5': [{ text: 'low back strain (S39.012)', at: 'M54.5' }],
};
const lookup: CodeLookup = Object.assign((code: string) => ({ code, title: code, billable: true }), {
  excludes1: (code: string) =>
    Object.entries(NOTES).flatMap(([at, notes]) =>
      code.startsWith(at) && (at !== 'M5' || code < 'M55') ? notes : [],
    ),
});
const run = (codes: string, note: string) =>
  analyze(
    {
      fields: [
        { id: 'dx', kind: 'diagnosis', text: codes },
        { id: 'note', kind: 'note', text: note },
      ],
    },
    { lookup },
  );
const verdicts = (r: ReturnType<typeof run>) =>
  Object.fromEntries((r.verdicts ?? []).map((v) => [v.code, v.verdict]));

describe('pain the note puts down to a current injury', () => {
  it.each([
    [
      'S39.012A, M54.50',
      'ED: lifted a heavy crate yesterday. Impression: LBP secondary to an acute lumbar muscle strain.',
    ],
    ['S39.012A, M54.50', 'Assessment: lumbar strain causing low back pain, initial visit.'],
    ['S13.4XXA, M54.2', 'Rear-ended today. Neck pain due to a cervical sprain; films negative.'],
    ['S13.4XXD, M54.2', 'Follow-up of whiplash. Her neck pain comes from the whiplash injury and is easing.'],
  ])('falls on the pain code, in either entry order: %s', (codes, note) => {
    const [injury, pain] = codes.split(', ') as [string, string];
    for (const order of [`${injury}, ${pain}`, `${pain}, ${injury}`]) {
      const r = run(order, note);
      expect(verdicts(r)).toEqual({ [injury]: 'not-checked', [pain]: 'finding' });
      const f = r.findings.filter((x) => x.code === pain && x.rule === 'classified-elsewhere');
      expect(f.map((x) => [x.severity, x.suggestions])).toEqual([['warning', [injury]]]);
      expect(r.findings.some((x) => x.code === injury)).toBe(false);
    }
  });

  it.each([
    'Low back pain after lifting boxes; no injury identified.',
    'Low back pain. History of a lumbar strain in 2019, resolved.',
    'Chronic neck pain from cervical spondylosis.',
  ])('leaves pain with no current injury as its cause alone: %s', (note) => {
    const code = /neck/i.test(note) ? 'M54.2' : 'M54.50';
    expect(
      run(code, note).findings.filter(
        (f) => f.rule === 'classified-elsewhere' && f.messageId === 'finding_family_pain_from_injury',
      ),
    ).toEqual([]);
  });

  it('asks for the injury when only the pain code is entered', () => {
    const r = run('M54.50', 'Low back pain from a lumbar muscle strain at work.');
    expect(r.findings.map((f) => [f.rule, f.code, f.suggestions])).toEqual([
      ['classified-elsewhere', 'M54.50', []],
    ]);
  });
});
