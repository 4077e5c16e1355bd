import { describe, expect, it } from 'vitest';
import { findDateOfService } from '../core';
import { findDateFields } from './find-date-fields';

const page = (html: string) => {
  document.body.innerHTML = html;
  // happy-dom chooses the second option of a parsed select whatever its `selected` says: chosen as a browser does.
  for (const option of document.querySelectorAll('option'))
    if (option.hasAttribute('selected')) option.selected = true;
  return document;
};

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const options = (values: readonly (string | number)[], chosen: string | number, placeholder = '') =>
  `${placeholder ? `<option value="">${placeholder}</option>` : ''}${values.map((v) => `<option${String(v) === String(chosen) ? ' selected' : ''}>${v}</option>`).join('')}`;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const months = (chosen: string, attrs = '', placeholder = '') =>
  `<select ${attrs}>${options(MONTH_NAMES, chosen, placeholder)}</select>`;
const numericMonths = (chosen: number, attrs = '') =>
  `<select ${attrs}>${options(range(1, 12), chosen)}</select>`;
const days = (chosen: number, attrs = '', placeholder = '') =>
  `<select ${attrs}>${options(range(1, 31), chosen, placeholder)}</select>`;
const years = (chosen: number, attrs = '', placeholder = '') =>
  `<select ${attrs}>${options(range(2020, 2028).reverse(), chosen, placeholder)}</select>`;

describe('a date of service split over three unnamed selects', () => {
  const shapes: [string, string][] = [
    [
      'a label shared through aria-labelledby',
      `<span id="dos">Date of service</span>
       ${months('November', 'aria-labelledby="dos"')}${days(3, 'aria-labelledby="dos"')}${years(2026, 'aria-labelledby="dos"')}`,
    ],
    [
      'a fieldset legend over bare selects, each in its own box',
      `<fieldset><legend>Visit date</legend>
        <div class="sel">${months('November')}<svg></svg></div><div class="sel">${days(3)}</div><div class="sel">${years(2026)}</div></fieldset>`,
    ],
    [
      'visually hidden labels for each part',
      `<div class="row"><span aria-hidden="true">DOS</span>
        <label for="a" class="sr-only">Date of service, month</label>${months('November', 'id="a"')}
        <label for="b" class="sr-only">Date of service, day</label>${days(3, 'id="b"')}
        <label for="c" class="sr-only">Date of service, year</label>${years(2026, 'id="c"')}</div>`,
    ],
    [
      'a hidden label for the first select only, the others named by their part',
      `<p><label for="m" class="visually-hidden">Encounter date</label>
        ${numericMonths(11, 'id="m"')} / ${days(3, 'aria-label="Day"')} / ${years(2026, 'aria-label="Year"')}</p>`,
    ],
    [
      'a shared label with its format hint and placeholders first',
      `<span id="h">Date of service (MM/DD/YYYY)</span><span>
        ${months('November', 'aria-labelledby="h"', 'Month')}${days(3, 'aria-labelledby="h"', 'Day')}${years(2026, 'aria-labelledby="h"', 'Year')}</span>`,
    ],
    [
      'day first, as a European form orders them',
      `<div role="group" aria-label="Fecha de servicio"><select aria-label="Día">${options(range(1, 31), 3)}</select>
        <select aria-label="Mes">${options(range(1, 12), 11)}</select><select aria-label="Año">${options([2025, 2026], 2026)}</select></div>`,
    ],
  ];
  for (const [shape, html] of shapes)
    it(`reads ${shape} as the date of service, at the field tier`, () => {
      const fields = findDateFields(page(html));
      expect(findDateOfService(fields), html).toMatchObject({
        found: true,
        iso: '2026-11-03',
        tier: 'field',
      });
    });

  it('reads a year select whose values are its options’ indexes by the year it shows', () => {
    const indexed = (values: readonly string[], chosen: string) =>
      values
        .map((v, i) => `<option value="${i + 1}"${v === chosen ? ' selected' : ''}>${v}</option>`)
        .join('');
    const html = `<span id="dos">Date of service</span>${months('November', 'aria-labelledby="dos"')}${days(3, 'aria-labelledby="dos"')}
      <select aria-labelledby="dos">${indexed(['2024', '2025', '2026'], '2026')}</select>`;
    expect(findDateOfService(findDateFields(page(html)))).toMatchObject({ found: true, iso: '2026-11-03' });
  });

  it('reads three number boxes by a shared "MM/DD/YYYY" label, in its order', () => {
    const box = (value: string, size: number) =>
      `<input type="text" inputmode="numeric" maxlength="${size}" aria-labelledby="l" value="${value}">`;
    const fields = findDateFields(
      page(
        `<span id="l">Date of service (DD/MM/YYYY)</span><div>${box('03', 2)}/${box('11', 2)}/${box('2026', 4)}</div>`,
      ),
    );
    expect(findDateOfService(fields)).toMatchObject({ found: true, iso: '2026-11-03', tier: 'field' });
  });

  it('outranks a header visit date and a note label: it is the page date field', () => {
    const fields = findDateFields(
      page(`<header class="patient-banner">Doe, Jane · visit 09/20/2026</header>
        <span id="dos">Date of service</span>${months('November', 'aria-labelledby="dos"')}${days(3, 'aria-labelledby="dos"')}${years(2026, 'aria-labelledby="dos"')}`),
    );
    expect(
      findDateOfService([...fields, { id: 'n', kind: 'note', text: 'Date of service: 09/12/2025' }]),
    ).toMatchObject({ iso: '2026-11-03', tier: 'field' });
  });

  it('reads no date from a part left on its placeholder, a birth date, or selects that are no date', () => {
    const unset = `<span id="dos">Date of service</span>${months('', 'aria-labelledby="dos"', 'Month')}${days(3, 'aria-labelledby="dos"')}${years(2026, 'aria-labelledby="dos"')}`;
    expect(findDateOfService(findDateFields(page(unset))).found).toBe(false);
    const birth = `<fieldset><legend>Date of birth</legend>${months('January')}${days(2)}<select>${options(range(1940, 1960), 1950)}</select></fieldset>`;
    expect(findDateOfService(findDateFields(page(birth))).found).toBe(false);
    const other = `<span id="v">Visit details</span><select aria-labelledby="v"><option>Office</option><option selected>Telehealth</option></select>
      <select aria-labelledby="v"><option>New</option><option selected>Established</option></select><select aria-labelledby="v"><option selected>Dr. Example</option></select>`;
    expect(findDateFields(page(other))).toEqual([]);
  });
});
