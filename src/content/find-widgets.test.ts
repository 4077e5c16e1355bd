import { beforeEach, describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';

const kinds = () =>
  findFields(document).map((c) => `${c.kind}:${c.element.id || c.element.tagName.toLowerCase()}`);

describe('widgets of EHR forms (issue 14)', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('recognises a field by its bare "Code" label and by its section, whatever it holds now', () => {
    document.body.innerHTML = `
      <label for="a">Code</label><input id="a">
      <label for="z">ZIP code</label><input id="z">
      <fieldset><legend>Condition</legend><label for="b">Search</label><input id="b" value="stenosis"></fieldset>
      <section aria-label="Vitals"><label for="c">Pulse</label><input id="c"></section>`;
    expect(kinds()).toEqual(['diagnosis:a', 'diagnosis:b']);
  });

  it('reads a one-line annotation as a note (named so, or in a note section)', () => {
    document.body.innerHTML = `
      <label for="a">Annotation</label><input id="a">
      <fieldset><legend>Note</legend><label for="b">Text</label><input id="b"></fieldset>`;
    expect(kinds()).toEqual(['note:a', 'note:b']);
  });

  it('reads a chips row left without its input, one chip per line, each a title candidate', () => {
    document.body.innerHTML = `
      <div class="field"><span id="l">Diagnoses</span>
        <div id="chips" role="list" aria-labelledby="l">
          <span role="listitem">Osseous and subluxation stenosis of intervertebral foramina of head region <button aria-label="Remove">×</button></span>
          <span role="listitem">Low back pain, unspecified <button>×</button></span>
        </div></div>`;
    const [field] = findFields(document);
    expect(field?.kind).toBe('diagnosis');
    const read = readField(field!);
    expect(read.text.split('\n')).toEqual([
      'Osseous and subluxation stenosis of intervertebral foramina of head region',
      'Low back pain, unspecified',
    ]);
    expect(read.titles).toContain('Low back pain, unspecified');
  });

  it('reads a problem table by its caption, its resolved rows left out (no longer current)', () => {
    document.body.innerHTML = `<table id="t"><caption>Problem list</caption>
      <tr><td>M99.61</td><td>Active</td></tr><tr><td>Low back pain, unspecified</td><td>Active</td></tr>
      <tr><td>Cervical radiculopathy [M54.12]</td><td>Resolved 06/2023</td></tr></table>`;
    const [field] = findFields(document);
    expect(field?.kind).toBe('diagnosis');
    const read = readField(field!);
    expect(read.text).toContain('M99.61');
    expect(read.titles).toContain('Low back pain, unspecified');
    expect(read.text).not.toContain('M54.12');
  });

  it('skips an editor’s hidden source textarea when the visible editor is beside it', () => {
    document.body.innerHTML = `<div><textarea id="src" style="display:none">&lt;p&gt;old&lt;/p&gt;</textarea>
      <div id="ed" contenteditable="true"><p>new</p></div></div>`;
    expect(kinds()).toEqual(['note:ed']);
  });

  it('reads a hidden HTML textarea with no editor as text, never as markup', () => {
    document.body.innerHTML = `<div><textarea id="src" hidden>&lt;p&gt;Subjective&lt;/p&gt;&lt;h3&gt;Objective&lt;/h3&gt;&lt;p&gt;stenosis&lt;/p&gt;</textarea></div>`;
    const [field] = findFields(document);
    const read = readField(field!);
    expect(read.text).toBe('Subjective\nObjective\nstenosis');
    expect(read.text).not.toContain('<');
  });
});

