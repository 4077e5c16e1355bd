import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactCatalogue } from './compact-locales';

const LOCALES = join(import.meta.dirname, '../public/_locales');

describe('compactCatalogue', () => {
  it.each(readdirSync(LOCALES))('keeps every id of %s with its message and nothing else', (lang) => {
    const whole = JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >;
    const compact = compactCatalogue(whole);
    expect(Object.keys(compact)).toEqual(Object.keys(whole));
    for (const [id, entry] of Object.entries(compact))
      expect(entry, id).toEqual({ message: whole[id]!.message });
  });

  it('drops descriptions and placeholders', () => {
    const whole = {
      hi: { message: 'Hi $name$', description: 'greeting', placeholders: { name: { content: '$1' } } },
    };
    expect(compactCatalogue(whole)).toEqual({ hi: { message: 'Hi $name$' } });
  });
});
