import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { page } from './run-rule';

// Z98.1 Arthrodesis status (blind QA stop 53/54): "outside the families ChartLint reads" beside
// notes that document a spinal fusion done, and beside ones that only plan one. Sentences of our own.
const result = (note: string) => analyze(page('Z98.1', note));
const verdict = (note: string) => (result(note).verdicts ?? []).find((v) => v.code === 'Z98.1')?.verdict;
const finding = (note: string) =>
  result(note).findings.find((f) => f.code === 'Z98.1' && f.rule === 'unsupported-code');

describe('Z98.1 is supported by a fusion that was done', () => {
  it.each([
    'Status post L4-5 posterior fusion in 2019; now adjacent segment degeneration at L3-4.',
    'PSH: C5-6 ACDF (2018), appendectomy.',
    "History of L5-S1 TLIF. Hardware intact on today's films.",
    'CT lumbar: solid interbody fusion at L4-L5 with pedicle screws.',
    'Prior arthrodesis of the right ankle.',
  ])('%s', (note) => {
    expect(verdict(note)).toBe('supported');
  });
});

describe('Z98.1 is not supported by a fusion planned, denied or made by the body', () => {
  it.each([
    ['Recommend L4-5 decompression and fusion.', 'planned or discussed'],
    ['Scheduled for C5-6 ACDF next month.', 'planned or discussed'],
    ['Plan: lumbar fusion discussed; she wishes to wait.', 'planned or discussed'],
    ['Candidate for fusion if symptoms persist after PT.', 'planned or discussed'],
    ['No prior spinal fusion or other spine surgery.', 'negated'],
  ])('%s', (note, word) => {
    expect(verdict(note)).toBe('finding');
    expect(finding(note)?.message).toContain(`only as ${word}`);
  });

  it.each(['Klippel-Feil anomaly with congenital fusion of C2-C3.', 'Chronic low back pain, no surgery.'])(
    'no fusion done: %s',
    (note) => {
      expect(verdict(note)).toBe('finding');
      expect(finding(note)?.message).toContain('documents no fusion that was done');
    },
  );

  it('a fusion done beside one planned at another level is still a status', () => {
    expect(verdict('S/p C5-6 ACDF 2017. Now recommend C6-7 ACDF for adjacent segment disease.')).toBe(
      'supported',
    );
  });
});

// QA stop 57: during the fusion's own stay (its operative note, the days after it) the fusion is
// the procedure coded for the stay, not a status the patient carries (Tabular Z98 "Other
// postprocedural states"; Chapter 21's notes). Sentences of our own.
describe('Z98.1 is not supported by the fusion of this stay', () => {
  it.each([
    'Admitted for elective L4-S1 posterior lumbar interbody fusion.',
    'POD 1 status post L4-5 TLIF. Pain controlled.',
    'Procedure: C5-6 ACDF. Estimated blood loss 50 mL.',
    'L4-L5 instrumented arthrodesis performed today without complication.',
    'Hospital course: she underwent L3-4 fusion during this admission.',
  ])('%s', (note) => {
    expect(verdict(note)).toBe('finding');
    expect(finding(note)?.params?.['statuses_or_terms']).toBe('status_current');
  });

  it('is supported by an earlier fusion, in a visit after it or in the stay of another operation', () => {
    expect(verdict('Patient s/p L4-5 TLIF, seen today for follow-up. Doing well.')).toBe('supported');
    expect(verdict('POD 2 after lumbar discectomy. Prior C5-6 ACDF in 2015.')).toBe('supported');
    expect(verdict('Procedure: spinal manipulation. History of L5-S1 fusion.')).toBe('supported');
  });
});
