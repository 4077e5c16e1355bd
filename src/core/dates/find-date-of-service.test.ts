import { describe, expect, it } from 'vitest';
import type { FieldText } from '../types';
import { findDateOfService } from './find-date-of-service';

const note = (text: string, id = 'n'): FieldText => ({ id, kind: 'note', text });
const date = (text: string, id = 'd'): FieldText => ({ id, kind: 'date', text });

describe('findDateOfService', () => {
  it('reads a labelled date from a date field, with its exact span', () => {
    const field = date('Date of service: 11/23/2026');
    const found = findDateOfService([field]);
    expect(found).toMatchObject({ found: true, iso: '2026-11-23', label: 'Date of service' });
    if (found.found) expect(field.text.slice(found.span.start, found.span.end)).toBe('11/23/2026');
  });

  it('reads banner and note labels in several wordings and languages', () => {
    expect(findDateOfService([note('Patient: J. Doe   DOS 2026-11-03   Provider: Dr. K')])).toMatchObject({ found: true, iso: '2026-11-03' });
    expect(findDateOfService([note('Visit date - Nov 3, 2026')])).toMatchObject({ found: true, iso: '2026-11-03' });
    expect(findDateOfService([note('Encounter date: 3 November 2026')])).toMatchObject({ found: true, iso: '2026-11-03' });
    expect(findDateOfService([date('Behandlungsdatum: 03.11.2026')])).toMatchObject({ found: true, iso: '2026-11-03' });
    expect(findDateOfService([date('Fecha de consulta: 3 de noviembre de 2026')])).toMatchObject({ found: true, iso: '2026-11-03' });
  });

  it("reads a label that ends in its own colon, and the short 'Enc date'", () => {
    expect(findDateOfService([date('Date of Service:: 09/14/2026')])).toMatchObject({ found: true, iso: '2026-09-14', label: 'Date of Service' });
    expect(findDateOfService([date('DOS: - 2026-09-14')])).toMatchObject({ found: true, iso: '2026-09-14' });
    expect(findDateOfService([note('Enc Date: 2026-11-02   Provider: Dr. K')])).toMatchObject({ found: true, iso: '2026-11-02', label: 'Enc Date' });
    expect(findDateOfService([note('Enc. date 2026-11-02')])).toMatchObject({ found: true, iso: '2026-11-02' });
    // Labels beside other fields' values are still no date: only a date right after its label counts.
    expect(findDateOfService([date('Date of Service: Payer: Medicare Part B'), date('Date of Service:')])).toEqual({ found: false });
  });

  it('reads a required field\'s label, whose asterisk sits between it and the value (QA stop 51)', () => {
    for (const text of ['Date of service*: 09/28/2026', 'Date of service *: 9/28/2026', 'DOS* 09/28/2026', 'Visit date * - 09/28/2026'])
      expect(findDateOfService([date(text)]), text).toMatchObject({ found: true, iso: '2026-09-28' });
    // An asterisk is a separator, not a date: a label with only a marker after it is still no date.
    expect(findDateOfService([date('Date of service*: Payer: Medicare Part B')])).toEqual({ found: false });
  });

  it('ignores unlabelled dates such as onset or imaging dates', () => {
    expect(findDateOfService([note('Neck pain since 01/02/2026. MRI 2026-10-20 shows C5-6 foraminal narrowing.')])).toEqual({ found: false });
  });

  it('refuses an ambiguous date, and reads it with the page locale', () => {
    const refused = findDateOfService([date('Date of service: 03/11/2026')]);
    expect(refused).toMatchObject({ found: false, refused: { text: '03/11/2026' } });
    expect(findDateOfService([date('Date of service: 03/11/2026')], { locale: 'en-US' })).toMatchObject({ found: true, iso: '2026-03-11' });
  });

  it('refuses two different dates of service in the same place rather than picking one', () => {
    const r = findDateOfService([date('Visit date: 2026-11-03'), date('DOS: 2026-09-15', 'd2')]);
    expect(r).toMatchObject({ found: false, refused: { message: expect.stringMatching(/more than one date of service/) } });
    const notes = findDateOfService([note('Date of service: 2026-11-03'), note('DOS: 2026-09-15', 'n2')]);
    expect(notes).toMatchObject({ found: false, refused: { message: expect.stringMatching(/more than one date of service/) } });
    const headers = findDateOfService([date('Encounter 11/23/2026 · Office visit'), date('visit 2026-09-15', 'd2')]);
    expect(headers).toMatchObject({ found: false, refused: { message: expect.stringMatching(/more than one date of service/) } });
    expect(findDateOfService([date('Visit date: 2026-11-03'), note('DOS: Nov 3, 2026', 'n2')])).toMatchObject({ found: true, iso: '2026-11-03' });
  });

  // QA stop 51, H2: a copied-forward note keeps its old visit's "Date of service"; the page's field says the visit.
  it("takes the page's date field over a header's visit date, and either over a date in the note's text", () => {
    const copied = note('Date of service: 09/12/2025\nNeck pain, better.');
    expect(findDateOfService([date('Date of service*: 09/28/2026'), copied])).toMatchObject({ found: true, iso: '2026-09-28', tier: 'field' });
    expect(findDateOfService([date('Encounter 11/24/2026 · Office visit'), copied])).toMatchObject({ found: true, iso: '2026-11-24', tier: 'header' });
    expect(findDateOfService([date('Reg Dt: 09/29/2026 08:12'), copied])).toMatchObject({ found: true, iso: '2026-09-29', tier: 'header' });
    expect(findDateOfService([date('Encounter 11/24/2026 · Office visit'), date('DOS: 2026-11-20', 'd2')])).toMatchObject({ found: true, iso: '2026-11-20', tier: 'field' });
    expect(findDateOfService([copied], { locale: 'en-US' })).toMatchObject({ found: true, iso: '2025-09-12', tier: 'note' });
    // A field's date that reads two ways is settled by a lower tier's certain date that agrees, never overruled by one that does not.
    expect(findDateOfService([date('Date of service: 10/03/2026'), note('DOS 2026-10-03')])).toMatchObject({ found: true, iso: '2026-10-03' });
    expect(findDateOfService([date('Date of service: 04/05/2026'), note('DOS 2026-10-03')])).toMatchObject({ found: false, refused: { text: '04/05/2026' } });
  });

  it('reads ISO and locale forms of one date on one page as that date, and refuses them when they differ', () => {
    // The ISO date says which reading the numeric one is; both say 3 October.
    expect(findDateOfService([note('DOS 2026-10-03'), date('Date of service: 10/03/2026')])).toMatchObject({ found: true, iso: '2026-10-03' });
    expect(findDateOfService([note('Visit date: 3 Oct 2026. DOS: 03/10/2026. Date of service: Oct 3, 2026')])).toMatchObject({ found: true, iso: '2026-10-03' });
    // The locale reads 03/10/2026 as 10 March: two different dates in one note, refused.
    const us = findDateOfService([note('DOS 2026-10-03. Date of service: 03/10/2026')], { locale: 'en-US' });
    expect(us).toMatchObject({ found: false, refused: { message: expect.stringMatching(/more than one date of service/) } });
    // The page's field outranks the note: its 10 March stands.
    expect(findDateOfService([note('DOS 2026-10-03'), date('Date of service: 03/10/2026')], { locale: 'en-US' })).toMatchObject({ found: true, iso: '2026-03-10' });
    // Neither reading of 04/05/2026 is the ISO date: refused with its own reason, never guessed.
    const apart = findDateOfService([note('DOS 2026-10-03'), date('Visit date: 04/05/2026')]);
    expect(apart).toMatchObject({ found: false, refused: { text: '04/05/2026', message: expect.stringMatching(/could be 2026-04-05 or 2026-05-04.*also shows 2026-10-03/) } });
    // Two numeric dates alone stay ambiguous, even when they agree with each other.
    expect(findDateOfService([note('DOS 03/10/2026'), date('Visit date: 03/10/2026')])).toMatchObject({ found: false, refused: { text: '03/10/2026' } });
  });

  it('never reads a date from a diagnosis field', () => {
    expect(findDateOfService([{ id: 'x', kind: 'diagnosis', text: 'DOS 2026-11-03' }])).toEqual({ found: false });
  });

  it("reads a header's visit word at the start of a date field, never in a note", () => {
    expect(findDateOfService([date('visit 09/20/2026')])).toMatchObject({ found: true, iso: '2026-09-20', label: 'visit' });
    expect(findDateOfService([date('Office visit 2026-11-30')])).toMatchObject({ found: true, iso: '2026-11-30', label: 'Office visit' });
    expect(findDateOfService([date('Appt: Sep 20, 2026')])).toMatchObject({ found: true, iso: '2026-09-20' });
    expect(findDateOfService([note('Plan: follow-up visit 12/01/2026.')])).toEqual({ found: false });
    expect(findDateOfService([note('visit 2026-09-20')])).toEqual({ found: false });
    expect(findDateOfService([date('Referral from visit 2026-09-20')])).toEqual({ found: false });
  });
});
