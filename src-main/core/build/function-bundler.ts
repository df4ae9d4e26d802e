import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import * as esbuild from 'esbuild';
import type { Problem } from '../../../src-shared/contract/project';
import { writeFileAtomic } from '../files/atomic-write';
import { prepareBundleCacheFolder } from './bundle-cache-folder';
import { bundleHash, lastBuildKey, readLastBuild, writeLastBuild } from './last-build-record';
import {
  DEFINE_STUB_NAMESPACE,
  DEFINE_STUB_PATH,
  SDK_FUNCTION_BANNER,
  SDK_FUNCTION_EXTERNALS,
  loadDefineStubSource,
} from './sdk-function-build-options';

export interface FunctionBundlerOptions {
  /** Absolute path of the app folder. */
  appDir: string;
  /** Studio-owned output folder, see functionBuildCacheDir(); never the app's `.twenty/output`. */
  cacheDir: string;
  /** Logic-function source files, relative to appDir (`src/logic-functions/echo.ts`). */
  sourcePaths: readonly string[];
}

export interface FunctionBundle {
  /** As given, relative to the app folder with forward slashes. */
  sourcePath: string;
  /** Absolute path of the last good `.mjs` (its `.mjs.map` sits next to it); null if it never built. */
  bundlePath: string | null;
  /** True when the latest build failed and this bundle no longer matches its sources. */
  stale: boolean;
  /** When the bundle was last written or confirmed current (epoch ms); null if it never built. */
  builtAt: number | null;
}

export interface BundleOutcome {
  ok: boolean;
  bundles: FunctionBundle[];
  /** Build errors (and esbuild warnings) at their file (relative to the app), line and column (both 1-based). */
  problems: Problem[];
  /** Source paths whose bundle content changed in this build. */
  changed: string[];
  /** Source paths esbuild rebuilt in this build (every one, unless the build was told what changed). */
  rebuilt: string[];
  durationMs: number;
  /** The node_modules the cache folder links to (null: twenty-client-sdk will not resolve at run time). */
  nodeModules: string | null;
  /** The bundles of the last build were taken as they are (nothing they were made of changed): esbuild did not run. */
  reused?: true;
}

interface BundleState {
  bundlePath: string | null;
  builtAt: number | null;
  stale: boolean;
  hash: string | null;
  /** Absolute paths of the files the last good bundle was made of, with their mtimes then. */
  inputs: Map<string, number>;
}

const toPosix = (path: string): string => path.split(sep).join('/');
/** Single-function contexts kept warm for incremental rebuilds (the most recently used ones). */
const MAX_ENTRY_CONTEXTS = 32;
type Context = esbuild.BuildContext<{ write: false; metafile: true }>;
const entryName = (sourcePath: string): string => sourcePath.replace(/\.tsx?$/, '');

/**
 * Bundles an app's logic functions the way `twenty dev:build` does, incrementally: one esbuild
 * context per app with every function as an entry point, `rebuild()` on each change.
 *
 * esbuild writes nothing when any entry fails, so a failed build leaves every last good bundle in
 * place; a function is then marked stale only when its own inputs are involved (an error in one of
 * them, or one of them changed since its bundle was written): the others are still exactly what a
 * successful build would produce.
 */
export class FunctionBundler {
  readonly appDir: string;
  readonly cacheDir: string;
  private sourcePaths: string[];
  private context: Context | null = null;
  /** One context per function that was rebuilt alone (insertion order = least recently used first). */
  private readonly entryContexts = new Map<string, Context>();
  private readonly states = new Map<string, BundleState>();
  private queue: Promise<unknown> = Promise.resolve();
  private nodeModules: string | null = null;
  private disposed = false;
  /** The first build of a process may take the last one's bundles as they are (last-build-record.ts). */
  private lastBuildChecked = false;

  constructor(options: FunctionBundlerOptions) {
    this.appDir = resolve(options.appDir);
    this.cacheDir = resolve(options.cacheDir);
    this.sourcePaths = normalizeSourcePaths(options.sourcePaths);
  }

