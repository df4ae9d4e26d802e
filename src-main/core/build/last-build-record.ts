import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { Problem } from '../../../src-shared/contract/project';
import { writeFileAtomic } from '../files/atomic-write';
import { defineStubStamp, SDK_FUNCTION_BANNER, SDK_FUNCTION_EXTERNALS } from './sdk-function-build-options';

/**
 * The last successful function build of an app, kept beside its bundles so that a new process (a
 * one-shot `twenty-studio exec`) reuses them instead of starting esbuild: valid while the build's
 * options are the same and every file each bundle was made of has the same content (sha1), and the
 * bundles are still the ones written (their hash). Any difference: a normal build.
 */
export interface LastBuildFunction {
  bundlePath: string;
  /** sha256 of the bundle and its map, as the bundler keeps it. */
  hash: string;
  /** Absolute input path, its mtime when built (the bundler's staleness check), its content's sha1. */
  inputs: [string, number, string][];
}

interface LastBuildRecord {
  key: string;
  functions: Record<string, LastBuildFunction>;
  warnings: Problem[];
}

const RECORD_FILE = '.last-build.json';

const sha1 = (bytes: Uint8Array | string): string => createHash('sha1').update(bytes).digest('hex');

/** Everything besides the inputs' content that decides what a build writes. */
export async function lastBuildKey(appDir: string, sourcePaths: readonly string[]): Promise<string> {
  const tsconfig = await readFile(join(appDir, 'tsconfig.json')).catch(() => null);
  return sha1(JSON.stringify({
    esbuild: esbuild.version,
    sourcePaths,
    tsconfig: tsconfig ? sha1(tsconfig) : null,
    define: await defineStubStamp(),
    externals: SDK_FUNCTION_EXTERNALS,
    banner: SDK_FUNCTION_BANNER,
  }));
}

export const bundleHash = (code: Uint8Array, map: Uint8Array | null): string =>
  createHash('sha256').update(code).update(map ?? new Uint8Array()).digest('hex');

/** The functions of the last build when it can be reused as is, else null. */
export async function readLastBuild(cacheDir: string, key: string, sourcePaths: readonly string[]): Promise<{ functions: Record<string, LastBuildFunction>; warnings: Problem[] } | null> {
  let record: LastBuildRecord;
  try {
    record = JSON.parse(await readFile(join(cacheDir, RECORD_FILE), 'utf8')) as LastBuildRecord;
  } catch {
    return null;
  }
  if (record.key !== key || typeof record.functions !== 'object' || record.functions === null) return null;
  for (const sourcePath of sourcePaths) {
    const built = record.functions[sourcePath];
    if (!built || !existsSync(built.bundlePath)) return null;
    const [code, map] = await Promise.all([readFile(built.bundlePath).catch(() => null), readFile(`${built.bundlePath}.map`).catch(() => null)]);
    if (!code || bundleHash(code, map) !== built.hash) return null;
    for (const [input, , contentHash] of built.inputs) {
      const bytes = await readFile(input).catch(() => null);
      if (!bytes || sha1(bytes) !== contentHash) return null;
    }
  }
  return { functions: record.functions, warnings: Array.isArray(record.warnings) ? record.warnings : [] };
}

/** Records a successful build (inputs as absolute paths with their mtimes). A record that cannot be written only costs the next process its speed. */
export async function writeLastBuild(
  cacheDir: string,
  key: string,
  functions: Record<string, { bundlePath: string; hash: string; inputs: ReadonlyMap<string, number> }>,
  warnings: Problem[],
): Promise<void> {
  try {
    const record: LastBuildRecord = { key, functions: {}, warnings };
    for (const [sourcePath, built] of Object.entries(functions)) {
      const inputs: [string, number, string][] = [];
      for (const [input, mtime] of built.inputs) {
        const bytes = await readFile(input).catch(() => null);
        if (!bytes) return; // an input vanished during the build: nothing to vouch for
        inputs.push([input, mtime, sha1(bytes)]);
      }
      record.functions[sourcePath] = { bundlePath: built.bundlePath, hash: built.hash, inputs };
    }
    await writeFileAtomic(join(cacheDir, RECORD_FILE), JSON.stringify(record));
  } catch {
    // see above
  }
}

