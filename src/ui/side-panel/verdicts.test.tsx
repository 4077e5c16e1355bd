import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../core';
import { noNoteOnPage } from '../../core/rules/note-read';
import { setLanguage } from '../shared/i18n/i18n';
import { Verdicts } from './verdicts';

// M99.60 has a finding (wrong region); E11.9 is outside the families ChartLint reads.
const result = analyze({
  fields: [
    { id: 'dx', kind: 'diagnosis', text: 'M99.60, E11.9' },
    { id: 'n', kind: 'note', text: 'MRI: C5-6 foraminal stenosis due to uncovertebral osteophytes.' },
  ],
});
const verdicts = result.verdicts ?? [];
const findings = result.findings.filter((f) => f.code === 'M99.60');
const lineOf = (container: Element, code: string) => container.querySelector(`.verdicts [data-code="${code}"]`);

afterEach(() => {
  cleanup();
  setLanguage('en');
});

describe('Verdicts', () => {
  it.each(['en', 'es'] as const)('gives no line to a code whose findings are listed above, and keeps the others (%s)', (lang) => {
    setLanguage(lang);
    expect(verdicts.map((v) => `${v.code}:${v.verdict}`)).toEqual(['M99.60:finding', 'E11.9:not-checked']);
    const { container } = render(<Verdicts verdicts={verdicts} listed={findings} dismissed={[]} />);
    expect(lineOf(container, 'M99.60')).toBeNull();
    expect(lineOf(container, 'E11.9')?.getAttribute('data-verdict')).toBe('not-checked');
    expect(container.textContent).not.toMatch(/listed above|lista de arriba/);
  });

  // QA stop 47, class 4: M46.1's only card is Medicare's order; without this line the panel read as "only the order is wrong".
  it.each([
    ['en', 'Finding M46.1: listed above, about how it is listed on the claim; not checked against the note: M46.1 is a spine code outside the families ChartLint reads'],
    ['es', 'Hallazgo M46.1: arriba, sobre cómo figura en la reclamación; no se comparó con la nota: M46.1 es un código de columna'],
  ] as const)('says beside its card that a code only claim rules judged was not checked against the note (%s)', (lang, line) => {
    setLanguage(lang);
    const r = analyze({
      fields: [
        { id: 'cov', kind: 'coverage', text: 'Payer: Medicare Part B' },
        { id: 'dx', kind: 'diagnosis', text: 'M46.1, M99.04' },
        { id: 'proc', kind: 'procedure', text: '98940-AT' },
        { id: 'n', kind: 'note', text: 'Sacrum subluxation with right sacroiliac joint tenderness and restricted motion. Adjusted the sacrum.' },
      ],
    });
    const { container } = render(<Verdicts verdicts={r.verdicts ?? []} listed={r.findings} dismissed={[]} />);
    expect(lineOf(container, 'M46.1')?.getAttribute('data-verdict')).toBe('finding');
    expect(lineOf(container, 'M46.1')?.textContent).toContain(line);
  });

  it('says why a code with a finding has no card: dismissed, or its rule turned off', () => {
    const dismissed = render(<Verdicts verdicts={verdicts} listed={[]} dismissed={findings} />);
    expect(lineOf(dismissed.container, 'M99.60')?.textContent).toBe('Finding M99.60: dismissed on this page (listed below).');
    cleanup();
    setLanguage('es');
    const off = render(<Verdicts verdicts={verdicts} listed={[]} dismissed={[]} />);
    expect(lineOf(off.container, 'M99.60')?.textContent).toBe('Hallazgo M99.60: su regla está desactivada en los ajustes.');
  });

  it.each([
    ['en', 'Supported M99.61: the note documents', 'Not checked E11.9 is outside the spine families ChartLint reads.', /Checked and supported|Not checked by ChartLint/],
    ['es', 'Respaldado M99.61: la nota documenta', 'Sin comprobar E11.9 está fuera de las familias de columna que lee ChartLint.', /Comprobado y respaldado|no lo comprobó/],
  ] as const)('does not say the verdict again after its tag (%s)', (lang, supported, notChecked, lead) => {
    setLanguage(lang);
    const r = analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: 'M99.61, E11.9' }, { id: 'n', kind: 'note', text: 'MRI: C5-6 foraminal stenosis due to uncovertebral osteophytes.' }] });
    const { container } = render(<Verdicts verdicts={r.verdicts ?? []} listed={r.findings} dismissed={[]} />);
    expect(lineOf(container, 'M99.61')?.textContent).toContain(supported);
    expect(lineOf(container, 'E11.9')?.textContent).toBe(notChecked);
    expect(container.querySelector('.verdicts')?.textContent).not.toMatch(lead);
  });

  // The worker's verdict for a frame with the code and no note, when another site's frame has the note (background/note-whereabouts.ts).
  it.each([
    ['en', 'Not checked M99.61 is in a frame with no note text; the note text on this page is in a frame from https://notes.example.org, a site checked apart from this one. To check them together, pair the two sites in ChartLint\'s options under “Frames checked together”.', 'No open findings, but ChartLint did not check M99.61: no all-clear.'],
    ['es', 'Sin comprobar M99.61 está en un marco sin texto de nota; el texto de nota de esta página está en un marco de https://notes.example.org, un sitio que se revisa por separado. Para revisarlos juntos, empareje los dos sitios en las opciones de ChartLint, en «Marcos revisados juntos».', 'No hay hallazgos abiertos, pero ChartLint no comprobó M99.61: esto no es un visto bueno.'],
  ] as const)('names the site of the frame with the note and the options section, and no all-clear (%s)', (lang, line, summary) => {
    setLanguage(lang);
    const [core] = analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: 'M99.61' }, { id: 'n', kind: 'note', text: '' }] }).verdicts ?? [];
    const v = noNoteOnPage(core!, 'https://notes.example.org');
    const { container } = render(<Verdicts verdicts={[v]} listed={[]} dismissed={[]} />);
    expect(lineOf(container, 'M99.61')?.textContent).toBe(line);
    expect(lineOf(container, 'M99.61')?.getAttribute('data-verdict')).toBe('not-checked');
    expect(container.querySelector('.all-clear')).toBeNull();
    expect(container.querySelector('.not-all-clear')?.textContent).toBe(summary);
  });

  it('draws no list when every code has its findings listed', () => {
    const { container } = render(<Verdicts verdicts={verdicts.filter((v) => v.code === 'M99.60')} listed={findings} dismissed={[]} />);
    expect(container.querySelector('.verdicts')).toBeNull();
  });
});
