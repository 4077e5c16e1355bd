/**
 * Every text the core makes for a user (finding messages, verdicts and their reasons, release
 * notes) reaches the surfaces as a catalogue template with placeholders (Finding.messageId /
 * params): each template the core can name is in both catalogues, and a Spanish render of each
 * kind of finding is whole Spanish, with no English template text and no unfilled placeholder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, checksTemplate, checksWords, RULE_IDS, type AnalyzeResult } from '../../src/core';
import { REGION_SCHEMES } from '../../src/core/families/schemes';
import { M99_FAMILY } from '../../src/core/families/m99';
import conventions from '../../src/core/chiro/region-conventions.json';
import procedures from '../../src/core/chiro/procedure-codes.json';
import { chooseRelease } from '../../src/kb/choose-release';
import { CATALOGUES, sayCoreText } from '../../src/platform/i18n';
import { loadSpineLookup } from '../corpus/icd10cm/order-rows';
import { CORE_TEXT_PAGES, EXCLUDES1_NOTES } from './core-text-fixtures';

const ROOT = join(import.meta.dirname, '../..');
const { en, es } = CATALOGUES;
const termId = (value: string) => `term_${value.replace(/[^A-Za-z0-9]+/g, '_').toLowerCase()}`;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.ts$/.test(name) && !/\.test\./.test(name) ? [path] : [];
  });
}

/** Template ids and vocabulary words written in the core's source and the kb's (release choice, code entry). */
function idsInSource(): { templates: string[]; terms: string[] } {
  const text = [...sources(join(ROOT, 'src/core')), ...sources(join(ROOT, 'src/kb'))].map((p) => readFileSync(p, 'utf8')).join('\n');
  const templates = [...text.matchAll(/'((?:finding|reason|verdict|release|sentence|part|checklist|kb)_[a-z0-9_]+)'/g)].map((m) => m[1]!);
  const terms = [...text.matchAll(/_term: '([a-z0-9_]+)'/g)].map((m) => `term_${m[1]!}`);
  return { templates: [...new Set(templates)], terms: [...new Set(terms)] };
}

const NOTE_TEXT_PARAMS = ['quotes_quotes', 'documented', 'title', 'nearest_list', 'payer_quote', 'care_quote', 'typed', 'segments_list', 'places_desc', 'statement_quote'];
/** Placeholders' values that are the note's or the official words (English on an English chart), left out before looking for English. */
function withoutQuotedWords(text: string, params: Record<string, string>): string {
  let out = text.replace(/«[^»]*»/g, '«»');
  for (const name of NOTE_TEXT_PARAMS) for (const value of (params[name] ?? '').split('|')) if (value.length > 2) out = out.split(value).join('');
  return out;
}
const ENGLISH = /\b(the|but|is|are|only|note|documents|with|without|for|and|or|not|Consider|Check)\b/;

/** Every text a result carries, with its English words and template. */
function texts(result: AnalyzeResult) {
  const out: { english: string; messageId: string | undefined; params: Record<string, string>; what: string }[] = [];
  for (const f of result.findings) out.push({ english: f.message, messageId: f.messageId, params: f.params ?? {}, what: `${f.rule} ${f.code}` });
  for (const v of result.verdicts ?? []) out.push({ english: v.reason, messageId: v.messageId, params: v.params ?? {}, what: `verdict ${v.code}` });
  return out;
}

