import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { textForVisit, visitEntries } from './visit-entries';

const verdict = (code: string, note: string, dateOfService?: string) =>
  analyze({
    fields: [
      { id: 'dx', kind: 'diagnosis', text: code },
      { id: 'n', kind: 'note', text: note },
    ],
    ...(dateOfService ? { dateOfService } : {}),
  }).verdicts?.find((v) => v.code === code)?.verdict;

const CUMULATIVE = [
  'Visit 09/25/2026:\nL4-5 lumbar spinal stenosis on MRI. Walks 2 miles without leg symptoms. No neurogenic claudication.\nDx: lumbar stenosis without neurogenic claudication.',
  'Visit 11/20/2026:\nBilateral calf heaviness after one block, relieved by sitting.\nDx: L4-5 lumbar spinal stenosis with neurogenic claudication.',
].join('\n\n');

// Blind QA stop 51, H5: a cumulative note is read for the visit of the date of service.
describe('a cumulative note read for one date of service', () => {
  it.each([
    CUMULATIVE,
    // Newest first, other heading words and date forms.
    'Encounter 2026-11-20:\nL4-5 stenosis with neurogenic claudication.\n\nEncounter 2026-09-25:\nL4-5 stenosis. No neurogenic claudication.',
    'Office visit Sep 25, 2026 - L4-5 stenosis; denies neurogenic claudication.\nOffice visit Nov 20, 2026 - L4-5 stenosis with neurogenic claudication.',
    '09/25/2026\nL4-5 stenosis. No neurogenic claudication.\n11/20/2026\nL4-5 stenosis with neurogenic claudication.',
  ])('reads the earlier visit without the later entry: %s', (note) => {
    expect(verdict('M48.061', note, '2026-09-25')).toBe('supported');
    expect(verdict('M48.062', note, '2026-09-25')).toBe('finding');
    // The later visit reads every entry up to its own, as before.
    expect(verdict('M48.062', note, '2026-11-20')).toBe('supported');
  });

  it('keeps every span of the entries it reads', () => {
    const scoped = textForVisit(CUMULATIVE, '2026-09-25');
    expect(scoped.length).toBe(CUMULATIVE.length);
    const cut = CUMULATIVE.indexOf('Visit 11/20/2026');
    expect(scoped.slice(0, cut)).toBe(CUMULATIVE.slice(0, cut));
    expect(scoped.slice(cut).trim()).toBe('');
  });

  it.each([
    // No date of service given: the whole note, as before.
    [CUMULATIVE, undefined],
    // No entry of that date.
    [CUMULATIVE, '2026-10-15'],
    // One dated heading only (a note's own date line), and a plan's next visit.
    [
      'DOS: 09/25/2026\nL4-5 stenosis with neurogenic claudication.\nFollow-up visit: 11/20/2026',
      '2026-09-25',
    ],
    // Dates that start lines of a list are no visit headings.
    [
      'Injections:\n09/25/2026 - L4-5 ESI\n11/20/2026 - L4-5 ESI\nL4-5 stenosis with neurogenic claudication.',
      '2026-09-25',
    ],
  ])('reads the whole note otherwise', (note, date) => {
    expect(verdict('M48.062', note, date)).toBe('supported');
  });

  it('refuses a heading date it cannot read for certain', () => {
    expect(visitEntries('Visit 03/04/2026:\nA.\nVisit 04/03/2026:\nB.')).toBeUndefined();
    expect(visitEntries('Visit 03/04/2026:\nA.\nVisit 25/04/2026:\nB.')).toEqual([
      { start: 0, iso: '2026-04-03' },
      { start: 21, iso: '2026-04-25' },
    ]);
  });
});

// Stop 53: later entries were left out silently; the result says how many, and where.
describe('later entries left unread are said so', () => {
  const run = (text: string, dateOfService?: string) =>
    analyze({
      fields: [
        { id: 'dx', kind: 'diagnosis', text: 'M48.061' },
        { id: 'n', kind: 'note', text },
      ],
      ...(dateOfService ? { dateOfService } : {}),
    });
  const note =
    'Visit 09/25/2026: L4-5 stenosis.\nVisit 10/23/2026: L4-5 stenosis, better.\nVisit 11/20/2026: L4-5 stenosis with neurogenic claudication.\n';

  it('counts the entries after the date of service, in each note field', () => {
    expect(run(note, '2026-09-25').laterEntriesUnread).toEqual({
      dateOfService: '2026-09-25',
      entries: 2,
      fieldIds: ['n'],
    });
    expect(run(note, '2026-10-23').laterEntriesUnread).toEqual({
      dateOfService: '2026-10-23',
      entries: 1,
      fieldIds: ['n'],
    });
    const two = analyze({
      fields: [
        { id: 'a', kind: 'note', text: note },
        { id: 'b', kind: 'note', text: 'DOS 2026-09-25\nNeck pain.\nDOS 2026-12-01\nNeck pain, worse.' },
      ],
      dateOfService: '2026-09-25',
    });
    expect(two.laterEntriesUnread).toEqual({ dateOfService: '2026-09-25', entries: 3, fieldIds: ['a', 'b'] });
  });

  it('is absent when the whole note was read', () => {
    expect(run(note, '2026-11-20').laterEntriesUnread).toBeUndefined();
    expect(run(note).laterEntriesUnread).toBeUndefined();
    expect(run('L4-5 stenosis.', '2026-09-25').laterEntriesUnread).toBeUndefined();
    // A date that is no entry's: read whole, as before.
    expect(run(note, '2026-10-01').laterEntriesUnread).toBeUndefined();
  });
});
