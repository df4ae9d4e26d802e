import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join, sep } from 'node:path';
import vm from 'node:vm';

/**
 * V8's code cache for the CLI's own modules (out/main and its chunks). A `twenty-studio exec` loads
 * ~1 MB of JavaScript (the studio core, zod, the app model) and V8 parses and compiles it at every
 * call: a tenth of a one-shot exec on 2 cores. With the code V8 compiled in an earlier call, loading
 * skips most of that work (the same cache `v8-compile-cache` keeps for yarn and eslint, and Node 22
 * keeps itself with `module.enableCompileCache`, which is used when there).
 *
 * A cache file is keyed by the module's path, size and mtime and by the Node version; V8 refuses data
 * made by another V8 or with other flags, and the module is then compiled as usual. Caches are written
 * when the process exits (so they hold the functions the call compiled too), each atomically.
 */

/** A call of import() (or text that looks like one: such a module is only not cached). */
const DYNAMIC_IMPORT = /\bimport\s*\(/;

/** Enough for several builds' worth of chunks; beyond it the oldest files go. */
const MAX_CACHE_FILES = 400;

interface ModuleInternals {
  _compile(content: string, filename: string): unknown;
  require(id: string): unknown;
  exports: unknown;
  paths: string[];
}

interface ModuleStatics {
  _resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
  _extensions: unknown;
  _cache: unknown;
  wrap(content: string): string;
  enableCompileCache?: (directory: string) => unknown;
}

let enabled = false;

/** Modules compiled from the cache, and compiled anew (tests and diagnostics). */
export const codeCacheStats = { hits: 0, misses: 0 };

/** Caches the compiled code of the modules under `codeRoot` in `cacheDir`. Never throws: without a cache, modules load as usual. */
export function enableCodeCache(codeRoot: string, cacheDir: string): void {
  if (enabled) return;
  enabled = true;
  // Node maps stack traces through source maps only for modules it compiles itself.
  if ((process as { sourceMapsEnabled?: boolean }).sourceMapsEnabled) return;
  const statics = Module as unknown as ModuleStatics;
  try {
    if (typeof statics.enableCompileCache === 'function') {
      statics.enableCompileCache(cacheDir);
      return;
    }
  } catch {
    return;
  }
  const directory = join(cacheDir, `${process.version}-${process.arch}`);
  const pending = new Map<string, vm.Script>();
  const prototype = Module.prototype as unknown as ModuleInternals;
  const compile = prototype._compile;
  const root = codeRoot.endsWith(sep) ? codeRoot : codeRoot + sep;

  prototype._compile = function compileWithCache(this: ModuleInternals, content: string, filename: string): unknown {
    // import() needs a callback V8 does not keep with cached code on Node 20 (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING
    // once compiled from the cache): a module that uses it is left to Node. The studio's chunks on the
    // paths of one-shot commands use require (lazy-require.ts) instead.
    if (!filename.startsWith(root) || !filename.endsWith('.js') || DYNAMIC_IMPORT.test(content)) return compile.call(this, content, filename);
    let cacheFile: string;
    let cachedData: Buffer | undefined;
    try {
      const { size, mtimeMs } = statSync(filename);
      cacheFile = join(directory, `${createHash('sha1').update(`${filename}\0${size}\0${mtimeMs}`).digest('hex').slice(0, 20)}.bin`);
      cachedData = readCache(cacheFile);
    } catch {
      return compile.call(this, content, filename);
    }
    const script = new vm.Script(statics.wrap(content), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) {
      pending.set(cacheFile, script);
      codeCacheStats.misses += 1;
    } else {
      codeCacheStats.hits += 1;
    }
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, requireFor(this, statics), this, filename, dirname(filename));
  };

  process.once('exit', () => {
    if (pending.size === 0) return;
    try {
      mkdirSync(directory, { recursive: true });
      for (const [file, script] of pending) writeAtomically(file, script.createCachedData());
      prune(directory);
    } catch {
      // A cache that cannot be written only costs the next call its speed.
    }
  });
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** The `require` a module gets, as Node makes it (resolve, main, cache, extensions). */
function requireFor(module: ModuleInternals, statics: ModuleStatics): NodeJS.Require {
  const require = ((id: string) => module.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: { paths?: string[] }) => statics._resolveFilename(request, module, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => (Module as unknown as { _resolveLookupPaths(request: string, parent: unknown): string[] | null })._resolveLookupPaths(request, module);
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = statics._extensions as NodeJS.Require['extensions'];
  require.cache = statics._cache as NodeJS.Require['cache'];
  return require;
}

/** Synchronous, unlike files/atomic-write.ts's writeFileAtomic: it runs in the 'exit' handler, where nothing async completes. */
function writeAtomically(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
  }
}

/** Old builds' caches (chunk names change with their content) are removed, the oldest first. */
function prune(directory: string): void {
  const names = readdirSync(directory).filter((name) => name.endsWith('.bin'));
  if (names.length <= MAX_CACHE_FILES) return;
  const byAge = names
    .map((name) => ({ name, mtimeMs: statSync(join(directory, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => a.mtimeMs - b.mtimeMs);
  for (const { name } of byAge.slice(0, names.length - MAX_CACHE_FILES)) rmSync(join(directory, name), { force: true });
}