describe('texts the core makes', () => {
  it('name only templates that both catalogues have, with the same placeholders', () => {
    const { templates, terms } = idsInSource();
    expect(templates.length).toBeGreaterThan(60);
    for (const id of [...templates, ...terms]) {
      expect(en[id], id).toBeDefined();
      expect(es[id], id).toBeDefined();
    }
  });

  it('have a word in both catalogues for every region, scheme, cause, alternative and procedure they name', () => {
    const words = [
      ...REGION_SCHEMES.flatMap((s) => s.regions.map((r) => `sregion_${s.id}_${r.id}`)),
      ...REGION_SCHEMES.map((s) => `scheme_name_${s.id}`),
      ...REGION_SCHEMES.find((s) => s.id === 'm99')!.regions.map((r) => `region_${r.id}`),
      ...Object.values(conventions.schemes).flatMap((s) => s.regions.map((r) => `region_${r}`)),
      ...['osseous', 'subluxation', 'connective-tissue', 'disc'].map((m) => `mech_${m}`),
      ...['foramen', 'canal', 'lateral-recess', 'unspecified'].map((s) => `site_${s}`),
      ...['negated', 'uncertain', 'historical', 'hypothetical', 'family'].map((s) => `status_${s}`),
      ...M99_FAMILY.alternatives.map((a) => `alt_${a.target}`),
      ...procedures.manipulation.map((p) => `cpt_${p.code}`),
    ];
    for (const w of words) {
      expect(en[termId(w)], termId(w)).toBeDefined();
      expect(es[termId(w)], termId(w)).toBeDefined();
    }
  });

  const spine = loadSpineLookup();
  const lookup = Object.assign((code: string) => spine(code), spine, {
    excludes1: (code: string) => Object.entries(EXCLUDES1_NOTES).flatMap(([at, notes]) => (code.startsWith(at) ? notes : [])),
  });
  const results = Object.entries(CORE_TEXT_PAGES).map(([name, input]) => [name, analyze(input, { lookup })] as const);

  // The extension renders a finding from its template in the UI language, English too; the CLI
  // prints the core's own English. Both must use the same words ("only as family" in one and
  // "only as family history" in the other, "puts a intervertebral foramen stenosis" in one only,
  // went unseen until stop 55). Typography may differ: the catalogue curls quotes, writes dates
  // as "Oct 20, 2026" and joins lists its own way, so only the words are compared.
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/\b(?:and|or|region|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b/g, ' ')
      .replace(/[^a-z]+/g, ' ')
      .trim();
  it.each(results)('%s: the English template says what the core\u2019s English says', (_name, result) => {
    for (const f of result.findings) expect(words(sayCoreText('en', f.messageId!, f.params ?? {}, f.message)), `${f.rule} ${f.code}`).toBe(words(f.message));
  });

  it.each(results)('%s: every finding and verdict says itself in Spanish from its template', (_name, result) => {
    for (const { english, messageId, params, what } of texts(result)) {
      expect(messageId, what).toBeDefined();
      expect(es[messageId!], `${what}: ${messageId}`).toBeDefined();
      const spanish = sayCoreText('es', messageId!, params, english);
      expect(spanish, what).not.toMatch(/\$[A-Za-z0-9_]+\$/);
      expect(spanish, what).not.toMatch(/\b(?:term|part|sentence|reason|finding|checklist)_[a-z0-9_]+/);
      expect(withoutQuotedWords(spanish, params), `${what}: ${spanish}`).not.toMatch(ENGLISH);
      // The English template's own words, a few at a time, are nowhere in the Spanish.
      for (const fragment of en[messageId!]!.message.split(/\$[A-Za-z0-9_]+\$|[.;:()]/).map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 3))
        expect(spanish, `${what}: ${fragment}`).not.toContain(fragment);
    }
  });

  // The code entry (popup and side panel) says what ChartLint compares for a code: each part of
  // that sentence (site, cause, lesion, region and level, canal, with/without) and the not-checked reasons.
  it.each(['M99.61', 'M99.31', 'M48.062', 'M50.122', 'M51.16', 'M43.16', 'M54.2', 'M54.50', 'M54.41', 'M54.30', 'M53.2X6', 'M53.2X9', 'M47.819', 'M99.01', 'E11.9'])(
    'says what it compares for %s in Spanish from its template',
    (code) => {
      const english = checksWords(code);
      const { messageId, params } = checksTemplate(code);
      expect(es[messageId], messageId).toBeDefined();
      const spanish = sayCoreText('es', messageId, params, english);
      expect(spanish).toContain(code);
      expect(spanish).not.toMatch(/\$[A-Za-z0-9_]+\$|\b(?:term|part|sentence|reason|verdict)_[a-z0-9_]+/);
      expect(spanish, spanish).not.toMatch(ENGLISH);
      for (const fragment of english.split(/[.;:(),]/).map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 2)) expect(spanish, fragment).not.toContain(fragment);
      // The English template opens as the core's English does (its lesion is a vocabulary word, not the official title).
      expect(sayCoreText('en', messageId, params, english).split(':')[0]).toBe(english.split(':')[0]);
    },
  );

  // The card and the panel show a finding's suggestions in their own "Suggested" row (the CLI after
  // an arrow): a sentence that ends "Suggested: M99.61." right above that row says it twice, and
  // one that offers a code in another voice ("Consider M99.61") reads as a different thing. A
  // sentence may still name a code when it says more ("Check whether M99.61 fits better", "…,
  // listed first").
  it.each(['en', 'es'] as const)('leave the suggested codes to the Suggested row (%s)', (lang) => {
    const label = CATALOGUES[lang].suggested!.message;
    const bare = new RegExp(`${label}: [A-Z][0-9A-Z.]+(?: (?:or|o) [A-Z][0-9A-Z.]+)*\\.(?:\\s|$)`);
    let offered = 0;
    for (const [, result] of results)
      for (const f of result.findings) {
        // English: the rule's own sentence (what the panel, badge and CLI show) and its template.
        const sentences = [sayCoreText(lang, f.messageId!, f.params ?? {}, f.message), ...(lang === 'en' ? [f.message] : [])];
        for (const sentence of sentences) {
          expect(sentence, `${f.rule} ${f.code}`).not.toMatch(/\bConsider(?:e|ar)?\b/i);
          expect(sentence, `${f.rule} ${f.code}`).not.toMatch(bare);
        }
        if (f.suggestions.some((s) => s !== f.code)) offered++;
      }
    // The region, level, family, chiropractic and payer findings all carry suggestions.
    expect(offered).toBeGreaterThanOrEqual(6);
  });

  // A supported verdict says each comparison's reason from that reason's own template: a reason
  // without one reached the Spanish panel as the core's English (the procedure reasons did).
  it.each(results)('%s: every reason a verdict or comparison gives has its own template in both catalogues', (_name, result) => {
    for (const c of result.comparisons ?? []) {
      if (c.outcome !== 'supported') continue;
      expect(c.messageId, `${c.rule} ${c.code}: ${c.reason}`).toBeDefined();
      expect(es[c.messageId!], c.messageId).toBeDefined();
      expect(en[c.messageId!], c.messageId).toBeDefined();
    }
    for (const v of result.verdicts ?? []) {
      const items = JSON.parse(v.params?.reasons_msgs ?? '[]') as { id?: string; text?: string }[];
      for (const item of items) {
        expect(item.text, `${v.code}: a reason without a template`).toBeUndefined();
        expect(es[item.id!], `${v.code}: ${item.id}`).toBeDefined();
      }
    }
  });

  it('has a page whose verdict rests on a procedure, and says it in Spanish', () => {
    const [, result] = results.find(([name]) => name === 'M99 supported by a procedure')!;
    const [v] = result.verdicts!;
    expect(v).toMatchObject({ verdict: 'supported', reason: 'the procedure "foraminotomy" at L5-S1 implies the code\'s site and region' });
    expect(sayCoreText('es', v!.messageId!, v!.params!, v!.reason)).toBe('Comprobado y respaldado: M99.73. Motivo: el procedimiento «foraminotomy» en L5-S1 indica el sitio y la región del código.');
  });

  it('cover every rule with its own template (none falls back to the generic one)', () => {
    const rules = new Set<string>();
    for (const [, r] of results) {
      for (const f of r.findings) {
        rules.add(f.rule);
        // The runner's generic template names only the code and the suggestions.
        expect(Object.keys(f.params ?? {}).sort(), `${f.rule}: ${f.messageId}`).not.toEqual(['code', 'suggestions']);
      }
    }
    expect([...rules].sort()).toEqual([...RULE_IDS].sort());
  });

  it('says the release notes (pinned, not in force, expired, not covered) in Spanish, with dates through Intl', () => {
    const stamps = [
      chooseRelease({ setting: 'FY2026', today: '2025-12-01' }),
      chooseRelease({ setting: 'FY2026', pinnedByPolicy: true, today: '2027-03-01' }),
      chooseRelease({ today: '2031-01-15' }),
      chooseRelease({ today: '2001-01-15' }),
    ];
    for (const s of stamps) {
      expect(s.messageId, s.message).toBeDefined();
      const spanish = sayCoreText('es', s.messageId!, s.params ?? {}, s.message ?? '');
      expect(spanish).not.toMatch(/\$[A-Za-z0-9_]+\$|\bterm_/);
      expect(spanish).not.toMatch(ENGLISH);
      expect(spanish).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
    expect(sayCoreText('es', stamps[1]!.messageId!, stamps[1]!.params!, '')).toContain('fijada por su administrador; no es la versión en vigor el 1 mar 2027');
  });
});
