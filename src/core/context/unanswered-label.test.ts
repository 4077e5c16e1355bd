import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { isUnansweredMark, unansweredLabel } from './unanswered-label';

const after = (text: string, term: string) => unansweredLabel(text, text.indexOf(term) + term.length);
const quoted = (text: string, term: string) => {
  const found = after(text, term);
  return found && text.slice(found.start, found.end);
};

describe('unansweredLabel', () => {
  it('finds the placeholder a template printed for the answer', () => {
    expect(quoted('Radiculopathy: ***\nPlan: PT', 'Radiculopathy')).toBe('***');
    expect(quoted('Neurogenic claudication: {Yes/No:1234}', 'Neurogenic claudication')).toBe('{Yes/No:1234}');
    expect(quoted('Neurogenic claudication: {Present/Absent}.', 'Neurogenic claudication')).toBe(
      '{Present/Absent}',
    );
    expect(quoted('Myelopathy: ____', 'Myelopathy')).toBe('____');
    expect(quoted('Right L5 radiculopathy: (select one)', 'radiculopathy')).toBe('(select one)');
    expect(quoted('Radiculopathy, left:  XXX', 'Radiculopathy')).toBe('XXX');
    expect(quoted('Spinal stenosis: @FINDING@', 'stenosis')).toBe('@FINDING@');
  });

  it('reads an empty answer as a blank only in a run of blank labels or as the last line', () => {
    expect(quoted('Radiculopathy:\nNeurogenic claudication: {Yes/No:1234}', 'Radiculopathy')).toBe(':');
    expect(quoted('Myelopathy: ***\nRadiculopathy:\nPlan: PT', 'Radiculopathy')).toBe(':');
    expect(quoted('Radiculopathy:\nMyelopathy: [ ] yes [ ] no', 'Radiculopathy')).toBe(':');
    expect(quoted('Exam normal.\nRadiculopathy:', 'Radiculopathy')).toBe(':');
  });

  it('leaves an answered label, a heading over its answer, and a term that is no label', () => {
    expect(after('Radiculopathy: right L5, confirmed on EMG.', 'Radiculopathy')).toBeUndefined();
    expect(
      after('Radiculopathy:\nRight L5 distribution pain with a positive SLR.', 'Radiculopathy'),
    ).toBeUndefined();
    expect(after('1. Lumbar spinal stenosis:\n   Plan: PT and gabapentin.', 'stenosis')).toBeUndefined();
    expect(after('Neurogenic claudication: {Yes}', 'claudication')).toBeUndefined();
    expect(after('Moderate stenosis. Plan: ***', 'stenosis')).toBeUndefined();
    expect(after('Impression: lumbar stenosis', 'stenosis')).toBeUndefined();
    expect(after('Radiculopathy: yes', 'Radiculopathy')).toBeUndefined();
  });

  it('knows its own quotes, and nothing else, as the mark of an unanswered label', () => {
    for (const mark of [':', '***', '{Yes/No:1234}', '___', '(select)'])
      expect(isUnansweredMark(mark), mark).toBe(true);
    for (const text of ['no', 'possible', '[ ]', 'r/o']) expect(isUnansweredMark(text), text).toBe(false);
  });
});

describe('a template left unanswered in a note', () => {
  const run = (code: string, text: string) =>
    analyze({
      fields: [
        { id: 'dx', kind: 'diagnosis', text: code },
        { id: 'note', kind: 'note', text },
      ],
    });

  it('does not support a code whose finding is only a blank label, and says so', () => {
    for (const text of [
      'Low back pain, L4-5.\nRadiculopathy: ***\nPlan: PT',
      'Lumbar exam.\nRadiculopathy:\nNeurogenic claudication: {Yes/No:1234}',
      'Lumbar exam.\nLumbar radiculopathy: ___',
    ]) {
      const result = run('M54.16', text);
      expect(result.verdicts?.find((v) => v.code === 'M54.16')?.verdict, text).toBe('finding');
      expect(result.findings.find((f) => f.code === 'M54.16')?.message, text).toMatch(/only as unanswered/);
    }
  });

  it('keeps supporting a label answered on its line or below it', () => {
    const result = run('M54.16', 'Lumbar radiculopathy: right L5, confirmed on EMG.\nPlan: PT');
    expect(result.verdicts?.find((v) => v.code === 'M54.16')?.verdict).toBe('supported');
  });
});
