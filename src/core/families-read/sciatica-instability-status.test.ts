import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { page } from './run-rule';

// Sciatica (M54.3-, M54.4-) and spinal instability (M53.2X-) codes against a note that states the
// condition only as gone, denied or in doubt (blind QA stop 54, L6: "not checked" beside "Sciatica,
// right (resolved 2023)" and "no instability"). Sentences of our own.
const result = (code: string, note: string, setting?: 'inpatient') =>
  analyze({ ...page(code, note), ...(setting ? { setting } : {}) });
const verdict = (code: string, note: string, setting?: 'inpatient') =>
  (result(code, note, setting).verdicts ?? []).find((v) => v.code === code)?.verdict;
const message = (code: string, note: string) =>
  result(code, note).findings.find((f) => f.code === code && f.rule === 'unsupported-code')?.message;

describe('a sciatica or instability code beside a note that states the condition only as not there now', () => {
  it.each([
    ['M54.31', 'Problem list (resolved): right sciatica, resolved 2023.', 'resolved'],
    ['M54.42', 'Low back pain. Denies sciatica.', 'negated'],
    ['M54.30', 'History of sciatica in 2015.', 'historical'],
    ['M54.32', 'Possible left sciatica; exam equivocal.', 'uncertain'],
    ['M53.2X6', 'Flexion and extension views show no instability at L4-5.', 'negated'],
    ['M53.2X2', 'Cervical instability was ruled out on dynamic films.', 'negated'],
  ])('%s: "%s"', (code, note, word) => {
    expect(verdict(code, note)).toBe('finding');
    expect(message(code, note)).toMatch(new RegExp(`documents it only as ${word}`));
  });
});

describe('is never called supported by this check, and stays quiet where the note affirms the condition', () => {
  it.each([
    ['M54.31', 'Acute right sciatica after lifting.'],
    ['M54.41', 'Low back pain with right sciatica.'],
    ['M53.2X6', 'Segmental instability at L4-5 on flexion views.'],
    ['M53.2X6', 'Chronic low back pain.'],
  ])('%s: "%s"', (code, note) => {
    expect(verdict(code, note)).toBe('not-checked');
  });

  it('does not read the instability of a joint, of gait or of the circulation', () => {
    expect(
      verdict(
        'M53.2X6',
        'No shoulder instability. Gait not unstable. Hemodynamically unstable overnight, now stable.',
      ),
    ).toBe('not-checked');
  });

  it('counts an uncertain statement as documented inpatient', () => {
    expect(verdict('M54.32', 'Possible left sciatica; exam equivocal.', 'inpatient')).toBe('not-checked');
    expect(verdict('M53.2X6', 'Suspected L4-5 instability.', 'inpatient')).toBe('not-checked');
  });
});
