import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { page } from '../rules/run-rule';
import { findConditions } from './find-conditions';

// Blind QA stop 47: how a note's context (another's words, a correction, a past operation's
// reason, a resolution elsewhere in the spine, a hedge) reaches the code verdicts. Each class is
// tested with sentences of our own.
const run = (codes: string, note: string) => analyze(page(codes, note));
const verdict = (code: string, note: string) => run(code, note).verdicts?.find((v) => v.code === code);
const finding = (code: string, note: string) =>
  run(code, note)
    .findings.filter((f) => f.code === code && f.rule !== 'suggested-code')
    .map((f) => [f.rule, f.severity, f.suggestions]);
const status = (note: string, word: string) =>
  findConditions({ id: 'n', kind: 'note', text: note })
    .filter((c) => c.span.text.toLowerCase() === word)
    .map((c) => c.status);

describe("class 1: another's words and a retracted statement are not the author's finding", () => {
  it('leaves a quoted outside diagnosis unsupported when the author finds otherwise', () => {
    const note =
      'Record review: the referring surgeon diagnosed "C5-6 disc herniation with cervical radiculopathy". ' +
      'My exam: Spurling negative, reflexes symmetric. I find no radiculopathy. MRI reviewed: no disc herniation at C5-6.';
    expect(verdict('M50.122', note)?.verdict).toBe('finding');
  });

  it('reads what a patient was told as unconfirmed, so the later "no stenosis" decides', () => {
    const note =
      'She was told at an urgent care that she has "bad stenosis in the neck". CT today: no cervical canal stenosis.';
    expect(verdict('M48.02', note)?.verdict).toBe('finding');
  });

  it("lets an addendum's correction take back the original impression", () => {
    const note =
      'CT CERVICAL SPINE. IMPRESSION: Moderate canal stenosis at C6-7.\n' +
      'ADDENDUM: Correction after review of the sagittal images: at C6-7 there is no canal stenosis; the narrowing is of the left neural foramen, from uncovertebral spurring.';
    expect(
      run('M48.02', note)
        .mentions.filter((m) => m.site === 'canal')
        .map((m) => m.status),
    ).toEqual(['negated', 'negated']);
    expect(verdict('M48.02', note)?.verdict).toBe('finding');
  });

  it('keeps the original impression when no correction stands between it and a later denial', () => {
    const note = 'Moderate canal stenosis at C6-7. Follow-up CT 2 years later: no canal stenosis at C6-7.';
    expect(run('M48.02', note).mentions.map((m) => m.status)).toEqual(['affirmed', 'negated']);
  });
});

describe("class 2: a past operation's reason is history", () => {
  it('does not support a code for what an operation treated, with dates and a second procedure between', () => {
    const note =
      'Had C5-6 ACDF and C6 foraminotomy on 4/2/2024 for cervical stenosis with myelopathy. Hand function normal since. No myelopathic signs.';
    expect(verdict('M48.02', note)?.verdict).toBe('finding');
    expect(status(note, 'myelopathy')).not.toContain('affirmed');
  });

  it('reads the cause named with the reason as history too', () => {
    const note =
      'S/p left L4-5 microdiscectomy in 2019 for L5 radiculopathy caused by a large L4-5 disc protrusion. Doing well, no leg pain.';
    expect(verdict('M51.16', note)?.verdict).toBe('finding');
    expect(finding('M51.16', note).map((f) => f[0])).not.toContain('qualifier-mismatch');
  });

  it('keeps a stenosis the note says has come back current', () => {
    const note =
      'Underwent L3-4 laminectomy on 6/1/2018 for canal stenosis which has recurred at L3-4 on MRI today, with neurogenic claudication.';
    expect(verdict('M48.062', note)?.verdict).toBe('supported');
  });
});

describe('class 4: a resolution in another part of the spine leaves the current radiculopathy current', () => {
  it('keeps an EMG-confirmed lumbar radiculopathy current beside a resolved cervical one', () => {
    const note =
      'EMG: acute right L5 radiculopathy. MRI: L4-5 right foraminal disc protrusion contacting the L5 root.\n' +
      'Impression: Right L5 radiculopathy from the L4-5 disc protrusion. Prior neck radiculopathy treated with ACDF, resolved.';
    expect(verdict('M51.16', note)?.verdict).toBe('supported');
  });

  it('still reads a resolution in the same part, or one naming no part, as ending it', () => {
    expect(
      status(
        'Left L5 radiculopathy from an L4-5 disc herniation. Lumbar radiculopathy resolved after the injection.',
        'radiculopathy',
      )[0],
    ).toBe('historical');
    expect(status('Left C7 radiculopathy. Radiculopathy resolved.', 'radiculopathy')[0]).toBe('historical');
  });

  it('reads a cervical resolution as ending a cervical radiculopathy', () => {
    expect(
      status(
        'C6 radiculopathy from a C5-6 disc. Cervical radiculopathy resolved with PT.',
        'radiculopathy',
      )[0],
    ).toBe('historical');
  });
});

describe('class 5: an uncertain "with" asks the provider; it suggests no "without" code', () => {
  it('gives a soft qualifier finding with no replacement for a hedged neurogenic claudication', () => {
    for (const note of [
      'MRI: severe L3-4 canal stenosis. Calf cramping on walking, probably neurogenic claudication; ABI ordered.',
      'L4-5 canal stenosis. Symptoms may represent neurogenic claudication versus vascular claudication.',
    ]) {
      expect(finding('M48.062', note), note).toEqual([['qualifier-mismatch', 'info', []]]);
    }
  });

  it('still suggests the "without" code when the note denies it', () => {
    const note = 'MRI: severe L3-4 canal stenosis. No neurogenic claudication; walks two miles.';
    expect(finding('M48.062', note)).toEqual([['qualifier-mismatch', 'warning', ['M48.061']]]);
  });
});
