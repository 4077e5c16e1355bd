import { describe, expect, it } from 'vitest';
import { detectPayer } from '../core/chiro/detect-payer';
import { findCoverageFields } from './find-coverage-fields';

const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};

describe('findCoverageFields', () => {
  it('reads a banner pair as its label and value only, and the core reads Medicare from it', () => {
    const doc = page(`
      <header class="patient-banner"><span>Patient: A. Test</span> <span><b>Payer:</b> Medicare Part B</span> <span>DOS: 11/23/2026</span></header>
      <textarea>Plan: adjust C5 and T4. Insurance: Aetna was the old plan.</textarea>`);
    const fields = findCoverageFields(doc);
    expect(fields).toEqual([{ id: 'coverage-0', kind: 'coverage', text: 'Payer: Medicare Part B', label: 'Coverage' }]);
    expect(detectPayer(fields)).toMatchObject({ payer: 'medicare', source: 'page' });
  });

  it('reads a patient banner drawn as a heading as a banner in a div is read (QA stop 52, M1)', () => {
    for (const banner of ['ChiroSuite — BAKER, Lou (M, 67) — Insurance: Medicare Part B', 'BAKER, Lou · Ins: Medicare Part B']) {
      const fields = findCoverageFields(page(`<h1>${banner}</h1><label>Dx <input value="M99.01"></label>`));
      expect(detectPayer(fields)).toMatchObject({ payer: 'medicare', source: 'page' });
      expect(fields.map((f) => f.text)).toEqual(findCoverageFields(page(`<div>${banner}</div>`)).map((f) => f.text));
    }
    expect(detectPayer(findCoverageFields(page(`<h2 role="heading">Cvg: Aetna PPO</h2>`)))).not.toMatchObject({ payer: 'medicare' });
  });

  it('reads label and value in separate cells, list terms and labelled controls', () => {
    const doc = page(`
      <dl><dt>Primary insurance</dt><dd>Medicare</dd><dt>Plan</dt><dd>Re-evaluate in 4 weeks</dd></dl>
      <table><tr><th>Coverage</th><td>Medicare Part B</td></tr></table>
      <label for="p">Payer</label><select id="p"><option>Aetna</option><option selected>Medicare</option></select>
      <input aria-label="Secondary insurance" value="AARP Medigap">`);
    const texts = findCoverageFields(doc).map((f) => f.text);
    expect(texts).toEqual(expect.arrayContaining(['Primary insurance: Medicare', 'Coverage: Medicare Part B', 'Payer: Medicare', 'Secondary insurance: AARP Medigap']));
    expect(texts.some((t) => /re-evaluate/i.test(t))).toBe(false);
  });

  it('keeps a banner line apart from the items around it', () => {
    const fields = findCoverageFields(page('<div role="banner">Jane Roe · DOB 02/03/1950 · Coverage: Medicare Advantage (Humana) · MRN 123</div>'));
    expect(fields.map((f) => f.text)).toEqual(['Coverage: Medicare Advantage (Humana)']);
    expect(detectPayer(fields).payer).toBe('commercial');
  });

  it('sends an abbreviated label as the page writes it, and the core reads it', () => {
    const doc = page(`<div class="hdr"><span>DOB: 02/11/1952</span><span>Cvg: MEDICARE PART A &amp; B</span></div>
      <table><tr><th>Fin Class</th><td>MCR</td></tr></table>`);
    const fields = findCoverageFields(doc);
    expect(fields.map((f) => f.text)).toEqual(['Cvg: MEDICARE PART A & B', 'Fin Class: MCR']);
    expect(detectPayer(fields)).toMatchObject({ payer: 'medicare', evidence: { text: 'Cvg: MEDICARE PART A & B' } });
    expect(detectPayer(findCoverageFields(page('<span>Sec Cvg: Medicare</span>')))).toMatchObject({ payer: 'unknown' });
  });

  it('finds nothing where no coverage label is shown, and never reads an editor or a treatment plan', () => {
    expect(findCoverageFields(page('<p>Plan: Medicare guidelines reviewed.</p><div contenteditable="true">Payer: Medicare</div><p>Patient: A. Test</p>'))).toEqual([]);
  });

  describe('a payer stated with no label (a banner, a pill)', () => {
    it('sends a banner that states the primary program, and the core reads Medicare from it, not the supplement', () => {
      const doc = page(`
        <div class="payer-banner" role="status">MEDICARE PART B — PRIMARY · Secondary: AARP Medicare Supplement Plan G</div>
        <div class="hdr"><span>DOB</span><span>01/02/1945</span></div>`);
      const fields = findCoverageFields(doc);
      expect(fields.map((f) => f.text)).toEqual(['MEDICARE PART B — PRIMARY · Secondary: AARP Medicare Supplement Plan G']);
      expect(detectPayer(fields)).toMatchObject({ payer: 'medicare', evidence: { text: 'MEDICARE PART B — PRIMARY' } });
    });

    it('reads a pill alone in its element, and a pill after a "Secondary" label as the secondary payer', () => {
      expect(detectPayer(findCoverageFields(page('<header><b>J. Doe</b> <span class="pill">Medicare</span></header>'))).payer).toBe('medicare');
      const secondary = findCoverageFields(page('<header><span>Secondary</span><span class="pill">Medicare</span></header>'));
      expect(detectPayer(secondary).payer).toBe('unknown');
      expect(detectPayer(findCoverageFields(page('<header><span class="pill">Humana Medicare Advantage</span></header>'))).payer).toBe('commercial');
    });

    it('sends no statement for a sentence about Medicare, a note, or a labelled line already read', () => {
      const doc = page(`
        <p>Patient asked whether Medicare covers maintenance visits.</p>
        <div>Billing per Medicare guidelines</div>
        <textarea>Medicare Part B — Primary</textarea>
        <div contenteditable="true"><p>Medicare</p></div>`);
      expect(findCoverageFields(doc)).toEqual([]);
      const labelled = findCoverageFields(page('<span>Coverage <span class="pill">Medicare</span></span>'));
      expect(labelled.map((f) => f.text)).toEqual(['Coverage: Medicare']);
    });
  });

  describe('a payer named only by a logo or an icon in the banner (stop 50)', () => {
    const LOGO = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const payerOf = (html: string) => detectPayer(findCoverageFields(page(html)));

    it('reads a logo’s alt text between the banner’s other items', () => {
      const result = payerOf(`<header class="patient-banner"><span>Okafor, James</span><span>DOB 03/22/1949</span><img alt="Medicare" src="${LOGO}"><span>MRN 55120</span></header>`);
      expect(result).toMatchObject({ payer: 'medicare', evidence: { text: 'Medicare' } });
    });

    it('reads an icon’s aria-label (an icon font’s <i>, a role=img span, an svg)', () => {
      for (const icon of [
        '<i class="fa fa-id-card" aria-label="Medicare Part B"></i>',
        '<span class="icon" role="img" aria-label="Medicare Part B"></span>',
        '<svg aria-label="Medicare Part B" width="20" height="20"><rect width="20" height="20"/></svg>',
      ]) {
        const result = payerOf(`<div class="banner"><span>Okafor, James</span><span>DOB 03/22/1949</span>${icon}<span>MRN 55120</span></div>`);
        expect(result, icon).toMatchObject({ payer: 'medicare', evidence: { text: 'Medicare Part B' } });
      }
    });

    it('reads a "Coverage [Medicare]" pill in the header as its label and value', () => {
      const fields = findCoverageFields(page('<div class="app-header"><span>Okafor, James</span><span>Coverage <span class="pill">Medicare</span></span></div>'));
      expect(fields.map((f) => f.text)).toEqual(['Coverage: Medicare']);
      expect(detectPayer(fields).payer).toBe('medicare');
    });

    it('never reads a logo or an icon outside the banner: in the note’s text, an article, a report', () => {
      expect(findCoverageFields(page(`<main><h2>Assessment</h2><p><img alt="Medicare" src="${LOGO}"></p><p><i aria-label="Medicare Part B"></i></p></main>`))).toEqual([]);
      expect(findCoverageFields(page(`<div class="patient-chart"><textarea>S: neck pain.</textarea><p><img alt="Medicare" src="${LOGO}"></p></div>`))).toEqual([]);
      expect(findCoverageFields(page(`<article class="note-header"><img alt="Medicare" src="${LOGO}"></article>`))).toEqual([]);
      expect(findCoverageFields(page(`<div data-report><div class="report-header"><img alt="Medicare" src="${LOGO}"></div></div>`))).toEqual([]);
    });

    it('never takes a secondary payer’s logo for the primary', () => {
      expect(payerOf(`<header><span>Secondary</span><img alt="Medicare" src="${LOGO}"></header>`).payer).toBe('unknown');
    });
  });
});
