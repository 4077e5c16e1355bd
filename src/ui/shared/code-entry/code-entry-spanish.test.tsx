/**
 * A code entry in Spanish says its own words in Spanish: what the knowledge base hands the popup
 * and the side panel (status, release caveat, why notes are missing, where a note is printed, how a
 * related code relates, the alternatives' and procedures' notes, a refused code's reason) comes
 * through catalogue templates. What stays English is official ICD-10-CM text (titles, notes, index
 * terms) and curated prose that exists only in English; both are marked lang="en", so this walks the
 * text outside those marks and fails on English words left there.
 */
import { render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CodeInputError, explainCode } from '../../../kb';
import { RELEASE_WINDOWS } from '../../../kb';
import { releaseCaveatText } from '../../options/display-section';
import { codeInputErrorText } from '../i18n/kb-text';
import { setLanguage } from '../i18n/i18n';
import { CodeEntry } from './code-entry';

afterEach(() => setLanguage('en'));

/** English words that Spanish never uses (no "a", "no", "es", which Spanish shares). */
const ENGLISH =
  /\b(the|and|or|of|for|with|without|is|are|not|only|to|in|at|by|on|from|this|that|its|which|has|have|be|if|when|same|other|below|above|billable|valid|header|choose|could|notes|chapter|block|region|lesion|mechanism|code|codes|spine|spinal|stenosis|under|nearest|falls|letter|digit|typed|mean|type|such|carries|shown|obtained)\b/i;

/** The text a Spanish reader gets outside what is marked English, code tokens left out. */
function spanishText(root: Element): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest('[lang="en"]') || el.closest('.code')) continue;
    parts.push(n.textContent ?? '');
  }
  // Codes, ranges, release names and URLs are data, not words.
  return parts.join(' ').replace(/\b[A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?-?\b|\bFY\d{4}\b|ICD-10-CM|ChartLint|https?:\S+/g, ' ');
}

function englishLeft(text: string): string[] {
  return text.split(/(?<=[.;:)])\s+/).filter((s) => ENGLISH.test(s)).map((s) => s.trim().slice(0, 120));
}

describe('a code entry in Spanish', () => {
  it.each([
    ['M99.61', undefined],
    ['M99.01', undefined],
    ['M99.05', undefined],
    ['M99.65', undefined],
    ['M99.9', undefined],
    ['M99.6', undefined],
    ['M48.062', undefined],
    ['M54.2', undefined],
    ['E11.9', undefined],
    ['M99.61', 'FY2027'],
    ['M48.062', 'FY2027'],
  ] as const)('%s (%s) leaves no English outside the official and curated text marked lang="en"', async (code, release) => {
    const entry = await explainCode(code, release ? { release } : {});
    setLanguage('es');
    const { container } = render(<CodeEntry entry={entry} />);
    expect(englishLeft(spanishText(container))).toEqual([]);
    // The entry's own words are not hidden under lang="en": the status, the caveat, the headings.
    for (const sel of ['.code-entry-status', '.release-caveat', 'h3', '.disclosure:not(.faq-item) > summary', '.code-entry-checks'])
      for (const el of container.querySelectorAll(sel)) expect(el.closest('[lang="en"]'), `${code} ${sel}`).toBeNull();
    if (release === 'FY2027') expect(container.querySelector('.release-caveat')?.textContent).toMatch(/no se pudieron obtener/i);
  });

  it.each(['M99.6O', 'M99.95', 'M99.999', 'Z99.999', 'hello', ' '])('says why %j is refused in Spanish', async (input) => {
    const error = await explainCode(input).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CodeInputError);
    setLanguage('es');
    const text = codeInputErrorText(error);
    // Official titles a refusal names ("It falls under M99.9 (…)") stay English: leave them out.
    const withoutTitles = text.replace(/\([^()]*\)/g, ' ');
    expect(englishLeft(withoutTitles.replace(/\b[A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?\b|"[^"]*"|«[^»]*»|ICD-10-CM|FY\d{4}/g, ' ')), text).toEqual([]);
    setLanguage('en');
    expect(codeInputErrorText(error as CodeInputError)).toBe((error as CodeInputError).message);
  });

  it('makes the noun agree with the number of letter-O positions', async () => {
    const refusal = (input: string) =>
      explainCode(input).then(
        () => undefined,
        (e: unknown) => e as CodeInputError,
      );
    const one = await refusal('M99.6O');
    const two = await refusal('M99.OO');
    setLanguage('es');
    expect(codeInputErrorText(one)).toContain('(carácter 6)');
    expect(codeInputErrorText(two)).toContain('(caracteres 5 y 6)');
    setLanguage('en');
    expect(codeInputErrorText(one)).toContain('(character 6)');
    expect(codeInputErrorText(two)).toContain('(characters 5 and 6)');
    expect(codeInputErrorText(two)).toBe(two?.message);
  });

  // The options page lists the releases with the same caveat.
  it('says every release caveat the options page lists in Spanish', () => {
    const caveats = RELEASE_WINDOWS.filter((r) => r.caveat);
    expect(caveats.length).toBeGreaterThan(0);
    setLanguage('es');
    for (const r of caveats) expect(englishLeft(releaseCaveatText(r.version, r.caveat!).replace(/\bFY\d{4}\b/g, ' ')), r.version).toEqual([]);
  });
});
