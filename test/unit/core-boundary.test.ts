/**
 * The pure core (text in, findings out) is kept pure by two tools: src/core/tsconfig.json has no DOM
 * or browser types, and ESLint bans browser globals and outside imports there. These tests make
 * sure both still bite, so the boundary cannot quietly disappear in a config change.
 */
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The parsed files a probe's program reads besides the probe (the ES2023 library's declarations),
 * shared by the three programs below as TypeScript's own watch mode shares them between the
 * programs it rebuilds: a source file is never changed by a program that reads it, and parsing
 * them was most of each later program's time (about 0.5 CPU-s each).
 */
const parsed = new Map<string, ts.SourceFile | undefined>();

function typecheckAsCore(source: string): string[] {
  const configPath = join(ROOT, 'src/core/tsconfig.json');
  const config = ts.parseJsonConfigFileContent(
    ts.parseConfigFileTextToJson(configPath, readFileSync(configPath, 'utf8')).config,
    ts.sys,
    dirname(configPath),
  );
  const probe = join(ROOT, 'src/core/__boundary-probe.ts');
  const host = ts.createCompilerHost(config.options);
  const original = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language) => {
    if (name === probe) return ts.createSourceFile(name, source, language);
    const key = `${name}\0${JSON.stringify(language)}`;
    if (!parsed.has(key)) parsed.set(key, original(name, language));
    return parsed.get(key);
  };
  host.fileExists = ((exists) => (name: string) => name === probe || exists(name))(host.fileExists.bind(host));
  const program = ts.createProgram([probe], config.options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/**
 * The repository's ESLint config as it applies to a core file, less its type-aware rules: the
 * boundary rules checked here (no-restricted-imports, no-restricted-globals) read syntax only, and
 * typing the probe meant building the core's whole TypeScript program (most of this file's time).
 * `npm run lint` still runs every rule on every file.
 */
async function lintAsCore(source: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked });
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, 'src/core/analyze.ts') });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
}

describe('the core boundary', () => {
  it('does not typecheck DOM or extension API use in src/core', () => {
    expect(typecheckAsCore('export const title = document.title;').join('\n')).toMatch(/Cannot find name 'document'/);
    expect(typecheckAsCore('export const id = chrome.runtime.id;').join('\n')).toMatch(/Cannot find name 'chrome'/);
    expect(typecheckAsCore('export const n: number = 1;')).toEqual([]);
  });

  it('fails lint for browser globals and imports that leave src/core', async () => {
    const messages = await lintAsCore(
      [
        "import browser from 'webextension-polyfill';",
        "import { loadCatalog } from '../kb';",
        'export const x = [browser, loadCatalog, globalThis.document];',
        'export const y = window.location;',
      ].join('\n'),
    );
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toHaveLength(2);
    expect(messages.some((m) => m.startsWith('no-restricted-globals') && m.includes('window'))).toBe(true);
  });
});
