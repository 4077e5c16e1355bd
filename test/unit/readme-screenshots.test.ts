/**
 * docs/screenshots holds the README's images and nothing else (issue 17: two images there were
 * never shown), and every image the README shows is there and is made by a command.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README_SET } from '../../scripts/lib/screenshot-set';

const readme = readFileSync('README.md', 'utf8');
const shown = [...readme.matchAll(/docs\/screenshots\/([\w.-]+\.png)/g)].map((m) => m[1]!);
const stored = readdirSync('docs/screenshots').filter((f) => !f.startsWith('.'));
/** Made by settings.spec.ts (it needs an administrator policy), not by `npm run screenshots`. */
const FROM_TESTS = ['options-managed.png'];

describe('README screenshots', () => {
  it('every image in docs/screenshots is shown by the README', () => {
    expect(stored.filter((f) => !shown.includes(f))).toEqual([]);
  });
  it('every image the README shows is in docs/screenshots', () => {
    expect(shown.filter((f) => !stored.includes(f))).toEqual([]);
  });
  it('every image there comes from `npm run screenshots -- --docs` or a named test', () => {
    expect(stored.filter((f) => !README_SET.includes(f) && !FROM_TESTS.includes(f))).toEqual([]);
  });
});
