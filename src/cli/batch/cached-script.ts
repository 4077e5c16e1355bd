import { accessSync, constants, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** Whether a load used its code cache, had none to read, or had one V8 refused (another Node, other V8 flags, another build). */
export type CacheUse = 'used' | 'missing' | 'rejected';

export type CachedScript<T> = {
  exports: T;
  cache: CacheUse;
  /** Writes the code cache for the next load (whatever this isolate compiled by now); false if it could not be written. */
  saveCache: () => boolean;
};

/**
 * Runs a CommonJS file (one self-contained bundle) through a V8 code cache kept in `cacheFile`:
 * with a cache V8 reads the compiled bytecode instead of parsing and compiling the source again.
 *
 * Why not `import()`: Node 20 offers no code cache for ES modules (module.enableCompileCache came
 * in Node 22), and each thread of a batch compiles the 1 MB core on its own (see batch-code.ts).
 * The file is wrapped as Node wraps CommonJS, with a `require` of its own path; the wrapper is the
 * same on every load, so the cache keeps matching the source. V8 checks a cache against its own
 * version, flags and the source, and compiles from the source when it does not match.
 */
export function loadCachedScript<T>(file: string, cacheFile: string): CachedScript<T> {
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, cachedData ? { filename: file, cachedData } : { filename: file });
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void)(
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file),
  );
  const cache: CacheUse = !cachedData ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  const saveCache = () => {
    // A folder we may not write to (an installed package) is no error; it is checked first, since making the cache costs more than looking.
    try {
      accessSync(dirname(cacheFile), constants.W_OK);
    } catch {
      return false;
    }
    // Written beside and renamed into place, so a reader (another batch starting) never sees half a file.
    const partial = `${cacheFile}.${process.pid}.partial`;
    try {
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, cacheFile);
      return true;
    } catch {
      rmSync(partial, { force: true });
      return false;
    }
  };
  return { exports: module.exports, cache, saveCache };
}
