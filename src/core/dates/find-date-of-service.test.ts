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

  it('ignores unlabelled dates such as onset or imaging dates', () => {
    expect(findDateOfService([note('Neck pain since 01/02/2026. MRI 2026-10-20 shows C5-6 foraminal narrowing.')])).toEqual({ found: false });
  });

  it('refuses an ambiguous date, and reads it with the page locale', () => {
    const refused = findDateOfService([date('Date of service: 03/11/2026')]);
    expect(refused).toMatchObject({ found: false, refused: { text: '03/11/2026' } });
    expect(findDateOfService([date('Date of service: 03/11/2026')], { locale: 'en-US' })).toMatchObject({ found: true, iso: '2026-03-11' });
  });

  it('refuses two different dates of service rather than picking one', () => {
    const r = findDateOfService([date('Visit date: 2026-11-03'), note('DOS: 2026-09-15', 'n2')]);
    expect(r).toMatchObject({ found: false, refused: { message: expect.stringMatching(/more than one date of service/) } });
    expect(findDateOfService([date('Visit date: 2026-11-03'), note('DOS: Nov 3, 2026', 'n2')])).toMatchObject({ found: true, iso: '2026-11-03' });
  });

  it('never reads a date from a diagnosis field', () => {
    expect(findDateOfService([{ id: 'x', kind: 'diagnosis', text: 'DOS 2026-11-03' }])).toEqual({ found: false });
  });
});