  /**
   * Builds (the first time) or rebuilds; calls are serialised. Given the files that changed (relative
   * to the app or absolute), only the functions whose last good bundle read one of them, and those
   * without a current bundle, are rebuilt, each in its own warm context: a save costs its functions,
   * not the app. A changed file no bundle read (a new file an import may now resolve to, tsconfig.json)
   * rebuilds everything.
   */
  build(changedPaths?: readonly string[]): Promise<BundleOutcome> {
    return this.enqueue(() => {
      const affected = changedPaths ? this.affectedBy(changedPaths) : null;
      return affected ? this.runEntryBuilds(affected) : this.runBuild();
    });
  }

  /** The functions a change of these files reaches, or null when only a full build is safe. */
  private affectedBy(changedPaths: readonly string[]): string[] | null {
    if (!this.context || this.sourcePaths.length === 0) return null;
    const changed = new Set(changedPaths.map((path) => resolve(this.appDir, path)));
    const read = new Set<string>();
    const affected: string[] = [];
    for (const sourcePath of this.sourcePaths) {
      const state = this.states.get(sourcePath);
      const inputs = [...(state?.inputs.keys() ?? []), resolve(this.appDir, sourcePath)];
      for (const input of inputs) read.add(input);
      if (!state?.bundlePath || state.stale) {
        affected.push(sourcePath);
        continue;
      }
      if (inputs.some((input) => changed.has(input))) affected.push(sourcePath);
    }
    if ([...changed].some((path) => !read.has(path))) return null;
    return affected;
  }

  /** Replaces the set of functions (added or removed files); a no-op set change just rebuilds. */
  setSourcePaths(sourcePaths: readonly string[]): Promise<BundleOutcome> {
    return this.enqueue(async () => {
      const next = normalizeSourcePaths(sourcePaths);
      if (next.join('\n') !== this.sourcePaths.join('\n')) {
        await this.context?.dispose();
        this.context = null;
        await this.disposeEntryContexts();
        const removed = this.sourcePaths.filter((path) => !next.includes(path));
        for (const path of removed) {
          const bundlePath = this.bundlePathOf(path);
          await rm(bundlePath, { force: true });
          await rm(`${bundlePath}.map`, { force: true });
          this.states.delete(path);
        }
        this.sourcePaths = next;
      }
      return this.runBuild();
    });
  }

  getBundle(sourcePath: string): FunctionBundle | undefined {
    const key = toPosix(sourcePath);
    if (!this.sourcePaths.includes(key)) return undefined;
    return this.snapshot(key);
  }

  /** The files (absolute) the last good bundle of a function was made of; null before it built. */
  inputsOf(sourcePath: string): string[] | null {
    const state = this.states.get(toPosix(sourcePath));
    return state?.bundlePath ? [...state.inputs.keys()] : null;
  }

  /** sha256 (16 hex digits) of the function's current bundle and map. */
  hashOf(sourcePath: string): string | null {
    return this.states.get(toPosix(sourcePath))?.hash?.slice(0, 16) ?? null;
  }

  /**
   * Bundles one function from the editor's unsaved buffers (absolute path -> text) over the files on
   * disk, with the same options as every build: what the user sees is what runs. The output goes to
   * `<cacheDir>/buffer-runs/<hash>/`, beside (never over) the disk build, and is reused while the
   * hash holds.
   */
  buildFromBuffers(sourcePath: string, buffers: ReadonlyMap<string, string>): Promise<{ ok: true; bundlePath: string; hash: string } | { ok: false; problems: Problem[] }> {
    return this.enqueue(async () => {
      await prepareBundleCacheFolder(this.appDir, this.cacheDir);
      const stubSource = await loadDefineStubSource();
      const key = toPosix(sourcePath);
      const tsconfig = join(this.appDir, 'tsconfig.json');
      const loaderFor = (path: string): esbuild.Loader => (/\.tsx$/.test(path) ? 'tsx' : /\.ts$/.test(path) ? 'ts' : /\.jsx$/.test(path) ? 'jsx' : /\.json$/.test(path) ? 'json' : 'js');
      const outdir = join(this.cacheDir, 'buffer-runs', 'pending');
      let result: esbuild.BuildResult<{ write: false; metafile: true }>;
      try {
        result = await esbuild.build({
          ...this.sharedOptions(stubSource, tsconfig),
          entryPoints: { [entryName(key)]: join(this.appDir, key) },
          outdir,
          write: false,
          metafile: true,
          plugins: [
            ...this.sharedOptions(stubSource, tsconfig).plugins,
            {
              name: 'studio-editor-buffers',
              setup(build: esbuild.PluginBuild) {
                build.onLoad({ filter: /.*/, namespace: 'file' }, (args) => {
                  const text = buffers.get(resolve(args.path));
                  return text === undefined ? undefined : { contents: text, loader: loaderFor(args.path) };
                });
              },
            },
          ],
        });
      } catch (error) {
        const failure = error as Partial<esbuild.BuildFailure>;
        const messages = failure.errors ?? [{ text: String((error as Error)?.message ?? error), location: null } as esbuild.Message];
        return { ok: false as const, problems: messages.map((message) => this.toProblem(message, 'error')) };
      }
      const code = result.outputFiles.find((file) => file.path.endsWith('.mjs'));
      const map = result.outputFiles.find((file) => file.path.endsWith('.mjs.map'));
      if (!code) return { ok: false as const, problems: [{ file: key, line: 1, column: 1, message: 'esbuild produced no bundle', severity: 'error' as const, source: 'build' as const }] };
      const hash = createHash('sha256').update(code.contents).update(map?.contents ?? new Uint8Array()).digest('hex').slice(0, 16);
      const folder = join(this.cacheDir, 'buffer-runs', hash);
      const bundlePath = join(folder, relative(outdir, code.path));
      if (!existsSync(bundlePath)) {
        // The source map's paths are relative to the output folder: both sit at the same depth.
        if (map) await writeFileAtomic(join(folder, relative(outdir, map.path)), map.contents);
        await writeFileAtomic(bundlePath, code.contents);
      }
      return { ok: true as const, bundlePath, hash };
    });
  }