describe('pinned selectors on unknown widgets', () => {
  const HEAD = 'Osseous and subluxation stenosis of intervertebral foramina of head region';
  // Inline items with no chip class, role or list markup: as a field it is one run of text.
  const UNKNOWN = `<div id="box"><div class="row">
      <span class="x1">${HEAD} <i class="x2">✕</i></span>
      <span class="x1"><span aria-hidden="true">●</span>M54.12</span>
      <span class="x1" aria-label="Radiculopathy, cervical region"><svg></svg></span>
    </div></div>`;

  it('is not found at all without the pin', () => {
    document.body.innerHTML = UNKNOWN;
    expect(findFields(document)).toEqual([]);
  });

  it('reads the unknown widget as one field by default, and item by item in chips mode', () => {
    document.body.innerHTML = UNKNOWN;
    const asField = readField(findFields(document, { diagnosis: ['#box'] })[0]!);
    expect(asField.titles).not.toContain(HEAD);

    const [field] = findFields(document, { diagnosis: ['#box'], reading: { '#box': 'chips' } });
    expect(field?.readAs).toBe('chips');
    const read = readField(field!);
    expect(read.text.split('\n')).toEqual([HEAD, 'M54.12', 'Radiculopathy, cervical region']);
    expect(read.titles).toEqual([HEAD, 'Radiculopathy, cervical region']);
  });

  it('gives the mode to the selector that matched, and none for "field"', () => {
    document.body.innerHTML = `${UNKNOWN}<input id="code">`;
    const options = { diagnosis: ['#code', '#box'], reading: { '#box': 'chips', '#code': 'field' } } as const;
    expect(findFields(document, options).map((f) => [f.element.id, f.readAs])).toEqual([
      ['box', 'chips'],
      ['code', undefined],
    ]);
  });

  it('reads a pinned table in rows mode: one entry per body row, each cell a candidate', () => {
    document.body.innerHTML = `<div id="grid"><table>
      <tr><th>Code</th><th>Description</th><th>Status</th></tr>
      <tr><td>M99.61</td><td>Osseous and subluxation stenosis of intervertebral foramina of cervical region</td><td>Active</td></tr>
      <tr><td></td><td>Low back pain, unspecified</td><td>Resolved</td></tr></table></div>`;
    const read = readField(findFields(document, { diagnosis: ['#grid'], reading: { '#grid': 'rows' } })[0]!);
    expect(read.text.split('\n')).toEqual([
      'M99.61\tOsseous and subluxation stenosis of intervertebral foramina of cervical region\tActive',
      'Low back pain, unspecified\tResolved',
    ]);
    expect(read.titles).toContain('Low back pain, unspecified');
    expect(read.titles).not.toContain('Description');
  });

  it('reads a pinned input by its value whatever the mode (a mode changes how widgets are read, not fields)', () => {
    document.body.innerHTML = `<input id="c" value="M99.60">`;
    expect(readField(findFields(document, { diagnosis: ['#c'], reading: { '#c': 'rows' } })[0]!).text).toBe('M99.60');
  });

  it('reads a pinned tags box as a list of its chips (the chips reading mode)', () => {
    document.body.innerHTML = `<div id="tags"><span class="tag">M99.61</span><span class="tag">Low back pain, unspecified</span></div>`;
    const [field] = findFields(document, { diagnosis: ['#tags'] });
    const read = readField(field!);
    expect(read.text.split('\n')).toEqual(['M99.61', 'Low back pain, unspecified']);
    expect(read.titles).toContain('Low back pain, unspecified');
  });
});

