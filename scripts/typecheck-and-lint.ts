/**
 * `npm run typecheck` and `npm run lint` in one process that builds the repository's TypeScript
 * program once: `npm test` runs this instead of the two commands.
 *
 * Why: ESLint's typed rules need the same program as tsc (the root tsconfig.json: every file of
 * src, test and scripts, and the 2,000 declaration files they pull in), and each command built and
 * type-checked it on its own. Here tsc's diagnostics fill the checker's caches, and ESLint is handed
 * that program (parserOptions.programs) instead of building a second one.
 *
 * The checks are the same, none narrower:
 * - the pure core under its own project (src/core/tsconfig.json: no DOM, no browser types), with
 *   its declaration diagnostics, as `tsc -b tsconfig.check.json` checks it first;
 * - everything else under tsconfig.json. `tsc -b` reads the core's emitted declarations there; this
 *   program has the core's sources, and its checker resolves from them only what the other files
 *   use, as from declarations: the core's files are checked once, under their own project. (They
 *   were checked a second time here, with the DOM, Node and chrome types in scope. Those can only
 *   make a core file looser: a global such as `name` or `event` exists there, and an error there is
 *   an error under the core's project too. Checked with injected errors, 2026-12-07: the same
 *   distinct type errors, the core's one no longer reported twice.)
 * - ESLint over the same files with the same config (eslint.config.js), warnings failing as
 *   `--max-warnings=0` makes them; the core's files read from the core's program (already checked
 *   whole, so their types are at hand), the others from the root's. The typed rules see the same
 *   types in a core file under either program, except where a core file uses a name that only the
 *   root's libraries declare, which is a type error under the core's project: there `npm run lint`
 *   also reports what the root's types say about that name (`name` is the DOM's deprecated
 *   window.name), and this reports the type error.
 *
 * Exit code: 0 when all pass; otherwise 8 + 1 for type errors + 2 for lint problems (9, 10 or 11),
 * so scripts/test-all.ts counts the two checks apart (a crash exits 1: both count as failed).
 */
import { ESLint } from 'eslint';
import { createRequire } from 'node:module';
import type TS from 'typescript';

// Required, not imported: typescript.js is one 9 MB CommonJS file, and an ESM import of it has it
// read whole first for its named exports (Node's cjs-module-lexer, then tsx's loader): loading
// ESLint and TypeScript took 2.1 CPU-s that way against 0.9 required (under tsx, 2026-12-05).
// typescript-eslint requires the same instance, so ESLint's typed rules can read the program below.
const ts = createRequire(import.meta.url)('typescript') as typeof TS;

const host: TS.FormatDiagnosticsHost = {
  getCanonicalFileName: (file) => file,
  getCurrentDirectory: () => process.cwd(),
  getNewLine: () => '\n',
};

/** The program a tsconfig describes, as tsc builds it (config errors included in its diagnostics). */
function programOf(configPath: string): TS.Program {
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.formatDiagnostic(diagnostic, host));
    },
  });
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  return ts.createProgram({
    rootNames: parsed.fileNames,
    options: parsed.options,
    projectReferences: parsed.projectReferences ?? [],
    configFileParsingDiagnostics: parsed.errors,
  });
}

// Type check: the core's project first, then the root's (what tsc -b reports, in its order).
const core = programOf('src/core/tsconfig.json');
const root = programOf('tsconfig.json');
/**
 * The files the core's project checks (its sources and data, not its tests, which only the root
 * has): the root's checker leaves them unchecked, as `tsc -b` does, and resolves only the types the
 * other files use from them. The root checked them a second time with the DOM, Node and chrome
 * types in scope, which can only make them looser (a name such as `name` or `event` becomes a
 * global there): every error it found there the core's project reports too, under its stricter
 * libraries and with its declaration checks. Dropping it saved 4.5 CPU-s of the type check's 60
 * (the two programs built and checked, two interleaved pairs side by side at a load of 26-34,
 * 2026-12-07: 59.4 and 60.0 against 54.7 and 55.6); the rest of the core the other files need.
 */
const checkedByCore = new Set(
  core
    .getSourceFiles()
    .filter((file) => !file.isDeclarationFile)
    .map((file) => file.fileName),
);
const typeErrors = [
  ...ts.getPreEmitDiagnostics(core),
  ...ts.sortAndDeduplicateDiagnostics([
    ...root.getConfigFileParsingDiagnostics(),
    ...root.getOptionsDiagnostics(),
    ...root.getSyntacticDiagnostics(),
    ...root
      .getSourceFiles()
      .filter((file) => !checkedByCore.has(file.fileName))
      .flatMap((file) => root.getSemanticDiagnostics(file)),
    ...root.getGlobalDiagnostics(),
  ]),
];
if (typeErrors.length > 0) {
  console.log(ts.formatDiagnosticsWithColorAndContext(typeErrors, host));
  console.log(`typecheck: ${typeErrors.length} error${typeErrors.length === 1 ? '' : 's'}`);
}

// Lint: every file ESLint's CLI would lint, the typed ones read from the program checked above.
const eslint = new ESLint({
  overrideConfig: [
    // The core's files from the core's program (checked whole above, so its checker has their
    // types already; the root's never checked them), every other file from the root's.
    {
      files: ['**/*.{ts,tsx}'],
      languageOptions: { parserOptions: { programs: [core, root], project: false } },
    },
  ],
});
const results = await eslint.lintFiles(['.']);
const problems = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
if (problems > 0) console.log(await (await eslint.loadFormatter('stylish')).format(results));

const failures = (typeErrors.length > 0 ? 1 : 0) | (problems > 0 ? 2 : 0);
process.exitCode = failures === 0 ? 0 : 8 + failures;
