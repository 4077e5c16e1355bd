import { describe, expect, it } from 'vitest';
import { verdictOn } from '../../../test/support/code-and-note';

// QA stop 51 (H2, continued): a problem list drawn as columns aligned by spaces, with a "Status"
// column, set the status of a radiculopathy row but not of a stenosis row: the stenosis reader took
// the status where the unpunctuated table's "sentence" starts (its header), not where the row is.
describe('a status column in a space-aligned problem table', () => {
  const table = (row: string, other = 'Osteoporosis                     Active      2020') =>
    `PROBLEM LIST\nProblem                          Status      Onset\n${row}\n${other}\n`;

  it.each([
    ['M48.061', table('Lumbar spinal stenosis L4-5      Inactive    2023')],
    ['M48.061', table('Lumbar spinal stenosis L4-5      Resolved    2023')],
    ['M48.062', table('Lumbar stenosis w/ claudication  Historical  2019')],
    ['M48.02', table('Cervical canal stenosis C5-6     In remission  2021')],
    ['M54.16', table('Lumbar radiculopathy L5          Inactive    2022')],
    [
      'M48.061',
      'Diagnosis                       Status       Noted\nSpinal stenosis, lumbar         Inactive     06/2023\nLow back pain                   Active       2026',
    ],
  ])('%s is not current: %s', (code, note) => {
    expect(verdictOn(code, note)).toBe('finding');
  });

  it.each([
    ['M48.061', table('Lumbar spinal stenosis L4-5      Active      2023')],
    [
      'M48.061',
      table(
        'Lumbar spinal stenosis L4-5      Chronic     2023',
        'Osteoporosis                     Inactive    2019',
      ),
    ],
    [
      'M48.061',
      `${table('Osteoporosis                     Inactive    2019')}\nMRI today: moderate central canal stenosis at L4-5.`,
    ],
  ])('a current row stays current (control): %s', (code, note) => {
    expect(verdictOn(code, note)).toBe('supported');
  });
});