  /** Options every function build shares with `twenty dev:build`'s. */
  private sharedOptions(stubSource: string, tsconfig: string) {
    return {
      absWorkingDir: this.appDir,
      bundle: true,
      splitting: false,
      format: 'esm' as const,
      platform: 'node' as const,
      outExtension: { '.js': '.mjs' },
      external: [...SDK_FUNCTION_EXTERNALS],
      ...(existsSync(tsconfig) ? { tsconfig } : {}),
      sourcemap: true,
      logLevel: 'silent' as const,
      banner: SDK_FUNCTION_BANNER,
      plugins: [
        {
          name: DEFINE_STUB_NAMESPACE,
          setup(build: esbuild.PluginBuild) {
            build.onResolve({ filter: /^twenty-sdk\/define$/ }, () => ({ path: DEFINE_STUB_PATH, namespace: DEFINE_STUB_NAMESPACE }));
            build.onLoad({ filter: /.*/, namespace: DEFINE_STUB_NAMESPACE }, () => ({ contents: stubSource, loader: 'js' as const }));
          },
        },
      ] as esbuild.Plugin[],
    };
  }

  getBundles(): FunctionBundle[] {
    return this.sourcePaths.map((path) => this.snapshot(path));
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    await this.queue.catch(() => undefined);
    await this.context?.dispose();
    this.context = null;
    await this.disposeEntryContexts();
  }

