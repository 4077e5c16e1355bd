/**
 * What a thread of `analyze --jsonl` runs: the line analysis (and the core under it), the release
 * lookups and the built CLI's catalog tables. scripts/build-cli.ts also bundles this module alone
 * as dist-cli/batch-code.cjs, which each batch thread loads through a V8 code cache
 * (load-batch-code.ts), so no thread of a batch parses and compiles the core again.
 */
export { analyzeLines } from './analyze-lines';
export { visitLookups } from './visit-lookups';
export { loadReleaseCodeLookup } from './code-lookup';
export { installCatalogTables } from '../catalog-tables';
export { judgeRun } from '../input/read-lines';
// The one note of `analyze --code/--file` (commands/analyze.ts) runs through the same bundle and cache.
export { analyze, stampRelease } from '../../core';
export { fieldsOf, hasError, inputOf } from './analyze-lines';
export { readPayer, readProcedureList } from '../commands/chiro-input';
export { formatResult } from '../commands/format-result';
export { readSetting } from '../commands/setting-input';
export { unreadCodeArg } from '../input/code-args';
