import { describe, expect, it } from 'vitest';
import { findDateOfService } from '../core';
import { findDateFields } from './find-date-fields';

const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};

describe('findDateFields', () => {
  it('reads a labelled date input and a banner, and the core reads the date of service from them', () => {
    const doc = page(`
      <header class="encounter-banner"><span>Patient: A. Test</span> <span>DOS: 11/23/2026</span></header>
      <label for="v">Visit date</label><input id="v" type="date" value="2026-11-23">
      <textarea>Seen today. Date of service: 01/02/2020 in an old letter.</textarea>`);
    const fields = findDateFields(doc);
    expect(fields.every((f) => f.kind === 'date')).toBe(true);
    expect(fields.map((f) => f.text)).toContain('Visit date: 2026-11-23');
    expect(fields.some((f) => f.text.includes('DOS: 11/23/2026'))).toBe(true);
    expect(fields.some((f) => f.text.includes('01/02/2020'))).toBe(false);
    expect(findDateOfService(fields)).toMatchObject({ found: true, iso: '2026-11-23' });
  });

  // QA stop 54, M2: the visit date in a form drawn as an ARIA grid was unnamed, so today stood in;
  // the page's other dates (the note's "11/20/2026") or its language settle which number is the month.
  it('reads a visit date beside its label in an ARIA grid, settled by the page’s other dates or its language', () => {
    const doc = page(`<div role="grid"><div role="row">
      <div role="gridcell">Visit date</div><div role="gridcell"><input id="v" value="12/01/2026"></div>
      <div role="gridcell">Provider</div><div role="gridcell"><input value="Dr. Ito"></div></div></div>`);
    const fields = findDateFields(doc);
    expect(fields.map((f) => f.text)).toContain('Visit date: 12/01/2026');
    const note = { id: 'n', kind: 'note' as const, label: 'Note', text: 'Imaging: CT 11/20/2026 shows C6-C7 foraminal narrowing.' };
    expect(findDateOfService([...fields, note])).toMatchObject({ found: true, iso: '2026-12-01' });
    expect(findDateOfService(fields, { locale: 'en-GB' })).toMatchObject({ found: true, iso: '2026-01-12' });
    // Nothing decides: refused, never guessed.
    expect(findDateOfService(fields)).toMatchObject({ found: false });
  });

  it('reads the date beside its label in a table row, a long definition list, a labelledby span and a card', () => {
    const cases = [
      '<table><tr><th>Date of service</th><td>11/14/2026</td></tr></table>',
      `<dl><dt>Patient</dt><dd>Test, Alex (MRN 000123)</dd><dt>Provider</dt><dd>Dr. Jordan Example, DC, Spine and Wellness Chiropractic Clinic, Suite 200</dd>
        <dt>Date of service</dt><dd>11/14/2026</dd></dl>`,
      '<span id="l">Visit date</span><input type="date" aria-labelledby="l" value="2026-11-14">',
      '<table><tr><th>Date of service</th><td><input type="date" value="2026-11-14"></td></tr></table>',
      '<div class="card"><div class="card-header"><h3>Date of service</h3></div><div class="card-body"><input type="date" id="d" value="2026-11-14"></div></div>',
    ];
    for (const html of cases) expect(findDateOfService(findDateFields(page(html))), html).toMatchObject({ found: true, iso: '2026-11-14' });
  });

  it('reads a date picker drawn as spinbutton sections under a labelled group (MUI X v7, React Aria)', () => {
    const section = (part: string, value: number, text: string, extra = '') =>
      `<span role="spinbutton" contenteditable="true" aria-label="${part}" aria-valuenow="${value}" aria-valuetext="${text}" ${extra}>${text}</span>`;
    const mui = `<label id="dl">Date of service</label><div role="group" aria-labelledby="dl"><span>
      ${section('Month', 3, '03')}<span>/</span>${section('Day', 14, '14')}<span>/</span>${section('Year', 2026, '2026')}</span>
      <input aria-hidden="true" tabindex="-1" value="03/14/2026" id="dos-hidden"></div>`;
    // React Aria names its segments by data-type; the label is the group's.
    const aria = `<span id="va">Visit date</span><div role="group" aria-labelledby="va">
      <div role="spinbutton" data-type="day" aria-label="day, " aria-valuenow="4">04</div>.<div role="spinbutton" data-type="month" aria-label="month, " aria-valuenow="9">09</div>.<div role="spinbutton" data-type="year" aria-label="year, " aria-valuenow="2026">2026</div></div>`;
    expect(findDateOfService(findDateFields(page(mui)))).toMatchObject({ found: true, iso: '2026-03-14' });
    // Day first as shown, yet read by each part's own name: never ambiguous.
    expect(findDateOfService(findDateFields(page(aria)))).toMatchObject({ found: true, iso: '2026-09-04' });
    // An empty section says no date, not a wrong one.
    const empty = mui.replace('aria-valuenow="14"', '').replace('>14<', '>DD<');
    expect(findDateOfService(findDateFields(page(empty))).found).toBe(false);
  });

  it('joins a label that shows its own colon to its input with one colon', () => {
    const fields = findDateFields(page('<label for="d">Date of Service:</label><input id="d" type="text" value="09/14/2026">'));
    expect(fields.map((f) => [f.text, f.label])).toEqual([['Date of Service: 09/14/2026', 'Date of Service']]);
    expect(findDateOfService(fields, { locale: 'en-US' })).toMatchObject({ found: true, iso: '2026-09-14' });
  });

  it('sends a short label as the page writes it, a <time> as its ISO date, and the birth date beside it never', () => {
    const fields = findDateFields(
      page(`<div class="pt-header">
        <span>DOB: 02/11/1952</span>
        <span>Enc Dt: 09/14/2026</span>
      </div>
      <div class="topbar"><span>Visit: <time datetime="2026-09-14T10:30">Mon, Sep 14</time></span></div>`),
    );
    const texts = fields.map((f) => f.text);
    expect(texts).toContain('Enc Dt: 09/14/2026');
    expect(texts).toContain('Visit: 2026-09-14');
    expect(texts.some((t) => /date of service|02\/11\/1952/i.test(t))).toBe(false);
    expect(findDateOfService(fields)).toMatchObject({ found: true, iso: '2026-09-14' });
  });

  it('finds nothing on a page without a visit date', () => {
    expect(findDateFields(page('<p>Onset 2026-10-01.</p><input value="2026-11-01" aria-label="Birth date">'))).toEqual([]);
  });

  it("sends the page's dates that read one way only, so an ambiguous date of service written the same way is settled", () => {
    const doc = page(`
      <div class="hdr">
        <div><span>DOB</span><span>01/02/1945</span></div>
        <div><span id="l">Date of service</span><span>10/02/2025</span></div>
        <div><span>Referral date</span><span>09/15/2026</span></div>
        <div><span>Last visit</span><span>09/28/2026</span></div>
      </div>
      <textarea>Seen 23/09/2025 elsewhere.</textarea>`);
    const fields = findDateFields(doc);
    expect(fields).toContainEqual({ id: expect.any(String), kind: 'date', text: '09/15/2026 09/28/2026', label: 'Page dates' });
    expect(fields.some((f) => f.text.includes('01/02/1945') || f.text.includes('23/09'))).toBe(false);
    expect(findDateOfService(fields)).toMatchObject({ found: true, iso: '2025-10-02', settled: { by: 'page-dates' } });
    // Without them, the same date is refused rather than guessed.
    expect(findDateOfService(fields.filter((f) => f.label !== 'Page dates'))).toMatchObject({ found: false });
  });

  // QA stop 50, M1: a banner prints "visit 09/20/2026" with no colon; only a header region's visit word names the visit's date.
  describe('a visit word before a date in a page header', () => {
    it.each([
      ['a top bar before <main>', '<div class="top"><b>OrthoSPA</b><span id="who">HALL, Renee · 58y F · visit 09/20/2026</span></div><main><p>Notes</p></main>'],
      ['a patient banner named by class', '<main><div class="patient-banner">ROWE, Dana · DOB 04/11/1968 · Visit 09/20/2026</div></main>'],
      ['a pt-header named by id', '<main><section id="pt-header"><span>LEE, Morgan</span><span>Encounter: Office visit 09/20/2026</span></section></main>'],
      ['a demographics strip', '<main><div class="demographics"><span>Enc 09/20/2026</span> | <span>MRN 1234</span></div></main>'],
      ['a <header> landmark', '<header><span>Appt Sep 20, 2026</span></header><main></main>'],
      ['role=banner', '<div role="banner">Current visit 2026-09-20</div>'],
      ['a Cerner-like banner\'s registration date', '<div class="pcbanner"><b>WRIGHT, H</b><span>Enc Type: Clinic</span><span>Reg Dt: 09/20/2026 08:12</span></div><main></main>'],
      ['a demo EHR banner\'s encounter fact', '<section class="banner"><dl><div><dt>Encounter</dt><dd>09/20/2026 · Office visit</dd></div></dl></section><main></main>'],
    ])('reads %s', (_, html) => {
      expect(findDateOfService(findDateFields(page(html)))).toMatchObject({ found: true, iso: '2026-09-20' });
    });

    it.each([
      ['note prose in main', '<div class="top">HALL, Renee</div><main><p>Plan: follow-up visit 12/01/2026. Seen 11/02/2026 by PT.</p></main>'],
      ['another visit in the banner', '<div class="patient-banner">HALL, Renee · Next visit 12/01/2026 · Last appt 08/01/2026</div>'],
      ['a visit history card header', '<main><article><header>Visit 03/02/2026</header><p>Neck pain.</p></article></main>'],
      ['a page with no header region', '<div><p>Office visit 12/01/2026</p></div>'],
      ['a sidebar of appointments before <main>', '<aside><ul><li>GARCIA · visit 12/01/2026</li></ul></aside><main><p>Note</p></main>'],
      ['a signed note shown as paragraphs after the banner', '<div class="banner">HALL, Renee</div><div class="note"><p>Seen 12/01/2026</p></div>'],
    ])('leaves %s unread', (_, html) => {
      expect(findDateOfService(findDateFields(page(html)))).toEqual({ found: false });
    });
  });
});

