import { describe, expect, it } from 'vitest';
import { verdictOn } from '../../../test/support/code-and-note';
import { valueStatus } from './problem-status';

// QA stop 51, H2: a problem list's status field ("Status: Resolved") was not read, so a resolved
// problem supported its code. Shapes of several EHR exports; active problems and other fields keep
// their reading.
describe('a problem list status field', () => {
  it.each([
    'Problem: Cervical radiculopathy, right C6    Status: Resolved    Onset: 2021',
    'Problem: Cervical radiculopathy, right C6\nStatus: Resolved',
    'Cervical radiculopathy, right C6\nOnset: 2021\nStatus: Inactive',
    'Problem: Cervical radiculopathy, right C6 | Status: Ruled out',
    'PROBLEM LIST\nProblem                         | Status   | Onset\nCervical radiculopathy, right C6 | Resolved | 2021\nOsteoporosis                     | Active   | 2023',
    '| Problem | Clinical status | Noted |\n|---|---|---|\n| Cervical radiculopathy C6 | inactive | 2021 |',
    'Dx: Cervical radiculopathy C6; Problem status: historical',
  ])('makes the problem past or negated: %s', (note) => {
    expect(verdictOn('M54.12', note)).toBe('finding');
  });

  it.each([
    'Problem: Cervical radiculopathy, right C6    Status: Active    Onset: 2021',
    'Problem: Cervical radiculopathy, right C6\nStatus: Chronic',
    'PROBLEM LIST\nProblem | Status | Onset\nOsteoporosis | Resolved | 2019\nCervical radiculopathy, right C6 | Active | 2026',
    'Problem: Osteoporosis    Status: Resolved\nProblem: Cervical radiculopathy, right C6    Status: Ongoing',
    // Another field named "status", and a status line after a blank line.
    'Mental status: resolved confusion. Cervical radiculopathy right C6.',
    'Cervical radiculopathy, right C6.\n\nStatus: resolved',
    // "Status post" is no status field.
    'Cervical radiculopathy right C6. Status: post ACDF C5-6 in 2019.',
  ])('keeps a current problem current: %s', (note) => {
    expect(verdictOn('M54.12', note)).toBe('supported');
  });

  it('reads the values of problem lists', () => {
    // A resolved problem was there and is over: history, said as such (QA stop 53, L2).
    expect(valueStatus('Resolved')).toBe('historical');
    expect(valueStatus('healed')).toBe('historical');
    expect(valueStatus('ruled out')).toBe('negated');
    expect(valueStatus('Inactive')).toBe('historical');
    expect(valueStatus('in remission')).toBe('historical');
    expect(valueStatus('Active')).toBeNull();
    expect(valueStatus('Chronic')).toBeNull();
    expect(valueStatus('post laminectomy')).toBeNull();
  });
});
