import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../core';
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

  it('draws no list when every code has its findings listed', () => {
    const { container } = render(<Verdicts verdicts={verdicts.filter((v) => v.code === 'M99.60')} listed={findings} dismissed={[]} />);
    expect(container.querySelector('.verdicts')).toBeNull();
  });
});
