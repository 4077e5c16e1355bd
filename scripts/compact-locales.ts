import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const LOCALES = new URL('../public/_locales/', import.meta.url);

/** A catalogue with each entry's `message` only. */
export function compactCatalogue(
  catalogue: Record<string, { message: string }>,
): Record<string, { message: string }> {
  return Object.fromEntries(Object.entries(catalogue).map(([id, entry]) => [id, { message: entry.message }]));
}

/**
 * The message catalogues (public/_locales/<lang>/messages.json) as the bundles need them: each
 * entry's `message` only. The translators' `description` and chrome.i18n's `placeholders` are for
 * people and for the browser's own reader of public/_locales (which still ships whole); no code
 * reads them from the bundle (src/platform/i18n.ts fills `$name$` by name), yet they were three
 * fifths of the catalogue text every page and the content script parsed before painting.
 *
 * An alias rather than a transform: crxjs builds the content script in a second Vite build that
 * runs none of our plugins but keeps the resolved aliases. The compact copies go to a temporary
 * folder named after their content, so parallel builds never write the same file. Builds only:
 * unit tests import the files whole, so the catalogue tests still see descriptions and placeholders.
 */
export function compactLocales(): Plugin {
  return {
    name: 'chartlint:compact-locales',
    // A dev server reads the catalogues whole, so edits to them show without a restart.
    apply: 'build',
    config() {
      const compact = readdirSync(LOCALES).map((lang) => {
        const whole = JSON.parse(readFileSync(new URL(`${lang}/messages.json`, LOCALES), 'utf8')) as Record<
          string,
          { message: string }
        >;
        return [lang, JSON.stringify(compactCatalogue(whole))] as const;
      });
      const hash = createHash('sha256').update(JSON.stringify(compact)).digest('hex').slice(0, 16);
      const dir = join(tmpdir(), 'chartlint-compact-locales', hash);
      mkdirSync(dir, { recursive: true });
      for (const [lang, text] of compact) {
        // Written beside and renamed: a build reading the folder never sees half a file.
        const part = join(dir, `${lang}.json.${process.pid}.part`);
        writeFileSync(part, text);
        renameSync(part, join(dir, `${lang}.json`));
      }
      const find = /^(?:\.\.?\/)+public\/_locales\/([A-Za-z_]+)\/messages\.json$/;
      return { resolve: { alias: [{ find, replacement: join(dir, '$1.json') }] } };
    },
  };
}
