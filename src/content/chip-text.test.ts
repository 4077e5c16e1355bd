import { beforeEach, describe, expect, it } from 'vitest';
import { chipText, withoutCloseGlyphs } from './chip-text';
import { findFields } from './find-fields';
import { readField } from './read-field';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('withoutCloseGlyphs', () => {
  it.each([
    ['M99.03 x', 'M99.03'],
    ['M99.03 ×', 'M99.03'],
    ['× M54.12 Radiculopathy, cervical region', 'M54.12 Radiculopathy, cervical region'],
    [
      'Segmental and somatic dysfunction of lumbar region ✕',
      'Segmental and somatic dysfunction of lumbar region',
    ],
    ['M99.03\t×', 'M99.03'],
    ['×', ''],
    ['x', ''],
  ])('%j → %j', (text, expected) => {
    expect(withoutCloseGlyphs(text)).toBe(expected);
  });

  it('keeps letters that belong to a word or a code', () => {
    expect(withoutCloseGlyphs('M99.0x')).toBe('M99.0x');
    expect(withoutCloseGlyphs('Complex regional pain')).toBe('Complex regional pain');
    expect(withoutCloseGlyphs('Type X collagen')).toBe('Type X collagen');
  });
});

describe('chipText', () => {
  const chip = (html: string) => {
    document.body.innerHTML = html;
    return chipText(document.body.firstElementChild!);
  };

  it('leaves out a close link that draws its own glyph, even glued to the title (Chosen)', () => {
    expect(
      chip(
        '<li class="search-choice"><span>M99.61 Osseous and subluxation stenosis of intervertebral foramina of cervical region</span><a class="search-choice-close">x</a></li>',
      ),
    ).toBe('M99.61 Osseous and subluxation stenosis of intervertebral foramina of cervical region');
  });

  it.each([
    ['a button', '<span class="tag">M99.03<button type="button">×</button></span>'],
    ['a role=button', '<span class="tag">M99.03 <span role="button" tabindex="0">x</span></span>'],
    ['an aria-hidden icon', '<span class="tag">M99.03 <i aria-hidden="true">✕</i></span>'],
    [
      'a Select2 remove',
      '<li class="select2-selection__choice"><span class="select2-selection__choice__remove">×</span>M99.03</li>',
    ],
    [
      'a MUI delete icon',
      '<div class="MuiChip-root"><span class="MuiChip-label">M99.03</span><span class="MuiChip-deleteIcon">x</span></div>',
    ],
    [
      'an icon named by its action',
      '<span class="chip">M99.03 <span aria-label="Remove M99.03">x</span></span>',
    ],
  ])('leaves out %s', (_, html) => {
    expect(chip(html)).toBe('M99.03');
  });

  it('keeps a chip whose own class says it can be removed', () => {
    expect(chip('<span class="chip chip-removable"><span class="chip-label">M99.03</span></span>')).toBe(
      'M99.03',
    );
    expect(chip('<span class="tag clearfix"><span class="tag-text">M54.12</span></span>')).toBe('M54.12');
  });
});

describe('a picker’s chosen chips read without their close controls', () => {
  it('reads a Chosen chip’s title without its "x", so the title is the official one', () => {
    document.body.innerHTML = `
      <div class="chosen-container"><ul class="chosen-choices">
        <li class="search-choice"><span>Segmental and somatic dysfunction of lumbar region</span><a class="search-choice-close" data-option-array-index="0">x</a></li>
        <li class="search-field"><input id="dx" type="text" placeholder="Select diagnoses"></li></ul></div>`;
    const candidate = findFields(document, {}).find((c) => c.element.id === 'dx')!;
    const reading = readField(candidate);
    expect(reading.text).not.toMatch(/regionx|region x/);
    expect(reading.titles).toContain('Segmental and somatic dysfunction of lumbar region');
  });

  it('reads a chips list’s items without a remove glyph drawn as text', () => {
    document.body.innerHTML = `
      <h3>Diagnoses</h3><ul aria-label="Diagnoses" id="dx"><li>M99.03 <a href="#" class="remove">×</a></li><li>Radiculopathy, cervical region <a href="#" class="remove">x</a></li></ul>`;
    const candidate = findFields(document, {}).find((c) => c.element.id === 'dx')!;
    const reading = readField(candidate);
    expect(reading.text.split('\n')).toEqual(['M99.03', 'Radiculopathy, cervical region']);
    expect(reading.titles).toContain('Radiculopathy, cervical region');
  });
});

describe('a list of chips read as a diagnosis field', () => {
  it('reads a chip whose close link is glued to its title without the link’s words', () => {
    document.body.innerHTML = `<section><h3>Diagnoses</h3><ul class="chosen-choices" id="dx">
      <li class="search-choice"><span>Segmental and somatic dysfunction of cervical region</span><a class="search-choice-close">x</a></li>
      <li class="search-choice"><span class="select2-selection__choice__remove">×</span>M54.12</li></ul></section>`;
    const candidate = findFields(document, {}).find((c) => c.element.id === 'dx')!;
    expect(readField(candidate).text.split('\n')).toEqual([
      'Segmental and somatic dysfunction of cervical region',
      'M54.12',
    ]);
  });
});
