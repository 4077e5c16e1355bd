import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze, RULE_INFO, type Finding } from '../../../core';
import { findingHeadline, findingMessage, ruleHelp, ruleTitle } from './finding-text';
import { browserLanguage, CATALOGUES, formatNumber, LANGUAGES, setLanguage, t } from './i18n';

// A language may say a placeholder once where English says it twice: compare which, not how often.
const placeholders = (message: string) => [...new Set([...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]))].sort();
const ROOT = join(import.meta.dirname, '../../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) && !/\.test\./.test(name) ? [path] : [];
  });
}

afterEach(() => setLanguage('en'));

describe('message catalogues', () => {
  const en = CATALOGUES.en;
  it.each(LANGUAGES)('%s has every English message, with the same declared placeholders', (lang) => {
    const cat = CATALOGUES[lang];
    expect(Object.keys(cat).sort()).toEqual(Object.keys(en).sort());
    for (const [id, entry] of Object.entries(cat)) {
      expect(entry.message.trim(), id).not.toBe('');
      expect(placeholders(entry.message), id).toEqual(placeholders(en[id]!.message));
      // chrome.i18n refuses a catalogue that uses a placeholder it does not declare.
      for (const name of placeholders(entry.message)) expect(entry.placeholders?.[name!], `${lang} ${id} $${name}$`).toBeDefined();
    }
  });

  it('says the rule titles and help in English exactly as the registry does', () => {
    for (const r of RULE_INFO) {
      expect(ruleTitle(r.id)).toBe(r.title);
      expect(ruleHelp(r.id)).toBe(r.help);
    }
  });

  it('has every message id the surfaces ask for by name', () => {
    const asked = [...new Set(['src/ui', 'src/content'].flatMap((d) => sources(join(ROOT, d))).flatMap((p) => [...readFileSync(p, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]!)))];
    expect(asked.length).toBeGreaterThan(50);
    expect(asked.filter((id) => !(id in en))).toEqual([]);
  });

  it('follows the browser language and falls back to English', () => {
    expect(browserLanguage(['es-MX', 'en'])).toBe('es');
    expect(browserLanguage(['fr-FR'])).toBe('en');
  });

  it('fills placeholders and formats numbers in the chosen language', () => {
    setLanguage('es');
    expect(t('dismissedOnPage', { count: 1234 })).toBe(`Descartados en esta página (${formatNumber(1234)})`);
    expect(formatNumber(1234.5)).toBe('1234,5');
    setLanguage('en');
    expect(t('copyCodeLabel', { code: 'M99.61' })).toBe('Copy M99.61 to the clipboard');
  });

  it('says a finding in Spanish from its template, and the typo card in the typed code\'s name', () => {
    const { findings } = analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: 'M99.6O' }, { id: 'n', kind: 'note', text: 'C5-6 foraminal stenosis due to osteophytes.' }] });
    const typo = findings.find((f) => f.rule === 'invalid-code') as Finding;
    const region = findings.find((f) => f.rule === 'region-mismatch') as Finding;
    expect(findingHeadline(typo)).toBe('You typed M99.6O');
    // The headline names what the note says (the level), from the registry's plain title.
    expect(findingHeadline(region)).toBe('Wrong region: the note says C5-C6 → M99.61');
    setLanguage('es');
    expect(findingMessage(typo)).toBe('Ha escrito M99.6O (letra O). ¿Quería decir M99.60?');
    expect(findingHeadline(region)).toBe('Región incorrecta: la nota dice C5-C6 → M99.61');
    expect(findingMessage(region)).toBe('M99.60 corresponde a la región de la cabeza (dígito 0), pero la nota documenta estenosis foraminal, C5-6, ósea.');
    // Every finding the core can make has its template in every language.
    for (const f of findings) expect(Object.keys(CATALOGUES.es)).toContain(f.messageId);
  });

  it('names a code to add beside the card\'s code as an addition, never behind the arrow (QA stop 45)', () => {
    const { findings } = analyze({
      fields: [
        { id: 'dx', kind: 'diagnosis', text: 'M99.61' },
        { id: 'n', kind: 'note', text: 'Moderate canal stenosis at C5-6. Severe left C5-6 foraminal stenosis from uncovertebral spurring.' },
      ],
    });
    const beside = findings.find((f) => f.rule === 'classified-elsewhere') as Finding;
    setLanguage('en');
    expect(findingHeadline(beside)).toBe('A code outside M99 may fit better: M99.61, add M48.02');
    setLanguage('es');
    expect(findingHeadline(beside)).toMatch(/: M99\.61, añadir M48\.02$/);
    setLanguage('en');
    const both = { ...beside, suggestions: ['M50.12', 'M48.02'], additions: ['M48.02'] };
    expect(findingHeadline(both)).toBe('A code outside M99 may fit better: M99.61 → M50.12, add M48.02');
  });
});
