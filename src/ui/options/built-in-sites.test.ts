import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInSites } from './built-in-sites';
import { payerFor } from '../../protocol/settings';

describe('builtInSites', () => {
  it("lists each match pattern's scheme and host with its port, and offers payers only for exact origins", () => {
    const sites = builtInSites([
      'http://localhost:4317/*',
      'http://127.0.0.1:4317/*',
      'http://*.chartlint.localhost/*',
    ]);
    expect(sites.shown).toEqual([
      'http://localhost:4317',
      'http://127.0.0.1:4317',
      'http://*.chartlint.localhost',
    ]);
    expect(sites.origins).toEqual(['http://localhost:4317', 'http://127.0.0.1:4317']);
  });

  it('leaves out patterns with no host and repeats', () => {
    expect(
      builtInSites(['<all_urls>', 'http://localhost:4317/*', 'http://localhost:4317/demo/*']).shown,
    ).toEqual(['http://localhost:4317']);
  });

  it("gives payer keys that the demo page's own URL finds (a port-less origin never matched it)", () => {
    // The project's manifest (the build copies its content scripts' matches): what the options page reads at run time.
    const manifest = JSON.parse(readFileSync(join(process.cwd(), 'manifest.json'), 'utf8')) as {
      content_scripts: { matches: string[] }[];
    };
    const { origins } = builtInSites(manifest.content_scripts.flatMap((c) => c.matches));
    expect(origins.length).toBeGreaterThan(0);
    const demo = 'http://localhost:4317/';
    const payers = Object.fromEntries(origins.map((origin) => [origin, 'medicare' as const]));
    expect(payerFor({ payers }, demo)).toBe('medicare');
    expect(payerFor({ payers: { 'http://localhost': 'medicare' } }, demo)).toBeUndefined();
  });
});