describe('chips whose title lives only in aria-label or title (issue 14)', () => {
  const TITLE = 'Osseous and subluxation stenosis of intervertebral foramina of cervical region';

  it('reads an icon pill by its aria-label, and a row by its title, as title candidates', () => {
    document.body.innerHTML = `
      <div class="field"><span id="l">Diagnoses</span>
        <div id="chips" role="list" aria-labelledby="l">
          <span role="listitem" aria-label="${TITLE}"><svg aria-hidden="true"></svg><button aria-label="Remove diagnosis">×</button></span>
          <span role="listitem" title="Low back pain, unspecified">LBP</span>
        </div></div>`;
    const [field] = findFields(document);
    expect(field?.kind).toBe('diagnosis');
    const read = readField(field!);
    expect(read.titles).toEqual(expect.arrayContaining([TITLE, 'Low back pain, unspecified']));
    expect(read.titles).not.toContain('Remove diagnosis');
    expect(read.text.split('\n')).toContain(TITLE);
  });

  it('reads the pills beside a picker input, but never the options of its open listbox', () => {
    document.body.innerHTML = `
      <fieldset><legend>Diagnosis</legend>
        <div class="picker">
          <div class="pills"><span class="pill" aria-label="${TITLE}"><i class="icon"></i></span></div>
          <input id="search" aria-label="Search diagnoses" value="">
          <ul role="listbox"><li role="option" aria-label="Low back pain, unspecified"></li></ul>
        </div></fieldset>`;
    const field = findFields(document).find((c) => c.element.id === 'search');
    expect(field?.kind).toBe('diagnosis');
    const read = readField(field!);
    expect(read.titles).toContain(TITLE);
    expect(read.titles).not.toContain('Low back pain, unspecified');
  });

  it('adds nothing when the visible text already says the name', () => {
    document.body.innerHTML = `
      <div class="field"><span id="l">Diagnoses</span>
        <div role="list" aria-labelledby="l"><span role="listitem" title="Low back pain, unspecified">Low back pain, unspecified</span></div></div>`;
    const read = readField(findFields(document)[0]!);
    expect(read.text).toBe('Low back pain, unspecified');
  });
});

describe('values a picker shows beside its input (react-select and the like)', () => {
  const TITLE = 'Osseous and subluxation stenosis of intervertebral foramina of head region';

  it('reads the single value a combobox shows, never its live region, placeholder or menu', () => {
    document.body.innerHTML = `
      <label for="dx">Diagnosis</label>
      <div class="select-container">
        <span aria-live="polite" role="log">option ${TITLE}, selected.</span>
        <div class="control"><div class="value-container">
          <div class="single-value">${TITLE}</div>
          <div><input id="dx" role="combobox" aria-autocomplete="list" aria-describedby="hint" value=""></div>
        </div><div class="indicators"><div aria-hidden="true"><svg></svg></div></div></div>
        <div class="menu"><div role="listbox"><div role="option">M99.61 Osseous… cervical region</div></div></div>
        <div id="hint">e.g. M54.5</div>
      </div>
      <textarea aria-label="Note"></textarea>`;
    const field = findFields(document).find((c) => c.element.id === 'dx')!;
    expect(field.kind).toBe('diagnosis');
    const read = readField(field);
    expect(read.text.split('\n')).toEqual(['', TITLE]);
    expect(read.titles).toEqual([TITLE]);
  });

  it('reads each multi-value chip as one entry, without its remove button', () => {
    document.body.innerHTML = `
      <div class="container"><div class="control"><div class="values">
        <div class="multi-value"><div class="multi-value-label"><b>M99.60</b> ${TITLE}</div><div role="button" aria-label="Remove M99.60">x</div></div>
        <div class="multi-value"><div class="multi-value-label">Radiculopathy, cervical region</div><div role="button">x</div></div>
        <div><input role="combobox" aria-label="Other diagnoses" value=""></div>
      </div></div></div>`;
    const read = readField(findFields(document)[0]!);
    expect(read.text.split('\n')).toEqual(['', `M99.60 ${TITLE}`, 'Radiculopathy, cervical region']);
    expect(read.titles).toEqual(['Radiculopathy, cervical region']);
  });

  it('never reads a picker’s hints or messages as its value', () => {
    document.body.innerHTML = `<div class="picker"><div class="box"><input role="combobox" aria-label="Diagnosis" value=""></div>
      <small>e.g. M54.5</small><div class="field-help">Format: M54.50</div><p class="error-text">M99 is not billable</p></div><textarea></textarea>`;
    expect(readField(findFields(document)[0]!).text).toBe('');
  });

  it('leaves a plain text box’s hints alone (only pickers show a chosen value beside the input)', () => {
    document.body.innerHTML = `<div><input aria-label="Diagnosis code" value=""><small>Format: M54.5</small></div><textarea></textarea>`;
    expect(readField(findFields(document)[0]!).text).toBe('');
  });
});
