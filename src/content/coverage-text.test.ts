import { describe, expect, it } from 'vitest';
import { detectPayer } from '../core/chiro/detect-payer';
import { coverageText, imageName, shownText, valueBeside } from './coverage-text';
import { findCoverageFields } from './find-coverage-fields';

const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};
const el = (html: string) => page(html).body.firstElementChild!;
const isLabel = (text: string) => /^\s*(?:primary\s+)?(?:insurance|coverage|payer)\s*:?\s*$/i.test(text);
const LOGO = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

describe('coverage text', () => {
  it('names images and icons by alt, aria-label or title; unnamed or decorative ones by nothing', () => {
    expect(imageName(el(`<img alt="Medicare" src="${LOGO}">`))).toBe('Medicare');
    expect(imageName(el('<i class="payer-icon" title="Tricare"></i>'))).toBe('Tricare');
    expect(imageName(el('<svg role="img"><title>Medicaid</title></svg>'))).toBe('Medicaid');
    expect(imageName(el(`<img src="${LOGO}">`))).toBe('');
    expect(imageName(el('<span title="Primary payer">Medicare</span>'))).toBeUndefined();
  });

  it('reads a line with its logo by name', () => {
    expect(shownText(el(`<div>Carrier <img alt="Blue Cross" src="${LOGO}"> plan</div>`))).toBe(
      'Carrier Blue Cross plan',
    );
  });

  it('joins a label and the value element after it, with or without a colon', () => {
    expect(coverageText(el('<span>Coverage <span class="pill">Medicare</span></span>'), isLabel)).toBe(
      'Coverage: Medicare',
    );
    expect(
      coverageText(el(`<p>Primary insurance: <img alt="Medicare Part B" src="${LOGO}"></p>`), isLabel),
    ).toBe('Primary insurance: Medicare Part B');
    // Not a label first: left as shown.
    expect(coverageText(el('<div><span>Reyes, M.</span><span>Medicare</span></div>'), isLabel)).toBe(
      'Reyes, M. Medicare',
    );
  });

  it('takes the logo after a label as its value, named or not, never the text past it', () => {
    page(`<div><span id="l">Insurance:</span><img alt="Medicare" src="${LOGO}"><span>ID 4821</span></div>`);
    expect(valueBeside(document.getElementById('l')!, isLabel)).toBe('Medicare');
    page(`<div><span id="l">Insurance:</span><img src="${LOGO}"><span>ID 4821</span></div>`);
    expect(valueBeside(document.getElementById('l')!, isLabel)).toBe('');
    page(
      `<div><section id="l">Insurance: <img src="${LOGO}"></section><section><h2>Visit note</h2><p>Medicare</p></section></div>`,
    );
    expect(valueBeside(document.getElementById('l')!, isLabel)).toBe('');
  });
});

describe('findCoverageFields: the payer shown as a logo or a pill', () => {
  it('reads a payer logo after its label by its alt text', () => {
    const fields = findCoverageFields(
      page(
        `<section class="payer"><span>Primary insurance:</span><img alt="Medicare" src="${LOGO}"><span>ID ****-4821</span></section>`,
      ),
    );
    expect(fields.map((f) => f.text)).toEqual(['Primary insurance: Medicare']);
    expect(detectPayer(fields)).toMatchObject({ payer: 'medicare', source: 'page' });
  });

  it('reads a logo that is the only payer text of a bare line', () => {
    const fields = findCoverageFields(
      page(
        `<section class="coverage">Insurance: <img alt="Medicare Part B" src="${LOGO}"></section><section><h2>Note</h2></section>`,
      ),
    );
    expect(detectPayer(fields).payer).toBe('medicare');
  });

  it('reads a label and a pill with no colon between them', () => {
    const fields = findCoverageFields(
      page(
        '<div class="banner"><span>Reyes, M.</span><span>DOB 07/04/1950</span><span>Coverage <span class="pill" title="Primary payer">Medicare</span></span></div>',
      ),
    );
    expect(detectPayer(fields).payer).toBe('medicare');
  });

  it('a label whose logo has no name names no payer: unknown, never a commercial plan', () => {
    const fields = findCoverageFields(
      page(
        `<section><span>Insurance:</span><img src="${LOGO}"><span>ID ****-4821</span></section><section><h2>Visit note</h2><textarea>S: neck pain</textarea></section>`,
      ),
    );
    expect(fields).toEqual([]);
    expect(detectPayer(fields).payer).toBe('unknown');
    const bare = findCoverageFields(
      page(
        `<section>Insurance: <img src="${LOGO}"></section><section><h2>Visit note</h2><p>Lifting injury.</p></section>`,
      ),
    );
    expect(detectPayer(bare).payer).toBe('unknown');
  });
});

describe('coverage text: decoration and unnamed logos', () => {
  it('reads past a decorative icon, and stops at an unnamed logo', () => {
    expect(
      coverageText(
        el('<span>Insurance: <i aria-hidden="true" title="card"></i> <b>Medicare</b></span>'),
        isLabel,
      ),
    ).toBe('Insurance: Medicare');
    expect(
      coverageText(
        el(`<span><span>Insurance:</span><img src="${LOGO}"><span>ID 4821</span></span>`),
        isLabel,
      ),
    ).toBe('Insurance');
  });
});