  private async disposeEntryContexts(): Promise<void> {
    const contexts = [...this.entryContexts.values()];
    this.entryContexts.clear();
    await Promise.all(contexts.map((context) => context.dispose()));
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private bundlePathOf(sourcePath: string): string {
    return join(this.cacheDir, `${entryName(sourcePath)}.mjs`);
  }

  private snapshot(sourcePath: string): FunctionBundle {
    const state = this.states.get(sourcePath);
    return {
      sourcePath,
      bundlePath: state?.bundlePath ?? null,
      stale: state ? state.stale : true,
      builtAt: state?.builtAt ?? null,
    };
  }

  private async createContext(sourcePaths: readonly string[] = this.sourcePaths): Promise<Context> {
    ({ nodeModules: this.nodeModules } = await prepareBundleCacheFolder(this.appDir, this.cacheDir));
    const stubSource = await loadDefineStubSource();
    const entryPoints: Record<string, string> = {};
    for (const path of sourcePaths) entryPoints[entryName(path)] = join(this.appDir, path);
    const tsconfig = join(this.appDir, 'tsconfig.json');
    return esbuild.context({
      ...this.sharedOptions(stubSource, tsconfig),
      entryPoints,
      outdir: this.cacheDir,
      metafile: true,
      write: false,
    });
  }

  private async runBuild(): Promise<BundleOutcome> {
    if (this.disposed) throw new Error('FunctionBundler was disposed');
    const started = performance.now();
    if (this.sourcePaths.length === 0) {
      return { ok: true, bundles: [], problems: [], changed: [], rebuilt: [], durationMs: 0, nodeModules: this.nodeModules };
    }
    if (!this.context && !this.lastBuildChecked) {
      this.lastBuildChecked = true;
      const reused = await this.reuseLastBuild();
      if (reused) return { ...this.outcome(true, reused, [], started), reused: true };
    }
    this.context ??= await this.createContext();
    let result: esbuild.BuildResult<{ write: false; metafile: true }>;
    try {
      result = await this.context.rebuild();
    } catch (error) {
      const failure = error as Partial<esbuild.BuildFailure>;
      const messages = failure.errors ?? [{ text: String((error as Error)?.message ?? error), location: null } as esbuild.Message];
      const problems = messages.map((message) => this.toProblem(message, 'error'));
      await this.markStale(problems);
      const warnings = (failure.warnings ?? []).map((message) => this.toProblem(message, 'warning'));
      return this.outcome(false, [...problems, ...warnings], [], started, this.sourcePaths);
    }
    const changed = await this.writeOutputs(result);
    const warnings = result.warnings.map((message) => this.toProblem(message, 'warning'));
    await this.recordBuild(warnings);
    return this.outcome(true, warnings, changed, started, this.sourcePaths);
  }

  /**
   * Rebuilds only these functions, each through its own context (the same options as the full build,
   * one entry point: the same bundle bytes). The others keep their bundles: none of their inputs changed.
   */
  private async runEntryBuilds(sourcePaths: string[]): Promise<BundleOutcome> {
    if (this.disposed) throw new Error('FunctionBundler was disposed');
    const started = performance.now();
    const results = await Promise.all(sourcePaths.map(async (sourcePath) => {
      let context = this.entryContexts.get(sourcePath);
      if (context) this.entryContexts.delete(sourcePath);
      context ??= await this.createContext([sourcePath]);
      this.entryContexts.set(sourcePath, context);
      try {
        return { ok: true as const, result: await context.rebuild() };
      } catch (error) {
        return { ok: false as const, failure: error as Partial<esbuild.BuildFailure> };
      }
    }));
    while (this.entryContexts.size > MAX_ENTRY_CONTEXTS) {
      const [oldest, context] = this.entryContexts.entries().next().value as [string, Context];
      this.entryContexts.delete(oldest);
      await context.dispose();
    }
    const changed: string[] = [];
    const problems: Problem[] = [];
    const warnings: Problem[] = [];
    const seen = new Set<string>();
    const add = (list: Problem[], problem: Problem) => {
      const key = `${problem.severity}:${problem.file}:${problem.line}:${problem.column}:${problem.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        list.push(problem);
      }
    };
    for (const built of results) {
      if (built.ok) {
        changed.push(...(await this.writeOutputs(built.result)));
        for (const message of built.result.warnings) add(warnings, this.toProblem(message, 'warning'));
        continue;
      }
      const messages = built.failure.errors ?? [{ text: String((built.failure as Error)?.message ?? built.failure), location: null } as esbuild.Message];
      for (const message of messages) add(problems, this.toProblem(message, 'error'));
      for (const message of built.failure.warnings ?? []) add(warnings, this.toProblem(message, 'warning'));
    }
    if (problems.length > 0) await this.markStale(problems);
    return this.outcome(problems.length === 0, [...problems, ...warnings], changed, started, sourcePaths);
  }

  /**
   * Adopts the bundles of the last build (of this or an earlier process) when nothing they were made
   * of changed: a one-shot `exec` then starts no esbuild at all. Returns that build's warnings, or
   * null to build.
   */
  private async reuseLastBuild(): Promise<Problem[] | null> {
    const key = await lastBuildKey(this.appDir, this.sourcePaths).catch(() => null);
    const last = key ? await readLastBuild(this.cacheDir, key, this.sourcePaths) : null;
    if (!last) return null;
    ({ nodeModules: this.nodeModules } = await prepareBundleCacheFolder(this.appDir, this.cacheDir));
    const now = Date.now();
    for (const sourcePath of this.sourcePaths) {
      const built = last.functions[sourcePath];
      this.states.set(sourcePath, { bundlePath: built.bundlePath, builtAt: now, stale: false, hash: built.hash, inputs: new Map(built.inputs.map(([input, mtime]) => [input, mtime])) });
    }
    return last.warnings;
  }

  /** Records a successful build of every function, for the next process to reuse. */
  private async recordBuild(warnings: Problem[]): Promise<void> {
    const functions: Parameters<typeof writeLastBuild>[2] = {};
    for (const sourcePath of this.sourcePaths) {
      const state = this.states.get(sourcePath);
      if (!state?.bundlePath || !state.hash || state.stale) return;
      functions[sourcePath] = { bundlePath: state.bundlePath, hash: state.hash, inputs: state.inputs };
    }
    const key = await lastBuildKey(this.appDir, this.sourcePaths).catch(() => null);
    if (key) await writeLastBuild(this.cacheDir, key, functions, warnings);
  }

  private outcome(ok: boolean, problems: Problem[], changed: string[], started: number, rebuilt: readonly string[] = []): BundleOutcome {
    return {
      ok,
      bundles: this.getBundles(),
      problems,
      changed,
      rebuilt: [...rebuilt],
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      nodeModules: this.nodeModules,
    };
  }

  private async writeOutputs(result: esbuild.BuildResult<{ write: false; metafile: true }>): Promise<string[]> {
    const files = new Map(result.outputFiles.map((file) => [resolve(file.path), file]));
    const changed: string[] = [];
    const now = Date.now();
    for (const [outputKey, output] of Object.entries(result.metafile.outputs)) {
      if (!outputKey.endsWith('.mjs') || !output.entryPoint) continue;
      const sourcePath = toPosix(relative(this.appDir, resolve(this.appDir, output.entryPoint)));
      if (!this.sourcePaths.includes(sourcePath)) continue;
      const bundlePath = resolve(this.appDir, outputKey);
      const code = files.get(bundlePath);
      const map = files.get(`${bundlePath}.map`);
      if (!code) continue;
      const hash = bundleHash(code.contents, map?.contents ?? null);
      const previous = this.states.get(sourcePath);
      if (previous?.hash !== hash || previous.bundlePath === null || !existsSync(bundlePath)) {
        // The map first: a run that sees the new bundle must find the matching map.
        if (map) await writeFileAtomic(map.path, map.contents);
        await writeFileAtomic(bundlePath, code.contents);
        changed.push(sourcePath);
      }
      const inputs = new Map<string, number>();
      for (const input of Object.keys(output.inputs)) {
        if (input.includes(":") && !isAbsolute(input)) continue; // plugin namespaces (the define stub)
        const absolute = resolve(this.appDir, input);
        inputs.set(absolute, (await stat(absolute).catch(() => null))?.mtimeMs ?? 0);
      }
      this.states.set(sourcePath, { bundlePath, builtAt: now, stale: false, hash, inputs });
    }
    return changed;
  }

  private async markStale(problems: Problem[]): Promise<void> {
    const errorFiles = new Set(problems.filter((problem) => problem.file !== '').map((problem) => resolve(this.appDir, problem.file)));
    const unlocated = problems.some((problem) => problem.file === '');
    for (const sourcePath of this.sourcePaths) {
      const state = this.states.get(sourcePath);
      if (!state) {
        this.states.set(sourcePath, { bundlePath: null, builtAt: null, stale: true, hash: null, inputs: new Map() });
        continue;
      }
      if (unlocated || [...state.inputs.keys()].some((input) => errorFiles.has(input))) {
        state.stale = true;
        continue;
      }
      for (const [input, mtime] of state.inputs) {
        const now = (await stat(input).catch(() => null))?.mtimeMs ?? -1;
        if (now !== mtime) {
          state.stale = true;
          break;
        }
      }
    }
  }

  private toProblem(message: esbuild.Message, severity: Problem['severity']): Problem {
    const location = message.location;
    const file = location?.file ? toPosix(relative(this.appDir, resolve(this.appDir, location.file))) : '';
    return {
      file,
      line: location?.line ?? 1,
      // esbuild columns are 0-based; problems are 1-based like editors.
      column: (location?.column ?? 0) + 1,
      message: message.text,
      severity,
      source: 'build',
    };
  }
}

const normalizeSourcePaths = (paths: readonly string[]): string[] =>
  [...new Set(paths.map((path) => toPosix(path).replace(/^\.\//, '')))].sort();
