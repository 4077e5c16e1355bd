import { describe, expect, it } from 'vitest';
import type { FieldText } from '../types';
import { findDateOfService } from './find-date-of-service';

const date = (text: string): FieldText => ({ id: 'd', kind: 'date', text });
const note = (text: string): FieldText => ({ id: 'n', kind: 'note', text });

// The short labels EHR banners print, read by the core as written (the content script used to
// rewrite them to "Date of service" first; the CLI never saw them).
describe('visit-date labels', () => {
  it.each([
    ['Enc Date: 09/14/2026', 'Enc Date'],
    ['Enc Dt: 09/14/2026', 'Enc Dt'],
    ['Enc. Dt 2026-09-14', 'Enc. Dt'],
    ['Encounter Dt: 09/14/2026', 'Encounter Dt'],
    ['Svc Dt: 09/14/2026', 'Svc Dt'],
    ['Service Dt: 09/14/2026', 'Service Dt'],
    ['Visit Dt: 09/14/2026', 'Visit Dt'],
    ['Date of Svc: 09/14/2026', 'Date of Svc'],
    ['Visit: 2026-09-14', 'Visit'],
    ['Visit : Sep 14, 2026', 'Visit'],
    ['Encounter: 09/14/2026', 'Encounter'],
    ['DOS: 09/14/2026', 'DOS'],
    ['Encounter Date of Service: 09/14/2026', 'Date of Service'],
  ])('reads "%s" as the date of service', (text, label) => {
    expect(findDateOfService([date(text)])).toMatchObject({ found: true, iso: '2026-09-14', label });
    expect(findDateOfService([note(`Patient: A. Test   ${text}   Provider: Dr. K`)])).toMatchObject({
      found: true,
      iso: '2026-09-14',
    });
  });

  it('reads a bare "Visit" or "Encounter" only with its colon', () => {
    expect(findDateOfService([note('Seen at the visit 09/14/2026 with her daughter.')])).toEqual({
      found: false,
    });
    expect(findDateOfService([note('Encounter 09/14/2026 was cancelled.')])).toEqual({ found: false });
  });

  it.each([
    'Last visit: 08/01/2026',
    'Next visit date: 10/01/2026',
    'Prior DOS: 08/01/2026',
    'Follow-up visit: 10/01/2026',
    'Return visit: 10/01/2026',
    'Scheduled encounter: 10/01/2026',
  ])('leaves another visit’s date out: "%s"', (text) => {
    expect(findDateOfService([date(text)])).toEqual({ found: false });
    expect(findDateOfService([note(`DOS: 09/14/2026. ${text}.`)])).toMatchObject({
      found: true,
      iso: '2026-09-14',
    });
  });
});

// QA stop 53 H6 and M1: the Spanish labels of a visit's date, and a date written with its weekday.
describe('Spanish visit-date labels and weekdays', () => {
  it.each([
    ['Fecha de atención: 03/11/2026', 'Fecha de atención'],
    ['Fecha de atencion 03/11/2026', 'Fecha de atencion'],
    ['Fecha de la atención 03/11/2026', 'Fecha de la atención'],
    ['F. atención: 03/11/2026', 'F. atención'],
    ['Fecha de la visita 03/11/2026', 'Fecha de la visita'],
    ['Fecha de consulta: 03/11/2026', 'Fecha de consulta'],
    ['Fecha del encuentro 03/11/2026', 'Fecha del encuentro'],
  ])('takes "%s" as the date of service, day first on a Spanish page', (text, label) => {
    expect(findDateOfService([date(text)], { locale: 'es-MX' })).toMatchObject({
      found: true,
      iso: '2026-11-03',
      label,
    });
  });

  it('never takes a next or last visit’s Spanish date', () => {
    expect(
      findDateOfService([note('Próxima cita. Fecha de nacimiento: 03/11/1960')], { locale: 'es' }).found,
    ).toBe(false);
  });

  it.each([
    ['Encounter date Tue, Nov 3, 2026'],
    ['Date of service: Tuesday, November 3, 2026'],
    ['DOS Tue 11/3/2026'],
    ['Fecha de atención: martes, 3 de noviembre de 2026'],
  ])('reads "%s" with its weekday', (text) => {
    expect(findDateOfService([date(text)])).toMatchObject({ found: true, iso: '2026-11-03' });
  });
});
