import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { explainCode } from '../../../kb';
import { setLanguage } from '../i18n/i18n';
import { CodeEntry } from './code-entry';

afterEach(() => {
  cleanup();
  setLanguage('en');
});

const checksOf = async (code: string) => render(<CodeEntry entry={await explainCode(code)} />).container.querySelector('[data-checks]')?.textContent;

describe('CodeEntry: what ChartLint checks for the code', () => {
  it('names the scheme and qualifiers for a family code, and says "not checked" for a code outside them', async () => {
    expect(await checksOf('M48.062')).toMatch(/M40-M54 dorsopathy codes.*with neurogenic claudication/);
    expect(await checksOf('E11.9')).toBe('Not checked by ChartLint: E11.9 is outside the spine families ChartLint reads.');
  });

  it('says it in the language of the surfaces, with no English left', async () => {
    setLanguage('es');
    const english = /\b(?:When|is|on|page|compares|with|without|the|note|site|region|scheme|Not|checked|outside)\b/;
    const m99 = await checksOf('M99.60');
    expect(m99).toBe('Cuando M99.60 está en una página, ChartLint lo compara con la nota: sitio (agujeros intervertebrales); causa (ósea o por subluxación); región (región de la cabeza, códigos M99).');
    for (const code of ['M48.062', 'M50.122', 'E11.9']) expect(await checksOf(code), code).not.toMatch(english);
  });
});
