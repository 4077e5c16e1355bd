import { beforeEach, describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';

/** Angular Material's MDC chip row (mat-chip-grid), as the library renders it. */
const matChip = (text: string) =>
  `<mat-chip-row class="mat-mdc-chip mat-mdc-chip-row mdc-evolution-chip" role="row">` +
  `<span role="gridcell" class="mdc-evolution-chip__cell mdc-evolution-chip__cell--primary">` +
  `<span class="mdc-evolution-chip__action mat-mdc-chip-action" role="button" tabindex="-1">` +
  `<span class="mdc-evolution-chip__text-label mat-mdc-chip-action-label">${text}` +
  `<span class="mat-mdc-chip-primary-focus-indicator mat-focus-indicator"></span></span></span></span>` +
  `<span role="gridcell" class="mdc-evolution-chip__cell mdc-evolution-chip__cell--trailing">` +
  `<button matchipremove class="mat-mdc-chip-remove mat-mdc-chip-trailing-icon mdc-evolution-chip__action" aria-label="remove ${text}" type="button">` +
  `<mat-icon role="img" class="mat-icon material-icons" aria-hidden="true">cancel</mat-icon></button></span></mat-chip-row>`;

describe('chips whose text is nested in several chip-classed boxes', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads Angular Material mat-chip-grid chips, one per line, without the remove control', () => {
    document.body.innerHTML = `<mat-form-field><div class="mdc-text-field">
      <label for="in" id="lb"><mat-label>Diagnoses (ICD-10)</mat-label></label>
      <mat-chip-grid role="grid" class="mat-mdc-chip-grid" aria-labelledby="lb"><div role="presentation">
      ${matChip('M54.16 Radiculopathy, lumbar region')}${matChip('M51.17')}
      <input id="in" class="mat-mdc-chip-input" role="combobox" aria-autocomplete="list" aria-haspopup="listbox" placeholder="Add diagnosis…">
      </div></mat-chip-grid></div></mat-form-field>`;
    const dx = findFields(document).filter((f) => f.kind === 'diagnosis');
    expect(dx.map((f) => f.label)).toEqual(['Diagnoses (ICD-10)']);
    const lines = readField(dx[0]!).text.split('\n').filter(Boolean);
    expect(lines).toEqual(['M54.16 Radiculopathy, lumbar region', 'M51.17']);
  });

  it('reads a chip whose only chip-classed child is an empty icon box, and never a close control as a chip', () => {
    document.body.innerHTML = `<label for="in">Diagnoses</label><div class="tags">
      <span class="tag"><span class="tag-icon"></span>M54.2 <span class="tag-remove">Remove</span></span>
      <input id="in" aria-label="Diagnoses"></div>`;
    const [field] = findFields(document);
    const text = readField(field!).text;
    expect(text).toContain('M54.2');
    expect(text).not.toMatch(/Remove/);
  });
});
