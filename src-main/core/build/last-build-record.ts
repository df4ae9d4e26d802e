import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { Problem } from '../../../src-shared/contract/project';
import { writeFileAtomic } from '../files/atomic-write';
import { defineStubStamp, SDK_FUNCTION_BANNER, SDK_FUNCTION_EXTERNALS } from './sdk-function-build-options';

/**
 * The last successful function build of an app, kept beside its bundles so that a new process (a
 * one-shot `twenty-studio exec`) reuses them instead of starting esbuild: valid while the build's
 * options are the same and every file each bundle was made of has the same content (sha1), and the
 * bundles are still the ones written (their size and mtime). Any difference: a normal build.
 */
export interface LastBuildFunction {
  bundlePath: string;
  /** sha256 of the bundle and its map, as the bundler keeps it. */
  hash: string;
  /** Absolute input path, its mtime when built (the bundler's staleness check), its content's sha1. */
  inputs: [string, number, string][];
  /**
   * Size and mtime (ms) of the bundle and of its map as written: a reuse compares these instead of
   * reading and hashing every bundle of the app (a one-shot exec runs one of them). Written by the
   * studio alone, a bundle changed behind its back has another mtime or size.
   */
  written?: { bundle: FileStamp; map: FileStamp | null };
}

type FileStamp = [size: number, mtimeMs: number];

const stampOf = (path: string): Promise<FileStamp | null> => stat(path).then((info) => [info.size, info.mtimeMs] as FileStamp, () => null);
const sameStamp = (a: FileStamp | null, b: FileStamp | null | undefined): boolean => (a === null ? b === null : Array.isArray(b) && a[0] === b[0] && a[1] === b[1]);

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
  const builds: LastBuildFunction[] = [];
  for (const sourcePath of sourcePaths) {
    const built = record.functions[sourcePath];
    if (!built || !existsSync(built.bundlePath)) return null;
    builds.push(built);
  }
  // All read at once, each input once (functions share helpers): one after the other, a one-shot
  // exec of a 12-function app waited for ~60 reads in a row.
  const inputHashes = new Map<string, string>();
  for (const built of builds) {
    for (const [input, , contentHash] of built.inputs) {
      // Two bundles made of two contents of one file: one of them is out of date.
      if ((inputHashes.get(input) ?? contentHash) !== contentHash) return null;
      inputHashes.set(input, contentHash);
    }
  }
  const checks = [
    ...builds.map(async (built) => {
      if (!built.written) return false; // a record from before stamps were kept: build once
      const [code, map] = await Promise.all([stampOf(built.bundlePath), stampOf(`${built.bundlePath}.map`)]);
      return code !== null && sameStamp(code, built.written.bundle) && sameStamp(map, built.written.map);
    }),
    ...[...inputHashes].map(async ([input, contentHash]) => {
      const bytes = await readFile(input).catch(() => null);
      return bytes !== null && sha1(bytes) === contentHash;
    }),
  ];
  if (!(await Promise.all(checks)).every(Boolean)) return null;
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
      const [bundle, map] = await Promise.all([stampOf(built.bundlePath), stampOf(`${built.bundlePath}.map`)]);
      if (!bundle) return;
      record.functions[sourcePath] = { bundlePath: built.bundlePath, hash: built.hash, inputs, written: { bundle, map } };
    }
    await writeFileAtomic(join(cacheDir, RECORD_FILE), JSON.stringify(record));
  } catch {
    // see above
  }
}

