import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildRelevantPackageJson,
  buildState,
  checkStamp,
  hashInputs,
  isBuildInput,
  OUTPUTS,
  STAMP_VERSION,
  writeStamp,
} from '../../scripts/build-stamp.mjs';

const files = [
  { path: 'src-main/core/studio.ts', content: 'export const a = 1;\n' },
  { path: 'src-renderer/index.html', content: '<div id="root"></div>\n' },
  { path: 'package-lock.json', content: '{"lockfileVersion":3}\n' },
];
const outputs = Object.fromEntries(OUTPUTS.map((output) => [output, '100:1700000000000']));

describe('npm start: is the build in out/ current (scripts/build-stamp.mjs)', () => {
  it('hashes the inputs by path and content, whatever their order', () => {
    const hash = hashInputs(files);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInputs([...files].reverse())).toBe(hash);
    expect(hashInputs(files.map((file) => ({ ...file, content: Buffer.from(file.content) })))).toBe(hash);
  });

  it('gives another hash when a file changes, is added, removed or renamed', () => {
    const hash = hashInputs(files);
    expect(hashInputs([{ ...files[0], content: 'export const a = 2;\n' }, files[1], files[2]])).not.toBe(hash);
    expect(hashInputs([...files, { path: 'src-shared/new.ts', content: '' }])).not.toBe(hash);
    expect(hashInputs(files.slice(1))).not.toBe(hash);
    expect(hashInputs([{ ...files[0], path: 'src-main/core/studio2.ts' }, files[1], files[2]])).not.toBe(hash);
  });

  it('counts sources and assets as inputs, not tests', () => {
    expect(isBuildInput('src-main/core/studio.ts')).toBe(true);
    expect(isBuildInput('src-renderer/styles/app.css')).toBe(true);
    expect(isBuildInput('src-renderer/index.html')).toBe(true);
    expect(isBuildInput('src-main/core/studio.test.ts')).toBe(false);
    expect(isBuildInput('src-renderer/components/panel.test.tsx')).toBe(false);
  });

  it('ignores package.json scripts, not its dependencies', () => {
    const base = { name: 'x', dependencies: { ws: '^8.0.0' }, scripts: { start: 'a' } };
    const scriptsChanged = { ...base, scripts: { start: 'b' } };
    const depsChanged = { ...base, dependencies: { ws: '^9.0.0' } };
    expect(buildRelevantPackageJson(JSON.stringify(scriptsChanged))).toBe(buildRelevantPackageJson(JSON.stringify(base)));
    expect(buildRelevantPackageJson(JSON.stringify(depsChanged))).not.toBe(buildRelevantPackageJson(JSON.stringify(base)));
  });

  it('is current only when the stamp has the same hash and out/ is what that build left', () => {
    const hash = hashInputs(files);
    const stamp = { version: STAMP_VERSION, hash, outputs, builtAt: '2026-01-01T00:00:00.000Z' };
    expect(checkStamp({ stamp, hash, outputs })).toEqual({ current: true, reason: expect.any(String) });
    // Sources changed.
    expect(checkStamp({ stamp, hash: hashInputs(files.slice(1)), outputs }).current).toBe(false);
    // Never stamped (a build by `npm run build`, or a failed build that removed the stamp).
    expect(checkStamp({ stamp: null, hash, outputs })).toMatchObject({ current: false, reason: 'out/ has no build stamp' });
    // An output is missing.
    expect(checkStamp({ stamp, hash, outputs: { ...outputs, [OUTPUTS[0]]: null } })).toMatchObject({ current: false, reason: `${OUTPUTS[0]} is missing` });
    // out/ was rebuilt since the stamp was written (e.g. `npm run build` from other sources).
    expect(checkStamp({ stamp, hash, outputs: { ...outputs, [OUTPUTS[3]]: '120:1700000009999' } }).current).toBe(false);
    // A stamp written by another version of the script.
    expect(checkStamp({ stamp: { ...stamp, version: STAMP_VERSION + 1 }, hash, outputs }).current).toBe(false);
  });

  describe('on a tree', () => {
    let root: string;
    const put = async (path: string, content: string) => {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), content);
    };

    beforeEach(async () => {
      root = await mkdtemp(join(tmpdir(), 'build-stamp-'));
      await put('package.json', JSON.stringify({ name: 'x', scripts: { start: 'a' }, dependencies: { ws: '^8' } }));
      await put('package-lock.json', '{}');
      await put('electron.vite.config.ts', 'export default {};');
      await put('src-main/core/studio.ts', 'export const a = 1;');
      await put('src-main/core/studio.test.ts', 'test');
      await put('src-renderer/index.html', '<html></html>');
      for (const output of OUTPUTS) await put(output, 'built');
    });
    afterEach(async () => {
      await rm(root, { recursive: true, force: true });
    });

    it('is stale before the first stamp, current after it, stale again when an input changes', async () => {
      const first = buildState(root);
      expect(first).toMatchObject({ current: false, reason: 'out/ has no build stamp', files: 5 });
      writeStamp(root, first.hash);
      expect(buildState(root)).toMatchObject({ current: true, hash: first.hash });

      // Tests and package.json scripts do not feed the build.
      await put('src-main/core/studio.test.ts', 'another test');
      await put('package.json', JSON.stringify({ name: 'x', scripts: { start: 'b' }, dependencies: { ws: '^8' } }));
      expect(buildState(root).current).toBe(true);

      await put('src-main/core/studio.ts', 'export const a = 2;');
      expect(buildState(root)).toMatchObject({ current: false, reason: 'the sources changed since the last build' });
    });

    it('is stale when out/ was rebuilt after the stamp was written', async () => {
      writeStamp(root, buildState(root).hash);
      const later = new Date(Date.now() + 60_000);
      await utimes(join(root, 'out/renderer/index.html'), later, later);
      expect(buildState(root)).toMatchObject({ current: false, reason: 'out/renderer/index.html was rebuilt or changed outside this script' });
    });
  });
});
