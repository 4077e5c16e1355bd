import { afterEach, describe, expect, it } from 'vitest';
import { FieldRegistry } from './field-registry';
import { findFields } from './find-fields';
import { readField } from './read-field';
import { isRendered, renderedView } from './rendered';
import { drawnControlOf } from './widget-twins';

const byId = (id: string) => document.getElementById(id) as HTMLElement;

// QA stop 52, H1: the prior encounter kept in a hidden tab panel was read as this visit's. (happy-dom
// draws a `hidden` element: the panel is hidden by its style here, by `hidden` in the e2e spec.)
const TABS = `
  <div role="tablist"><button role="tab" id="t1" aria-selected="true">Today</button><button role="tab" id="t2">Prior</button></div>
  <div role="tabpanel" id="p1"><label>Date of service <input id="dos1" value="11/20/2026"></label>
    <label for="dx1">Diagnoses</label><input id="dx1" value="M54.50"><label for="n1">Clinical note</label><textarea id="n1">Low back pain.</textarea></div>
  <div role="tabpanel" id="p2" style="display:none"><label>Date of service <input id="dos2" value="03/02/2026"></label>
    <label for="dx2">Diagnoses</label><input id="dx2" value="M50.121"><label for="n2">Clinical note</label><textarea id="n2">C6 radiculopathy.</textarea></div>`;

describe('only what the page draws is read (rendered.ts)', () => {
  let registry: FieldRegistry | undefined;
  afterEach(() => registry?.disconnect());

  it('leaves out the fields of a hidden tab panel, and follows a switch of tabs', async () => {
    document.body.innerHTML = TABS;
    registry = new FieldRegistry({}, () => undefined);
    registry.observe(document);
    await registry.update();
    const texts = () => registry!.snapshotFields().map((f) => f.text);
    expect(texts()).toEqual(['M54.50', 'Low back pain.']);
    byId('p1').style.display = 'none';
    byId('p2').style.display = '';
    await registry.update();
    expect(texts()).toEqual(['M50.121', 'C6 radiculopathy.']);
  });

  it('tells hidden, display:none, visibility:hidden and closed <details> containers from drawn ones', () => {
    document.body.innerHTML = `<div style="display:none"><input id="a"></div><div style="display:none"><input id="b"></div>
      <div style="visibility:hidden"><input id="c"></div><details><summary>Prior</summary><input id="d"></details>
      <details open><summary>Today</summary><input id="e"></details><div aria-hidden="true"><input id="f"></div><input id="g">`;
    const drawn = ['a', 'b', 'c', 'e', 'f', 'g'].filter((id) => isRendered(byId(id)));
    // happy-dom draws a closed <details>' content; Chromium does not (test/e2e/page-hidden-encounter.spec.ts).
    expect(drawn).toEqual(expect.arrayContaining(['e', 'f', 'g']));
    expect(drawn).not.toContain('a');
    expect(drawn).not.toContain('b');
    expect(drawn).not.toContain('c');
  });

  it('judges a picker’s own hidden select by the widget drawn for it', () => {
    document.body.innerHTML = `<h3>Diagnoses</h3><select id="dx" multiple tabindex="-1" style="display:none"><option selected>M54.16</option></select>
      <div class="ts-wrapper"><div class="ts-control"><input id="entry" role="combobox" aria-label="Diagnosis codes"></div></div>
      <textarea id="note">Note</textarea>`;
    expect(isRendered(byId('dx'))).toBe(true);
    (byId('dx').nextElementSibling as HTMLElement).style.display = 'none';
    expect(isRendered(byId('dx'))).toBe(false);
  });

  it('gives the date and payer finders a view of the drawn elements only, the rest of the tree its own', () => {
    document.body.innerHTML = TABS;
    const view = renderedView(document);
    expect([...view.querySelectorAll('input')].map((i) => i.id)).toEqual(['dos1', 'dx1']);
    expect(view.getElementById('dos2')).toBe(byId('dos2'));
    expect(view.body).toBe(document.body);
  });
});

describe('one picker, one field, in the claim order of its chips (QA stop 52, L1)', () => {
  it('takes Select2’s box drawn right after its select as the select’s, a note’s textarea in the same section or not', () => {
    document.body.innerHTML = `<main><h3>Diagnoses / التشخيصات</h3>
      <select id="dx" multiple class="select2-hidden-accessible" tabindex="-1" aria-hidden="true"><option value="M54.16" selected>M54.16</option><option value="M47.816" selected>M47.816</option></select>
      <span class="select2 select2-container"><span class="selection"><span class="select2-selection select2-selection--multiple" role="combobox" id="box">
        <ul class="select2-selection__rendered"><li class="select2-selection__choice">M47.816 Spondylosis</li><li class="select2-selection__choice">M54.16 Radiculopathy</li>
        <li class="select2-search"><input id="entry" class="select2-search__field" type="search" role="searchbox" aria-autocomplete="list" placeholder="Diagnosis"></li></ul></span></span></span>
      <h3>Note</h3><textarea id="note">Low back pain.</textarea></main>`;
    expect(drawnControlOf(byId('dx') as HTMLSelectElement)).toBe(byId('box'));
    const diagnoses = findFields(document).filter((f) => f.kind === 'diagnosis');
    expect(diagnoses.map((f) => f.element.id)).toEqual(['entry']);
    expect(readField(diagnoses[0]!).text.match(/M\d\d\.\d+/g)).toEqual(['M47.816', 'M54.16']);
  });

  it('takes Tom Select’s wrapper after its select as the select’s', () => {
    document.body.innerHTML = `<div><h3>Assessment</h3><label for="entry">Diagnosis codes (ICD-10)</label>
      <select id="dx" multiple tabindex="-1" class="tomselected ts-hidden-accessible" style="display:none"><option value="M54.17" selected>M54.17</option><option value="M51.16" selected>M51.16</option></select>
      <div class="ts-wrapper"><div class="ts-control"><div class="item">M51.16 – Disc disorder</div><div class="item">M54.17 – Radiculopathy</div><input id="entry" type="select-multiple" role="combobox"></div></div>
      <textarea id="note">Back pain.</textarea></div>`;
    const diagnoses = findFields(document).filter((f) => f.kind === 'diagnosis');
    expect(diagnoses.map((f) => f.element.id)).toEqual(['entry']);
    expect(readField(diagnoses[0]!).text.match(/M\d\d\.\d+/g)).toEqual(['M51.16', 'M54.17']);
  });
});
