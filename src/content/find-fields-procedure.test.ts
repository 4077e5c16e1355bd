import { beforeEach, describe, expect, it } from 'vitest';
import { findFields } from './find-fields';

const kinds = () => findFields(document, {}).map((c) => `${c.kind}:${c.element.id}`);

describe('findFields: procedure (fee ticket) fields', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('takes fields labelled with CPT or fee-ticket words as procedure fields', () => {
    document.body.innerHTML = `
      <label for="a">CPT codes</label><textarea id="a">98941-AT</textarea>
      <input id="b" placeholder="Procedure (CPT + modifiers)">
      <textarea id="c" aria-label="Fee ticket"></textarea>
      <label for="d">Diagnosis codes</label><input id="d">`;
    expect(kinds()).toEqual(['procedure:a', 'procedure:b', 'procedure:c', 'diagnosis:d']);
  });

  it('keeps a procedure note a note, and an unlabelled CPT-like value out', () => {
    document.body.innerHTML = `
      <textarea id="a" aria-label="Procedure note"></textarea>
      <input id="b" value="98941-AT">`;
    expect(kinds()).toEqual(['note:a']);
  });
});
