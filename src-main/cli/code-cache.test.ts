import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Node 22 caches compiled code itself (module.enableCompileCache), which enableCodeCache then uses.
const ownCache = typeof (Module as unknown as { enableCompileCache?: unknown }).enableCompileCache !== 'function';

describe.runIf(ownCache)('enableCodeCache', () => {
  let dir: string;
  let loader: string;
  const cacheDir = () => join(dir, 'cache');
  const codeDir = () => join(dir, 'code');

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'code-cache-'));
    loader = join(dir, 'code-cache.cjs');
    buildSync({ entryPoints: [join(__dirname, 'code-cache.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: loader, logLevel: 'silent' });
    mkdirSync(join(codeDir(), 'chunks'), { recursive: true });
    // A module as the build writes them: requires a sibling, resolves a path, reads __dirname, and import()s ESM.
    writeFileSync(join(codeDir(), 'chunks', 'helper.js'), 'exports.twice = (n) => n * 2;\n');
    writeFileSync(join(codeDir(), 'chunks', 'esm.mjs'), 'export const answer = 42;\n');
    // import() is not kept with cached code on Node 20: such a module is compiled by Node, and works.
    writeFileSync(join(codeDir(), 'chunks', 'imports.js'), 'exports.answer = () => import("./esm.mjs").then((m) => m.answer);\n');
    writeModule('');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function writeModule(extra: string): void {
    writeFileSync(join(codeDir(), 'chunks', 'main.js'), `"use strict";
const { twice } = require('./helper.js');
exports.run = async () => ({
  twice: twice(21),
  resolved: require.resolve('./helper.js'),
  dirname: __dirname,
  sameModule: module.exports === exports,
  esm: await require('./imports.js').answer(),
});${extra}
`);
  }

  function load(): { result: Record<string, unknown>; stats: { hits: number; misses: number } } {
    const script = `
      const { enableCodeCache, codeCacheStats } = require(${JSON.stringify(loader)});
      enableCodeCache(${JSON.stringify(codeDir())}, ${JSON.stringify(cacheDir())});
      require(${JSON.stringify(join(codeDir(), 'chunks', 'main.js'))}).run().then((result) => {
        process.stdout.write(JSON.stringify({ result, stats: codeCacheStats }));
      });`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    return JSON.parse(child.stdout);
  }

  const cacheFiles = () => readdirSync(join(cacheDir(), `${process.version}-${process.arch}`)).filter((name) => name.endsWith('.bin'));

  it('compiles a module anew once, then from the cache, and the module behaves the same', () => {
    const first = load();
    const expected = { twice: 42, resolved: join(codeDir(), 'chunks', 'helper.js'), dirname: join(codeDir(), 'chunks'), sameModule: true, esm: 42 };
    expect(first.result).toEqual(expected);
    expect(first.stats).toEqual({ hits: 0, misses: 2 });
    expect(cacheFiles()).toHaveLength(2);

    const second = load();
    expect(second.result).toEqual(expected);
    expect(second.stats).toEqual({ hits: 2, misses: 0 });
  });

  it('a changed module is compiled from its new source, never from the old cache', () => {
    load();
    writeModule('\nexports.changed = true;');
    // Same size or not, the key holds the mtime: moved on so that the change shows whatever the clock's resolution.
    utimesSync(join(codeDir(), 'chunks', 'main.js'), new Date(), new Date(Date.now() + 5_000));
    const script = `
      const { enableCodeCache, codeCacheStats } = require(${JSON.stringify(loader)});
      enableCodeCache(${JSON.stringify(codeDir())}, ${JSON.stringify(cacheDir())});
      const main = require(${JSON.stringify(join(codeDir(), 'chunks', 'main.js'))});
      process.stdout.write(JSON.stringify({ changed: main.changed, stats: codeCacheStats }));`;
    const child = JSON.parse(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout);
    expect(child).toEqual({ changed: true, stats: { hits: 1, misses: 1 } });
  });

  it('a damaged cache file is refused by V8: the module compiles as usual and the cache is written again', () => {
    load();
    for (const name of cacheFiles()) writeFileSync(join(cacheDir(), `${process.version}-${process.arch}`, name), Buffer.from('not V8 code cache data'));
    const damaged = load();
    expect(damaged.result.twice).toBe(42);
    expect(damaged.stats).toEqual({ hits: 0, misses: 2 });
    expect(load().stats).toEqual({ hits: 2, misses: 0 });
  });

  it('leaves modules outside its folder to Node', () => {
    const outside = join(dir, 'outside.js');
    writeFileSync(outside, 'module.exports = 7;\n');
    const script = `
      const { enableCodeCache, codeCacheStats } = require(${JSON.stringify(loader)});
      enableCodeCache(${JSON.stringify(codeDir())}, ${JSON.stringify(cacheDir())});
      process.stdout.write(JSON.stringify({ value: require(${JSON.stringify(outside)}), stats: codeCacheStats }));`;
    expect(JSON.parse(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout)).toEqual({ value: 7, stats: { hits: 0, misses: 0 } });
  });
});
